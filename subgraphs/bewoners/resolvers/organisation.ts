import type { OrganisationResolvers } from '../generated/resolvers-types';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  activities: (organisation, args, { loaders }) => loaders.activitiesOfOrganisation(args).load(organisation.id),
  // the loader keeps to the caller's own cooperative; each membership's fields are guarded by its policy
  memberships: (organisation, args, { loaders }) => loaders.membershipsOfOrganisation(args).load(organisation.id),
};
