// After a load run: waits until the partners' databases have no statements left running (a gateway that gave up
// on a slow subgraph does not stop the subgraph's SQL), and cancels what still runs after `maxSeconds`, so the
// next run starts on a quiet server. What it found goes into the results.
import { Client } from 'pg';

export interface DrainReport {
  /** Statements still running when the load ended. */
  runningAtEnd: number;
  waitedSeconds: number;
  cancelled: number;
}

const ACTIVE = `SELECT pid FROM pg_stat_activity WHERE datname LIKE 'bench\\_%' AND state = 'active' AND pid <> pg_backend_pid()`;

export async function drain(adminUrl: string, maxSeconds: number): Promise<DrainReport> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const started = Date.now();
    const runningAtEnd = (await client.query(ACTIVE)).rowCount ?? 0;
    let running = runningAtEnd;
    while (running > 0 && Date.now() - started < maxSeconds * 1000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      running = (await client.query(ACTIVE)).rowCount ?? 0;
    }
    let cancelled = 0;
    if (running > 0) {
      const result = await client.query(`SELECT pg_cancel_backend(pid) FROM (${ACTIVE}) a`);
      cancelled = result.rowCount ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return { runningAtEnd, waitedSeconds: Math.round((Date.now() - started) / 100) / 10, cancelled };
  } finally {
    await client.end();
  }
}
