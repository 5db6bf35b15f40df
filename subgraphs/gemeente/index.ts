// The gemeente subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const gemeente: SubgraphDefinition<Loaders> = {
  name: 'gemeente',
  typeDefs: loadTypeDefs('gemeente'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seed,
};
