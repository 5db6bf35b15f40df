// The welzijn subgraph, as the kit starts it.
import type { SubgraphDefinition } from '../kit/subgraph';
import { loadTypeDefs } from '../kit/sdl';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { disclosures, policies } from './policies';
import { neighbourOffers, type WelzijnServices } from './neighbour-offers';

export const welzijn: SubgraphDefinition<Loaders, WelzijnServices> = {
  name: 'welzijn',
  typeDefs: loadTypeDefs('welzijn'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  policies,
  disclosures,
  startServices: (_db, peers, config, { log }) => ({ neighbourOffers: neighbourOffers(peers, config.offerCheckSecret!, log) }),
};
