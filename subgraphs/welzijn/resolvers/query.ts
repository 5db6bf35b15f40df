import type { QueryResolvers } from '../generated/resolvers-types';
import { assertAreaCode, insideAreaSql } from '../../kit/areas';
import { pageQuery } from '../../kit/pagination';
import { loadExisting } from '../../kit/loaders';
import { assignBatch, greedyAssignment } from '../assignment';
import { helpersByCategory, rateHelper } from '../../kit/matching/scoring';
import type { Database } from '../../kit/database';
import type { Caller } from '../../../platform/caller';
import { HelpRequest } from '../entities';
import { requestProfile, volunteerProfiles } from '../candidates';
import { followUpsDue } from '../follow-ups';
import { boardPage, selfMatchesToReview } from '../board';
import { cascadeAsks } from '../cascade';
import { cascadeRules } from '../cascade-rules';

const DAY_MS = 24 * 3600 * 1000;
const BATCH_LIMIT = 200;

/** The caller's organisation's hulpvragen, optionally inside an area and of some states and categories. */
function ownHelpRequests(db: Database, caller: Caller, filter: { area?: string | null; states?: readonly string[] | null; categories?: readonly string[] | null }) {
  const query = db
    .getRepository(HelpRequest)
    .createQueryBuilder('request')
    .where('request.intake_organisation_id = :organisation', { organisation: caller.organisationId });
  if (filter.area) query.andWhere(insideAreaSql('request', ':area'), { area: assertAreaCode(filter.area) });
  if (filter.states?.length) query.andWhere('request.status IN (:...states)', { states: filter.states });
  if (filter.categories?.length) query.andWhere('request.category IN (:...categories)', { categories: filter.categories });
  return query;
}

const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);

export const Query: QueryResolvers = {
  helpRequest: (_root, { id }, { loaders }) => loaders.helpRequestById.load(id),

  helpRequests: (_root, { area, states, categories, first, after }, { db, caller }) =>
    pageQuery(ownHelpRequests(db, caller, { area, states, categories }), { first, after }),

  volunteer: (_root, { id }, { loaders }) => loaders.volunteerById.load(id),

  match: (_root, { id }, { loaders }) => loaders.matchById.load(id),

  volunteerVacancy: async (_root, { id }, { loaders }) => {
    const vacancy = await loaders.vacancyById.load(id);
    return vacancy?.published ? vacancy : null;
  },

  matchView: async (_root, { area, categories, states, first, after }, { db, caller }) => {
    const page = await pageQuery(ownHelpRequests(db, caller, { area, categories, states: states?.length ? states : ['OPEN'] }), { first, after });
    const now = new Date();
    const today = new Date(now.toISOString().slice(0, 10) + 'T00:00:00Z');
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map(({ cursor, node }) => {
        const dueIn = node.respondBy ? daysBetween(today, new Date(`${node.respondBy}T00:00:00Z`)) : null;
        return {
          cursor,
          node: { helpRequest: node, ageInDays: daysBetween(node.createdAt, now), daysUntilResponseDue: dueIn, responseOverdue: dueIn !== null && dueIn < 0 },
        };
      }),
    };
  },

  followUpsDue: (_root, { first, after }, { db, caller }) => followUpsDue(db, caller, { first, after }),

  board: (_root, args, { db }) => boardPage(db, args),

  selfMatchesToReview: (_root, args, { db, caller }) => selfMatchesToReview(db, caller, args),

  cascadeAsks: (_root, args, { db, caller }) => cascadeAsks(db, caller, args),

  cascadeRules: (_root, _args, { db, caller }) => cascadeRules(db, caller),

  batchProposal: async (_root, { area }, { db, caller, loaders }) => {
    const requests = await ownHelpRequests(db, caller, { area, states: ['OPEN'] }).orderBy('request.id').take(BATCH_LIMIT).getMany();
    const helpers = await volunteerProfiles(db, caller, requests);
    const byCategory = helpersByCategory(helpers);
    const pairs = requests.flatMap((request) =>
      (byCategory.get(request.category) ?? [])
        .map((helper) => ({ requestId: request.id, helperId: helper.id, score: rateHelper(requestProfile(request), helper) }))
        .filter((pair) => pair.score.eligible && pair.score.score > 0)
        .map((pair) => ({ requestId: pair.requestId, helperId: pair.helperId, score: pair.score.score })),
    );
    const problem = {
      requests: requests.map((request) => ({ id: request.id, helpersNeeded: request.helpersNeeded })),
      helpers: helpers.map((helper) => ({ id: helper.id, capacity: Math.max(0, helper.loadCap - helper.activeMatches) })),
      pairs,
    };
    const assignments = assignBatch(problem);
    const total = (list: { score: number }[]) => Number(list.reduce((sum, a) => sum + a.score, 0).toFixed(3));
    const byId = new Map(requests.map((request) => [request.id, request]));
    const volunteers = new Map((await loadExisting(loaders.volunteerById, [...new Set(assignments.map((a) => a.helperId))])).map((v) => [v.id, v]));
    return {
      assignments: assignments.map((a) => ({ helpRequest: byId.get(a.requestId)!, volunteer: volunteers.get(a.helperId)!, score: a.score })),
      totalScore: total(assignments),
      greedyTotalScore: total(greedyAssignment(problem)),
    };
  },
};
