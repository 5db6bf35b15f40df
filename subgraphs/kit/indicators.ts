// Indicators for municipal dashboards ("tellen en vertellen"): counts per area, per period bucket, with
// small-count suppression. Each subgraph counts its own data per buurt; this kit rolls the buurten up to
// the requested area and its child areas and suppresses so that no shown figure, nor any total minus
// shown parts, reveals a count below the threshold (SMALL_COUNT_THRESHOLD, default 5).
import { areaKey, parentAreaCode } from './areas';
import { badInput } from '../../platform/errors';

export type Interval = 'WEEK' | 'MONTH' | 'QUARTER';

export const INTERVAL_SQL: Record<Interval, string> = { WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' };

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

/** One counted fact: buurt, bucket start (YYYY-MM-DD), breakdown key ('' for none), count. */
export interface CountRow {
  area_code: string;
  bucket: string;
  key: string;
  n: number;
}

/**
 * Suppresses a total and its parts together. Primary: counts from 1 to threshold−1. Secondary: while a
 * shown total minus the shown parts would reveal the suppressed ones (one suppressed part, or suppressed
 * parts adding up to less than the threshold), the smallest shown part is suppressed too.
 */
export function suppress(total: number, parts: number[], threshold: number): { total: Cell; parts: Cell[] } {
  const small = (n: number) => n > 0 && n < threshold;
  const hidden = parts.map(small);
  const totalHidden = small(total);
  if (!totalHidden) {
    for (;;) {
      const hiddenCount = hidden.filter(Boolean).length;
      const hiddenSum = parts.reduce((sum, n, i) => sum + (hidden[i] ? n : 0), 0);
      if (!(hiddenCount === 1 || (hiddenSum > 0 && hiddenSum < threshold))) break;
      const candidates = parts.map((n, i) => ({ n, i })).filter(({ i }) => !hidden[i]);
      if (!candidates.length) break;
      candidates.sort((a, b) => a.n - b.n || a.i - b.i);
      hidden[candidates[0].i] = true;
    }
  }
  const cell = (n: number, isHidden: boolean): Cell => (isHidden ? { value: null, suppressed: true } : { value: n, suppressed: false });
  return { total: cell(total, totalHidden), parts: parts.map((n, i) => cell(n, hidden[i] || totalHidden)) };
}

/** The child area a row falls into: the wijk for a gemeente, the buurt for a wijk; none below a buurt. */
function childCode(areaCode: string, rowCode: string): string | null {
  const length = areaKey(areaCode).length + 2;
  const rowKey = areaKey(rowCode);
  if (length > 8 || rowKey.length < length) return null;
  return `${length === 6 ? 'WK' : 'BU'}${rowKey.slice(0, length)}`;
}

export interface IndicatorBucket {
  name: string;
  bucket: string;
  total: Cell;
  byKey: { key: string; count: Cell }[];
  byChildArea: { areaCode: string; count: Cell }[];
}

const sum = (rows: CountRow[]) => rows.reduce((total, row) => total + row.n, 0);

/** Rolls rows up into one indicator per bucket for `areaCode`: total, by key and by child area, suppressed. */
function rollUp(name: string, areaCode: string, rows: CountRow[], buckets: string[], threshold: number): IndicatorBucket[] {
  // Each buurt's code is parsed once, and the rows are grouped per bucket in one pass (a year by week has
  // thousands of rows and 53 buckets).
  const childOf = new Map<string, string | null>();
  for (const code of new Set(rows.map((row) => row.area_code))) {
    if (areaKey(code).startsWith(areaKey(areaCode))) childOf.set(code, childCode(areaCode, code));
  }
  const inside = rows.filter((row) => childOf.has(row.area_code));
  const children = [...new Set(inside.map((row) => childOf.get(row.area_code)!).filter((c): c is string => c !== null))].sort();
  const byBucket = new Map<string, CountRow[]>();
  for (const row of inside) {
    if (!byBucket.has(row.bucket)) byBucket.set(row.bucket, []);
    byBucket.get(row.bucket)!.push(row);
  }
  return buckets.map((bucket) => {
    const here = byBucket.get(bucket) ?? [];
    const total = sum(here);
    const keys = [...new Set(here.map((row) => row.key).filter((key) => key !== ''))].sort();
    const byKey = suppress(total, keys.map((key) => sum(here.filter((row) => row.key === key))), threshold);
    const byChild = suppress(total, children.map((child) => sum(here.filter((row) => childOf.get(row.area_code) === child))), threshold);
    return {
      name,
      bucket,
      total: byKey.total.suppressed ? byKey.total : byChild.total,
      byKey: keys.map((key, i) => ({ key, count: byKey.parts[i] })),
      byChildArea: children.map((child, i) => ({ areaCode: child, count: byChild.parts[i] })),
    };
  });
}

const HIDDEN: Cell = { value: null, suppressed: true };

/**
 * The indicator for an area, consistent with what its parent shows: rows cover the parent's whole area, and
 * when the parent's breakdown hides this area (to protect a sibling), this area's figures are hidden too.
 */
export function indicator(name: string, areaCode: string, parentCode: string | null, rows: CountRow[], buckets: string[], threshold: number): IndicatorBucket[] {
  const own = rollUp(name, areaCode, rows, buckets, threshold);
  if (!parentCode) return own;
  const parent = rollUp(name, parentCode, rows, buckets, threshold);
  return own.map((item, i) => {
    const shownByParent = parent[i].byChildArea.find((child) => child.areaCode === areaCode)?.count ?? { value: 0, suppressed: false };
    if (!shownByParent.suppressed) return item;
    return { ...item, total: HIDDEN, byKey: item.byKey.map((k) => ({ ...k, count: HIDDEN })), byChildArea: item.byChildArea.map((c) => ({ ...c, count: HIDDEN })) };
  });
}

/** Bucket starts (UTC dates) from `from` to `to`, as PostgreSQL's date_trunc gives them. */
export function bucketStarts(from: string, to: string, interval: Interval): string[] {
  const starts: string[] = [];
  const start = new Date(`${from}T00:00:00Z`);
  if (interval === 'WEEK') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  else start.setUTCDate(1);
  if (interval === 'QUARTER') start.setUTCMonth(start.getUTCMonth() - (start.getUTCMonth() % 3));
  const end = new Date(`${to}T00:00:00Z`);
  for (const d = start; d <= end; ) {
    starts.push(d.toISOString().slice(0, 10));
    if (interval === 'WEEK') d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + (interval === 'MONTH' ? 1 : 3));
  }
  return starts;
}

