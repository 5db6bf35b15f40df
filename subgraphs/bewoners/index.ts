// The bewoners subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { personalEntryPoints, policies } from './policies';
import { ICAL_PREFIX, icalRoute } from './ical';

export const bewoners: SubgraphDefinition<Loaders> = {
  name: 'bewoners',
  typeDefs: loadTypeDefs('bewoners'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  policies,
  personalEntryPoints,
  routes: (db) => ({ [ICAL_PREFIX]: icalRoute(db) }),
};
