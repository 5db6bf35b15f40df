// The bewoners subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { eventSubjects } from './event-subjects';
import { disclosures, personalEntryPoints, policies } from './policies';
import { ICAL_PREFIX, icalRoute } from './ical';
import { OFFER_CHECK_PATH, offerCheckRoute } from '../kit/matching/offer-check';
import { answerOfferCheck } from './offer-check';
import { ACTIVITY_CHECK_PATH, activityCheckRoute } from '../kit/activity-check';
import { answerActivityCheck } from './activity-check';
import { PULL_TASK, pullCalendar } from './calendar-subscriptions';
import { offerMatches, type BewonersServices } from './offer-matches';

export const bewoners: SubgraphDefinition<Loaders, BewonersServices> = {
  name: 'bewoners',
  typeDefs: loadTypeDefs('bewoners'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  policies,
  eventSubjects,
  personalEntryPoints,
  disclosures,
  // each calendar subscription's pull schedules its next one (calendar-subscriptions.ts)
  jobs: (db, config) => ({
    [PULL_TASK]: async (payload) => {
      await pullCalendar(db, (payload as { id: string }).id, config.outbound);
    },
  }),
  startServices: (_db, peers, config, { log }) => ({ offerMatches: offerMatches(peers, config.offerCheckSecret!, log) }),
  routes: (db, config, { consentLookup, log }) => ({
    [ICAL_PREFIX]: icalRoute(db),
    // welzijn asks before it records a match with a neighbour's offer
    [OFFER_CHECK_PATH]: offerCheckRoute(config.offerCheckSecret!, answerOfferCheck(db, consentLookup), log),
    // zorg asks before it records a referral to an activity
    [ACTIVITY_CHECK_PATH]: activityCheckRoute(config.offerCheckSecret!, answerActivityCheck(db), log),
  }),
};
