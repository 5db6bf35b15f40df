// Indicators for municipal dashboards ("tellen en vertellen"): each subgraph counts its own data per area
// and bucket in SQL (its indicators.ts, with the building blocks of kit/indicator-sql.ts); this module puts
// the rows into a cube over the areas and periods an answer needs (closure.ts, periods.ts), applies the
// disclosure rules (disclosure.ts) and shapes the GraphQL IndicatorSet of schema/shared.graphql.
import { badInput } from '../../../platform/errors';
import { requiredFields } from '../access/representations';
import { Cube, ruleSet, type CountState, type RuleSet, type TimeNode } from './disclosure';
import { closureOf, type Closure, type StatisticsArea } from './closure';
import { INTERVALS, INTERVAL_SQL, bucketsBetween, checkPeriod, coveringYears, isoOf, type Interval, type Period, type PeriodInput } from './periods';

export { ruleSet, type RuleSet, type CountState } from './disclosure';
export { INTERVALS, INTERVAL_SQL, bucketsBetween, bucketStart, bucketEnd, checkPeriod, coveringYears, isoOf, toDay, type Interval, type Period, type PeriodInput } from './periods';
export type { StatisticsArea } from './closure';

/**
 * One indicator of a subgraph. Its SQL gives rows (node, bucket, key, n[, amount]) for the parameters of
 * `sqlParams` below; `node` is an area key as kit/indicator-sql.ts's nodeOf gives it.
 */
export interface IndicatorSource {
  name: string;
  /**
   * flow: things that happen, dated (a period is the sum of its sub-periods); level: a stock at the end of
   * each bucket; distinct: things counted once in each bucket (neither is summed over time).
   */
  kind: 'flow' | 'level' | 'distinct';
  /** none; partition: each thing has one key; overlapping: a thing can have several (rows with key '' give the total). */
  keys: 'none' | 'partition' | 'overlapping';
  /** False when one thing counts in several areas: the SQL then gives a row per area of $8 (default true). */
  areaAdditive?: boolean;
  /** COUNT (default), or an amount (rows carry `amount`; `n` counts what contributed to it). */
  unit?: 'COUNT' | 'HOURS' | 'EUROS';
  /** Whom the figure is about: residents (default: the disclosure rules apply) or organisations (published exactly). */
  about?: 'residents' | 'organisations';
  sql: string;
}

export interface CountRow {
  node: string;
  bucket: string;
  key: string;
  n: number;
  amount?: number | string | null;
}

export interface Count {
  value: number | null;
  state: CountState;
  suppressed: boolean;
}

export interface IndicatorBucket {
  name: string;
  unit: 'COUNT' | 'HOURS' | 'EUROS';
  bucket: string;
  bucketEnd: string;
  total: Count;
  byKey: { key: string; count: Count }[];
  otherKeys: Count | null;
  byChildArea: { areaCode: string; count: Count }[];
}

type Database = { query(sql: string, params: unknown[]): Promise<any[]> };

/** What an indicator field needs of the request context: the database and the disclosure settings. */
export interface IndicatorContext {
  db: Database;
  config: { smallCountThreshold: number; smallCountRounding: number };
}

/**
 * The SQL parameters of an indicator source: $1 the gemeente's code (the scope), $2–$3 the days counted
 * (whole years for flows, whose years the rules work down from), $4 the interval (INTERVAL_SQL), $5 the split
 * key (closure.ts), $6–$7 the first and last days of the buckets asked, $8 the keys of the closure's areas.
 */
export function sqlParams(source: Pick<IndicatorSource, 'kind'>, closure: Closure, period: Period): unknown[] {
  const counted = source.kind === 'flow' ? coveringYears(period) : period;
  const buckets = bucketsBetween(period.from, period.to, period.interval);
  return [
    closure.nodes[0].code, isoOf(counted.from), isoOf(counted.to), INTERVAL_SQL[period.interval], closure.splitKey,
    buckets.map((b) => isoOf(b.start)), buckets.map((b) => isoOf(b.end)), closure.nodeKeys,
  ];
}

/** A source's SQL with the types of all of sqlParams' parameters, whichever it uses (PostgreSQL needs both). */
export const indicatorSql = (sql: string) =>
  `SELECT rows.* FROM (${sql}) rows CROSS JOIN (SELECT $1::text, $2::date, $3::date, $4::text, $5::text, $6::date[], $7::date[], $8::text[]) params`;

