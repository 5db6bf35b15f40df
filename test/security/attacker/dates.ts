// Calendar arithmetic for the attacker: days as integers (days since 1970-01-01, UTC), buckets as the API
// documents them (schema/shared.graphql Interval: weeks from Monday cut at the end of a month, months,
// quarters, years). Nothing here comes from the hub's code.
export type Day = number;
export type Interval = 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
export const INTERVALS: Interval[] = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'];

const MS = 86_400_000;
export const day = (iso: string): Day => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS);
export const iso = (d: Day): string => (Number.isFinite(d) ? new Date(d * MS).toISOString().slice(0, 10) : d < 0 ? '-inf' : '+inf');
export const dayOf = (timestamp: Date): Day => Math.floor(timestamp.getTime() / MS);

const memo = new Map<number, Day>();
const memoised = (fn: (d: Day, interval: Interval) => Day, tag: number) => (d: Day, interval: Interval): Day => {
  const key = (d * 4 + INTERVALS.indexOf(interval)) * 2 + tag;
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = fn(d, interval)));
  return value;
};

/** The start of the bucket holding `d`. */
export const bucketStart = memoised(function bucketStart(d: Day, interval: Interval): Day {
  const date = new Date(d * MS);
  if (interval === 'WEEK') return Math.max(d - ((date.getUTCDay() + 6) % 7), Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / MS));
  if (interval === 'YEAR') return Math.round(Date.UTC(date.getUTCFullYear(), 0, 1) / MS);
  const month = interval === 'MONTH' ? date.getUTCMonth() : date.getUTCMonth() - (date.getUTCMonth() % 3);
  return Math.round(Date.UTC(date.getUTCFullYear(), month, 1) / MS);
}, 0);

/** The start of the bucket after the one starting at `start`. */
export const nextBucket = memoised(function nextBucket(start: Day, interval: Interval): Day {
  const date = new Date(start * MS);
  const firstOfNextMonth = Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / MS);
  if (interval === 'WEEK') return Math.min(start - ((date.getUTCDay() + 6) % 7) + 7, firstOfNextMonth);
  if (interval === 'YEAR') return Math.round(Date.UTC(date.getUTCFullYear() + 1, 0, 1) / MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + (interval === 'MONTH' ? 1 : 3), 1) / MS);
}, 1);

/** The last day of the bucket starting at `start`. */
export const bucketEnd = (start: Day, interval: Interval): Day => nextBucket(start, interval) - 1;

export const yearOf = (d: Day): number => new Date(d * MS).getUTCFullYear();
export const januaryFirst = (year: number): Day => Math.round(Date.UTC(year, 0, 1) / MS);
