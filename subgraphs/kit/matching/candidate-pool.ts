// The candidate-pool pipeline every pool shares: for a batch of hulpvragen, the pool's helpers who can reach
// one of them (the pool's own statement, kit/matching/reach.ts), ranked per hulpvraag by the shared scoring
// function, each ranked helper shaped into what the pool serves. One load per batch, however many hulpvragen.
import DataLoader from 'dataloader';
import { helpersByCategory, rankCandidates, type Candidate, type HelperProfile, type RequestProfile } from './scoring';

export interface CandidatePool<R extends { id: string; category: string }, H extends HelperProfile, T> {
  /** The pool's helpers who may be ranked for one of `requests` (the pool's filters and access rules applied). */
  helpers(requests: readonly R[]): Promise<H[]>;
  /** A hulpvraag as the scoring function reads it. */
  request(request: R): RequestProfile;
  /** How many candidates the pool ranks per hulpvraag. */
  perRequest: number;
  /** What the pool serves of a ranked helper. */
  shape(candidate: Candidate, helper: H): T;
}

export function candidatePoolLoader<R extends { id: string; category: string }, H extends HelperProfile, T>(pool: CandidatePool<R, H, T>): DataLoader<R, T[], string> {
  return new DataLoader<R, T[], string>(
    async (requests) => {
      const helpers = await pool.helpers(requests);
      const byId = new Map(helpers.map((helper) => [helper.id, helper]));
      const byCategory = helpersByCategory(helpers);
      return requests.map((request) =>
        rankCandidates(pool.request(request), byCategory.get(request.category) ?? [], pool.perRequest).map((candidate) => pool.shape(candidate, byId.get(candidate.helperId)!)),
      );
    },
    { cacheKeyFn: (request) => request.id },
  );
}
