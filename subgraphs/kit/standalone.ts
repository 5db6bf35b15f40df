// Runs one subgraph as its own process (as in docker-compose): database from DATABASE_URL_<PARTNER>,
// port from PORT_<PARTNER>; no demo data (that is the hub's, hub/demo/). The configuration is checked
// before the database is touched, every problem at once. SIGTERM/SIGINT stop it gracefully (in-flight
// requests finish, then the pool closes).
import { exitForStartFailure } from '../../platform/config';
import { exitAfterDrainOnSignal } from '../../platform/shutdown';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

export async function runStandalone<TLoaders>(definition: SubgraphDefinition<TLoaders>): Promise<void> {
  try {
    const running = await startSubgraph(definition, { env: process.env });
    console.log(`subgraph ${definition.name} serving ${running.url}`);
    // closing drains the requests, then closes the database pool
    exitAfterDrainOnSignal(() => running.close());
  } catch (error) {
    exitForStartFailure(`subgraph ${definition.name}`, error);
  }
}
