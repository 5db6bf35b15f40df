import { Activity } from './activity';
import { CooperativeService } from './cooperative-service';
import { HelpOffer } from './help-offer';
import { Membership } from './membership';

export { Activity, CooperativeService, HelpOffer, Membership };
export const entities = [Activity, CooperativeService, HelpOffer, Membership];
