// welzijn's pool (through kit/matching/candidate-pool.ts): the caller's organisation's volunteers, ranked for many hulpvragen at once with the
// shared scoring function. Three statements per batch, however many hulpvragen: the volunteers who offer
// any of the categories and can reach one of the hulpvragen, their open matches, and whom they helped before.
import DataLoader from 'dataloader';
import type { Database } from '../kit/database';
import type { Caller } from '../../platform/caller';
import { pointOf } from '../kit/matching/location';
import { arrayColumn, reachablePoolSql } from '../kit/matching/reach';
import { candidatePoolLoader } from '../kit/matching/candidate-pool';
import type { HelperProfile, RequestProfile } from '../kit/matching/scoring';
import { hasValidVog, matchableSql } from '../kit/helper-profile';
import type { HelpRequest } from './entities';
import { OPEN_MATCH_STATES } from './entities/match';

export interface RankedCandidate {
  pool: 'VOLUNTEER' | 'NEIGHBOUR';
  helperId: string;
  score: number;
  /** The score's reasons: a volunteer's are built when asked for (MatchCandidate.reasons), a neighbour's come from bewoners. */
  reasons: () => string[];
  /** For a volunteer: whose record the score and reasons come from (for the access rule and the log). */
  volunteer?: { id: string; organisationId: string };
}

/** How many candidates each pool ranks per hulpvraag; the matcher sees the best of the merged list. */
export const CANDIDATES_PER_POOL = 20;

export function requestProfile(request: HelpRequest): RequestProfile {
  return {
    category: request.category,
    intensity: request.intensity,
    tasks: request.tasks,
    notDirectNeighbour: request.notDirectNeighbour,
    location: pointOf(request),
    wishedTimes: request.wishedTimes,
    languages: request.languages,
    requesterId: request.requesterId,
  };
}

/** The columns of a volunteer the scoring reads. */
const PROFILE_COLUMNS = `id, ${arrayColumn('categories')}, latitude, longitude, max_distance_km, ${arrayColumn('availability')}, ${arrayColumn('languages')}, available, load_cap, has_vog, vog_issued_on, insured, ${arrayColumn('limits')}`;

/** Volunteers in the pool at all: the caller's organisation's ($1), offering one of the categories ($2), not paused or ended. */
const POOL_FILTER = `organisation_id = $1 AND categories && $2::text[] AND ${matchableSql('h')}`;

/** A stored volunteer as the scoring function reads them (a VOG counts while valid). */
function profileOf(v: any, activeMatches: number, earlierRequesters: string[]): HelperProfile {
  return {
    id: v.id,
    categories: v.categories,
    location: pointOf(v),
    maxDistanceKm: v.max_distance_km,
    availability: v.availability,
    languages: v.languages,
    available: v.available,
    activeMatches,
    loadCap: v.load_cap,
    hasVog: hasValidVog(v),
    insured: v.insured,
    limits: v.limits,
    earlierRequesters,
  };
}

/**
 * The caller's volunteers who offer the category of one of `requests` and can reach one of them, as scoring
 * profiles. Continuity is looked up only for the residents being matched, not for everyone a volunteer
 * ever helped.
 */
export async function volunteerProfiles(db: Database, caller: Caller, requests: HelpRequest[]): Promise<HelperProfile[]> {
  const pool = reachablePoolSql(
    'volunteer',
    PROFILE_COLUMNS,
    POOL_FILTER,
    [caller.organisationId, [...new Set(requests.map((r) => r.category))]],
    requests.map((r) => ({ category: r.category, location: pointOf(r), wishedTimes: r.wishedTimes })),
  );
  const volunteers: any[] = await db.query(pool.sql, pool.params);
  const requesters = [...new Set(requests.map((r) => r.requesterId))];
  if (!volunteers.length) return [];
  const ids = volunteers.map((v) => v.id);
  const [load, history]: [{ volunteer_id: string; open: number }[], { volunteer_id: string; requester_id: string }[]] = await Promise.all([
    db.query('SELECT volunteer_id, count(*)::int AS open FROM match WHERE volunteer_id = ANY($1) AND status = ANY($2) GROUP BY volunteer_id', [ids, OPEN_MATCH_STATES]),
    db.query(
      `SELECT DISTINCT m.volunteer_id, h.requester_id FROM help_request h JOIN match m ON m.help_request_id = h.id
       WHERE h.requester_id = ANY($2) AND m.volunteer_id = ANY($1) AND m.status IN ('ACTIVE', 'ENDED')`,
      [ids, requesters],
    ),
  ]);
  const openOf = new Map(load.map((row) => [row.volunteer_id, row.open]));
  const helpedBy = new Map<string, string[]>();
  for (const row of history) helpedBy.set(row.volunteer_id, [...(helpedBy.get(row.volunteer_id) ?? []), row.requester_id]);
  return volunteers.map((v) => profileOf(v, openOf.get(v.id) ?? 0, helpedBy.get(v.id) ?? []));
}

/** How many earlier neighbours' offers a hulpvraag sends bewoners for continuity (HelpRequest.earlierHelpOffers). */
const EARLIER_OFFERS = 50;

/**
 * Per hulpvraag, the neighbours' offers that helped its resident before (a match that became active), most
 * recent first: one statement per batch. Bewoners scores continuity for neighbours with it.
 */
export function earlierHelpOffersLoader(db: Database) {
  return new DataLoader<string, string[]>(async (ids) => {
    const rows: { request_id: string; help_offer_id: string }[] = await db.query(
      `SELECT request_id, help_offer_id FROM (
         SELECT r.id AS request_id, m.help_offer_id, row_number() OVER (PARTITION BY r.id ORDER BY max(m.started_at) DESC, m.help_offer_id) AS n
         FROM help_request r JOIN help_request h ON h.requester_id = r.requester_id JOIN match m ON m.help_request_id = h.id
         WHERE r.id = ANY($1) AND m.pool = 'NEIGHBOUR' AND m.status IN ('ACTIVE', 'ENDED')
         GROUP BY r.id, m.help_offer_id) earlier
       WHERE n <= $2 ORDER BY request_id, n`,
      [ids, EARLIER_OFFERS],
    );
    return ids.map((id) => rows.filter((row) => row.request_id === id).map((row) => row.help_offer_id));
  });
}

export function volunteerCandidatesLoader(db: Database, caller: Caller) {
  return candidatePoolLoader({
    helpers: (requests: readonly HelpRequest[]) => volunteerProfiles(db, caller, [...requests]),
    request: requestProfile,
    perRequest: CANDIDATES_PER_POOL,
    shape: ({ helper, score, reasons }): RankedCandidate => ({
      pool: 'VOLUNTEER',
      helperId: helper.id,
      score,
      reasons,
      // the pool holds only the caller's organisation's volunteers (volunteerProfiles)
      volunteer: { id: helper.id, organisationId: caller.organisationId! },
    }),
  });
}

/** Both pools in one list: best score first, ties by pool and key so the order is stable. */
export function mergeCandidates(lists: RankedCandidate[][], first: number): RankedCandidate[] {
  return lists
    .flat()
    .sort((a, b) => b.score - a.score || a.pool.localeCompare(b.pool) || a.helperId.localeCompare(b.helperId))
    .slice(0, first);
}