export interface PeriodInput {
  from: string;
  to: string;
  interval?: Interval | null;
}

const MAX_SPAN_DAYS = 3 * 366;

export function checkPeriod(period: PeriodInput): { from: string; to: string; interval: Interval } {
  const span = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
  if (span < 0) throw badInput('the period ends before it starts', 'period.to');
  if (span > MAX_SPAN_DAYS) throw badInput('a period is at most three years', 'period.to');
  return { from: period.from, to: period.to, interval: period.interval ?? 'MONTH' };
}

/** A count query's SQL parameters: the area key prefix of the parent (for sibling-aware suppression), the period. */
export function countParams(areaCode: string, period: { from: string; to: string; interval: Interval }): { scope: string; parent: string | null; params: unknown[] } {
  const parent = parentAreaCode(areaCode);
  const scope = parent ?? areaCode;
  return { scope, parent, params: [scope, period.from, period.to, INTERVAL_SQL[period.interval]] };
}

export interface Measure {
  name: string;
  bucket: string;
  value: number | null;
  suppressed: boolean;
}

/** A statistic (median days) shown only when it rests on at least `threshold` cases. */
export function measure(name: string, bucket: string, value: number | null, cases: number, threshold: number): Measure {
  return cases >= threshold && value !== null ? { name, bucket, value: Number(value.toFixed(1)), suppressed: false } : { name, bucket, value: null, suppressed: cases > 0 };
}

/** One counted indicator of a subgraph: SQL giving (area_code, bucket, key, n) for $1 area, $2–$3 period, $4 interval. */
export interface IndicatorSource {
  name: string;
  sql: string;
}

/** Runs a subgraph's indicator queries for an area and period and suppresses the results. */
export async function indicatorSet(
  db: { query(sql: string, params: unknown[]): Promise<any[]> },
  areaCode: string,
  periodInput: PeriodInput,
  sources: IndicatorSource[],
  threshold: number,
): Promise<IndicatorBucket[]> {
  const period = checkPeriod(periodInput);
  const { parent, params } = countParams(areaCode, period);
  const buckets = bucketStarts(period.from, period.to, period.interval);
  const results = await Promise.all(sources.map((source) => db.query(source.sql, params)));
  return sources.flatMap((source, i) => indicator(source.name, areaCode, parent, results[i] as CountRow[], buckets, threshold));
}

/** The GraphQL IndicatorSet of an area: the subgraph's counted indicators and its measures (threshold: SMALL_COUNT_THRESHOLD). */
export async function indicatorSetFor(
  { db, config }: { db: { query(sql: string, params: unknown[]): Promise<any[]> }; config: { smallCountThreshold: number } },
  areaCode: string,
  period: PeriodInput,
  sources: IndicatorSource[],
  measures: (period: { from: string; to: string; interval: Interval }, threshold: number) => Promise<Measure[]> = async () => [],
) {
  const checked = checkPeriod(period);
  const threshold = config.smallCountThreshold;
  return { indicators: await indicatorSet(db, areaCode, checked, sources, threshold), measures: await measures(checked, threshold) };
}
