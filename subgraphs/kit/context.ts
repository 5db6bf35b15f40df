// What every resolver receives: the subgraph's database, this request's DataLoaders (fresh per request, so
// batching and caching never cross requests or callers), the verified caller, its personal-data access and
// the subgraph's long-lived services.
import type { Database } from './database';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from './access/personal-data';

export interface RequestContext<TLoaders, TServices = unknown> {
  db: Database;
  loaders: TLoaders;
  caller: Caller;
  personalData: PersonalDataAccess;
  /** The subgraph's long-lived parts (see SubgraphDefinition.startServices). */
  services: TServices;
}
