// SQL building blocks for indicator sources (see kit/indicators.ts for the parameters $1–$4).
import { insideAreaSql } from './areas';

/** The bucket (week, month, quarter start) of a timestamp or date expression. */
export const bucketOf = (column: string) => `to_char(date_trunc($4, ${column}), 'YYYY-MM-DD')`;
/** The expression lies in the period. */
export const inPeriod = (column: string) => `${column} >= $2::date AND ${column} < $3::date + 1`;
/** The row (with an `area_key` column) lies in the area $1. */
export const inScope = (alias: string) => insideAreaSql(alias, '$1');
/** One bucket's length. */
export const STEP = `(CASE $4 WHEN 'quarter' THEN interval '3 months' WHEN 'month' THEN interval '1 month' ELSE interval '1 week' END)`;
/** Every bucket start in the period, as rows b(bucket). */
export const BUCKETS = `generate_series(date_trunc($4, $2::date), $3::date, ${STEP}) AS b(bucket)`;
