import type { ReferralResolvers } from '../generated/resolvers-types';
import { organisationRef } from '../../kit/references';

// Who reads which field (note, statusReason and professional are holder-only) is declared in ../policies.ts
// and enforced by the kit, not here.
export const Referral: ReferralResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.referralById.load(ref.id),
  helpRequest: (referral) => (referral.helpRequestId ? { id: referral.helpRequestId } : null),
  professional: (referral, _args, { loaders }) =>
    referral.professionalId ? loaders.professionalById.load(referral.professionalId) : null,
  organisation: (referral) => organisationRef(referral.organisationId),
  referrer: (referral) => organisationRef(referral.referrerOrganisationId),
};
