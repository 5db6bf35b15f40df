// One DataLoader per entity and per list field, created per request (see kit/context.ts).
import DataLoader from 'dataloader';
import { byKeyLoader, groupLoader, pagedListLoader } from '../kit/loaders';
import type { Database } from '../kit/database';
import { processingLogLoader } from '../kit/access/inzage';
import type { PageArgs } from '../kit/pagination';
import { Area, Consent, Grant, Organisation, Person, PersonReference, Venue } from './entities';
import { statisticsGrids } from './statistics-grid';
import { listBounds } from './list-bounds';

export function createLoaders(db: Database) {
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
    consentsOfPerson: groupLoader(db.getRepository(Consent), 'personId', listBounds['Person.consents']),
    referencesOfPerson: groupLoader(db.getRepository(PersonReference), 'personId', listBounds['Person.references'], 'reference'),
    /** The register's row of a key (intake and merges): whether it was merged, and into which key. */
    personById: byKeyLoader(db.getRepository(Person)),
    childrenOfArea: groupLoader(areas, 'parentCode', listBounds['Area.children'], 'code'),
    statisticsGridOf: new DataLoader((codes: readonly string[]) => statisticsGrids(db, codes)),
    venuesOfOrganisation: groupLoader(venues, 'organisationId', listBounds['Organisation.venues']),
    grantsOfOrganisation: groupLoader(grants, 'organisationId', listBounds['Organisation.grants']),
    venuesInArea: pagedListLoader(db, venueById, (args: PageArgs & { kind?: string | null }) => ({
      table: 'venue',
      alias: 'v',
      group: { area: 'inside' },
      filter: '$2::text IS NULL OR v.kind = $2',
      params: [args.kind ?? null],
    })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
