// One TypeORM DataSource per subgraph, over that partner's own PostgreSQL database. Schema changes are
// TypeORM migrations only (never `synchronize`). The logger counts statements so tests and the benchmark
// can check that a GraphQL request costs a constant number of queries (no N+1).
// When PostgreSQL restarts, the pool's idle connections fail: the pool drops them (its 'error' handler
// logs one line instead of crashing the process) and opens new ones for the next requests.
import { DataSource, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import { throttledLog } from '../../platform/throttled-log';

export interface QueryStats {
  statements: number;
}

class CountingLogger implements Logger {
  constructor(private readonly stats: QueryStats, private readonly echo: boolean) {}
  logQuery(query: string): void {
    this.stats.statements += 1;
    if (this.echo) console.log(`[sql] ${query}`);
  }
  logQueryError(error: string | Error, query: string): void {
    const text = query.length > 500 ? `${query.slice(0, 500)}… (${query.length} characters)` : query;
    console.error(`[sql] failed: ${text}: ${error instanceof Error ? error.message : error}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.echo) console.log(`[migration] ${message}`);
  }
  log(): void {}
}

export interface DatabaseOptions {
  url: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** PostgreSQL cancels a statement of the serving pool that runs longer (migrations have no limit). */
  statementTimeoutMs?: number;
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

/** Connects and brings the schema up to date with the subgraph's migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  // Migrations (a backfill may take minutes on a large database) run on their own connection, without the
  // serving pool's statement timeout.
  const migrator = dataSource(options, { statements: 0 }, { max: 1 });
  await migrator.initialize();
  try {
    await migrator.runMigrations();
  } finally {
    await migrator.destroy();
  }
  const stats: QueryStats = { statements: 0 };
  const serving = dataSource(options, stats, { max: options.poolSize ?? 10, statement_timeout: options.statementTimeoutMs });
  await serving.initialize();
  return Object.assign(serving, { stats });
}

function dataSource(options: DatabaseOptions, stats: QueryStats, pool: { max: number; statement_timeout?: number }): DataSource {
  // Idle pooled connections fail together when PostgreSQL restarts or goes away.
  const logIdleFailure = throttledLog(`database ${new URL(options.url).pathname.slice(1)}: an idle connection failed, new ones will be opened`);
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'migration'],
    logger: new CountingLogger(stats, process.env.SQL_LOG === '1'),
    // Sessions in UTC: indicator buckets and days are UTC dates, whatever the server's own time zone.
    extra: { ...pool, keepAlive: true, options: '-c TimeZone=UTC' },
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    // The pool's 'error' event (an idle connection failed): without a handler it would crash the process.
    poolErrorHandler: (error: Error) => logIdleFailure(error.message),
  });
}
