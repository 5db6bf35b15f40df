import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecordsMutation } from '../../kit/access/data-subject';
import { personRecords } from '../policies';
import { cancelActivity, createActivity, setPublished, updateActivity } from '../publishing';

export const Mutation: MutationResolvers = {
  createActivity: (_root, { input }, { db, caller }) => db.transaction((manager) => createActivity(manager, input, caller)),
  updateActivity: (_root, { id, input }, { db, caller }) => db.transaction((manager) => updateActivity(manager, id, input, caller)),
  publishActivity: (_root, { id }, { db, caller }) => db.transaction((manager) => setPublished(manager, id, true, caller)),
  unpublishActivity: (_root, { id }, { db, caller }) => db.transaction((manager) => setPublished(manager, id, false, caller)),
  cancelActivity: (_root, { id }, { db, caller }) => db.transaction((manager) => cancelActivity(manager, id, caller)),
  eraseBewonersRecords: (_root, { personId }, context) => erasePersonRecordsMutation(context, personId, personRecords),
};
