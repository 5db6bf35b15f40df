import { Activity } from './activity';
import { HelpOffer } from './help-offer';
import { Membership } from './membership';

export { Activity, HelpOffer, Membership };
export const entities = [Activity, HelpOffer, Membership];
