import type { VacancyResponseResolvers, VolunteerVacancyResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef } from '../../kit/references';

export const VolunteerVacancy: VolunteerVacancyResolvers = {
  __resolveReference: async (ref, { loaders }) => {
    const vacancy = await loaders.vacancyById.load(ref.id);
    return vacancy?.published ? vacancy : null;
  },
  organisation: (vacancy) => organisationRef(vacancy.organisationId),
  area: (vacancy) => areaRef(vacancy.areaCode),
  // the loader keeps to the responses the caller's organisation holds; each one's fields are guarded by its policy
  responses: (vacancy, args, { loaders }) => loaders.responsesOfVacancy(args).load(vacancy.id),
};

export const VacancyResponse: VacancyResponseResolvers = {
  vacancy: (response, _args, { loaders }) => loaders.vacancyById.load(response.vacancyId) as never,
  // the volunteer's own organisation only (the Volunteer policy refuses others)
  volunteer: (response, _args, { loaders, caller }) =>
    response.volunteerId && response.recordedByOrganisationId === caller.organisationId ? loaders.volunteerById.load(response.volunteerId) : null,
  recordedBy: (response) => organisationRef(response.recordedByOrganisationId),
};
