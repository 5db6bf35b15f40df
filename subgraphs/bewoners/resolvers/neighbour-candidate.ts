import type { NeighbourCandidateResolvers } from '../generated/resolvers-types';

export const NeighbourCandidate: NeighbourCandidateResolvers = {
  // built here, so only for the candidates served, not for every offer ranked (candidates.ts)
  reasons: (candidate) => candidate.reasons(),
};
