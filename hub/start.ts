// `npm start`: the whole hub on this machine. Without DATABASE_URL_<PARTNER> it starts an embedded
// PostgreSQL (data in .data/postgres) with one database per partner; then it migrates, loads the demo town,
// starts the four subgraphs and the gateway, and prints where they are. Ctrl-C stops everything.
import path from 'node:path';
import { PARTNERS, databaseUrlFor, listenHost, portFor, type Partner } from '../platform/config';
import { STOP_TIMEOUT_MS } from '../platform/shutdown';
import { startEmbeddedPostgres, type PostgresServer } from './embedded-postgres';
import { ensureDatabase } from './postgres-admin';
import { startHub } from './hub';
import { EXAMPLE_CALLER, EXAMPLE_QUERY, exampleCurl } from './example-query';
import { mintToken } from './mint-token';

async function main(): Promise<void> {
  let postgres: PostgresServer | undefined;
  const databaseUrls = {} as Record<Partner, string>;
  for (const partner of PARTNERS) {
    const configured = databaseUrlFor(partner);
    if (configured) {
      databaseUrls[partner] = configured;
      continue;
    }
    if (!postgres) {
      const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
      console.log(`starting embedded PostgreSQL on port ${port} (data in .data/postgres)`);
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(__dirname, '..', '.data', 'postgres'),
        port,
        persistent: true,
      });
    }
    databaseUrls[partner] = await ensureDatabase(postgres.adminUrl, `samenspel_${partner}`);
  }

  const hub = await startHub({
    databaseUrls,
    host: listenHost(),
    ports: {
      gateway: portFor('gateway'),
      gemeente: portFor('gemeente'),
      welzijn: portFor('welzijn'),
      zorg: portFor('zorg'),
      bewoners: portFor('bewoners'),
    },
    seed: process.env.SEED_DEMO_DATA !== '0',
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

main().catch((error) => {
  console.error('the hub could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
