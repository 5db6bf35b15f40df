import type { QueryResolvers } from '../generated/resolvers-types';
import { assertAreaCode, insideAreaSql } from '../../kit/areas';
import { pageQuery } from '../../kit/pagination';
import { Activity } from '../entities';
import { publishedOnly } from './published';

export const Query: QueryResolvers = {
  activity: async (_root, { id }, { loaders, caller }) => publishedOnly(await loaders.activityById.load(id), caller),

  activities: (_root, { area, from, first, after }, { db }) => {
    const query = db.getRepository(Activity).createQueryBuilder('activity').where("activity.published AND activity.status = 'SCHEDULED'");
    if (area) query.andWhere(insideAreaSql('activity', ':area'), { area: assertAreaCode(area) });
    // A recurring activity has occurrences after its first start, so only one-off ones can be over.
    if (from) query.andWhere('(activity.recurrence IS NOT NULL OR activity.ends_at >= :from)', { from });
    return pageQuery(query, { first, after });
  },

  helpOffer: (_root, { id }, { loaders }) => loaders.helpOfferById.load(id),
};
