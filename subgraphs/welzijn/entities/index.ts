import { BoardListing } from './board-listing';
import { Cascade, CascadeStep } from './cascade';
import { CascadeRule } from './cascade-rule';
import { HelpRequest } from './help-request';
import { HelpRequestTransition } from './help-request-transition';
import { HelpRequestTransfer } from './help-request-transfer';
import { Match } from './match';
import { VacancyResponse } from './vacancy-response';
import { Volunteer } from './volunteer';
import { VolunteerVacancy } from './volunteer-vacancy';

export { BoardListing, Cascade, CascadeRule, CascadeStep, HelpRequest, HelpRequestTransfer, HelpRequestTransition, Match, VacancyResponse, Volunteer, VolunteerVacancy };
export const entities = [BoardListing, Cascade, CascadeRule, CascadeStep, HelpRequest, HelpRequestTransfer, HelpRequestTransition, Match, VacancyResponse, Volunteer, VolunteerVacancy];
