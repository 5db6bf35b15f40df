// The SQL one request causes, per partner database, from pg_stat_statements (loaded into the bench's own
// PostgreSQL server, postgres.ts): reset, one request, wait until its statements (and the processing log
// written after the answer) have ended, read. Counts every statement the subgraphs sent, whichever process
// sent them (BEGIN/COMMIT included), with their execution time, the buffers they touched and the rows
// their SELECTs returned.
import { Client } from 'pg';
import { PARTNERS, type Partner } from '../../platform/config';

export interface SqlUse {
  statements: number;
  /** Summed execution time (planning not included). */
  ms: number;
  /** Summed planning time. */
  planMs: number;
  /** Shared buffers hit or read. */
  buffers: number;
  /**
   * Of them, what accountability costs: the statements that write the processing log (every field served, each
   * consent question, the gateway's confirmation) and those that answer consent questions.
   */
  accountabilityBuffers: number;
  /** Rows returned by SELECT statements. */
  rows: number;
}

export type SqlPerPartner = Record<Partner, SqlUse>;

const READ = `
  SELECT substring(d.datname from 7) AS partner, sum(s.calls)::int AS statements, sum(s.total_exec_time)::float8 AS ms,
    sum(s.total_plan_time)::float8 AS "planMs", sum(s.shared_blks_hit + s.shared_blks_read)::int AS buffers,
    coalesce(sum(s.shared_blks_hit + s.shared_blks_read) FILTER (WHERE s.query ~* '\\m(processing_log|from consent)\\M'), 0)::int AS "accountabilityBuffers",
    coalesce(sum(s.rows) FILTER (WHERE s.query ~* '^\\s*(select|with)\\M' AND s.query !~* '^\\s*with\\M.*\\m(insert|update|delete)\\M'), 0)::int AS rows
  FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
  WHERE d.datname LIKE 'bench\\_%'
  GROUP BY d.datname`;

/** One statement of the last measured request, with what it cost. */
export interface HeavyStatement {
  partner: Partner;
  calls: number;
  ms: number;
  /** Its planning time (summed over its calls). */
  planMs: number;
  buffers: number;
  rows: number;
  /** Its first 160 characters, whitespace collapsed. */
  query: string;
}

const HEAVIEST = `
  SELECT substring(d.datname from 7) AS partner, s.calls::int AS calls, round(s.total_exec_time::numeric, 2)::float8 AS ms,
    round(s.total_plan_time::numeric, 2)::float8 AS "planMs", (s.shared_blks_hit + s.shared_blks_read)::int AS buffers, s.rows::int AS rows, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 160) AS query
  FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
  WHERE d.datname LIKE 'bench\\_%'
  ORDER BY s.shared_blks_hit + s.shared_blks_read DESC LIMIT $1`;

export interface SqlStats {
  /** The SQL that `request` causes, once `settle` says the databases are quiet. */
  measure(request: () => Promise<unknown>, settle: () => Promise<unknown>): Promise<SqlPerPartner>;
  /** The statements of the last measured request that touched the most buffers. */
  heaviest(limit: number): Promise<HeavyStatement[]>;
  close(): Promise<void>;
}

export async function sqlStats(adminUrl: string): Promise<SqlStats> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  return {
    measure: async (request, settle) => {
      // the processing log is confirmed just after the answer: wait for the previous request's (it counted
      // twice, in the next request, when the window opened before its statement had started) and for this one's
      const confirmations = () => new Promise((resolve) => setTimeout(resolve, 50));
      await confirmations();
      await settle();
      await client.query('SELECT pg_stat_statements_reset()');
      await request();
      await confirmations();
      await settle();
      const rows: ({ partner: Partner } & SqlUse)[] = (await client.query(READ)).rows;
      const zero: SqlUse = { statements: 0, ms: 0, planMs: 0, buffers: 0, accountabilityBuffers: 0, rows: 0 };
      return Object.fromEntries(PARTNERS.map((p) => [p, { ...zero, ...rows.find((r) => r.partner === p) }])) as SqlPerPartner;
    },
    heaviest: async (limit) => (await client.query(HEAVIEST, [limit])).rows,
    close: () => client.end(),
  };
}

/** All partners together. */
export function totalOf(use: SqlPerPartner): SqlUse {
  return Object.values(use).reduce(
    (sum, u) => ({
      statements: sum.statements + u.statements,
      ms: sum.ms + u.ms,
      planMs: sum.planMs + u.planMs,
      buffers: sum.buffers + u.buffers,
      accountabilityBuffers: sum.accountabilityBuffers + u.accountabilityBuffers,
      rows: sum.rows + u.rows,
    }),
    { statements: 0, ms: 0, planMs: 0, buffers: 0, accountabilityBuffers: 0, rows: 0 },
  );
}
