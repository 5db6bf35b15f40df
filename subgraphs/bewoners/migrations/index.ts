import { ProcessingLog1763900000001 } from '../../kit/access/processing-log';
import { Initial1763900000000 } from './1763900000000-initial';
import { OfferProfile1763900000004 } from './1763900000004-offer-profile';

export const migrations = [Initial1763900000000, ProcessingLog1763900000001, OfferProfile1763900000004];
