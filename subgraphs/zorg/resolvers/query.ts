import type { QueryResolvers } from '../generated/resolvers-types';
import { assertAreaCode, containingAreaSql, insideAreaSql } from '../../kit/areas';
import { pageQuery } from '../../kit/pagination';
import { Service } from '../entities';
import { publishedOnly } from './published';

export const Query: QueryResolvers = {
  service: async (_root, { id }, { loaders }) => publishedOnly(await loaders.serviceById.load(id)),

  services: (_root, { area, themes, targetGroups, acceptsNew, first, after }, { db }) => {
    const query = db.getRepository(Service).createQueryBuilder('service').where('service.published');
    if (area) {
      assertAreaCode(area);
      query.andWhere(`(${insideAreaSql('service', ':area')} OR ${containingAreaSql('service', ':area')})`, { area });
    }
    if (themes?.length) query.andWhere('service.themes && :themes', { themes });
    if (targetGroups?.length) query.andWhere('service.target_groups && :targetGroups', { targetGroups });
    if (acceptsNew != null) query.andWhere("(service.capacity ->> 'acceptsNew')::boolean = :acceptsNew", { acceptsNew });
    return pageQuery(query, { first, after });
  },

  professional: (_root, { id }, { loaders }) => loaders.professionalById.load(id),

  referral: (_root, { id }, { loaders }) => loaders.referralById.load(id),
};
