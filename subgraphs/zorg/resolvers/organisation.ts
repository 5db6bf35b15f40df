import type { OrganisationResolvers } from '../generated/resolvers-types';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  services: (organisation, args, { loaders }) => loaders.servicesOfOrganisation(args).load(organisation.id),
};
