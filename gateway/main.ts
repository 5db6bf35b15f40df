// Runs the gateway alone (as in docker-compose): PORT_GATEWAY, SUBGRAPH_URL_<PARTNER>.
import { PARTNERS, listenHost, portFor, subgraphUrlFor, type Partner } from '../subgraphs/kit/config';
import { startGateway } from './server';

async function main(): Promise<void> {
  const subgraphUrls = Object.fromEntries(PARTNERS.map((p) => [p, subgraphUrlFor(p)])) as Record<Partner, string>;
  const gateway = await startGateway({ port: portFor('gateway'), host: listenHost(), subgraphUrls });
  console.log(`gateway serving ${gateway.url}`);
  // SIGTERM: stop taking requests, let in-flight ones finish (bounded, DRAIN_TIMEOUT_MS), then exit. A second
  // signal stops at once (the handlers are `once`).
  const stop = async (signal: NodeJS.Signals) => {
    console.log(`${signal}: draining`);
    setTimeout(() => process.exit(1), 30_000).unref();
    try {
      await gateway.close();
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed:', error);
      process.exit(1);
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
