import { HelpRequest } from './help-request';
import { HelpRequestTransition } from './help-request-transition';
import { Match } from './match';
import { VacancyResponse } from './vacancy-response';
import { Volunteer } from './volunteer';
import { VolunteerVacancy } from './volunteer-vacancy';

export { HelpRequest, HelpRequestTransition, Match, VacancyResponse, Volunteer, VolunteerVacancy };
export const entities = [HelpRequest, HelpRequestTransition, Match, VacancyResponse, Volunteer, VolunteerVacancy];
