import type { MatchCandidateResolvers } from '../generated/resolvers-types';

export const MatchCandidate: MatchCandidateResolvers = {
  // built here, so only for the candidates whose reasons the query selects (candidates.ts)
  reasons: (candidate) => candidate.reasons(),
};
