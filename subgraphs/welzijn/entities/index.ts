import { BoardListing } from './board-listing';
import { HelpRequest } from './help-request';
import { HelpRequestTransition } from './help-request-transition';
import { HelpRequestTransfer } from './help-request-transfer';
import { Match } from './match';
import { VacancyResponse } from './vacancy-response';
import { Volunteer } from './volunteer';
import { VolunteerVacancy } from './volunteer-vacancy';

export { BoardListing, HelpRequest, HelpRequestTransfer, HelpRequestTransition, Match, VacancyResponse, Volunteer, VolunteerVacancy };
export const entities = [BoardListing, HelpRequest, HelpRequestTransfer, HelpRequestTransition, Match, VacancyResponse, Volunteer, VolunteerVacancy];
