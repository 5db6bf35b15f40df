// Starts one embedded PostgreSQL for the whole test run, unless TEST_DATABASE_URL names a server (its
// maintenance database, e.g. postgres://user:pw@host:5432/postgres) on which the tests may create databases.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../hub/embedded-postgres';
import { freePort } from './ports';

export default async function globalSetup(): Promise<void> {
  // The tests run on the development defaults (fixed secrets); tests of production mode pass their own env.
  process.env.SAMENSPEL_DEV = '1';
  // A green run is quiet: only warnings and errors reach the terminal, and the tests that provoke those on
  // purpose capture them (platform/log.ts captureLogs). The test workers and their children inherit this.
  process.env.LOG_LEVEL ??= 'warn';
  // A shared CI machine can be slow: the gateway waits longer for a subgraph than in production, so a test
  // fails on what it checks rather than on a timeout. Tests of timeouts set their own (gateway-faults).
  process.env.SUBGRAPH_TIMEOUT_MS ||= '20000';
  if (process.env.TEST_DATABASE_URL) {
    process.env.SAMENSPEL_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const parent = mkdtempSync(path.join(tmpdir(), 'samenspel-test-'));
  chmodSync(parent, 0o755); // the server runs as the user `postgres` when the tests run as root
  const dataDir = path.join(parent, 'pg');
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  process.env.SAMENSPEL_TEST_ADMIN_URL = server.adminUrl;
  (globalThis as { samenspelPostgres?: typeof server }).samenspelPostgres = server;
}
