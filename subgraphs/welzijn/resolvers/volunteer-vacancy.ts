import type { VacancyResponseResolvers, VolunteerVacancyResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef } from '../../kit/references';
import { readableRows } from '../../kit/access/personal-data';
import { vacancyResponsePolicy } from '../policies';

export const VolunteerVacancy: VolunteerVacancyResolvers = {
  __resolveReference: async (ref, { loaders }) => {
    const vacancy = await loaders.vacancyById.load(ref.id);
    return vacancy?.published ? vacancy : null;
  },
  organisation: (vacancy) => organisationRef(vacancy.organisationId),
  area: (vacancy) => areaRef(vacancy.areaCode),
  responses: async (vacancy, _args, { loaders, personalData }) =>
    readableRows(personalData, vacancyResponsePolicy, await loaders.responsesOfVacancy.load(vacancy.id)),
};

export const VacancyResponse: VacancyResponseResolvers = {
  vacancy: (response, _args, { loaders }) => loaders.vacancyById.load(response.vacancyId) as never,
  // the volunteer's own organisation only (the Volunteer policy refuses others)
  volunteer: (response, _args, { loaders, caller }) =>
    response.volunteerId && response.recordedByOrganisationId === caller.organisationId ? loaders.volunteerById.load(response.volunteerId) : null,
  recordedBy: (response) => organisationRef(response.recordedByOrganisationId),
};
