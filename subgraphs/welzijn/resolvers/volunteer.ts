import type { VolunteerResolvers } from '../generated/resolvers-types';
import { readableRows } from '../../kit/access/personal-data';
import { areaRef, organisationRef } from '../../kit/references';
import { matchPolicy } from '../policies';

export const Volunteer: VolunteerResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.volunteerById.load(ref.id),
  organisation: (volunteer) => organisationRef(volunteer.organisationId),
  homeArea: (volunteer) => areaRef(volunteer.homeAreaCode),
  activeMatches: (volunteer, _args, { loaders }) => loaders.openMatchCountOfVolunteer.load(volunteer.id),
  matches: async (volunteer, _args, { loaders, personalData }) =>
    readableRows(personalData, matchPolicy, await loaders.matchesOfVolunteer.load(volunteer.id)),
};
