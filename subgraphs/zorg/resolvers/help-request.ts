import type { HelpRequestResolvers } from '../generated/resolvers-types';

export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  referrals: (request, _args, { loaders }) => loaders.referralsOfHelpRequest.load(request.id),
};
