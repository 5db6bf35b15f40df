// One TypeORM DataSource per subgraph, over that partner's own PostgreSQL database. Schema changes are
// TypeORM migrations only (never `synchronize`). The logger counts statements so tests and the benchmark
// can check that a GraphQL request costs a constant number of queries (no N+1).
import { DataSource, type Logger, type MixedList, type EntitySchema } from 'typeorm';

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
    console.error(`[sql] failed: ${query}: ${error instanceof Error ? error.message : error}`);
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
}

export type Database = DataSource & { stats: QueryStats };

/** Connects and brings the schema up to date with the subgraph's migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const stats: QueryStats = { statements: 0 };
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'migration'],
    logger: new CountingLogger(stats, process.env.SQL_LOG === '1'),
    extra: { max: options.poolSize ?? 10 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return Object.assign(dataSource, { stats });
}