/** The periods of a cube: for flows the covering years down to the interval, otherwise the buckets asked. */
function timesOf(source: IndicatorSource, period: Period): TimeNode[] {
  if (source.kind !== 'flow') {
    return bucketsBetween(period.from, period.to, period.interval).map((b) => ({ ...b, level: period.interval, parent: -1, children: [] }));
  }
  const years = coveringYears(period);
  const times: TimeNode[] = [];
  const finest = INTERVALS.indexOf(period.interval);
  const grow = (start: number, end: number, depth: number, parent: number) => {
    times.push({ start, end, level: INTERVALS[depth], parent, children: [] });
    const index = times.length - 1;
    if (parent >= 0) times[parent].children.push(index);
    if (depth < finest) for (const child of bucketsBetween(start, end, INTERVALS[depth + 1])) grow(child.start, child.end, depth + 1, index);
  };
  for (const year of bucketsBetween(years.from, years.to, 'YEAR')) grow(year.start, year.end, 0, -1);
  return times;
}

/** Works one source's rows into a settled cube. */
export function settle(source: IndicatorSource, closure: Closure, period: Period, rows: CountRow[], rules: RuleSet): { cube: Cube; times: TimeNode[] } {
  const times = timesOf(source, period);
  const leafByStart = new Map<string, number>();
  times.forEach((t, i) => {
    if (t.level === period.interval) leafByStart.set(isoOf(t.start), i);
  });
  const keys = ['', ...[...new Set(rows.map((r) => r.key).filter((k) => k !== ''))].sort()];
  const keyIndex = new Map(keys.map((k, i) => [k, i]));
  const additive = source.areaAdditive !== false;
  const cube = new Cube({ areas: closure.nodes, times, keys, areaLines: additive, timeLines: source.kind === 'flow', keyLines: source.keys === 'partition' });
  for (const row of rows) {
    const time = leafByStart.get(String(row.bucket).slice(0, 10));
    const area = additive ? closure.nodeOfRow(row.node) : closure.nodeOfKey(row.node);
    if (time === undefined || area === undefined) throw new Error(`${source.name}: a row outside the cube (${row.node}, ${row.bucket})`);
    const n = Number(row.n);
    cube.add(area, time, keyIndex.get(row.key)!, n, source.unit && source.unit !== 'COUNT' ? Number(row.amount ?? 0) : n);
  }
  cube.sumUp();
  if (source.about === 'organisations') cube.publishExactly();
  else cube.protect(rules);
  return { cube, times };
}

function countOf(read: { state: CountState; value: number | null }): Count {
  return { ...read, suppressed: read.state === 'SUPPRESSED' || read.state === 'NOT_ALLOWED' };
}

/** The published buckets of the asked area. */
export function publish(source: IndicatorSource, closure: Closure, period: Period, cube: Cube, times: TimeNode[], rules: RuleSet): IndicatorBucket[] {
  const exact = source.about === 'organisations';
  const { keys } = cube.shape;
  const area = closure.area;
  const children = closure.nodes[area].children.filter((c) => !closure.nodes[c].own);
  const out: IndicatorBucket[] = [];
  times.forEach((time, t) => {
    if (time.level !== period.interval || time.start < period.from || time.end > period.to) return;
    const total = cube.cell(area, t, 0);
    const byKey: IndicatorBucket['byKey'] = [];
    let restCount = 0;
    let restValue = 0;
    for (let k = 1; k < keys.length; k++) {
      const cell = cube.cell(area, t, k);
      if (cube.isShown(cell)) byKey.push({ key: keys[k], count: countOf(cube.read(cell, rules, exact)) });
      else {
        restCount += cube.count[cell];
        restValue += cube.value[cell];
      }
    }
    let otherKeys: Count | null = null;
    if (source.keys === 'partition') {
      if (restCount === 0) otherKeys = { value: 0, state: 'ZERO', suppressed: false };
      else if (!cube.isShown(total) || (!exact && restCount < rules.threshold)) otherKeys = { value: null, state: 'SUPPRESSED', suppressed: true };
      else otherKeys = { value: exact ? restValue : Math.round(restValue / rules.roundingBase) * rules.roundingBase, state: 'SHOWN', suppressed: false };
    }
    out.push({
      name: source.name,
      unit: source.unit ?? 'COUNT',
      bucket: isoOf(time.start),
      bucketEnd: isoOf(time.end),
      total: countOf(cube.read(total, rules, exact)),
      byKey,
      otherKeys,
      byChildArea: children.map((c) => ({ areaCode: closure.nodes[c].code, count: countOf(cube.read(cube.cell(c, t, 0), rules, exact)) })),
    });
  });
  return out;
}

