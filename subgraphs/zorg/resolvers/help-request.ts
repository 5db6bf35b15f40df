import type { HelpRequestResolvers } from '../generated/resolvers-types';
import { readableRows } from '../../kit/access/personal-data';
import { referralPolicy } from '../policies';

export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  referrals: async (request, _args, { loaders, personalData }) =>
    readableRows(personalData, referralPolicy, await loaders.referralsOfHelpRequest.load(request.id)),
};
