// welzijn's indicators for the municipal dashboard (kit/indicators.ts rolls them up and suppresses), read
// from the daily rollups that migration 9 (1763900000009-indicator-rollups.ts) keeps: a dashboard reads a
// few thousand rollup rows instead of a million hulpvragen and their histories. Days and buckets are UTC
// dates, as kit/indicators.ts's bucketStarts.
import type { IndicatorSource } from '../kit/indicators';
import { STEP, inPeriod, inScope } from '../kit/indicator-sql';

/** The bucket (a timestamp without time zone) of a date expression, the first and the last bucket of the period. */
const bucket = (date: string) => `date_trunc($4, (${date})::timestamp)`;
const FIRST = bucket('$2::date');
const LAST = bucket('$3::date');

/** A count per day (indicator_daily), summed per bucket. */
const daily = (name: string): IndicatorSource => ({
  name,
  sql: `SELECT d.area_code, to_char(${bucket('d.day')}, 'YYYY-MM-DD') AS bucket, d.key, sum(d.n)::int AS n
        FROM indicator_daily d WHERE d.indicator = '${name}' AND ${inScope('d')} AND d.day BETWEEN $2::date AND $3::date
        GROUP BY 1, 2, 3 HAVING sum(d.n) > 0`,
});

/**
 * A level per bucket built from changes: `changes` gives (area_code, bucket, n), and each bucket shows the
 * sum of the changes in it and in every bucket before it (changes from before the period count in the first).
 */
const level = (name: string, changes: string): IndicatorSource => ({
  name,
  sql: `SELECT c.area_code, to_char(b.bucket, 'YYYY-MM-DD') AS bucket, '' AS key, sum(c.n)::int AS n
        FROM generate_series(${FIRST}, ${LAST}, ${STEP}) AS b(bucket)
        JOIN (SELECT area_code, greatest(bucket, ${FIRST}) AS bucket, sum(n) AS n FROM (${changes}) changes
              WHERE bucket <= ${LAST} GROUP BY 1, 2) c ON c.bucket <= b.bucket
        GROUP BY 1, 2 HAVING sum(c.n) > 0`,
});

/** Hulpvragen waiting at the end of each bucket (taken in by the end of the period); see backlog_delta. */
const backlog = (name: string, column: 'open' | 'overdue') =>
  level(name, `SELECT d.area_code, ${bucket('d.day')} AS bucket, d.${column} AS n FROM backlog_delta d WHERE ${inScope('d')} AND d.created_on <= $3::date`);

/**
 * Volunteers with a match running at some time in the bucket, each counted once, without a count(DISTINCT)
 * over all matches. Their active days are merged into disjoint spans per volunteer (volunteer_active_span); a
 * span counts in the buckets from the one of its first day to the one of its last day: +1 in the first, −1
 * after the last. Spans of one volunteer meet in a bucket only where one ends and the next starts; there the
 * next span counts the volunteer, and the ending one stops counting a bucket earlier (its −1 moves into its
 * last bucket). So a volunteer counts once in every bucket any of their spans touches.
 */
const activeVolunteers = level(
  'activeVolunteers',
  `SELECT s.area_code, c.bucket, c.n
   FROM (SELECT v.home_area_code AS area_code, ${bucket('a.first_day')} AS first_bucket, ${bucket('a.last_day')} AS last_bucket,
                ${bucket('lead(a.first_day) OVER (PARTITION BY a.volunteer_id ORDER BY a.first_day)')} AS next_bucket
         FROM volunteer_active_span a JOIN volunteer v ON v.id = a.volunteer_id WHERE ${inScope('v')}) s
   CROSS JOIN LATERAL (VALUES (s.first_bucket, 1),
                              (CASE WHEN s.next_bucket = s.last_bucket THEN s.last_bucket ELSE s.last_bucket + ${STEP} END, -1)) AS c(bucket, n)`,
);

export const INDICATORS: IndicatorSource[] = [
  daily('requestsOpened'),
  daily('requestsByChannel'),
  daily('matchesMade'),
  daily('followUpOutcomes'),
  activeVolunteers,
  daily('newVolunteers'),
  backlog('openBacklog', 'open'),
  backlog('overdueResponses', 'overdue'),
];

/**
 * Days from intake to the first proposed match, per bucket of intake: median and 90th percentile, from
 * first_match (a hulpvraag's first match and its days, as percentile_cont sorts them). Grouped on the bucket's
 * timestamp, formatted after: cheaper than grouping on its text.
 */
export const DAYS_TO_MATCH_SQL = `
  SELECT to_char(bucket, 'YYYY-MM-DD') AS bucket, cases, median, p90
  FROM (SELECT date_trunc($4, f.created_at) AS bucket, count(*)::int AS cases,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days) AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY f.days) AS p90
        FROM first_match f WHERE ${inScope('f')} AND ${inPeriod('f.created_at')} GROUP BY 1) measures
  ORDER BY 1`;
