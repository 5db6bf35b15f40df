// Runs the gateway alone (as in docker-compose): PORT_GATEWAY, SUBGRAPH_URL_<PARTNER>.
import { PARTNERS, listenHost, portFor, subgraphUrlFor, type Partner } from '../subgraphs/kit/config';
import { startGateway } from './server';

async function main(): Promise<void> {
  const subgraphUrls = Object.fromEntries(PARTNERS.map((p) => [p, subgraphUrlFor(p)])) as Record<Partner, string>;
  const gateway = await startGateway({ port: portFor('gateway'), host: listenHost(), subgraphUrls });
  console.log(`gateway serving ${gateway.url}`);
  const stop = async () => {
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
