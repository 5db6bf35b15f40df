// The kit's job runner (kit/jobs.ts): graphile-worker on the subgraph's own database, started by the kit's
// subgraph start, its schema migrated by the migration role and used by the serving role. A job scheduled in
// a transaction exists exactly when that transaction commits; a job key replaces or cancels the one waiting;
// a task that throws is tried again; the serving role creates nothing in graphile-worker's schema.
import { Client } from 'pg';
import { captureLogs } from '../../platform/log';
import { SUBGRAPHS } from '../../hub/hub';
import { cancelJob, jobRunnerApplication, scheduleJob, startJobRunner } from '../../subgraphs/kit/jobs';
import { serviceLog } from '../../platform/log';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { rolesFor } from '../../subgraphs/kit/database-setup';
import { createTestDatabases, type TestDatabases } from '../support/databases';

let databases: TestDatabases;
let zorg: RunningSubgraph;
/** What the test task saw: its payload's `n`, the database role it ran as, and the try it was. */
const ran: { n: number; role: string; attempt: number }[] = [];

async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  databases = await createTestDatabases(['zorg']);
  zorg = await startSubgraph(
    {
      ...SUBGRAPHS.zorg,
      jobs: (db) => ({
        'test.record': async (payload, helpers) => {
          const { n, failTimes } = payload as { n: number; failTimes?: number };
          const [{ role }] = await db.query('SELECT current_user AS role');
          ran.push({ n, role, attempt: helpers.job.attempts });
          if (helpers.job.attempts <= (failTimes ?? 0)) throw new Error(`try ${helpers.job.attempts} fails on purpose`);
        },
      }),
    },
    { databaseUrl: databases.connections.zorg.url, migrationUrl: databases.connections.zorg.migrationUrl, port: 0, host: '127.0.0.1', peers: {} },
  );
}, 60_000);
afterAll(async () => {
  await zorg?.close();
  await databases?.drop();
});

test("a job scheduled in a transaction that commits runs, as the serving role; one whose transaction rolls back never exists", async () => {
  await zorg.db.transaction((manager) => scheduleJob(manager, 'test.record', { n: 1 }));
  await expect(
    zorg.db.transaction(async (manager) => {
      await scheduleJob(manager, 'test.record', { n: 2 });
      throw new Error('the change fails');
    }),
  ).rejects.toThrow('the change fails');
  const first = await until(() => ran.find((r) => r.n === 1));
  expect(first.role).toBe(rolesFor(new URL(databases.urls.zorg).pathname.slice(1)).app);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // a poll interval and more: the rolled-back one would have run
  expect(ran.filter((r) => r.n === 2)).toEqual([]);
  expect(await zorg.db.query(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE payload->>'n' = '2'`)).toEqual([{ n: 0 }]);
});

test('a job key replaces the job still waiting, and cancelJob removes it', async () => {
  const later = new Date(Date.now() + 60 * 60_000);
  await zorg.db.transaction((manager) => scheduleJob(manager, 'test.record', { n: 10 }, { jobKey: 'reminder:1', runAt: later }));
  await zorg.db.transaction((manager) => scheduleJob(manager, 'test.record', { n: 11 }, { jobKey: 'reminder:1', runAt: later }));
  const waiting = await zorg.db.query(`SELECT payload->>'n' AS n FROM graphile_worker._private_jobs WHERE key = 'reminder:1'`);
  expect(waiting).toEqual([{ n: '11' }]);
  await zorg.db.transaction((manager) => cancelJob(manager, 'reminder:1'));
  expect(await zorg.db.query(`SELECT 1 FROM graphile_worker._private_jobs WHERE key = 'reminder:1'`)).toEqual([]);
});

test('a task that throws is tried again, and succeeds on a later try', async () => {
  const logs = captureLogs((entry) => entry.level === 'warn' && entry.msg.includes('fails on purpose'));
  // graphile-worker's own backoff is exp(attempts) seconds: the second try comes about 2.7 s after the first
  await zorg.db.transaction((manager) => scheduleJob(manager, 'test.record', { n: 20, failTimes: 1 }));
  await until(() => ran.filter((r) => r.n === 20).length === 2, 20_000);
  expect(ran.filter((r) => r.n === 20).map((r) => r.attempt)).toEqual([1, 2]);
  logs.restore();
  // graphile-worker's warning for the failed try, once, through the subgraph's logger
  expect(logs.entries.filter((entry) => entry.msg.includes('try 1 fails on purpose'))).toHaveLength(1);
}, 30_000);

test("graphile-worker's schema belongs to the migration role; the serving role may not create or drop there", async () => {
  const database = new URL(databases.urls.zorg).pathname.slice(1);
  const [owner] = await zorg.db.query(`SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'graphile_worker'`);
  expect(owner.owner).toBe(rolesFor(database).migrator);
  for (const sql of ['CREATE TABLE graphile_worker.stolen (x text)', 'DROP TABLE graphile_worker._private_jobs']) {
    await expect(zorg.db.query(sql)).rejects.toMatchObject({ driverError: { code: '42501' } });
  }
  // and the serving role's own connection (not the pool) agrees: no CREATE on the schema
  const client = new Client({ connectionString: databases.connections.zorg.url });
  await client.connect();
  try {
    const [{ create }] = (await client.query(`SELECT has_schema_privilege(current_user, 'graphile_worker', 'CREATE') AS create`)).rows;
    expect(create).toBe(false);
  } finally {
    await client.end();
  }
});

test("a stopped runner's connections are closed when stop returns: none is left for PostgreSQL going away to fail unhandled", async () => {
  // a runner of its own beside the subgraph's, told apart by its connections' application name
  const open = async () => {
    const [{ n }] = await zorg.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [jobRunnerApplication('stopping')]);
    return n as number;
  };
  const runner = await startJobRunner({ name: 'stopping', databaseUrl: databases.connections.zorg.url, tasks: {}, log: serviceLog('jobs-test') });
  await until(async () => (await open()) > 0);
  await runner.stop();
  // graphile-worker, left to make its own pool, ended it without waiting: its connections outlived stop
  expect(await open()).toBe(0);
});
