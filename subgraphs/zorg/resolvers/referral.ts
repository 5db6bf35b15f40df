import type { ReferralResolvers } from '../generated/resolvers-types';
import { organisationRef } from '../../kit/references';
import { referralPolicy } from '../policies';

export const Referral: ReferralResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.referralById.load(ref.id),
  helpRequest: (referral) => (referral.helpRequestId ? { id: referral.helpRequestId } : null),
  professional: (referral, _args, { loaders }) =>
    referral.professionalId ? loaders.professionalById.load(referral.professionalId) : null,
  organisation: (referral) => organisationRef(referral.organisationId),
  referrer: (referral) => organisationRef(referral.referrerOrganisationId),
  // the private note stays with the two organisations holding the referral, also when others may read it
  note: (referral, _args, { caller }) => (referralPolicy.holdersOf(referral).includes(caller.organisationId ?? '') ? referral.note : null),
};
