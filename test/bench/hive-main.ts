// Hive Gateway as a process of its own, for the bench's production layout (BENCH_PROCESSES): serves the
// committed supergraph in front of the subgraphs in SUBGRAPH_URL_<PARTNER>, with Hive's JavaScript planner
// or, with BENCH_HIVE_PLANNER=rust, Hive Router's Rust query planner (hive.ts); prints "gateway serving <url>".
import { gatewayConfig } from '../../platform/config';
import { startHiveGateway, type HivePlanner } from './hive';

async function main(): Promise<void> {
  const planner = (process.env.BENCH_HIVE_PLANNER === 'rust' ? 'rust' : 'js') satisfies HivePlanner;
  const hive = await startHiveGateway(gatewayConfig(process.env).subgraphUrls, planner);
  console.log(`gateway serving ${hive.url}`);
  const stop = () => void hive.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error('Hive Gateway could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
