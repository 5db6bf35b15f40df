// welzijn's dashboard indicators as they were computed before the rollups (migration 9): straight from the
// base tables. Kept only as the reference that the rollup-based indicators (subgraphs/welzijn/indicators.ts)
// must equal, row for row: test/subgraphs/indicator-rollups.test.ts and test/bench/indicators.ts.
import type { IndicatorSource } from '../../subgraphs/kit/indicators';
import { BUCKETS, STEP, bucketOf, inPeriod, inScope } from '../../subgraphs/kit/indicator-sql';

const OPEN_STATES = "('NEW', 'ASSESSED', 'OPEN', 'ON_HOLD')";

const backlog = (extra: string) => `
  WITH spans AS (
    SELECT h.area_code, h.respond_by, t.to_status, t.at AS since,
           lead(t.at) OVER (PARTITION BY t.help_request_id ORDER BY t.at, t.id) AS until
    FROM help_request h JOIN help_request_transition t ON t.help_request_id = h.id
    WHERE ${inScope('h')} AND h.created_at < $3::date + 1
  )
  SELECT s.area_code, to_char(b.bucket, 'YYYY-MM-DD') AS bucket, '' AS key, count(*)::int AS n
  FROM ${BUCKETS} JOIN spans s ON s.to_status IN ${OPEN_STATES}
    AND s.since < b.bucket + ${STEP} AND (s.until IS NULL OR s.until >= b.bucket + ${STEP}) ${extra}
  GROUP BY 1, 2`;

export const REFERENCE_INDICATORS: IndicatorSource[] = [
  {
    name: 'requestsOpened',
    sql: `SELECT h.area_code, ${bucketOf('h.created_at')} AS bucket, h.category AS key, count(*)::int AS n
          FROM help_request h WHERE ${inScope('h')} AND ${inPeriod('h.created_at')} GROUP BY 1, 2, 3`,
  },
  {
    name: 'requestsByChannel',
    sql: `SELECT h.area_code, ${bucketOf('h.created_at')} AS bucket, h.channel AS key, count(*)::int AS n
          FROM help_request h WHERE ${inScope('h')} AND ${inPeriod('h.created_at')} GROUP BY 1, 2, 3`,
  },
  {
    name: 'matchesMade',
    sql: `SELECT h.area_code, ${bucketOf('m.proposed_at')} AS bucket, m.made_by AS key, count(*)::int AS n
          FROM match m JOIN help_request h ON h.id = m.help_request_id
          WHERE ${inScope('h')} AND ${inPeriod('m.proposed_at')} GROUP BY 1, 2, 3`,
  },
  {
    name: 'followUpOutcomes',
    sql: `SELECT h.area_code, ${bucketOf('m.follow_up_due')} AS bucket, m.follow_up_outcome AS key, count(*)::int AS n
          FROM match m JOIN help_request h ON h.id = m.help_request_id
          WHERE m.follow_up_outcome IS NOT NULL AND ${inScope('h')} AND ${inPeriod('m.follow_up_due')} GROUP BY 1, 2, 3`,
  },
  {
    name: 'activeVolunteers',
    sql: `SELECT v.home_area_code AS area_code, to_char(b.bucket, 'YYYY-MM-DD') AS bucket, '' AS key, count(DISTINCT v.id)::int AS n
          FROM ${BUCKETS} JOIN match m ON m.started_at < b.bucket + ${STEP} AND (m.ended_at IS NULL OR m.ended_at >= b.bucket)
          JOIN volunteer v ON v.id = m.volunteer_id WHERE ${inScope('v')} GROUP BY 1, 2`,
  },
  {
    name: 'newVolunteers',
    sql: `SELECT v.home_area_code AS area_code, ${bucketOf('v.registered_at')} AS bucket, '' AS key, count(*)::int AS n
          FROM volunteer v WHERE ${inScope('v')} AND ${inPeriod('v.registered_at')} GROUP BY 1, 2`,
  },
  { name: 'openBacklog', sql: backlog('') },
  { name: 'overdueResponses', sql: backlog('AND s.respond_by < (b.bucket + ' + STEP + ')::date') },
];

export const REFERENCE_DAYS_TO_MATCH_SQL = `
  SELECT ${bucketOf('h.created_at')} AS bucket, count(*)::int AS cases,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days) AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY f.days) AS p90
  FROM help_request h
  JOIN LATERAL (SELECT extract(epoch FROM min(m.proposed_at) - h.created_at) / 86400 AS days FROM match m WHERE m.help_request_id = h.id) f ON f.days IS NOT NULL
  WHERE ${inScope('h')} AND ${inPeriod('h.created_at')} GROUP BY 1`;

/** Rows in a canonical order, for comparing two sources. */
export function sortedRows(rows: { area_code: string; bucket: string; key: string; n: number }[]): string[] {
  return rows.map((r) => `${r.area_code} ${r.bucket} ${r.key} ${r.n}`).sort();
}
