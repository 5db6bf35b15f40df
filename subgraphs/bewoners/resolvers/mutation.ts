import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecordsMutation } from '../../kit/access/data-subject';
import { personRecords } from '../policies';
import { HelpOffer } from '../entities';
import { notFound } from '../../../platform/errors';
import { forbidden } from '../../kit/access/errors';
import { cancelActivity, createActivity, setPublished, updateActivity } from '../publishing';

export const Mutation: MutationResolvers = {
  createActivity: (_root, { input }, { db, caller }) => db.transaction((manager) => createActivity(manager, input, caller)),
  updateActivity: (_root, { id, input }, { db, caller }) => db.transaction((manager) => updateActivity(manager, id, input, caller)),
  publishActivity: (_root, { id }, { db, caller }) => db.transaction((manager) => setPublished(manager, id, true, caller)),
  unpublishActivity: (_root, { id }, { db, caller }) => db.transaction((manager) => setPublished(manager, id, false, caller)),
  cancelActivity: (_root, { id }, { db, caller }) => db.transaction((manager) => cancelActivity(manager, id, caller)),
  setHelpOfferAvailable: (_root, { id, available }, { db, caller }) =>
    db.transaction(async (manager) => {
      const offer = await manager.findOne(HelpOffer, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!offer) throw notFound('HelpOffer', id);
      if (offer.organisationId !== caller.organisationId) throw forbidden('Only the neighbour\'s own cooperative sets their availability');
      offer.available = available;
      return manager.save(offer);
    }),
  eraseBewonersRecords: (_root, { personId }, context) => erasePersonRecordsMutation(context, personId, personRecords),
};
