// Where a trace's processing-log lines are: one row per statement that wrote lines, per span, with the range
// of line ids it wrote (processing_log_span), kept by a trigger on every insert into the log, however the
// lines got there (a request's lines, the disclosures a confirmation adds, a migration). A trace's lines
// are few and written together, so the ranges are short, and a lookup by trace or span reads the span rows
// and then those id ranges of the log's primary key. An index on the lines' own trace and span cost every
// line written an entry of its own (a descent through a B-tree of random keys per line), where a span row
// is one entry for all the lines of a statement. The log is asked by trace only to confirm a request's
// lines (delivery.ts) and to follow a trace across the partners' logs (processing_log_of_trace, for whoever
// investigates).
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lines of `spans` of `trace` as `alias` (a FROM clause: ranges of several writes may overlap, so
 * select DISTINCT ON the line's id).
 */
export const spanLinesSql = (alias: string, trace: string, spans: string) =>
  `processing_log_span s JOIN processing_log ${alias} ON ${alias}.id BETWEEN s.first_id AND s.last_id AND ${alias}.trace_id = s.trace_id AND ${alias}.span_id = s.span_id
   WHERE s.trace_id = ${trace} AND s.span_id = ANY (${spans})`;

export class ProcessingLogSpans1763900000820 implements MigrationInterface {
  name = 'ProcessingLogSpans1763900000820';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE processing_log_span (
        trace_id text NOT NULL,
        span_id text,
        first_id bigint NOT NULL,
        last_id bigint NOT NULL
      );
      CREATE INDEX processing_log_span_trace ON processing_log_span (trace_id, span_id);
      INSERT INTO processing_log_span SELECT trace_id, span_id, min(id), max(id) FROM processing_log GROUP BY trace_id, span_id;

      CREATE FUNCTION processing_log_record_spans() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO processing_log_span SELECT trace_id, span_id, min(id), max(id) FROM written GROUP BY trace_id, span_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER processing_log_spans AFTER INSERT ON processing_log
        REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION processing_log_record_spans();

      -- a trace's lines in this subgraph's log, in the order written
      CREATE FUNCTION processing_log_of_trace(trace text) RETURNS SETOF processing_log LANGUAGE sql STABLE AS $$
        SELECT DISTINCT ON (l.id) l.* FROM processing_log_span s
          JOIN processing_log l ON l.id BETWEEN s.first_id AND s.last_id AND l.trace_id = s.trace_id
        WHERE s.trace_id = trace ORDER BY l.id
      $$;

      DROP INDEX processing_log_trace_span;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX processing_log_trace_span ON processing_log (trace_id, span_id);
      DROP FUNCTION processing_log_of_trace;
      DROP TRIGGER processing_log_spans ON processing_log;
      DROP FUNCTION processing_log_record_spans;
      DROP TABLE processing_log_span;
    `);
  }
}
