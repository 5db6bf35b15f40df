import type { OrganisationResolvers } from '../generated/resolvers-types';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  helpRequests: (organisation, args, { loaders }) => loaders.helpRequestsOfOrganisation(args).load(organisation.id),
};
