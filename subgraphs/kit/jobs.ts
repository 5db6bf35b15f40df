// Background jobs of a subgraph, on its own PostgreSQL database with graphile-worker: what runs when, how
// often it was tried and its deadline live in the database, so nothing is lost when the process or
// PostgreSQL restarts. One runner per subgraph process (startSubgraph starts it with the kit's tasks and the
// subgraph's own `jobs`); graphile-worker's schema (graphile_worker) is migrated by the migration role before
// the subgraph's own migrations, and the serving role is granted what running jobs needs (migrateJobs).
//
// The API is small:
//   - a task is `(payload, helpers) => Promise<void>`; throwing makes graphile-worker try it again later
//     (exponential backoff, `maxAttempts`, default 25), returning ends it;
//   - `scheduleJob(manager, task, payload, options)` adds a job inside the caller's transaction, so a job
//     exists exactly when the change that needs it commits (it is plain SQL: graphile_worker.add_job);
//   - `jobKey` makes a job replaceable: scheduling the same key again moves the one waiting (e.g. a
//     follow-up reminder whose date changes), and `cancelJob` removes it.
// Tasks must be idempotent: a job may run twice (after a crash between its work and its completion).
import { EventEmitter } from 'node:events';
import { Logger, run, runMigrations, type JobHelpers, type Runner, type Task, type TaskList, type WorkerEvents } from 'graphile-worker';
import { Pool } from 'pg';
import type { Logger as Log } from '../../platform/log';
import { throttledLog } from '../../platform/throttled-log';

export type JobTask = Task;
export type JobTasks = TaskList;

export interface JobOptions {
  /** When to run it (default: now). */
  runAt?: Date;
  /** A key naming the job: scheduling the same key again replaces the job still waiting. */
  jobKey?: string;
  /** Jobs of one queue run one at a time, in order (keep the number of queue names small). */
  queue?: string;
  /** Tries before graphile-worker gives the job up (default 25). */
  maxAttempts?: number;
}

/** Something that runs SQL in the caller's transaction: a TypeORM EntityManager or QueryRunner. */
export interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** SQL on one of the job runner's own connections (a task's helpers), answering pg's result with its rows. */
export interface RunnerSql {
  query(sql: string, parameters?: unknown[]): Promise<{ rows: any[] }>;
}

/** The runner's connection of a task (not the serving pool, whose statements the subgraph counts). */
export function runnerSql(helpers: JobHelpers): RunnerSql {
  return { query: (sql, parameters) => helpers.query(sql, parameters) };
}

