import type { VolunteerResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef } from '../../kit/references';

export const Volunteer: VolunteerResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.volunteerById.load(ref.id),
  organisation: (volunteer) => organisationRef(volunteer.organisationId),
  homeArea: (volunteer) => areaRef(volunteer.homeAreaCode),
  matches: (volunteer, _args, { loaders }) => loaders.matchesOfVolunteer.load(volunteer.id),
};
