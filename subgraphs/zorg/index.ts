// The zorg subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { policies } from './policies';

export const zorg: SubgraphDefinition<Loaders> = {
  name: 'zorg',
  typeDefs: loadTypeDefs('zorg'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  policies,
};
