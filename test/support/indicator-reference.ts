// welzijn's dashboard indicators computed straight from the base tables, as they were before the rollups
// (migrations 9 and 15). Kept only as the reference that the rollup-based indicators (subgraphs/welzijn/
// indicators.ts) must equal, row for row, for the same parameters (kit/indicators sqlParams):
// test/subgraphs/indicator-rollups.test.ts and test/bench/indicators.ts.
import type { IndicatorSource } from '../../subgraphs/kit/indicators';
import { BUCKETS, bucketOf, inPeriod, inScope, nodeOf } from '../../subgraphs/kit/indicator-sql';

const OPEN_STATES = "('NEW', 'ASSESSED', 'OPEN', 'ON_HOLD')";

/** Spans of the histories: a hulpvraag is waiting at the end E of a bucket when it was taken in by then and a span of an open state covers E. */
const backlog = (key: string, extra: string) => `
  WITH spans AS (
    SELECT h.area_key, h.category, h.created_at, h.respond_by, t.to_status, t.at AS since,
           lead(t.at) OVER (PARTITION BY t.help_request_id ORDER BY t.at, t.id) AS until
    FROM help_request h JOIN help_request_transition t ON t.help_request_id = h.id
    WHERE ${inScope('h')}
  )
  SELECT ${nodeOf('s.area_key')} AS node, to_char(b.bucket, 'YYYY-MM-DD') AS bucket, ${key} AS key, count(*)::int AS n
  FROM ${BUCKETS} JOIN spans s ON s.to_status IN ${OPEN_STATES} AND s.created_at < b.last_day + 1
    AND s.since < b.last_day + 1 AND (s.until IS NULL OR s.until >= b.last_day + 1) ${extra}
  GROUP BY 1, 2, 3`;

const flow = (name: string, sql: string): IndicatorSource => ({ name, kind: 'flow', keys: 'partition', sql });

export const REFERENCE_INDICATORS: IndicatorSource[] = [
  flow('requestsOpened', `SELECT ${nodeOf('h.area_key')} AS node, ${bucketOf('h.created_at')} AS bucket, h.category AS key, count(*)::int AS n, 0 AS amount
          FROM help_request h WHERE ${inScope('h')} AND ${inPeriod('h.created_at')} GROUP BY 1, 2, 3`),
  flow('requestsByChannel', `SELECT ${nodeOf('h.area_key')} AS node, ${bucketOf('h.created_at')} AS bucket, h.channel AS key, count(*)::int AS n, 0 AS amount
          FROM help_request h WHERE ${inScope('h')} AND ${inPeriod('h.created_at')} GROUP BY 1, 2, 3`),
  flow('matchesMade', `SELECT ${nodeOf('h.area_key')} AS node, ${bucketOf('m.proposed_at')} AS bucket, m.made_by AS key, count(*)::int AS n, 0 AS amount
          FROM match m JOIN help_request h ON h.id = m.help_request_id
          WHERE ${inScope('h')} AND ${inPeriod('m.proposed_at')} GROUP BY 1, 2, 3`),
  flow('matchesDeclined', `SELECT ${nodeOf('h.area_key')} AS node, ${bucketOf('m.ended_at')} AS bucket, m.decline_reason AS key, count(*)::int AS n, 0 AS amount
          FROM match m JOIN help_request h ON h.id = m.help_request_id
          WHERE m.status = 'DECLINED' AND m.decline_reason IS NOT NULL AND ${inScope('h')} AND ${inPeriod('m.ended_at')} GROUP BY 1, 2, 3`),
  flow('followUpOutcomes', `SELECT ${nodeOf('h.area_key')} AS node, ${bucketOf('m.follow_up_due')} AS bucket, m.follow_up_outcome AS key, count(*)::int AS n, 0 AS amount
          FROM match m JOIN help_request h ON h.id = m.help_request_id
          WHERE m.follow_up_outcome IS NOT NULL AND ${inScope('h')} AND ${inPeriod('m.follow_up_due')} GROUP BY 1, 2, 3`),
  flow('hoursGiven', `SELECT ${nodeOf('h.area_key')} AS node, ${bucketOf('m.follow_up_due')} AS bucket, h.category AS key, count(*)::int AS n, sum(m.hours_given) AS amount
          FROM match m JOIN help_request h ON h.id = m.help_request_id
          WHERE m.hours_given IS NOT NULL AND ${inScope('h')} AND ${inPeriod('m.follow_up_due')} GROUP BY 1, 2, 3`),
  {
    name: 'activeVolunteers',
    kind: 'distinct',
    keys: 'none',
    sql: `SELECT ${nodeOf('v.area_key')} AS node, to_char(b.bucket, 'YYYY-MM-DD') AS bucket, '' AS key, count(DISTINCT v.id)::int AS n
          FROM ${BUCKETS} JOIN match m ON m.started_at < b.last_day + 1 AND (m.ended_at IS NULL OR m.ended_at >= b.bucket)
          JOIN volunteer v ON v.id = m.volunteer_id WHERE ${inScope('v')} GROUP BY 1, 2`,
  },
  flow('newVolunteers', `SELECT ${nodeOf('v.area_key')} AS node, ${bucketOf('v.registered_at')} AS bucket, '' AS key, count(*)::int AS n, 0 AS amount
          FROM volunteer v WHERE ${inScope('v')} AND ${inPeriod('v.registered_at')} GROUP BY 1, 2`),
  {
    name: 'volunteersAvailable',
    kind: 'level',
    keys: 'overlapping',
    sql: `SELECT ${nodeOf('v.area_key')} AS node, to_char(b.bucket, 'YYYY-MM-DD') AS bucket, k.key, count(*)::int AS n
          FROM ${BUCKETS} JOIN volunteer v ON ${inScope('v')}
          JOIN LATERAL (SELECT a.available FROM volunteer_availability a WHERE a.volunteer_id = v.id AND a.at < b.last_day + 1
                        ORDER BY a.at DESC, a.id DESC LIMIT 1) a ON a.available
          CROSS JOIN LATERAL (SELECT '' AS key UNION ALL SELECT unnest(v.categories)) k
          GROUP BY 1, 2, 3`,
  },
  { name: 'openBacklog', kind: 'level', keys: 'partition', sql: backlog('s.category', '') },
  { name: 'overdueResponses', kind: 'level', keys: 'none', sql: backlog("''", 'AND s.respond_by < b.last_day + 1') },
];

export const REFERENCE_DAYS_TO_MATCH_SQL = `
  SELECT ${bucketOf('h.created_at')} AS bucket, count(*)::int AS cases,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days) AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY f.days) AS p90
  FROM help_request h
  JOIN LATERAL (SELECT extract(epoch FROM min(m.proposed_at) - h.created_at) / 86400 AS days FROM match m WHERE m.help_request_id = h.id) f ON f.days IS NOT NULL
  WHERE ${inScope('h')} AND ${inPeriod('h.created_at')} GROUP BY 1`;

/** Rows in a canonical order, for comparing two sources (amounts as numbers: numeric comes back as text). */
export function sortedRows(rows: { node: string; bucket: string; key: string; n: number; amount?: unknown }[]): string[] {
  return rows.map((r) => `${r.node} ${r.bucket} ${r.key} ${r.n} ${Number(r.amount ?? 0)}`).sort();
}
