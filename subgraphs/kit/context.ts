// What every resolver receives: the subgraph's database, this request's DataLoaders (fresh per request, so
// batching and caching never cross requests or callers), the verified caller, and its personal-data access.
import type { Database } from './database';
import type { Caller } from './access/caller';
import type { PersonalDataAccess } from './access/personal-data';

export interface RequestContext<TLoaders> {
  db: Database;
  loaders: TLoaders;
  caller: Caller;
  personalData: PersonalDataAccess;
}
