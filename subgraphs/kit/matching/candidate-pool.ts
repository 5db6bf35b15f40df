// The candidate-pool pipeline every pool shares: for a batch of hulpvragen, the pool's helpers who can reach
// one of them (the pool's own statement, kit/matching/reach.ts), ranked per hulpvraag by the shared scoring
// function, each ranked helper shaped into what the pool serves. One load per batch, however many hulpvragen.
// The ranking builds no text: a ranked helper's reasons are built when a resolver asks for them (the
// candidate's `reasons` field, so only for the candidates an answer shows with their reasons).
import DataLoader from 'dataloader';
import { helpersByCategory, rankCandidates, scoreHelper, type HelperProfile, type RequestProfile } from './scoring';

/** A helper ranked for one hulpvraag. */
export interface RankedHelper<H extends HelperProfile> {
  helper: H;
  score: number;
  /** The score's reasons (scoring.ts), built on each call. */
  reasons: () => string[];
}

export interface CandidatePool<R extends { id: string; category: string }, H extends HelperProfile, T> {
  /** The pool's helpers who may be ranked for one of `requests` (the pool's filters and access rules applied). */
  helpers(requests: readonly R[]): Promise<H[]>;
  /** A hulpvraag as the scoring function reads it. */
  request(request: R): RequestProfile;
  /** How many candidates the pool ranks per hulpvraag. */
  perRequest: number;
  /** What the pool serves of a ranked helper. */
  shape(ranked: RankedHelper<H>): T;
}

export function candidatePoolLoader<R extends { id: string; category: string }, H extends HelperProfile, T>(pool: CandidatePool<R, H, T>): DataLoader<R, T[], string> {
  return new DataLoader<R, T[], string>(
    async (requests) => {
      const helpers = await pool.helpers(requests);
      const byId = new Map(helpers.map((helper) => [helper.id, helper]));
      const byCategory = helpersByCategory(helpers);
      return requests.map((request) => {
        const profile = pool.request(request);
        return rankCandidates(profile, byCategory.get(request.category) ?? [], pool.perRequest).map((rating) => {
          const helper = byId.get(rating.helperId)!;
          return pool.shape({ helper, score: rating.score, reasons: () => scoreHelper(profile, helper).reasons });
        });
      });
    },
    { cacheKeyFn: (request) => request.id },
  );
}
