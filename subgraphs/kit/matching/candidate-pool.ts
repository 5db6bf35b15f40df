// The candidate-pool pipeline every pool shares: for a batch of hulpvragen, the pool's helpers who can reach
// one of them (the pool's own statement, kit/matching/reach.ts), ranked per hulpvraag by the shared scoring
// function, each ranked helper shaped into what the pool serves. One load per batch, however many hulpvragen.
// The ranking builds no text: a ranked helper's reasons are built when a resolver asks for them (the
// candidate's `reasons` field, so only for the candidates an answer shows with their reasons).
//
// A pool whose helpers the caller may not all see (bewoners: a neighbour's consent) names the rule as
// `readable`. It is asked in rank order, only about the helpers that could still make a hulpvraag's list:
// first each hulpvraag's best `perRequest`, then, where too few of them were readable, twice as many of the
// next, and so on. The lists are the same as ranking the readable helpers alone (a helper's score does not
// depend on the others), while fewer residents are asked about (and logged as asked about): on the bench's
// match view 337 instead of 404, in two rounds.
import DataLoader from 'dataloader';
import { helpersByCategory, rankCandidates, scoreHelper, type HelperProfile, type Rating, type RequestProfile } from './scoring';

/** A helper ranked for one hulpvraag. */
export interface RankedHelper<H extends HelperProfile> {
  helper: H;
  score: number;
  /** The score's reasons (scoring.ts), built on each call. */
  reasons: () => string[];
}

export interface CandidatePool<R extends { id: string; category: string }, H extends HelperProfile, T> {
  /** The pool's helpers who may be ranked for one of `requests` (the pool's filters applied). */
  helpers(requests: readonly R[]): Promise<H[]>;
  /** Of `helpers`, those the caller may see (asked in rank order, see above); without it, all of them. */
  readable?(helpers: H[]): Promise<H[]>;
  /** A hulpvraag as the scoring function reads it. */
  request(request: R): RequestProfile;
  /** How many candidates the pool ranks per hulpvraag. */
  perRequest: number;
  /** What the pool serves of a ranked helper. */
  shape(ranked: RankedHelper<H>): T;
}

/**
 * Each ranking cut to its first `perRequest` helpers that `readable` lets through, asking it in rounds about
 * the helpers still undecided that could make a list.
 */
async function firstReadable<H extends HelperProfile>(rankings: Rating[][], byId: Map<string, H>, perRequest: number, readable: (helpers: H[]) => Promise<H[]>): Promise<Rating[][]> {
  const seen = new Map<string, boolean>(); // helper id → readable
  const wanted = rankings.map(() => perRequest); // how many undecided helpers each ranking may ask about next
  for (;;) {
    const ask = new Set<string>();
    rankings.forEach((ranking, i) => {
      let readableSoFar = 0;
      let asked = 0;
      for (const rating of ranking) {
        if (readableSoFar >= perRequest || asked >= wanted[i]!) break;
        const known = seen.get(rating.helperId);
        if (known === true) readableSoFar++;
        else if (known === undefined) {
          ask.add(rating.helperId);
          asked++;
        }
      }
      wanted[i] = Math.max(perRequest, 2 * wanted[i]!);
    });
    if (!ask.size) break;
    const allowed = new Set((await readable([...ask].map((id) => byId.get(id)!))).map((helper) => helper.id));
    for (const id of ask) seen.set(id, allowed.has(id));
  }
  return rankings.map((ranking) => ranking.filter((rating) => seen.get(rating.helperId) === true).slice(0, perRequest));
}

export function candidatePoolLoader<R extends { id: string; category: string }, H extends HelperProfile, T>(pool: CandidatePool<R, H, T>): DataLoader<R, T[], string> {
  return new DataLoader<R, T[], string>(
    async (requests) => {
      const helpers = await pool.helpers(requests);
      const byId = new Map(helpers.map((helper) => [helper.id, helper]));
      const byCategory = helpersByCategory(helpers);
      const profiles = requests.map((request) => pool.request(request));
      const full = profiles.map((profile) => rankCandidates(profile, byCategory.get(profile.category) ?? [], pool.readable ? undefined : pool.perRequest));
      const rankings = pool.readable ? await firstReadable(full, byId, pool.perRequest, pool.readable) : full;
      return rankings.map((ranking, i) =>
        ranking.map((rating) => {
          const helper = byId.get(rating.helperId)!;
          return pool.shape({ helper, score: rating.score, reasons: () => scoreHelper(profiles[i]!, helper).reasons });
        }),
      );
    },
    { cacheKeyFn: (request) => request.id },
  );
}
