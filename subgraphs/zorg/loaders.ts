// One DataLoader per entity and per list field, created per request (see kit/context.ts).
import { byKeyLoader, groupLoader, pagedListLoader } from '../kit/loaders';
import type { Database } from '../kit/database';
import { processingLogLoader } from '../kit/access/inzage';
import { Professional, Referral, Service } from './entities';
import { listBounds } from './list-bounds';

export function createLoaders(db: Database) {
  const serviceById = byKeyLoader(db.getRepository(Service));
  return {
    processingLogOfPerson: processingLogLoader(db),
    serviceById,
    professionalById: byKeyLoader(db.getRepository(Professional)),
    referralById: byKeyLoader(db.getRepository(Referral)),
    referralsOfHelpRequest: groupLoader(db.getRepository(Referral), 'helpRequestId', listBounds['HelpRequest.referrals']),
    referralsOfPerson: groupLoader(db.getRepository(Referral), 'personId', listBounds['Person.zorgInvolvement']),
    servicesInArea: pagedListLoader(db, serviceById, () => ({ table: 'service', alias: 's', group: { area: 'insideOrContaining' }, indexed: 's.published' })),
    servicesOfOrganisation: pagedListLoader(db, serviceById, () => ({ table: 'service', alias: 's', group: { column: 'organisation_id' }, indexed: 's.published' })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
