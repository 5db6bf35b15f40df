// bewoners' pool (through kit/matching/candidate-pool.ts): neighbours' help offers, ranked for many hulpvragen at once with the shared scoring
// function, in one statement that reads only the offers able to reach one of them (kit/matching/reach.ts).
// Only offers the caller may see are ranked: its own cooperative's, or those whose neighbour consented to
// MATCHING by the caller's organisation (batched consent questions, asked in rank order about the offers that
// could make a list); the others never appear, not even as a key. Only the offer's key, the score and the
// reasons leave this subgraph, and each disclosure is logged on the offer (policies.ts: the NeighbourCandidate
// disclosure).
// A neighbour has a VOG when their cooperative recorded one that has not expired, and insurance as recorded; welzijn (which records
// matches) allows one open match per offer, so here an offer counts as free with a load cap of one.
import type { Database } from '../kit/database';
import { readableRows, type PersonalDataAccess } from '../kit/access/personal-data';
import { pointOf, type GeoPoint } from '../kit/matching/location';
import { arrayColumn, reachablePoolSql } from '../kit/matching/reach';
import { candidatePoolLoader } from '../kit/matching/candidate-pool';
import type { HelperProfile, Intensity, RequestProfile } from '../kit/matching/scoring';
import { hasValidVog, matchableSql } from '../kit/helper-profile';
import { helpOfferPolicy } from './policies';
import type { HelpOffer } from './entities';

/** What welzijn sends along for a hulpvraag (@requires on HelpRequest.neighbourCandidates). */
export interface RequiredRequestFields {
  id: string;
  category: string;
  location?: GeoPoint | null;
  wishedTimes?: string[];
  languages?: string[];
  intensity?: Intensity;
  tasks?: string[];
  notDirectNeighbour?: boolean;
  /** Offers that helped the resident before (null for a caller who is not a holder). */
  earlierHelpOffers?: string[] | null;
}

/** A ranked offer, with what the access rule and the log need of it (never served: see NeighbourCandidate). */
export interface NeighbourCandidateRow {
  helperId: string;
  score: number;
  /** Built when asked for (NeighbourCandidate.reasons; the gateway always asks, for the page's candidates only). */
  reasons: () => string[];
  offer: { id: string; helperId: string; organisationId: string };
}

const CANDIDATES_PER_REQUEST = 20;

/** The columns of an offer the scoring, the access rule and the log read. */
const PROFILE_COLUMNS = `id, helper_id, organisation_id, ${arrayColumn('categories')}, latitude, longitude, max_distance_km, ${arrayColumn('availability')}, ${arrayColumn('languages')}, ${arrayColumn('limits')}, has_vog, vog_issued_on, insured`;

/** Offers in the pool at all: offering one of the categories ($1), not paused, ended or being ended (offer-ending.ts). */
const POOL_FILTER = `categories && $1::text[] AND ${matchableSql('h')} AND h.ending_claim IS NULL`;

/**
 * A stored offer as the scoring function reads it (a VOG counts while valid). Bewoners does not know the
 * residents: for continuity each hulpvraag stands in for its resident, so `earlierRequesters` lists the
 * hulpvragen of the batch whose resident this offer helped before (welzijn's HelpRequest.earlierHelpOffers).
 */
function profileOf(offer: any, earlierRequesters: string[]): HelperProfile {
  return {
    id: offer.id,
    categories: offer.categories,
    location: pointOf(offer),
    maxDistanceKm: offer.max_distance_km,
    availability: offer.availability,
    languages: offer.languages,
    available: true,
    activeMatches: 0,
    loadCap: 1,
    hasVog: hasValidVog(offer),
    insured: offer.insured,
    limits: offer.limits,
    earlierRequesters,
  };
}

export function neighbourCandidatesLoader(db: Database, personalData: PersonalDataAccess) {
  return candidatePoolLoader({
    helpers: async (requests: readonly RequiredRequestFields[]) => {
      const pool = reachablePoolSql(
        'help_offer',
        PROFILE_COLUMNS,
        POOL_FILTER,
        [[...new Set(requests.map((request) => request.category))]],
        requests.map((request) => ({ category: request.category, location: request.location ?? null, wishedTimes: request.wishedTimes ?? [] })),
      );
      const rows: any[] = await db.query(pool.sql, pool.params);
      // per offer, the hulpvragen of the batch whose resident it helped before (one pass, not a search per offer)
      const helpedBefore = new Map<string, string[]>();
      for (const request of requests) for (const offerId of request.earlierHelpOffers ?? []) helpedBefore.set(offerId, [...(helpedBefore.get(offerId) ?? []), request.id]);
      return rows.map((row) => ({ ...profileOf(row, helpedBefore.get(row.id) ?? []), offer: { id: row.id, helperId: row.helper_id, organisationId: row.organisation_id } }));
    },
    // only offers the caller may see are ranked for it: asked in rank order (kit/matching/candidate-pool.ts)
    readable: async (profiles) => {
      const allowed = await readableRows(personalData, helpOfferPolicy, profiles.map((profile) => profile.offer as HelpOffer));
      const ids = new Set(allowed.map((offer) => offer.id));
      return profiles.filter((profile) => ids.has(profile.id));
    },
    request: (request): RequestProfile => ({
      category: request.category,
      intensity: request.intensity ?? 'LIGHT_ONE_OFF',
      tasks: request.tasks ?? [],
      notDirectNeighbour: request.notDirectNeighbour ?? false,
      location: request.location ?? null,
      wishedTimes: request.wishedTimes ?? [],
      languages: request.languages ?? [],
      requesterId: request.id,
    }),
    perRequest: CANDIDATES_PER_REQUEST,
    shape: ({ helper, score, reasons }): NeighbourCandidateRow => ({ helperId: helper.id, score, reasons, offer: helper.offer }),
  });
}
