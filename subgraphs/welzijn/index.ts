// The welzijn subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { policies } from './policies';

export const welzijn: SubgraphDefinition<Loaders> = {
  name: 'welzijn',
  typeDefs: loadTypeDefs('welzijn'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  policies,
};
