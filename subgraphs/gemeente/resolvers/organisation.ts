import type { OrganisationResolvers } from '../generated/resolvers-types';
import { loadExisting } from '../../kit/loaders';
import { mayReadGrant } from './grant';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.organisationById.load(ref.id),
  areasServed: (organisation, _args, { loaders }) => loadExisting(loaders.areaByCode, organisation.areaCodes),
  venues: (organisation, _args, { loaders }) => loaders.venuesOfOrganisation.load(organisation.id),
  grants: async (organisation, _args, { loaders, caller, config }) =>
    mayReadGrant(caller, { organisationId: organisation.id }, config) ? loaders.grantsOfOrganisation.load(organisation.id) : [],
};
