import type { QueryResolvers } from '../generated/resolvers-types';
import { areaAndAncestors, assertAreaCode, insideAreaSql } from '../../kit/areas';
import { pageQuery } from '../../kit/pagination';
import { Area, Organisation, Venue } from '../entities';

export const Query: QueryResolvers = {
  area: (_root, { code }, { loaders }) => loaders.areaByCode.load(assertAreaCode(code, 'code')),

  areas: (_root, { level, within, first, after }, { db }) => {
    const query = db.getRepository(Area).createQueryBuilder('area');
    if (level) query.andWhere('area.level = :level', { level });
    if (within) {
      // An area lies inside `within` when its digits start with within's digits (and it is not `within`).
      const key = assertAreaCode(within, 'within').slice(2);
      query.andWhere('substring(area.code from 3) LIKE :prefix AND area.code <> :within', { prefix: `${key}%`, within });
    }
    return pageQuery(query, { first, after }, 'code');
  },

  organisation: (_root, { id }, { loaders }) => loaders.organisationById.load(id),

  organisations: (_root, { kind, area, first, after }, { db }) => {
    const query = db.getRepository(Organisation).createQueryBuilder('organisation');
    if (kind) query.andWhere('organisation.kind = :kind', { kind });
    if (area) query.andWhere('organisation.area_codes && :areas', { areas: areaAndAncestors(assertAreaCode(area)) });
    return pageQuery(query, { first, after });
  },

  venue: (_root, { id }, { loaders }) => loaders.venueById.load(id),

  // any key answers (see resolvers/person.ts)
  person: (_root, { id }) => ({ id }),

  venues: (_root, { area, kind, first, after }, { db }) => {
    const query = db.getRepository(Venue).createQueryBuilder('venue');
    if (area) query.andWhere(insideAreaSql('venue', ':area'), { area: assertAreaCode(area) });
    if (kind) query.andWhere('venue.kind = :kind', { kind });
    return pageQuery(query, { first, after });
  },
};
