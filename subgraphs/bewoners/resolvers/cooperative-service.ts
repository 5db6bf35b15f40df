import type { CooperativeServiceResolvers, QueryResolvers } from '../generated/resolvers-types';
import { assertAreaCode, insideAreaSql } from '../../kit/areas';
import { pageQuery } from '../../kit/pagination';
import { areaRef, organisationRef, venueRef } from '../../kit/references';
import type { Caller } from '../../../platform/caller';
import { CooperativeService as CooperativeServiceRow } from '../entities';

/** A withdrawn service is off the kaart: only its own cooperative still sees it. */
function runningOnly(service: CooperativeServiceRow | null, caller: Caller): CooperativeServiceRow | null {
  return service && (service.published || service.organisationId === caller.organisationId) ? service : null;
}

export const cooperativeServiceQueries: Pick<QueryResolvers, 'cooperativeService' | 'cooperativeServices'> = {
  cooperativeService: async (_root, { id }, { loaders, caller }) => runningOnly(await loaders.cooperativeServiceById.load(id), caller),
  cooperativeServices: (_root, { area, first, after }, { db }) => {
    const query = db.getRepository(CooperativeServiceRow).createQueryBuilder('service').where('service.published');
    if (area) query.andWhere(insideAreaSql('service', ':area'), { area: assertAreaCode(area) });
    return pageQuery(query, { first, after });
  },
};

export const CooperativeService: CooperativeServiceResolvers = {
  __resolveReference: async (ref, { loaders, caller }) => runningOnly(await loaders.cooperativeServiceById.load(ref.id), caller),
  organisation: (service) => organisationRef(service.organisationId),
  area: (service) => areaRef(service.areaCode),
  venue: (service) => (service.venueId ? venueRef(service.venueId) : null),
};
