// Runs one subgraph as its own process (as in docker-compose): database from DATABASE_URL_<PARTNER> (its
// serving role) and MIGRATION_DATABASE_URL_<PARTNER> (its migration role), port from PORT_<PARTNER>; no demo
// data (that is the hub's, hub/demo/). SIGTERM/SIGINT stop it gracefully (in-flight requests finish, then the
// pool closes), also while it is still migrating. A start that fails is one log line saying why and what to
// do (kit/database-errors.ts), and exit code 1.
import { databaseUrlFor, listenHost, migrationDatabaseUrlFor, portFor } from '../../platform/config';
import { serviceLog } from '../../platform/log';
import { exitAfterDrainOnSignal } from '../../platform/shutdown';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

export async function runStandalone<TLoaders>(definition: SubgraphDefinition<TLoaders>): Promise<void> {
  const log = serviceLog(definition.name);
  const databaseUrl = databaseUrlFor(definition.name);
  if (!databaseUrl) {
    log.fatal(`DATABASE_URL_${definition.name.toUpperCase()} is not set (npm start runs all subgraphs on an embedded PostgreSQL)`);
    process.exit(2);
  }
  // Until it serves, a signal stops it at once: nothing is being answered, and a migration rolls back.
  const early = (signal: NodeJS.Signals) => {
    log.info({ signal }, `${signal} while starting: stopping`);
    process.exit(1);
  };
  process.once('SIGTERM', early);
  process.once('SIGINT', early);
  let running;
  try {
    running = await startSubgraph(definition, { databaseUrl, migrationUrl: migrationDatabaseUrlFor(definition.name), port: portFor(definition.name), host: listenHost() });
  } catch (error) {
    log.fatal(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  process.off('SIGTERM', early);
  process.off('SIGINT', early);
  log.info({ url: running.url }, `subgraph ${definition.name} serving ${running.url}`);
  // closing drains the requests, then closes the database pool
  exitAfterDrainOnSignal(() => running.close(), log);
}