/** Runs `work` in one transaction on one of the runner's connections. */
export function runnerTransaction<T>(helpers: JobHelpers, work: (sql: RunnerSql) => Promise<T>): Promise<T> {
  return helpers.withPgClient(async (client) => {
    await client.query('BEGIN');
    try {
      const result = await work({ query: (sql, parameters) => client.query(sql, parameters) });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // on a broken connection the ROLLBACK fails too: the first error is the one that says what happened
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** Adds a job in the caller's transaction: it exists exactly when that transaction commits. */
export async function scheduleJob(sql: Sql, task: string, payload: unknown, options: JobOptions = {}): Promise<void> {
  await sql.query('SELECT graphile_worker.add_job($1, $2::json, queue_name => $3, run_at => $4, max_attempts => $5, job_key => $6)', [
    task,
    JSON.stringify(payload ?? {}),
    options.queue ?? null,
    options.runAt ?? null,
    options.maxAttempts ?? null,
    options.jobKey ?? null,
  ]);
}

/** Removes the waiting job with this key, if there is one (one already running finishes). */
export async function cancelJob(sql: Sql, jobKey: string): Promise<void> {
  await sql.query('SELECT graphile_worker.remove_job($1)', [jobKey]);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * graphile-worker's schema created or brought up to date as the migration role (`migrationUrl`; it owns what
 * it creates); then the serving role (`servingRole`, when it is another) may use it through `sql`, the
 * migration role's connection: add, take, finish and remove jobs, nothing more (it creates nothing).
 */
export async function migrateJobs(migrationUrl: string, sql: Sql, servingRole: string | undefined): Promise<void> {
  const pool = runnerPool(migrationUrl, 'samenspel-jobs-migration', 2, () => undefined);
  try {
    await runMigrations({ pgPool: pool, logger: quietLogger(() => undefined) });
  } finally {
    await pool.end();
  }
  if (!servingRole) return;
  const role = quoteIdent(servingRole);
  await sql.query(`GRANT USAGE ON SCHEMA graphile_worker TO ${role}`);
  await sql.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${role}`);
  await sql.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${role}`);
  await sql.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${role}`);
  // graphile-worker turns row-level security on for its tables (only their owner may use them by default):
  // the serving role gets a policy of its own on each, recreated so new tables of a later version get one
  const secured: { name: string }[] = (await sql.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity`,
  )) as { name: string }[];
  for (const { name } of secured) {
    const table = `graphile_worker.${quoteIdent(name)}`;
    await sql.query(`DROP POLICY IF EXISTS serving_role ON ${table}`);
    await sql.query(`CREATE POLICY serving_role ON ${table} TO ${role} USING (true) WITH CHECK (true)`);
  }
}

/** The job runner's connections by name in pg_stat_activity (application_name), for the subgraph `name`. */
export const jobRunnerApplication = (name: string) => `samenspel-jobs:${name}`;

export interface JobRunner {
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  /** The subgraph's name: its connections' application_name (jobRunnerApplication). */
  name: string;
  /** The serving role's connection (the runner's own small pool). */
  databaseUrl: string;
  tasks: JobTasks;
  log: Log;
  /** Jobs run at the same time (default 2). */
  concurrency?: number;
  /** How often to look for jobs that are due, besides being told of new ones (default 1000 ms). */
  pollIntervalMs?: number;
  /** Recurring jobs, in graphile-worker's crontab format (e.g. `* * * * * events_sweep`: every minute; a task name of letters, digits, `_`, `-` and `:`). */
  crontab?: string;
}

/**
 * Starts the runner; `stop` lets the running jobs finish (graceful), then closes its connections.
 *
 * PostgreSQL going away as a job ends: graphile-worker records a job's end without waiting for it. Unbatched
 * (its default) a failure there was an unhandled rejection, and the job stayed locked for graphile-worker's
 * 4 hours. Batched at once (a delay of 0) the failure shuts the runner's worker pool down instead, its
 * documented way. As that shutdown begins, a new runner is started once the database answers, after the failed
 * pool's jobs are unlocked (none of its workers runs them any more), so they run again at once: at least
 * once, as always with jobs.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const concurrency = options.concurrency ?? 2;
  const warn = throttledLog(options.log, 'jobs');
  const pool = runnerPool(options.databaseUrl, jobRunnerApplication(options.name), concurrency + 2, (error) => warn(`a connection failed: ${error.message}`));
  let stopping: Promise<void> | undefined;
  let restarting: Promise<void> | undefined;

  const start = async (): Promise<Runner> => {
    const events: WorkerEvents = new EventEmitter();
    let poolId: string | undefined;
    let runner: Runner | undefined;
    let replaced = false;
    // the pool stops for good only through `stop`; otherwise (it could not record a job's end, its workers
    // gave up looking for jobs) it is replaced as soon as it begins to shut down: while it waits for its
    // workers, it takes no jobs
    const replace = (reason: unknown) => {
      if (stopping || replaced || !runner) return;
      replaced = true;
      restarting = restart(runner, poolId, reason);
    };
    events.on('pool:create', ({ workerPool }) => (poolId = workerPool.id));
    events.on('pool:gracefulShutdown', ({ message }) => replace(message));
    runner = await run({
      pgPool: pool,
      concurrency,
      pollInterval: options.pollIntervalMs ?? 1000,
      noHandleSignals: true, // the subgraph's own shutdown stops the runner
      taskList: options.tasks,
      crontab: options.crontab ?? '',
      logger: quietLogger(warn),
      events,
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
    runner.promise.then(() => replace('its worker pool shut down'), replace);
    return runner;
  };

  const restart = async (failed: Runner, poolId: string | undefined, error: unknown): Promise<void> => {
    options.log.warn(`jobs: the runner stopped (${error instanceof Error ? error.message : String(error)}); it starts again once the database answers`);
    // its crontab too; waited for a few seconds at most (a job still running there may then run twice)
    await Promise.race([failed.stop().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    for (let delayMs = 250; !stopping; delayMs = Math.min(delayMs * 2, 2_000)) {
      try {
        if (poolId) await pool.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [[poolId]]);
        current = await start();
        options.log.warn('jobs: the runner started again');
        return;
      } catch (failure) {
        warn(`the runner could not start again yet: ${failure instanceof Error ? failure.message : String(failure)}`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  };

  let current = await start().catch(async (error) => {
    await pool.end();
    throw error;
  });
  return {
    stop: () =>
      (stopping ??= (async () => {
        await restarting;
        await current.stop();
      })().finally(() => pool.end())),
  };
}

/**
 * The runner's own pool, with its error handlers for as long as it lives. Given only a connection string,
 * graphile-worker makes a pool, takes its error handlers off when it stops and ends it without waiting: a
 * connection still closing then had no handler, and PostgreSQL going away at that moment (a restart, a
 * test's server stopped) was an unhandled 'error' event. This one is ended by `stop`, which waits for it.
 */
function runnerPool(url: string, application: string, max: number, onError: (error: Error) => void): Pool {
  const pool = new Pool({ connectionString: url, max, application_name: application });
  pool.on('error', onError); // an idle connection failed: the pool drops it
  pool.on('connect', (client) => client.on('error', onError)); // a checked-out one: its query fails too
  return pool;
}

/**
 * graphile-worker's messages: its warnings and errors (a failed job, a lost connection) at most once a
 * second, nothing of its routine (started, connected, job completed).
 */
function quietLogger(warn: (message: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') warn(message);
  });
}
