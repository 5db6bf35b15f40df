// One DataLoader per entity and per list field, created per request (see kit/context.ts).
import { byKeyLoader, groupLoader, pagedListLoader } from '../kit/loaders';
import { containingAreaSql, insideAreaSql } from '../kit/areas';
import type { Database } from '../kit/database';
import { processingLogLoader } from '../kit/access/inzage';
import type { Caller } from '../../platform/caller';
import type { PageArgs } from '../kit/pagination';
import { Professional, Referral, Service } from './entities';

export function createLoaders(db: Database, caller: Caller) {
  const serviceById = byKeyLoader(db.getRepository(Service));
  return {
    processingLogOfPerson: processingLogLoader(db),
    serviceById,
    professionalById: byKeyLoader(db.getRepository(Professional)),
    referralById: byKeyLoader(db.getRepository(Referral)),
    referralsOfHelpRequest: groupLoader(db.getRepository(Referral), 'helpRequestId'),
    referralsOfPerson: groupLoader(db.getRepository(Referral), 'personId'),
    servicesInArea: pagedListLoader(db, serviceById, (_args: PageArgs) => ({
      sql: `SELECT k.code AS group_key, s.id FROM unnest($1::text[]) AS k(code)
            JOIN service s ON s.published AND (${insideAreaSql('s', 'k.code')} OR ${containingAreaSql('s', 'k.code')})`,
      params: [],
    })),
    servicesOfOrganisation: pagedListLoader(db, serviceById, (_args: PageArgs) => ({
      sql: 'SELECT s.organisation_id AS group_key, s.id FROM service s WHERE s.published AND s.organisation_id = ANY($1)',
      params: [],
    })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
