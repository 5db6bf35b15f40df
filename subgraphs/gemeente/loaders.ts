// One DataLoader per entity and per list field, created per request (see kit/context.ts).
import { byKeyLoader, groupLoader, pagedListLoader } from '../kit/loaders';
import { insideAreaSql } from '../kit/areas';
import type { Database } from '../kit/database';
import { processingLogLoader } from '../kit/access/inzage';
import type { Caller } from '../../platform/caller';
import type { PageArgs } from '../kit/pagination';
import { Area, Consent, Grant, Organisation, Person, PersonReference, Venue } from './entities';

export function createLoaders(db: Database, caller: Caller) {
  const areas = db.getRepository(Area);
  const venues = db.getRepository(Venue);
  const grants = db.getRepository(Grant);
  const venueById = byKeyLoader(venues);
  return {
    processingLogOfPerson: processingLogLoader(db),
    areaByCode: byKeyLoader(areas, 'code'),
    organisationById: byKeyLoader(db.getRepository(Organisation)),
    venueById,
    grantById: byKeyLoader(grants),
    consentById: byKeyLoader(db.getRepository(Consent)),
    consentsOfPerson: groupLoader(db.getRepository(Consent), 'personId'),
    referencesOfPerson: groupLoader(db.getRepository(PersonReference), 'personId', 'reference'),
    /** The register's row of a key (intake and merges): whether it was merged, and into which key. */
    personById: byKeyLoader(db.getRepository(Person)),
    childrenOfArea: groupLoader(areas, 'parentCode', 'code'),
    venuesOfOrganisation: groupLoader(venues, 'organisationId'),
    grantsOfOrganisation: groupLoader(grants, 'organisationId'),
    venuesInArea: pagedListLoader(db, venueById, (args: PageArgs & { kind?: string | null }) => ({
      sql: `SELECT k.code AS group_key, v.id FROM unnest($1::text[]) AS k(code)
            JOIN venue v ON ${insideAreaSql('v', 'k.code')}
            WHERE $2::text IS NULL OR v.kind = $2`,
      params: [args.kind ?? null],
    })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
