import type { OrganisationResolvers } from '../generated/resolvers-types';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  activities: (organisation, args, { loaders }) => loaders.activitiesOfOrganisation(args).load(organisation.id),
  memberships: (organisation, _args, { loaders }) => loaders.membershipsOfOrganisation.load(organisation.id),
};
