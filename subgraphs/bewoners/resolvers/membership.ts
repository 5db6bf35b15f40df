import type { MembershipResolvers } from '../generated/resolvers-types';
import { organisationRef, personRef } from '../../kit/references';

export const Membership: MembershipResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.membershipById.load(ref.id),
  person: (membership) => personRef(membership.personId),
  organisation: (membership) => organisationRef(membership.organisationId),
};
