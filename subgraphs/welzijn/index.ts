// The welzijn subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { eventSubjects } from './event-subjects';
import { disclosures, policies } from './policies';
import { answerOpenMatches, neighbourOffers, type WelzijnServices } from './neighbour-offers';
import { OFFER_MATCHES_PATH, offerMatchesRoute } from '../kit/matching/offer-check';
import { CASCADE_DEADLINE_TASK, expireAsk } from './cascade';
import { CASCADE_RULE_TASK } from './cascade-rule-trigger';
import { runCascadeRule } from './cascade-rules';
import { organisationRegistry } from './organisations';

export const welzijn: SubgraphDefinition<Loaders, WelzijnServices> = {
  name: 'welzijn',
  typeDefs: loadTypeDefs('welzijn'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  policies,
  eventSubjects,
  disclosures,
  // an ask-and-cascade's deadlines (cascade.ts), and the cascades that rules start (cascade-rules.ts)
  jobs: (db) => ({
    [CASCADE_DEADLINE_TASK]: async (payload) => {
      await expireAsk(db, payload as { cascadeId: string; stepId: string });
    },
    [CASCADE_RULE_TASK]: async (payload) => {
      await runCascadeRule(db, payload as { helpRequestId: string });
    },
  }),
  startServices: (_db, peers, config, { log }) => ({
    neighbourOffers: neighbourOffers(peers, config.offerCheckSecret!, log),
    // the question to gemeente's partner registry is signed with welzijn's own consent-API credential
    organisations: organisationRegistry(peers, config.consentApiSecrets.welzijn!, log),
  }),
  routes: (db, config, { log }) => ({
    // bewoners asks before a cooperative ends a neighbour's offer
    [OFFER_MATCHES_PATH]: offerMatchesRoute(config.offerCheckSecret!, answerOpenMatches(db), log),
  }),
};
