// Runs the gateway alone (as in docker-compose): PORT_GATEWAY, SUBGRAPH_URL_<PARTNER>.
// GATEWAY_WORKERS=n (default 1; `auto`: one per core) runs n gateway processes on the one port (node:cluster:
// the first process only hands out connections, round robin). One gateway process uses one core for query
// planning, result merging and JSON; more workers spread that over the cores. With 1 there is no cluster.
import cluster, { type Worker } from 'node:cluster';
import { exitForStartFailure, gatewayConfig, type GatewayConfig } from '../platform/config';
import { exitAfterDrainOnSignal, STOP_TIMEOUT_MS } from '../platform/shutdown';
import { serviceLog } from '../platform/log';

const log = serviceLog('gateway');

export { gatewayWorkers } from '../platform/config';

/** One gateway process: serves until SIGTERM/SIGINT, then drains and exits. */
async function serve(workers: number): Promise<void> {
  // Loaded here, not at the top: a cluster's primary serves nothing and need not load the gateway.
  const { startGateway } = require('./server') as typeof import('./server');
  const gateway = await startGateway({ env: process.env });
  if (workers === 1) log.info({ url: gateway.url }, `gateway serving ${gateway.url}`);
  // In a cluster the primary passes its signal on as SIGTERM; a worker that already got the terminal's
  // SIGINT just goes on draining. Only a lone gateway announces it (the primary speaks for the workers).
  exitAfterDrainOnSignal(() => gateway.close(), log, workers === 1);
}

/**
 * The cluster's primary: starts the workers, says where they serve once all listen, starts a new worker
 * for one that dies, and on SIGTERM/SIGINT has every worker drain, then exits (0 when all drained cleanly).
 */
function supervise(workers: number, config: GatewayConfig): void {
  let stopping = false;
  let serving = false;
  const alive = new Set<Worker>();
  const listening = new Set<Worker>();
  const exitCodes: number[] = [];
  let recentCrashes: number[] = [];

  const start = () => {
    const worker = cluster.fork();
    alive.add(worker);
    worker.once('listening', (address) => {
      listening.add(worker);
      if (!serving && listening.size === workers) {
        serving = true;
        log.info({ url: `http://${config.host}:${address.port}/graphql`, workers }, `gateway serving http://${config.host}:${address.port}/graphql (${workers} workers)`);
      }
    });
    worker.once('exit', (code, signal) => {
      alive.delete(worker);
      const wasListening = listening.delete(worker);
      if (stopping) {
        exitCodes.push(code ?? 1);
        if (alive.size === 0) process.exit(exitCodes.every((c) => c === 0) ? 0 : 1);
        return;
      }
      // A worker that could not start (bad configuration) would fail again: give up.
      if (!wasListening) {
        log.error({ signal, code }, `a gateway worker exited before serving (${signal ?? `exit ${code}`}); stopping`);
        shutdown('SIGTERM');
        return;
      }
      const now = Date.now();
      recentCrashes = [...recentCrashes.filter((t) => now - t < 60_000), now];
      if (recentCrashes.length > 3 * workers) {
        log.error(`gateway workers keep dying (${recentCrashes.length} in a minute); stopping`);
        shutdown('SIGTERM');
        return;
      }
      log.error({ worker: worker.process.pid, signal, code }, `gateway worker ${worker.process.pid} died (${signal ?? `exit ${code}`}); starting another`);
      start();
    });
  };

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${signal}: draining ${alive.size} gateway workers`);
    setTimeout(() => {
      log.error(`gateway workers still running after ${STOP_TIMEOUT_MS} ms; killing them`);
      for (const worker of alive) worker.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    if (alive.size === 0) process.exit(exitCodes.every((c) => c === 0) ? 0 : 1);
    for (const worker of alive) worker.process.kill('SIGTERM');
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  for (let i = 0; i < workers; i++) start();
}

function main(): void {
  let config: GatewayConfig;
  try {
    config = gatewayConfig(process.env); // every problem at once, before any worker starts
  } catch (error) {
    exitForStartFailure('the gateway', error);
  }
  const workers = config.workers;
  if (workers > 1 && cluster.isPrimary) return supervise(workers, config);
  serve(workers).catch((error) => exitForStartFailure('the gateway', error));
}

if (require.main === module) main();
