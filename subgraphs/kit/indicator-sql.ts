// SQL building blocks for indicator sources (kit/indicators: sqlParams gives $1–$8). A source returns rows
// (node, bucket, key, n[, amount]): `node` from nodeOf, `bucket` from bucketOf (or a bucket of BUCKETS).
import { insideAreaSql } from './areas';

/**
 * The first day of the bucket ($4) holding a date or timestamp: a week is cut at the end of its month
 * (kit/indicators/periods.ts), so it is the later of the week's Monday and the month's first day.
 */
export const bucketStartOf = (expr: string) =>
  `(CASE $4 WHEN 'week' THEN greatest(date_trunc('week', ${expr}), date_trunc('month', ${expr})) ELSE date_trunc($4, ${expr}) END)::date`;
/** The same as text, as a row's `bucket`. */
export const bucketOf = (expr: string) => `to_char(${bucketStartOf(expr)}, 'YYYY-MM-DD')`;
/** The first day of the bucket after the one holding `expr` (for spans that stop counting after a bucket). */
export const nextBucketOf = (expr: string) =>
  `(CASE $4 WHEN 'week' THEN least(date_trunc('week', ${expr}) + interval '7 days', date_trunc('month', ${expr}) + interval '1 month')
            ELSE date_trunc($4, ${expr}) + CASE $4 WHEN 'month' THEN interval '1 month' WHEN 'quarter' THEN interval '3 months' ELSE interval '1 year' END
       END)::date`;
/** The expression (a date or timestamp) lies in the days counted ($2–$3). */
export const inPeriod = (expr: string) => `${expr} >= $2::date AND ${expr} < $3::date + 1`;
/** The row (with an `area_key` column) lies in the gemeente $1. */
export const inScope = (alias: string) => insideAreaSql(alias, '$1');
/**
 * The area keys that rows of `table` (with an index led by area_key) have inside $1, as rows k(area_key), found
 * one index probe per key (a loose index scan). Joined on area_key, a range on the index's next column is then
 * read as one range per key, instead of reading all of the scope's rows in the index and filtering them.
 */
export const areaKeysOf = (table: string) => `(
  WITH RECURSIVE k(area_key) AS (
    (SELECT t.area_key FROM ${table} t WHERE ${inScope('t')} ORDER BY t.area_key LIMIT 1)
    UNION ALL
    SELECT (SELECT t.area_key FROM ${table} t WHERE t.area_key > k.area_key AND ${inScope('t')} ORDER BY t.area_key LIMIT 1)
    FROM k WHERE k.area_key IS NOT NULL
  ) SELECT area_key FROM k WHERE area_key IS NOT NULL) k`;
/** The same for an area key given as an expression. */
export const inScopeKey = (keyExpr: string) => `(${keyExpr} >= substring($1 from 3) AND ${keyExpr} < substring($1 from 3) || ':')`;
/**
 * The area of the answer's closure a row counts in, as an area key: inside the split area $5 the row's
 * child of it (or the area itself for a row coded to it), elsewhere in the gemeente the row's wijk (or the
 * gemeente). Kit/indicators/closure.ts reads it back.
 */
export const nodeOf = (keyExpr: string) =>
  `left(${keyExpr}, CASE WHEN ${keyExpr} LIKE $5 || '%' THEN length($5) ELSE length($1) - 2 END + 2)`;
/** The buckets asked, as rows b(bucket, last_day). */
export const BUCKETS = `unnest($6::date[], $7::date[]) AS b(bucket, last_day)`;
/** The areas of the closure, as rows n(key), for indicators counted per area rather than summed over areas. */
export const NODES = `unnest($8::text[]) AS n(key)`;
/** The row's area key (column `keyExpr`) lies in the area n.key (of NODES). */
export const inNode = (keyExpr: string) => `(${keyExpr} >= n.key AND ${keyExpr} < n.key || ':')`;

/**
 * A level at the end of each bucket asked, from changes: `changes` gives (node, key, bucket, n), where a change
 * counts from its bucket on; changes from before the first bucket count in the first. The changes are summed
 * per bucket first, then run up over the buckets (a window sum), so the work grows with areas × keys × buckets.
 */
export const levelFromChanges = (changes: string) => `
  WITH c AS (SELECT node, key, greatest(bucket, ($6::date[])[1]) AS bucket, sum(n) AS n FROM (${changes}) changes
             WHERE bucket <= $3::date GROUP BY 1, 2, 3)
  SELECT node, bucket, key, n FROM (
    SELECT k.node, to_char(b.bucket, 'YYYY-MM-DD') AS bucket, k.key,
           (sum(coalesce(c.n, 0)) OVER (PARTITION BY k.node, k.key ORDER BY b.bucket))::int AS n
    FROM (SELECT DISTINCT node, key FROM c) k CROSS JOIN ${BUCKETS}
    LEFT JOIN c ON c.node = k.node AND c.key = k.key AND c.bucket = b.bucket
  ) levels WHERE n <> 0`;
