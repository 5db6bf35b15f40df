// The gemeente subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { eventSubjects } from './event-subjects';
import { policies } from './policies';
import { startServices, type GemeenteServices } from './services';
import { HSDS_PREFIX, hsdsRoute } from './social-map/hsds';
import { CONSENT_CHECK_PATH } from '../kit/access/consent-api';
import { consentCheckRoute, databaseConsentLookup, type ConsentAsker } from './consent/register';
import { subgraphAudience } from './webhooks/audience';
import { WEBHOOK_CRONTAB, webhookJobs } from './webhooks/jobs';
import { ORGANISATION_CHECK_PATH, organisationCheckRoute } from '../kit/organisation-check';
import { answerOrganisationCheck } from './organisation-check';

export const gemeente: SubgraphDefinition<Loaders, GemeenteServices> = {
  name: 'gemeente',
  typeDefs: loadTypeDefs('gemeente'),
  resolvers,
  entities,
  migrations,
  // the sociale kaart's Dutch full text, typo search and distances (migration 7); only a superuser creates earthdistance
  extensions: ['unaccent', 'pg_trgm', 'cube', 'earthdistance'],
  createLoaders,
  policies,
  eventSubjects,
  // gemeente keeps the consent register: it looks consent up in its own table and answers the others.
  consentLookup: databaseConsentLookup,
  routes: (db, config, { log }) => ({
    // each asking subgraph has its own credential (CONSENT_API_SECRET_<PARTNER>); gemeente holds them all
    [CONSENT_CHECK_PATH]: consentCheckRoute(db, config.consentApiSecrets as Record<ConsentAsker, string>),
    // welzijn asks the kind of an organisation before it transfers a hulpvraag to it (signed with welzijn's credential)
    [ORGANISATION_CHECK_PATH]: organisationCheckRoute(config.consentApiSecrets.welzijn!, answerOrganisationCheck(db), log),
    [HSDS_PREFIX]: hsdsRoute(db),
  }),
  startServices,
  // webhooks: pulls of every subgraph's event feed, deliveries, and the sweep (webhooks/)
  jobs: (_db, config, context) => webhookJobs(config, context, subgraphAudience(context.peers, config.eventsSecret)),
  crontab: WEBHOOK_CRONTAB,
};
