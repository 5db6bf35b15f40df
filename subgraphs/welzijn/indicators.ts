// welzijn's indicators for the municipal dashboard (kit/indicators applies the disclosure rules), read from
// the daily rollups that migrations 9 and 15 keep (1763900000009-indicator-rollups.ts explains them): a
// dashboard reads a few thousand rollup rows instead of a million hulpvragen and their histories. Days and
// buckets are UTC dates; the parameters $1–$8 are kit/indicators' sqlParams.
import { INTERVAL_SQL, isoOf, measure, type IndicatorSource, type MeasureSource } from '../kit/indicators';
import { areaKeysOf, bucketOf, bucketStartOf, inPeriod, inScope, levelFromChanges, nextBucketOf, nodeOf } from '../kit/indicator-sql';

/** The days counted ($2–$3) are whole months and the buckets months or longer: indicator_monthly holds the sums. */
const BY_MONTH = `($4 <> 'week' AND date_trunc('month', $2::date) = $2::date AND date_trunc('month', $3::date + 1) = $3::date + 1)`;

/** One indicator's counts in the days counted ($2–$3) from a rollup table, when `when` holds. */
const countsOf = (name: string, table: string, dateColumn: string, when: string) => `
  SELECT ${nodeOf('d.area_key')} AS node, ${bucketOf(`(d.${dateColumn})::timestamp`)} AS bucket, d.key, d.n, d.amount
  FROM ${table} d WHERE ${when} AND d.indicator = '${name}' AND ${inScope('d')} AND d.${dateColumn} BETWEEN $2::date AND $3::date`;

/**
 * A count per day (indicator_daily), summed per bucket; `amount` for the hours. Flows are counted over whole
 * years, so month, quarter and year buckets read the same sums per month (indicator_monthly, migration 795);
 * weeks read the days. Only one branch reads rows: the other's condition is false before any is read.
 */
const daily = (name: string, keys: 'partition' | 'none', unit?: 'HOURS'): IndicatorSource => ({
  name,
  kind: 'flow',
  keys,
  unit,
  sql: `SELECT node, bucket, key, sum(n)::int AS n, sum(amount) AS amount FROM (
          ${countsOf(name, 'indicator_monthly', 'month', BY_MONTH)}
          UNION ALL
          ${countsOf(name, 'indicator_daily', 'day', `NOT ${BY_MONTH}`)}
        ) counts GROUP BY 1, 2, 3 HAVING sum(n) <> 0`,
});

/**
 * Hulpvragen waiting at the end of each bucket (taken in by then), by category; see backlog_delta. A change
 * counts from the bucket of its day or of the hulpvraag's intake, whichever is later.
 */
const backlog = (name: string, column: 'open' | 'overdue', key: string): IndicatorSource => ({
  name,
  kind: 'level',
  keys: key === "''" ? 'none' : 'partition',
  sql: levelFromChanges(`
    SELECT ${nodeOf('d.area_key')} AS node, ${key} AS key, ${bucketStartOf('(greatest(d.day, d.created_on))::timestamp')} AS bucket, d.${column} AS n
    FROM backlog_delta d WHERE ${inScope('d')} AND d.created_on <= $3::date AND d.day <= $3::date AND d.${column} <> 0`),
});

/**
 * Volunteers with a match running at some time in the bucket, each counted once, without a count(DISTINCT)
 * over all matches. Their active days are merged into disjoint spans per volunteer (volunteer_active_span); a
 * span counts in the buckets from the one of its first day to the one of its last day: +1 in the first, −1
 * after the last. Spans of one volunteer meet in a bucket only where one ends and the next starts (the span
 * keeps the next one's first day, migration 690); there the next span counts the volunteer, and the ending one
 * stops counting a bucket earlier (its −1 moves into its last bucket). So a volunteer counts once in every
 * bucket any of their spans touches. Spans that end before the first bucket asked or start after the period
 * count nowhere (their +1 and −1 fall into the same bucket, or after the period), so they are not read.
 */
const activeVolunteers: IndicatorSource = {
  name: 'activeVolunteers',
  kind: 'distinct',
  keys: 'none',
  sql: levelFromChanges(`
    SELECT s.node, '' AS key, c.bucket, c.n
    FROM (SELECT ${nodeOf('v.area_key')} AS node, ${bucketStartOf('(a.first_day)::timestamp')} AS first_bucket,
                 ${bucketStartOf('(a.last_day)::timestamp')} AS last_bucket, ${nextBucketOf('(a.last_day)::timestamp')} AS after_last,
                 ${bucketStartOf('(a.next_first_day)::timestamp')} AS next_bucket
          FROM volunteer_active_span a JOIN volunteer v ON v.id = a.volunteer_id
          WHERE ${inScope('v')} AND a.last_day >= ${bucketStartOf('(($6::date[])[1])::timestamp')} AND a.first_day <= $3::date) s
    CROSS JOIN LATERAL (VALUES (s.first_bucket, 1), (CASE WHEN s.next_bucket = s.last_bucket THEN s.last_bucket ELSE s.after_last END, -1)) AS c(bucket, n)`),
};

