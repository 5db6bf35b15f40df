import { HelpRequest } from './help-request';
import { Match } from './match';
import { Volunteer } from './volunteer';

export { HelpRequest, Match, Volunteer };
export const entities = [HelpRequest, Match, Volunteer];
