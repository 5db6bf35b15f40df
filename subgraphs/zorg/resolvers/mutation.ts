import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecordsMutation } from '../../kit/access/data-subject';
import { personRecords } from '../policies';
import { createReferral, transitionReferral } from '../referrals';

export const Mutation: MutationResolvers = {
  createReferral: (_root, { input }, { db, caller }) => db.transaction((manager) => createReferral(manager, input, caller)),
  transitionReferral: (_root, args, { db, caller }) => db.transaction((manager) => transitionReferral(manager, args, caller)),
  eraseZorgRecords: (_root, { personId }, context) => erasePersonRecordsMutation(context, personId, personRecords),
};
