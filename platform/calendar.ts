// The calendar of the dashboards, shared by the subgraphs (kit/indicators) and the gateway (its cost model
// counts indicator buckets): buckets that nest. Years hold quarters, quarters hold months, and months hold
// weeks: a week runs Monday to Sunday but is cut at the end of a month, so a week that straddles two months
// counts as two buckets (e.g. Mon 31 Aug and Tue 1 – Sun 6 Sep). Days are UTC dates, as day numbers
// (days since 1970-01-01) or ISO strings.
export type Interval = 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** Coarse to fine: a bucket of one interval lies inside one bucket of each interval before it. */
export const INTERVALS: readonly Interval[] = ['YEAR', 'QUARTER', 'MONTH', 'WEEK'];

/** Whether `a` cuts time finer than `b`. */
export const isFiner = (a: Interval, b: Interval): boolean => INTERVALS.indexOf(a) > INTERVALS.indexOf(b);

/** The interval one step coarser (null for YEAR). */
export const coarser = (interval: Interval): Interval | null => INTERVALS[INTERVALS.indexOf(interval) - 1] ?? null;

const DAY_MS = 86_400_000;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function parts(day: number): { y: number; m: number; d: number; weekday: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate(), weekday: (date.getUTCDay() + 6) % 7 };
}
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m, d) / DAY_MS;

/** The first day of the bucket of `interval` that holds `day`. */
export function bucketStart(day: number, interval: Interval): number {
  const { y, m, weekday } = parts(day);
  if (interval === 'YEAR') return dayOf(y, 0, 1);
  if (interval === 'QUARTER') return dayOf(y, m - (m % 3), 1);
  if (interval === 'MONTH') return dayOf(y, m, 1);
  return Math.max(day - weekday, dayOf(y, m, 1));
}

/** The last day of the bucket of `interval` that holds `day`. */
export function bucketEnd(day: number, interval: Interval): number {
  const { y, m, weekday } = parts(day);
  if (interval === 'YEAR') return dayOf(y + 1, 0, 1) - 1;
  if (interval === 'QUARTER') return dayOf(y, m - (m % 3) + 3, 1) - 1;
  const endOfMonth = dayOf(y, m + 1, 1) - 1;
  if (interval === 'MONTH') return endOfMonth;
  return Math.min(day - weekday + 6, endOfMonth);
}

export interface Bucket {
  start: number;
  end: number;
}

/** The buckets of `interval` from the one holding `from` to the one holding `to`. */
export function bucketsBetween(from: number, to: number, interval: Interval): Bucket[] {
  const buckets: Bucket[] = [];
  for (let start = bucketStart(from, interval); start <= to; ) {
    const end = bucketEnd(start, interval);
    buckets.push({ start, end });
    start = end + 1;
  }
  return buckets;
}