/**
 * Supply: volunteers available at the end of each bucket (volunteer_availability: switched on and not off
 * again), by the categories they help with now (a volunteer counts once in the total and in each category).
 */
const volunteersAvailable: IndicatorSource = {
  name: 'volunteersAvailable',
  kind: 'level',
  keys: 'overlapping',
  sql: levelFromChanges(`
    SELECT ${nodeOf('v.area_key')} AS node, k.key, c.bucket, c.n
    FROM (SELECT a.volunteer_id, a.available, a.at AS since, lead(a.at) OVER (PARTITION BY a.volunteer_id ORDER BY a.at, a.id) AS until
          FROM volunteer_availability a) s
    JOIN volunteer v ON v.id = s.volunteer_id AND ${inScope('v')}
    CROSS JOIN LATERAL (SELECT '' AS key UNION ALL SELECT unnest(v.categories)) k
    CROSS JOIN LATERAL (VALUES (${bucketStartOf("(s.since AT TIME ZONE 'UTC')::date::timestamp")}, 1),
                               (${bucketStartOf("(s.until AT TIME ZONE 'UTC')::date::timestamp")}, -1)) AS c(bucket, n)
    WHERE s.available AND c.bucket IS NOT NULL`),
};

/** Reciprocity: new volunteers who had asked for help themselves before (their Person key on a hulpvraag). */
const requestersWhoHelp: IndicatorSource = {
  name: 'requestersWhoHelp',
  kind: 'flow',
  keys: 'none',
  sql: `SELECT ${nodeOf('v.area_key')} AS node, ${bucketOf('v.registered_at')} AS bucket, '' AS key, count(*)::int AS n
        FROM volunteer v WHERE ${inScope('v')} AND ${inPeriod('v.registered_at')} AND v.person_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM help_request h WHERE h.requester_id = v.person_id AND h.created_at < v.registered_at)
        GROUP BY 1, 2`,
};

export const INDICATORS: IndicatorSource[] = [
  daily('requestsOpened', 'partition'),
  daily('requestsByChannel', 'partition'),
  daily('matchesMade', 'partition'),
  daily('matchesDeclined', 'partition'),
  daily('followUpOutcomes', 'partition'),
  daily('hoursGiven', 'partition', 'HOURS'),
  activeVolunteers,
  daily('newVolunteers', 'none'),
  requestersWhoHelp,
  volunteersAvailable,
  backlog('openBacklog', 'open', 'd.category'),
  backlog('overdueResponses', 'overdue', "''"),
];

/**
 * Days from intake to the first proposed match, per bucket of intake, for the area itself ($1): median and
 * 90th percentile, from first_match (a hulpvraag's first match and its days, as percentile_cont sorts them),
 * read per buurt of the area so that only the period's rows are read.
 */
export const DAYS_TO_MATCH_SQL = `
  SELECT to_char(bucket, 'YYYY-MM-DD') AS bucket, cases, percentiles[1] AS median, percentiles[2] AS p90
  FROM (SELECT ${bucketStartOf('f.created_at')} AS bucket, count(*)::int AS cases,
               -- both percentiles from one sort of the bucket's days (two aggregates sorted them twice)
               percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY f.days) AS percentiles
        FROM ${areaKeysOf('first_match')}
        -- per key from the index (OFFSET 0 keeps PostgreSQL from flattening this into a join of all the period's rows)
        CROSS JOIN LATERAL (SELECT f.created_at, f.days FROM first_match f WHERE f.area_key = k.area_key AND ${inPeriod('f.created_at')} OFFSET 0) f
        GROUP BY 1) measures
  ORDER BY 1`;

export const daysToMatch = (db: { query(sql: string, params: unknown[]): Promise<any[]> }): MeasureSource => ({
  names: ['medianDaysToMatch', 'p90DaysToMatch'],
  async compute(area, period, rules) {
    const rows: { bucket: string; cases: number; median: number | null; p90: number | null }[] = await db.query(DAYS_TO_MATCH_SQL, [
      area, isoOf(period.from), isoOf(period.to), INTERVAL_SQL[period.interval],
    ]);
    return rows.flatMap((row) => [
      measure('medianDaysToMatch', row.bucket, row.median, row.cases, rules.threshold),
      measure('p90DaysToMatch', row.bucket, row.p90, row.cases, rules.threshold),
    ]);
  },
});
