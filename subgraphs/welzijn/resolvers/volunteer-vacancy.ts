import type { VolunteerVacancyResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef } from '../../kit/references';

export const VolunteerVacancy: VolunteerVacancyResolvers = {
  __resolveReference: async (ref, { loaders }) => {
    const vacancy = await loaders.vacancyById.load(ref.id);
    return vacancy?.published ? vacancy : null;
  },
  organisation: (vacancy) => organisationRef(vacancy.organisationId),
  area: (vacancy) => areaRef(vacancy.areaCode),
};
