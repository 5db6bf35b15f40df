// Runs one subgraph as its own process (as in docker-compose): database from DATABASE_URL_<PARTNER>,
// port from PORT_<PARTNER>; SEED_DEMO_DATA=1 loads the demo town. SIGTERM/SIGINT stop it gracefully
// (in-flight requests finish, then the pool closes).
import { databaseUrlFor, listenHost, portFor } from './config';
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
    seed: process.env.SEED_DEMO_DATA === '1',
  });
  console.log(`subgraph ${definition.name} serving ${running.url}`);
  // SIGTERM: stop taking requests, let in-flight ones finish (bounded, DRAIN_TIMEOUT_MS), then close the
  // database pool and exit. A second signal stops at once (the handlers are `once`).
  const stop = async (signal: NodeJS.Signals) => {
    console.log(`${signal}: draining`);
    setTimeout(() => process.exit(1), 30_000).unref();
    try {
      await running.close();
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed:', error);
      process.exit(1);
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
