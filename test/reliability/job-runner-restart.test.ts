// PostgreSQL goes away while jobs are running: the job runner (kit/jobs.ts) cannot record how they ended.
// graphile-worker 0.17 records a job's end without waiting for it, so unbatched that failure was an unhandled
// rejection (the soak's processErrors), and the job stayed locked, untouched for graphile-worker's 4 hours.
// Here the process sees no unhandled rejection, and once PostgreSQL is back both jobs run again at once
// (at least once: the one that succeeded may run twice) and new jobs run. On a PostgreSQL server of this
// file's own, so it may stop it.
import { Client } from 'pg';
import { captureLogs, serviceLog, type CapturedLogs } from '../../platform/log';
import { ensureDatabase } from '../../hub/postgres-admin';
import { migrateJobs, scheduleJob, startJobRunner, type JobRunner } from '../../subgraphs/kit/jobs';
import { eventually, startOwnPostgres, type OwnPostgres } from './helpers';

let postgres: OwnPostgres;
let databaseUrl: string;
let runner: JobRunner | undefined;
let logs: CapturedLogs;
let traces: jest.SpyInstance;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** Each try of the test task: its job's `n` and its attempt. */
const tries: { n: number; attempt: number }[] = [];
/** While set, a try waits for it before it ends (so that PostgreSQL can go away meanwhile). */
let gate: Promise<void> | undefined;

async function schedule(payload: { n: number; fail?: boolean }): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await scheduleJob(client, 'test.gated', payload);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // what graphile-worker and the runner say while PostgreSQL is away: expected here, kept off the terminal
  logs = captureLogs((entry) => entry.level === 'warn' && /^jobs: /.test(entry.msg));
  // graphile-worker also prints a worker that ended with an error with console.trace, past any logger (its
  // WorkerPool); the runner logs the same as "jobs: Worker exited with error", captured above
  traces = jest.spyOn(console, 'trace').mockImplementation(() => undefined);
  process.on('unhandledRejection', onUnhandled);
  postgres = await startOwnPostgres();
  databaseUrl = await ensureDatabase(postgres.adminUrl, 'reliability_jobs');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await migrateJobs(databaseUrl, client, undefined);
  } finally {
    await client.end();
  }
  runner = await startJobRunner({
    name: 'reliability',
    databaseUrl,
    log: serviceLog('reliability'),
    pollIntervalMs: 200,
    concurrency: 8,
    crontab: '* * * * * test_tick', // as gemeente's sweep
    tasks: {
      test_tick: async () => undefined,
      'test.gated': async (payload) => {
        const { n, fail } = payload as { n: number; fail?: boolean };
        const attempt = tries.filter((t) => t.n === n).length + 1;
        tries.push({ n, attempt });
        if (gate) await gate;
        if (fail && attempt === 1) throw new Error('the first try fails on purpose');
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await postgres?.destroy();
  process.off('unhandledRejection', onUnhandled);
  logs.restore();
  traces.mockRestore();
});

test('jobs that end while PostgreSQL is away: no unhandled rejection, both run again once it is back, and new jobs run', async () => {
  let open!: () => void;
  gate = new Promise<void>((resolve) => (open = resolve));
  await schedule({ n: 1 });
  await schedule({ n: 2, fail: true });
  await eventually(async () => tries.length === 2, 10_000);

  await postgres.stop();
  open(); // both end now: one succeeds, one fails; neither end can be recorded
  gate = undefined;
  // long enough for the idle workers to give up looking for jobs too (graphile-worker: 10 failures in a row)
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  await postgres.start();

  // neither stays locked: both are taken again (well within graphile-worker's 4-hour lock timeout)
  await eventually(async () => [1, 2].every((n) => tries.some((t) => t.n === n && t.attempt === 2)), 20_000);
  await schedule({ n: 3 });
  await eventually(async () => tries.some((t) => t.n === 3), 10_000);
  expect(unhandled).toEqual([]);
}, 60_000);
