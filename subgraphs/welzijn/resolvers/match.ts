import type { MatchResolvers } from '../generated/resolvers-types';
import { loadRequired } from '../../kit/loaders';

export const Match: MatchResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.matchById.load(ref.id),
  helpRequest: (match, _args, { loaders }) => loadRequired(loaders.helpRequestById, match.helpRequestId, 'HelpRequest'),
  volunteer: (match, _args, { loaders }) => (match.volunteerId ? loadRequired(loaders.volunteerById, match.volunteerId, 'Volunteer') : null),
};
