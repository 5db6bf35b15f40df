// `npm start`: the whole hub on this machine. Without DATABASE_URL_<PARTNER> it starts an embedded
// PostgreSQL (data in .data/postgres, EMBEDDED_PG_DIR) with one database per partner, each with its own
// migration and serving roles (kit/database-setup.ts); then it migrates, loads the demo town, starts the four
// subgraphs and the gateway, and prints where they are. Ctrl-C or SIGTERM stops everything, also while it
// is still starting: PostgreSQL is never left running behind it.
import path from 'node:path';
import { ConfigError, exitForStartFailure, gatewayConfig, hubConfig, hubProblems, PARTNERS, subgraphConfig, type Partner } from '../platform/config';
import { serviceLog, setLogLevel } from '../platform/log';
import { STOP_TIMEOUT_MS } from '../platform/shutdown';
import { startEmbeddedPostgres, type PostgresServer } from './embedded-postgres';
import { ensurePartnerDatabase } from './postgres-admin';
import { startHub, type Hub } from './hub';
import { EXAMPLE_CALLER, EXAMPLE_QUERY, exampleCurl } from './example-query';
import { mintToken } from './mint-token';

const log = serviceLog('hub');

/** What has started so far, to stop in order (gateway and subgraphs drain, then PostgreSQL stops). */
let postgres: Promise<PostgresServer> | undefined;
let hub: Promise<Hub> | undefined;
let stopping = false;

async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    log.warn({ signal }, 'stopping at once');
    void postgres?.then((server) => server.stop()); // PostgreSQL gets its signal before this process goes
    process.exit(1);
  }
  stopping = true;
  log.info({ signal }, 'stopping');
  setTimeout(() => {
    log.error(`still stopping after ${STOP_TIMEOUT_MS} ms; stopping PostgreSQL and exiting`);
    void postgres?.then((server) => server.stop());
    setTimeout(() => process.exit(1), 500).unref();
  }, STOP_TIMEOUT_MS).unref();
  try {
    await (await hub?.catch(() => undefined))?.close();
  } finally {
    await (await postgres?.catch(() => undefined))?.stop();
  }
  process.exit(0);
}

async function main(): Promise<void> {
  // From the very start: a signal while PostgreSQL starts or the migrations run stops what has started.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  // Every problem of the hub's, the gateway's and the subgraphs' configuration at once, before any database.
  const problems = hubProblems(process.env);
  if (problems.length) throw new ConfigError(problems);
  const config = hubConfig(process.env);
  setLogLevel(config.logLevel);
  const gateway = gatewayConfig(process.env);
  const databaseUrls = {} as Record<Partner, string>;
  const migrationUrls: Partial<Record<Partner, string>> = { ...config.migrationDatabaseUrls };
  for (const partner of PARTNERS) {
    const configured = config.databaseUrls[partner];
    if (configured) {
      databaseUrls[partner] = configured;
      continue;
    }
    if (!postgres) {
      const dataDir = config.embeddedPgDir ?? path.join(__dirname, '..', '.data', 'postgres');
      const port = config.embeddedPgPort;
      log.info({ port, dataDir }, `starting embedded PostgreSQL on port ${port} (data in ${dataDir})`);
      postgres = startEmbeddedPostgres({ dataDir, port, persistent: true, echo: config.pgLog });
    }
    const connections = await ensurePartnerDatabase((await postgres).adminUrl, partner, `samenspel_${partner}`);
    databaseUrls[partner] = connections.url;
    migrationUrls[partner] = connections.migrationUrl;
  }
  if (stopping) return;

  hub = startHub({
    databaseUrls,
    migrationUrls,
    host: gateway.host,
    ports: { gateway: gateway.port, ...(Object.fromEntries(PARTNERS.map((p) => [p, subgraphConfig(p, process.env).port])) as Record<Partner, number>) },
    seed: config.seedDemoData,
    env: process.env,
  });
  const running = await hub;
  if (stopping) return;
  for (const partner of PARTNERS) log.info({ subgraph: partner, url: running.subgraphs[partner].url }, `subgraph ${partner} serving ${running.subgraphs[partner].url}`);
  log.info({ url: running.gateway.url }, `gateway serving ${running.gateway.url}`);
  // What a developer reads: plain text, not log lines.
  const token = mintToken({ org: EXAMPLE_CALLER.org, roles: EXAMPLE_CALLER.roles, sub: EXAMPLE_CALLER.sub });
  process.stdout.write(`\nSamenspel gateway: ${running.gateway.url}\n\nExample query (as a matcher of ${EXAMPLE_CALLER.org}, for ${EXAMPLE_CALLER.purpose}):\n${EXAMPLE_QUERY}\n\n`);
  process.stdout.write(`${exampleCurl(running.gateway.url, token)}\n\nMore tokens: npm run token -- --org <organisation id> --role <role>\n\n`);
}

main().catch(async (error) => {
  if (stopping) return; // stop() is under way: what failed was stopped under it
  await (await postgres?.catch(() => undefined))?.stop();
  exitForStartFailure('the hub', error);
});
