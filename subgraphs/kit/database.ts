// One TypeORM DataSource per subgraph, over that partner's own PostgreSQL database. Schema changes are
// TypeORM migrations only (never `synchronize`). The logger counts statements so tests and the benchmark
// can check that a GraphQL request costs a constant number of queries (no N+1).
// When PostgreSQL restarts, the pool's idle connections fail: the pool drops them (its 'error' handler
// logs one line instead of crashing the process) and opens new ones for the next requests.
import { DataSource, type Logger, type MigrationInterface, type MixedList, type EntitySchema, type QueryRunner } from 'typeorm';
import { DatabaseStartError, MigrationFailed } from './database-errors';
import { migrateJobs } from './jobs';
import type { Pool } from 'pg';
import { throttledLog } from '../../platform/throttled-log';
import { serviceLog, type Logger as Log } from '../../platform/log';
import { Gauge, type Registry } from '../../platform/metrics';

export interface QueryStats {
  statements: number;
}

/**
 * Counts statements; SQL_LOG=1 echoes them (at info). A failed statement is logged at debug, without its
 * parameters or the database's message: the request's own error line (platform/errors.ts) reports it.
 */
class CountingLogger implements Logger {
  constructor(private readonly stats: QueryStats, private readonly echo: boolean, private readonly out: Log) {}
  logQuery(query: string): void {
    this.stats.statements += 1;
    if (this.echo) this.out.info({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.out.debug({ query: query.slice(0, 500), sqlState: (error as { code?: unknown }).code }, 'sql failed');
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.out.info({ migration: message }, 'migration');
  }
  log(): void {}
}

export interface DatabaseOptions {
  /** The subgraph's name, for messages. */
  subgraph?: string;
  /** The serving role's connection. */
  url: string;
  /** The migration role's connection (it owns the tables); default `url`. */
  migrationUrl?: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** PostgreSQL cancels a statement of the serving pool that runs longer (migrations have no limit). */
  statementTimeoutMs?: number;
  /** Echo every SQL statement (SQL_LOG=1). */
  logSql?: boolean;
  /** Migrate graphile-worker's schema too, before the subgraph's migrations, and let the serving role run jobs (kit/jobs.ts). */
  jobs?: boolean;
  log?: Log;
}

export type Database = DataSource & { stats: QueryStats };

/** A new connection that takes longer than this fails (the request gets DATABASE_UNAVAILABLE). */
const CONNECT_TIMEOUT_MS = 10_000;

/** Whether the database answers `SELECT 1` within `timeoutMs` (readiness checks). */
export async function pingDatabase(db: Database, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.query('SELECT 1').then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Connects and brings the schema up to date with the subgraph's migrations. A connection or a migration that
 * fails throws a DatabaseStartError whose message says which, why, and the fix (kit/database-errors.ts).
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  // Migrations (a backfill may take minutes on a large database) run on their own connection, as the migration
  // role, without the serving pool's statement timeout.
  const migrationUrl = options.migrationUrl ?? options.url;
  const migrator = dataSource({ ...options, url: migrationUrl, migrations: namedMigrations(options.migrations) }, { statements: 0 }, { max: 1 });
  await migrator.initialize().catch((error) => {
    throw new DatabaseStartError(options.subgraph ?? 'subgraph', 'migrations', migrationUrl, error);
  });
  try {
    if (options.jobs) await migrateJobsAs(migrator, migrationUrl, options.url);
    await migrator.runMigrations();
  } catch (error) {
    const failed = error instanceof MigrationFailed ? error : undefined;
    throw new DatabaseStartError(options.subgraph ?? 'subgraph', 'migrations', migrationUrl, failed?.cause ?? error, failed?.migration ?? 'of this subgraph');
  } finally {
    await migrator.destroy();
  }
  const stats: QueryStats = { statements: 0 };
  const serving = dataSource(options, stats, { max: options.poolSize ?? 10, statement_timeout: options.statementTimeoutMs });
  await serving.initialize().catch((error) => {
    throw new DatabaseStartError(options.subgraph ?? 'subgraph', 'serving', options.url, error);
  });
  return Object.assign(serving, { stats });
}

/** graphile-worker's schema, as the migration role; the serving role may then run jobs (a failure names it). */
async function migrateJobsAs(migrator: DataSource, migrationUrl: string, servingUrl: string): Promise<void> {
  const role = (url: string) => decodeURIComponent(new URL(url).username);
  try {
    await migrateJobs(migrationUrl, migrator, role(servingUrl) === role(migrationUrl) ? undefined : role(servingUrl));
  } catch (error) {
    throw new MigrationFailed('graphile-worker (kit/jobs.ts)', error);
  }
}

/** The migrations, each wrapped so that its failure names it. */
function namedMigrations(migrations: DatabaseOptions['migrations']): Function[] {
  return (migrations as (new () => MigrationInterface)[]).map(
    (Migration) =>
      class extends Migration {
        async up(runner: QueryRunner): Promise<void> {
          try {
            await super.up(runner);
          } catch (error) {
            throw new MigrationFailed(this.name ?? Migration.name, error);
          }
        }
      },
  );
}

function dataSource(options: DatabaseOptions, stats: QueryStats, pool: { max: number; statement_timeout?: number }): DataSource {
  // Idle pooled connections fail together when PostgreSQL restarts or goes away.
  const log = options.log ?? serviceLog('database');
  const logIdleFailure = throttledLog(log, `database ${new URL(options.url).pathname.slice(1)}: an idle connection failed, new ones will be opened`);
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'migration'],
    logger: new CountingLogger(stats, options.logSql ?? false, log),
    // Sessions in UTC: indicator buckets and days are UTC dates, whatever the server's own time zone.
    extra: { ...pool, keepAlive: true, options: '-c TimeZone=UTC' },
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    // The pool's 'error' event (an idle connection failed): without a handler it would crash the process.
    poolErrorHandler: (error: Error) => logIdleFailure(error.message),
  });
}

/** The serving pool's use as gauges: connections open, idle and waited for, and the pool's size. */
export function registerPoolMetrics(db: Database, registry: Registry): void {
  const pool = () => (db.driver as unknown as { master?: Pool & { options?: { max?: number } } }).master;
  new Gauge({
    name: 'samenspel_db_pool_connections',
    help: 'The database pool: connections open (total), idle, requests waiting for one (waiting), and its size (max)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const p = pool();
      if (!p) return;
      this.set({ state: 'total' }, p.totalCount);
      this.set({ state: 'idle' }, p.idleCount);
      this.set({ state: 'waiting' }, p.waitingCount);
      this.set({ state: 'max' }, p.options?.max ?? 0);
    },
  });
}
