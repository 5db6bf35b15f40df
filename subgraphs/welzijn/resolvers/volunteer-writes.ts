// Registering and keeping volunteers (volunteers.ts) and vacancies with their responses (vacancies.ts).
import type { MutationResolvers } from '../generated/resolvers-types';
import { payload } from '../../kit/mutation-payload';
import { moveVolunteer, registerVolunteer, updateVolunteer } from '../volunteers';
import { importVolunteers } from '../volunteer-import';
import { closeVacancy, createVacancy, respondToVacancy, updateVacancy } from '../vacancies';

type VolunteerWrites =
  | 'registerVolunteer'
  | 'importVolunteers'
  | 'updateVolunteer'
  | 'pauseVolunteer'
  | 'resumeVolunteer'
  | 'endVolunteer'
  | 'createVolunteerVacancy'
  | 'updateVolunteerVacancy'
  | 'closeVolunteerVacancy'
  | 'respondToVacancy';

export const volunteerWrites: Pick<MutationResolvers, VolunteerWrites> = {
  registerVolunteer: (_root, { input }, { db, caller, personalData }) =>
    payload('volunteer', () => db.transaction((manager) => registerVolunteer(manager, input, caller, personalData))),
  importVolunteers: async (_root, { input }, { db, caller, personalData }) => {
    // a refused file answers its report too (which rows were fine), with the refused rows' errors
    let errors: Awaited<ReturnType<typeof importVolunteers>>['errors'] = [];
    const answer = await payload('import', async () => {
      const result = await importVolunteers(db, input.csv, input.dryRun ?? false, caller, personalData);
      errors = result.errors;
      return result.report;
    });
    return { ...answer, userErrors: [...answer.userErrors, ...errors] };
  },
  updateVolunteer: (_root, { id, input }, { db, caller, personalData }) =>
    payload('volunteer', () => db.transaction((manager) => updateVolunteer(manager, id, input, caller, personalData))),
  pauseVolunteer: (_root, { id, until, reason }, { db, caller, personalData }) =>
    payload('volunteer', () => db.transaction((manager) => moveVolunteer(manager, id, 'PAUSED', { until, reason }, caller, personalData))),
  resumeVolunteer: (_root, { id }, { db, caller, personalData }) =>
    payload('volunteer', () => db.transaction((manager) => moveVolunteer(manager, id, 'ACTIVE', {}, caller, personalData))),
  endVolunteer: (_root, { id, reason }, { db, caller, personalData }) =>
    payload('volunteer', () => db.transaction((manager) => moveVolunteer(manager, id, 'ENDED', { reason }, caller, personalData))),
  createVolunteerVacancy: (_root, { input }, { db, caller }) => payload('volunteerVacancy', () => db.transaction((manager) => createVacancy(manager, input, caller))),
  updateVolunteerVacancy: (_root, { id, input }, { db, caller }) =>
    payload('volunteerVacancy', () => db.transaction((manager) => updateVacancy(manager, id, input, caller))),
  closeVolunteerVacancy: (_root, { id }, { db, caller }) => payload('volunteerVacancy', () => db.transaction((manager) => closeVacancy(manager, id, caller))),
  respondToVacancy: (_root, { input }, { db, caller, personalData }) =>
    payload('response', () => db.transaction((manager) => respondToVacancy(manager, input, caller, personalData))),
};
