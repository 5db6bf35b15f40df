import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecords } from '../../kit/access/data-subject';
import { lockOwnRow, personalDataWriteRule } from '../../kit/access/own-row';
import { payload } from '../../kit/mutation-payload';
import { helpOfferPolicy, personRecords } from '../policies';
import { HelpOffer } from '../entities';
import { pullOwnCalendar, subscribeCalendar, type CalendarSubscriptionRow } from '../calendar-subscriptions';
import { cancelActivity, cancelActivityOccurrence, createActivity, setPublished, updateActivity } from '../publishing';

const subscription = (row: CalendarSubscriptionRow) => ({
  id: row.id,
  url: row.url,
  area: row.area_code,
  kind: row.kind as never,
  intervalMinutes: row.interval_minutes,
  lastPulledAt: row.last_pulled_at,
  lastError: row.last_error,
});

export const Mutation: MutationResolvers = {
  createActivity: (_root, { input }, { db, caller }) => payload('activity', () => db.transaction((manager) => createActivity(manager, input, caller))),
  updateActivity: (_root, { id, input }, { db, caller }) => payload('activity', () => db.transaction((manager) => updateActivity(manager, id, input, caller))),
  publishActivity: (_root, { id }, { db, caller }) => payload('activity', () => db.transaction((manager) => setPublished(manager, id, true, caller))),
  unpublishActivity: (_root, { id }, { db, caller }) => payload('activity', () => db.transaction((manager) => setPublished(manager, id, false, caller))),
  subscribeCalendar: (_root, { input }, { db, caller, config }) =>
    payload('calendarSubscription', async () => subscription(await db.transaction((manager) => subscribeCalendar(manager, input, caller, config.outbound)))),
  pullCalendar: (_root, { id }, { db, caller, config }) => payload('calendarSubscription', async () => subscription(await pullOwnCalendar(db, id, caller, config.outbound))),
  cancelActivityOccurrence: (_root, { id, date }, { db, caller }) =>
    payload('activity', () => db.transaction((manager) => cancelActivityOccurrence(manager, id, date, caller))),
  cancelActivity: (_root, { id }, { db, caller }) => payload('activity', () => db.transaction((manager) => cancelActivity(manager, id, caller))),
  setHelpOfferAvailable: (_root, { id, available }, { db, caller, personalData }) =>
    payload('helpOffer', () =>
      db.transaction(async (manager) => {
        // the neighbour's own cooperative; a matcher reading the offer with consent may not switch it
        const offer = await lockOwnRow(manager, HelpOffer, id, personalDataWriteRule(helpOfferPolicy, personalData), caller, 'id');
        offer.available = available;
        return manager.save(offer);
      }),
    ),
  eraseBewonersRecords: (_root, { personId }, context) => payload('erasure', () => erasePersonRecords(context, personId, personRecords)),
};
