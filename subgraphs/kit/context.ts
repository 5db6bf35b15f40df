// What every resolver receives: the subgraph's database, this request's DataLoaders (fresh per request, so
// batching and caching never cross requests or callers), its settings, the verified caller, its personal-data access and
// the subgraph's long-lived services.
import type { Database } from './database';
import type { Caller } from '../../platform/caller';
import type { SubgraphConfig } from '../../platform/config';
import type { PersonalDataAccess } from './access/personal-data';

export interface RequestContext<TLoaders, TServices = unknown> {
  db: Database;
  /** The subgraph's settings (platform/config.ts), read once at its start. */
  config: SubgraphConfig;
  loaders: TLoaders;
  caller: Caller;
  personalData: PersonalDataAccess;
  /** The subgraph's long-lived parts (see SubgraphDefinition.startServices). */
  services: TServices;
}
