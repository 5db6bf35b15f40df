// The zorg subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { eventSubjects } from './event-subjects';
import { policies } from './policies';
import { activities, type ZorgServices } from './activities';

export const zorg: SubgraphDefinition<Loaders, ZorgServices> = {
  name: 'zorg',
  typeDefs: loadTypeDefs('zorg'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  policies,
  eventSubjects,
  startServices: (_db, peers, config, { log }) => ({ activities: activities(peers, config.offerCheckSecret!, log) }),
};
