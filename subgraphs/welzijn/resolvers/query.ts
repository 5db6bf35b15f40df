import type { QueryResolvers } from '../generated/resolvers-types';
import { assertAreaCode, insideAreaSql } from '../../kit/areas';
import { pageQuery } from '../../kit/pagination';
import { HelpRequest } from '../entities';

export const Query: QueryResolvers = {
  helpRequest: (_root, { id }, { loaders }) => loaders.helpRequestById.load(id),

  helpRequests: (_root, { area, states, categories, first, after }, { db, caller }) => {
    const query = db
      .getRepository(HelpRequest)
      .createQueryBuilder('request')
      .where('request.intake_organisation_id = :organisation', { organisation: caller.organisationId });
    if (area) query.andWhere(insideAreaSql('request', ':area'), { area: assertAreaCode(area) });
    if (states?.length) query.andWhere('request.status IN (:...states)', { states });
    if (categories?.length) query.andWhere('request.category IN (:...categories)', { categories });
    return pageQuery(query, { first, after });
  },

  volunteer: (_root, { id }, { loaders }) => loaders.volunteerById.load(id),

  match: (_root, { id }, { loaders }) => loaders.matchById.load(id),
};
