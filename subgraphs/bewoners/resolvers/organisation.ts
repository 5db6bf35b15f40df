import type { OrganisationResolvers } from '../generated/resolvers-types';
import { readableRows } from '../../kit/access/personal-data';
import { membershipPolicy } from '../policies';

export const Organisation: OrganisationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  activities: (organisation, args, { loaders }) => loaders.activitiesOfOrganisation(args).load(organisation.id),
  memberships: async (organisation, _args, { loaders, personalData }) =>
    readableRows(personalData, membershipPolicy, await loaders.membershipsOfOrganisation.load(organisation.id)),
};
