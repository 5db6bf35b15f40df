// The demo town's data per partner: loaded by the hub (npm start, tests) into empty databases, never by a
// partner's own deployment.
import type { Partner } from '../../platform/config';
import type { Database } from '../../subgraphs/kit/database';
import { seed as gemeente } from './gemeente';
import { seed as welzijn } from './welzijn';
import { seed as zorg } from './zorg';
import { seed as bewoners } from './bewoners';

export const DEMO_DATA: Record<Partner, (db: Database) => Promise<void>> = { gemeente, welzijn, zorg, bewoners };
