import type { VolunteerResolvers } from '../generated/resolvers-types';
import { readableRows } from '../../kit/access/personal-data';
import { matchPolicy } from '../policies';
import { areaRef, organisationRef } from '../../kit/references';

export const Volunteer: VolunteerResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.volunteerById.load(ref.id),
  organisation: (volunteer) => organisationRef(volunteer.organisationId),
  homeArea: (volunteer) => areaRef(volunteer.homeAreaCode),
  matches: async (volunteer, _args, { loaders, personalData }) =>
    readableRows(personalData, matchPolicy, await loaders.matchesOfVolunteer.load(volunteer.id)),
};
