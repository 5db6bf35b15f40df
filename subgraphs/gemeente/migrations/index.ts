import { ProcessingLog1763900000001 } from '../../kit/access/processing-log';
import { Initial1763900000000 } from './1763900000000-initial';
import { Consent1763900000002 } from './1763900000002-consent';

export const migrations = [Initial1763900000000, ProcessingLog1763900000001, Consent1763900000002];