export interface Measure {
  name: string;
  bucket: string;
  value: number | null;
  state: 'SHOWN' | 'SUPPRESSED';
  suppressed: boolean;
}

/** A statistic (median days) shown only when it rests on at least `threshold` cases. */
export function measure(name: string, bucket: string, value: number | null, cases: number, threshold: number): Measure {
  return cases >= threshold && value !== null
    ? { name, bucket, value: Number(value.toFixed(1)), state: 'SHOWN', suppressed: false }
    : { name, bucket, value: null, state: 'SUPPRESSED', suppressed: true };
}

export interface IndicatorArea {
  code: string;
  statisticsGrid?: readonly StatisticsArea[] | null;
}

/** An area reference with gemeente's statistics grid, as the gateway sent it for @requires (access/representations.ts). */
export const withGrid = (area: { code: string }): IndicatorArea => ({ code: area.code, statisticsGrid: requiredFields<IndicatorArea>(area).statisticsGrid });

export interface IndicatorArgs {
  period: PeriodInput;
  names?: readonly string[] | null;
}

/** The area's own entry of the grid: the finest interval it may be cut into. */
function minimumOf(closure: Closure): Interval {
  return closure.nodes[closure.area].minimum;
}

/** A subgraph's statistics that are not counts (e.g. days to match), by name. */
export interface MeasureSource {
  names: readonly string[];
  compute(area: string, period: Period, rules: RuleSet): Promise<Measure[]>;
}

/**
 * Settled cubes of one request (keyed by its context): a flow's cube covers whole years down to the
 * interval whatever the period asked (its SQL reads neither the buckets $6–$7 nor the period itself), so
 * the aliases of one document that ask one area for several periods in the same years share it, and read
 * the same cells from one reading of the database. Levels and distinct counts are keyed by their period.
 */
const settledCubes = new WeakMap<object, Map<string, Promise<{ cube: Cube; times: TimeNode[] }>>>();

function settledCube(context: IndicatorContext, source: IndicatorSource, closure: Closure, period: Period, rules: RuleSet) {
  const params = sqlParams(source, closure, period);
  const key = JSON.stringify([source.name, closure.nodes[closure.area].code, closure.nodes.map((n) => [n.code, n.minimum, n.own]), rules,
    source.kind === 'flow' ? [...params.slice(0, 5), params[7]] : params]);
  let cubes = settledCubes.get(context);
  if (!cubes) settledCubes.set(context, (cubes = new Map()));
  let settled = cubes.get(key);
  if (!settled) {
    settled = (context.db.query(indicatorSql(source.sql), params) as Promise<CountRow[]>).then((rows) => settle(source, closure, period, rows, rules));
    cubes.set(key, settled);
    settled.catch(() => cubes!.delete(key)); // a failed reading is not kept: the next alias reads again
  }
  return settled;
}

/** The GraphQL IndicatorSet of an area: the subgraph's indicators and measures (or the ones named). */
export async function indicatorSetFor(context: IndicatorContext, area: IndicatorArea, args: IndicatorArgs, sources: IndicatorSource[], measures?: MeasureSource) {
  const { config } = context;
  const closure = closureOf(area.statisticsGrid, area.code);
  const period = checkPeriod(args.period, minimumOf(closure), area.code);
  const rules = ruleSet(config);
  const names = args.names?.length ? new Set(args.names) : null;
  for (const name of names ?? []) {
    if (!sources.some((s) => s.name === name) && !measures?.names.includes(name)) throw badInput(`"${name}" is not an indicator of this subgraph`, 'names');
  }
  const wanted = names ? sources.filter((s) => names.has(s.name)) : sources;
  const settled = await Promise.all(wanted.map((source) => settledCube(context, source, closure, period, rules)));
  const indicators = wanted.flatMap((source, i) => {
    const { cube, times } = settled[i];
    return publish(source, closure, period, cube, times, rules);
  });
  const measured = measures && (!names || measures.names.some((n) => names.has(n))) ? await measures.compute(area.code, period, rules) : [];
  return { indicators, measures: measured.filter((m) => !names || names.has(m.name)), threshold: rules.threshold, roundingBase: rules.roundingBase };
}
