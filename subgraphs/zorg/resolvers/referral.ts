import type { ReferralResolvers } from '../generated/resolvers-types';
import { organisationRef } from '../../kit/references';
import type { Caller } from '../../../platform/caller';
import type { Referral as ReferralRow } from '../entities';
import { referralPolicy } from '../policies';

/** The private note and the status reason stay with the two organisations holding the referral, also when others may read it. */
const forHolders = (referral: ReferralRow, caller: Caller, value: string | null) =>
  referralPolicy.holdersOf(referral).includes(caller.organisationId ?? '') ? value : null;

export const Referral: ReferralResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.referralById.load(ref.id),
  helpRequest: (referral) => (referral.helpRequestId ? { id: referral.helpRequestId } : null),
  professional: (referral, _args, { loaders }) =>
    referral.professionalId ? loaders.professionalById.load(referral.professionalId) : null,
  organisation: (referral) => organisationRef(referral.organisationId),
  referrer: (referral) => organisationRef(referral.referrerOrganisationId),
  note: (referral, _args, { caller }) => forHolders(referral, caller, referral.note),
  statusReason: (referral, _args, { caller }) => forHolders(referral, caller, referral.statusReason),
};
