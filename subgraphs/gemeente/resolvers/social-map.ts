import type { QueryResolvers, MutationResolvers, SocialMapHitResolvers, SocialMapItemResolvers } from '../generated/resolvers-types';
import { searchSocialMap } from '../social-map/search';
import { pointOf } from '../../kit/matching/location';
import { payload } from '../../kit/mutation-payload';

const TYPENAMES: Record<string, string> = { ACTIVITY: 'Activity', SERVICE: 'Service', VENUE: 'Venue', VOLUNTEER_VACANCY: 'VolunteerVacancy' };

export const socialMapQueries: Pick<QueryResolvers, 'socialMap' | 'socialMapStatus'> = {
  socialMap: async (_root, { filter, first, after }, { db }) => {
    const { edges, pageInfo } = await searchSocialMap(db, filter ?? {}, first, after);
    return { edges, pageInfo };
  },
  socialMapStatus: (_root, _args, { services }) => services.socialMap.status(),
};

export const socialMapMutations: Pick<MutationResolvers, 'refreshSocialMap'> = {
  refreshSocialMap: (_root, _args, { services }) => payload('feeds', () => services.socialMap.pullAll()),
};

export const SocialMapHit: SocialMapHitResolvers = {
  id: (row) => row.item_id,
  targetGroups: (row) => row.target_groups as never,
  area: (row, _args, { loaders }) => loaders.areaByCode.load(row.area_code),
  organisation: (row, _args, { loaders }) => loaders.organisationById.load(row.organisation_id),
  location: (row) => pointOf(row),
  distanceKm: (row) => row.distance_km,
  nextOccurrence: (row) => row.next_occurrence,
  // gemeente's own venues load here; the partners' items are references their owners resolve
  item: (row, _args, { loaders }) =>
    row.kind === 'VENUE' ? loaders.venueById.load(row.item_id) : ({ __typename: TYPENAMES[row.kind], id: row.item_id } as never),
};

export const SocialMapItem: SocialMapItemResolvers = {
  __resolveType: (item) => ((item as { __typename?: string }).__typename as never) ?? 'Venue',
};
