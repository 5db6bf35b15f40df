// The gemeente subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { policies } from './policies';
import { startServices, type GemeenteServices } from './services';
import { HSDS_PREFIX, hsdsRoute } from './social-map/hsds';
import { CONSENT_CHECK_PATH } from '../kit/access/consent-api';
import { consentCheckRoute, databaseConsentLookup } from './consent/register';
import { consentApiSecret } from '../../platform/secrets';

export const gemeente: SubgraphDefinition<Loaders, GemeenteServices> = {
  name: 'gemeente',
  typeDefs: loadTypeDefs('gemeente'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  policies,
  // gemeente keeps the consent register: it looks consent up in its own table and answers the others.
  consentLookup: databaseConsentLookup,
  routes: (db) => ({ [CONSENT_CHECK_PATH]: consentCheckRoute(db, consentApiSecret()), [HSDS_PREFIX]: hsdsRoute(db) }),
  startServices,
};
