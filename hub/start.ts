// `npm start`: the whole hub on this machine. Without DATABASE_URL_<PARTNER> it starts an embedded
// PostgreSQL (data in .data/postgres) with one database per partner; then it migrates, loads the demo town,
// starts the four subgraphs and the gateway, and prints where they are. Ctrl-C stops everything.
import path from 'node:path';
import { ConfigError, exitForStartFailure, gatewayConfig, hubConfig, hubProblems, PARTNERS, subgraphConfig, type Partner } from '../platform/config';
import { STOP_TIMEOUT_MS } from '../platform/shutdown';
import { startEmbeddedPostgres, type PostgresServer } from './embedded-postgres';
import { ensureDatabase } from './postgres-admin';
import { startHub } from './hub';
import { EXAMPLE_CALLER, EXAMPLE_QUERY, exampleCurl } from './example-query';
import { mintToken } from './mint-token';

async function main(): Promise<void> {
  // Every problem of the hub's, the gateway's and the subgraphs' configuration at once, before any database.
  const problems = hubProblems(process.env);
  if (problems.length) throw new ConfigError(problems);
  const config = hubConfig(process.env);
  const gateway = gatewayConfig(process.env);
  let postgres: PostgresServer | undefined;
  const databaseUrls = {} as Record<Partner, string>;
  for (const partner of PARTNERS) {
    const configured = config.databaseUrls[partner];
    if (configured) {
      databaseUrls[partner] = configured;
      continue;
    }
    if (!postgres) {
      const port = config.embeddedPgPort;
      console.log(`starting embedded PostgreSQL on port ${port} (data in .data/postgres)`);
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(__dirname, '..', '.data', 'postgres'),
        port,
        persistent: true,
        log: config.pgLog,
      });
    }
    databaseUrls[partner] = await ensureDatabase(postgres.adminUrl, `samenspel_${partner}`);
  }

  const hub = await startHub({
    databaseUrls,
    host: gateway.host,
    ports: { gateway: gateway.port, ...(Object.fromEntries(PARTNERS.map((p) => [p, subgraphConfig(p, process.env).port])) as Record<Partner, number>) },
    seed: config.seedDemoData,
    env: process.env,
  });
  for (const partner of PARTNERS) console.log(`subgraph ${partner.padEnd(8)} ${hub.subgraphs[partner].url}`);
  const token = mintToken({ org: EXAMPLE_CALLER.org, roles: EXAMPLE_CALLER.roles, sub: EXAMPLE_CALLER.sub });
  console.log(`\nSamenspel gateway: ${hub.gateway.url}\n\nExample query (as a matcher of ${EXAMPLE_CALLER.org}, for ${EXAMPLE_CALLER.purpose}):\n${EXAMPLE_QUERY}\n`);
  console.log(`${exampleCurl(hub.gateway.url, token)}\n\nMore tokens: npm run token -- --org <organisation id> --role <role>\n`);

  // Gracefully: the gateway and the subgraphs drain (in-flight requests finish, bounded by DRAIN_TIMEOUT_MS),
  // then the pools close, then PostgreSQL stops. A second Ctrl-C stops at once.
  let stopping = false;
  const stop = async () => {
    if (stopping) {
      console.log('stopping at once');
      process.exit(1);
    }
    stopping = true;
    console.log('\nstopping…');
    setTimeout(() => process.exit(1), STOP_TIMEOUT_MS).unref();
    try {
      await hub.close();
    } finally {
      await postgres?.stop();
    }
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => exitForStartFailure('the hub', error));
