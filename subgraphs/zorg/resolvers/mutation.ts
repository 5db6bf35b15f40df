import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecordsMutation } from '../../kit/access/data-subject';
import { payload } from '../../kit/mutation-payload';
import { personRecords } from '../policies';
import { createReferral, transitionReferral } from '../referrals';

export const Mutation: MutationResolvers = {
  createReferral: (_root, { input }, { db, caller }) => payload('referral', () => db.transaction((manager) => createReferral(manager, input, caller))),
  transitionReferral: (_root, args, { db, caller, personalData }) =>
    payload('referral', () => db.transaction((manager) => transitionReferral(manager, args, caller, personalData))),
  eraseZorgRecords: (_root, { personId }, context) => erasePersonRecordsMutation(context, personId, personRecords),
};
