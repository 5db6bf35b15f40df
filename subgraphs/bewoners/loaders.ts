// One DataLoader per entity and per list field, created per request (see kit/context.ts).
import DataLoader from 'dataloader';
import { byKeyLoader, groupLoader, pagedListLoader } from '../kit/loaders';
import type { Database } from '../kit/database';
import { processingLogLoader } from '../kit/access/inzage';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import type { Caller } from '../../platform/caller';
import type { GroupedList, PageArgs } from '../kit/pagination';
import { Activity, CooperativeService, HelpOffer, Membership } from './entities';
import { neighbourCandidatesLoader } from './candidates';
import { matchableSql } from '../kit/helper-profile';
import { listBounds } from './list-bounds';

/** The fields of a hulpvraag that bewoners receives from welzijn through @requires. */
export interface OfferSearch {
  category: string;
  areaCode: string;
}

export function createLoaders(db: Database, caller: Caller, personalData: PersonalDataAccess) {
  const activityById = byKeyLoader(db.getRepository(Activity));
  const offers = db.getRepository(HelpOffer);
  const membershipById = byKeyLoader(db.getRepository(Membership));
  const scheduled = (group: GroupedList['group']) => (_args: PageArgs): GroupedList => ({
    table: 'activity',
    alias: 'a',
    group,
    indexed: 'a.published',
    filter: "a.status = 'SCHEDULED'",
  });
  return {
    processingLogOfPerson: processingLogLoader(db),
    activityById,
    neighbourCandidates: neighbourCandidatesLoader(db, personalData),
    helpOfferById: byKeyLoader(offers),
    cooperativeServiceById: byKeyLoader(db.getRepository(CooperativeService)),
    membershipById,
    // a cooperative's memberships, for its own staff (others reach a membership by its key, with consent)
    membershipsOfOrganisation: pagedListLoader(db, membershipById, () => ({
      table: 'membership',
      alias: 'm',
      group: { column: 'organisation_id' },
      filter: 'm.organisation_id = $2',
      params: [caller.organisationId],
    })),
    membershipsOfPerson: groupLoader(db.getRepository(Membership), 'personId', listBounds['Person.bewonersInvolvement']),
    offersOfPerson: groupLoader(offers, 'helperId', listBounds['Person.bewonersInvolvement']),
    activitiesInArea: pagedListLoader(db, activityById, scheduled({ area: 'inside' })),
    activitiesAtVenue: pagedListLoader(db, activityById, scheduled({ column: 'venue_id' })),
    activitiesOfOrganisation: pagedListLoader(db, activityById, scheduled({ column: 'organisation_id' })),
    /** Available offers per (category, buurt), all hulpvragen of a request in one query. */
    offersFor: new DataLoader<OfferSearch, HelpOffer[], string>(
      async (searches) => {
        const rows = await offers
          .createQueryBuilder('offer')
          .where('offer.available')
          .andWhere(matchableSql('offer'))
          .andWhere('offer.area_code IN (:...areas)', { areas: [...new Set(searches.map((s) => s.areaCode))] })
          .andWhere('offer.categories && :categories', { categories: [...new Set(searches.map((s) => s.category))] })
          .orderBy('offer.id')
          .getMany();
        return searches.map((s) => rows.filter((row) => row.areaCode === s.areaCode && row.categories.includes(s.category)));
      },
      { cacheKeyFn: (s) => `${s.category}@${s.areaCode}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
