// Runs one subgraph as its own process (as in docker-compose): database from DATABASE_URL_<PARTNER>,
// port from PORT_<PARTNER>; no demo data (that is the hub's, hub/demo/). SIGTERM/SIGINT stop it gracefully
// (in-flight requests finish, then the pool closes).
import { databaseUrlFor, listenHost, portFor } from '../../platform/config';
import { exitAfterDrainOnSignal } from '../../platform/shutdown';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

export async function runStandalone<TLoaders>(definition: SubgraphDefinition<TLoaders>): Promise<void> {
  const databaseUrl = databaseUrlFor(definition.name);
  if (!databaseUrl) {
    console.error(`DATABASE_URL_${definition.name.toUpperCase()} is not set (npm start runs all subgraphs on an embedded PostgreSQL)`);
    process.exit(2);
  }
  const running = await startSubgraph(definition, {
    databaseUrl,
    port: portFor(definition.name),
    host: listenHost(),
  });
  console.log(`subgraph ${definition.name} serving ${running.url}`);
  // closing drains the requests, then closes the database pool
  exitAfterDrainOnSignal(() => running.close());
}
