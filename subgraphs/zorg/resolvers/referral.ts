import type { ReferralResolvers } from '../generated/resolvers-types';
import { organisationRef } from '../../kit/references';
import { publishedOnly } from './published';

// Who reads which field (note, statusReason and professional are holder-only) is declared in ../policies.ts
// and enforced by the kit, not here.
export const Referral: ReferralResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.referralById.load(ref.id),
  helpRequest: (referral) => (referral.helpRequestId ? { id: referral.helpRequestId } : null),
  activity: (referral) => (referral.activityId ? { id: referral.activityId } : null),
  professional: (referral, _args, { loaders }) =>
    referral.professionalId ? loaders.professionalById.load(referral.professionalId) : null,
  organisation: (referral) => organisationRef(referral.organisationId),
  referrer: (referral) => organisationRef(referral.referrerOrganisationId),
  service: async (referral, _args, { loaders }) => (referral.serviceId ? publishedOnly(await loaders.serviceById.load(referral.serviceId)) : null),
};
