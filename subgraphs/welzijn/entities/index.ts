import { HelpRequest } from './help-request';
import { HelpRequestTransition } from './help-request-transition';
import { Match } from './match';
import { Volunteer } from './volunteer';

export { HelpRequest, HelpRequestTransition, Match, Volunteer };
export const entities = [HelpRequest, HelpRequestTransition, Match, Volunteer];
