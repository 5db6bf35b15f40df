// Runs one subgraph as its own process (as in docker-compose): database from DATABASE_URL_<PARTNER> (its
// serving role) and MIGRATION_DATABASE_URL_<PARTNER> (its migration role), port from PORT_<PARTNER>; no demo
// data (that is the hub's, hub/demo/). The configuration is checked before the database is touched, every
// problem at once. A start that fails is one log line saying why and what to do (kit/database-errors.ts).
// SIGTERM/SIGINT stop it gracefully (in-flight requests finish, then the pool closes); while it is still
// starting (migrating), they stop it at once: nothing is answered yet, and a migration rolls back.
import { exitForStartFailure } from '../../platform/config';
import { serviceLog } from '../../platform/log';
import { exitAfterDrainOnSignal } from '../../platform/shutdown';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

export async function runStandalone<TLoaders>(definition: SubgraphDefinition<TLoaders>): Promise<void> {
  const log = serviceLog(definition.name);
  const early = (signal: NodeJS.Signals) => {
    log.info({ signal }, `${signal} while starting: stopping`);
    process.exit(1);
  };
  process.once('SIGTERM', early);
  process.once('SIGINT', early);
  try {
    const running = await startSubgraph(definition, { env: process.env });
    process.off('SIGTERM', early);
    process.off('SIGINT', early);
    log.info({ url: running.url }, `subgraph ${definition.name} serving ${running.url}`);
    // closing drains the requests, then closes the database pool
    exitAfterDrainOnSignal(() => running.close(), log);
  } catch (error) {
    exitForStartFailure(`subgraph ${definition.name}`, error);
  }
}
