// What every resolver receives: the subgraph's database and this request's DataLoaders (created fresh per
// request so batching and caching never cross requests or callers).
import type { Database } from './database';

export interface RequestContext<TLoaders> {
  db: Database;
  loaders: TLoaders;
}
