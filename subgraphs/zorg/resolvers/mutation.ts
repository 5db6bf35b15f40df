import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecordsMutation } from '../../kit/access/data-subject';
import { personRecords } from '../policies';

export const Mutation: MutationResolvers = {
  eraseZorgRecords: (_root, { personId }, context) => erasePersonRecordsMutation(context, personId, personRecords),
};
