// Query enumeration: which (area, indicator field, period, interval) the attacker asks, within a budget, and
// running them through the gateway as one analyst, batched (one area per document, MAX_ALIASES aliases),
// tolerating refusals. It records every answer; it infers nothing.
import { AREAS_QUERY, INDICATOR_FIELDS, MAX_ALIASES, batchDocument, periodVariable, readAreas, readBatch, type AliasAnswer, type IndicatorField } from './shape';
import { bucketEnd, bucketStart, day, iso, nextBucket, yearOf, type Day, type Interval } from './dates';

export interface Window {
  from: Day;
  to: Day;
}

export interface Period {
  from: Day;
  to: Day;
  interval: Interval;
  /** Why the attacker asks it (for the report). */
  family: string;
}

export interface Area {
  code: string;
  parent: string | null;
  children: string[];
  level: number; // 0 gemeente, 1 wijk, 2 buurt
}

export interface Task {
  area: string;
  field: IndicatorField;
  period: Period;
  /** The indicators asked (one: see planTasks). */
  names: string[];
}

export interface Observation {
  id: number;
  task: Task;
  answer: AliasAnswer;
}

export const describeTask = (t: Task): string =>
  `area(code: "${t.area}") { ${t.field}(period: { from: "${iso(t.period.from)}", to: "${iso(t.period.to)}", interval: ${t.period.interval} }, names: [${t.names.join(', ')}]) }`;

/**
 * The periods asked for an area: around the window of interest, every day as a period start (the end fixed)
 * and as a period end (the start fixed), by quarter — so any single day is the difference of two answers;
 * week boundaries inside the window, on and one day off (off-bucket starts and ends; the weekly levels);
 * the window and bucket-aligned periods by month and week; and a few long periods (years, for yearly counts
 * and levels carried over from before the window). Month boundaries ±1 are left out of the budget: inside the
 * window they cut the same day ranges as the quarter's (both cut on the first of a quarter month).
 */
export function planPeriods(window: Window): Period[] {
  const periods: Period[] = [];
  const add = (from: Day, to: Day, interval: Interval, family: string) => {
    if (from <= to && !periods.some((p) => p.from === from && p.to === to && p.interval === interval)) periods.push({ from, to, interval, family });
  };
  for (let d = window.from; d <= window.to; d++) add(d, window.to, 'QUARTER', 'sliding start');
  for (let d = window.from; d < window.to; d++) add(window.from, d, 'QUARTER', 'sliding end');
  const inside = (d: Day) => d >= window.from && d <= window.to;
  for (const interval of ['MONTH', 'WEEK'] as Interval[]) {
    for (let cut = nextBucket(bucketStart(window.from, interval), interval); interval === 'WEEK' && cut <= window.to; cut = nextBucket(cut, interval)) {
      for (const shift of [0, 1]) {
        if (inside(cut + shift)) add(cut + shift, window.to, interval, 'boundary start');
        if (inside(cut - 1 - shift)) add(window.from, cut - 1 - shift, interval, 'boundary end');
      }
    }
    add(window.from, window.to, interval, 'window');
    add(bucketStart(window.from, interval), bucketEnd(bucketStart(window.to, interval), interval), interval, 'aligned');
  }
  // periods of whole buckets around the window, by every interval: what an API that only takes whole
  // buckets still answers (from two buckets before the window to two after): each bucket alone, and every
  // run from the first bucket and to the last one, so that any dependence of a cell on `from` or on `to`
  // shows (every run of i … j cost O(n²) answers and gave nothing more against the rule set, whose cells
  // depend on neither)
  for (const interval of ['WEEK', 'MONTH', 'QUARTER', 'YEAR'] as Interval[]) {
    const starts: Day[] = [];
    let start = bucketStart(window.from, interval);
    for (let i = 0; i < 2; i++) start = bucketStart(start - 1, interval);
    for (; starts.length < 12 && start <= nextBucket(nextBucket(bucketStart(window.to, interval), interval), interval); start = nextBucket(start, interval)) starts.push(start);
    const last = starts.length - 1;
    for (let i = 0; i <= last; i++) {
      add(starts[i], bucketEnd(starts[i], interval), interval, 'whole buckets');
      add(starts[0], bucketEnd(starts[i], interval), interval, 'whole buckets');
      add(starts[i], bucketEnd(starts[last], interval), interval, 'whole buckets');
    }
  }
  const year = new Date(window.from * 86_400_000).getUTCFullYear();
  add(day(`${year - 1}-01-01`), window.to, 'QUARTER', 'long');
  add(day(`${year - 1}-01-01`), day(`${year}-12-31`), 'QUARTER', 'long');
  add(day(`${year - 1}-07-01`), day(`${year}-06-30`), 'QUARTER', 'long');
  add(day(`${year}-01-01`), window.to, 'MONTH', 'long');
  return periods;
}

export async function discoverAreas(post: (query: string, variables?: Record<string, unknown>) => Promise<any>): Promise<Area[]> {
  const rows = readAreas((await post(AREAS_QUERY)).data);
  const levelOf = (code: string): number => {
    const parent = rows.find((r) => r.code === code)?.parent;
    return parent ? levelOf(parent) + 1 : 0;
  };
  return rows.map((r) => ({ ...r, children: rows.filter((c) => c.parent === r.code).map((c) => c.code).sort(), level: levelOf(r.code) }));
}

/**
 * Budget: families of periods not worth asking a field. gemeente's grants are counted per year (its schema
 * says so), so shifting a period by days cannot change them; it gets the year-scale and bucket-aligned
 * periods only.
 */
const SKIP: Partial<Record<IndicatorField, string[]>> = { gemeenteIndicators: ['sliding start', 'sliding end', 'boundary start', 'boundary end'] };

/**
 * Every (area, period, indicator) to ask; `indicators`: every indicator of each field, as "<field>.<name>"
 * (shape.ts schemaIndicators). One indicator per alias, in the order of area, indicator, interval and years:
 * a document then asks one indicator of one area for many periods, which the gateway's cost limit allows
 * (it counts buckets × indicators) and the subgraph answers from one settled cube per indicator, interval
 * and years (kit/indicators: the cube of one request).
 */
export function planTasks(areas: Area[], window: Window, indicators: readonly string[], fields: readonly IndicatorField[] = INDICATOR_FIELDS): Task[] {
  const namesOf = (field: IndicatorField) => indicators.filter((i) => i.startsWith(`${field}.`)).map((i) => i.slice(field.length + 1));
  const years = (p: Period) => `${yearOf(p.from)}-${yearOf(p.to)}`;
  const tasks: Task[] = [];
  for (const area of areas) {
    const periods = planPeriods(window).sort((x, y) => x.interval.localeCompare(y.interval) || years(x).localeCompare(years(y)) || x.from - y.from || x.to - y.to);
    for (const field of fields) {
      for (const name of namesOf(field)) {
        for (const period of periods) if (!SKIP[field]?.includes(period.family)) tasks.push({ area: area.code, field, period, names: [name] });
      }
    }
  }
  return tasks;
}

/** What the gateway's cost limit (README, gateway/cost.ts) makes of a one-alias document, and the limit. */
export interface CostModel {
  cost(task: Task): number;
  maxCost: number;
}

/**
 * Documents of one area each, at most MAX_ALIASES aliases and within the cost limit: a document costs
 * 2 + Σ (its aliases' one-alias costs − 2) (the area field's object cost once). A task over the limit on its
 * own is asked in parts by indicator names.
 */
export function pack(tasks: Task[], model?: CostModel): Task[][] {
  const fit = (task: Task): Task[] => {
    if (!model || task.names.length < 2 || model.cost(task) <= model.maxCost) return [task];
    const half = Math.ceil(task.names.length / 2);
    return [...fit({ ...task, names: task.names.slice(0, half) }), ...fit({ ...task, names: task.names.slice(half) })];
  };
  const byArea = new Map<string, Task[]>();
  for (const task of tasks.flatMap(fit)) byArea.set(task.area, [...(byArea.get(task.area) ?? []), task]);
  const batches: Task[][] = [];
  for (const list of byArea.values()) {
    let batch: Task[] = [];
    let cost = 2;
    for (const task of list) {
      const more = model ? model.cost(task) - 2 : 0;
      if (batch.length && (batch.length >= MAX_ALIASES || (model && cost + more > model.maxCost))) {
        batches.push(batch);
        [batch, cost] = [[], 2];
      }
      batch.push(task);
      cost += more;
    }
    if (batch.length) batches.push(batch);
  }
  return batches;
}

/** A period of whole buckets: from the first day of a bucket to the last day of one (dates.ts). */
export const isWhole = (p: Period) => bucketStart(p.from, p.interval) === p.from && bucketEnd(bucketStart(p.to, p.interval), p.interval) === p.to;

/**
 * The areas that probe periods that are not whole buckets (the gemeente, its first wijk and that wijk's
 * first buurt): the README says such periods are refused; when every probe is, the other areas are not
 * asked them (gather), and when any is answered, every area is.
 */
export function probeAreas(areas: Area[]): Set<string> {
  const top = areas.find((a) => a.level === 0)!;
  const wijk = areas.find((a) => a.code === top.children[0]);
  return new Set([top.code, ...(wijk ? [wijk.code, ...wijk.children.slice(0, 1)] : [])]);
}

export interface RunStats {
  requests: number;
  answered: number;
  retried: number;
  refused: Record<string, number>;
}

/** Error codes that say "not now" rather than "not allowed" (README, Reliability). */
const TRANSIENT = new Set(['SUBGRAPH_TIMEOUT', 'SUBGRAPH_UNAVAILABLE', 'QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE', 'SHUTTING_DOWN', 'NETWORK', 'HTTP_503']);

/** Asks every task, one area per document, `concurrency` documents at a time. */
export async function runTasks(
  post: (query: string, variables?: Record<string, unknown>) => Promise<{ status: number; data?: any; errors?: any[] }>,
  tasks: Task[],
  concurrency = 2,
  model?: CostModel,
): Promise<{ observations: Observation[]; stats: RunStats }> {
  const batches = pack(tasks, model);
  const observations: Observation[] = [];
  const stats: RunStats = { requests: 0, answered: 0, retried: 0, refused: {} };
  const ask = async (batch: Task[]): Promise<AliasAnswer[]> => {
    const variables: Record<string, unknown> = { area: batch[0].area };
    batch.forEach((t, i) => {
      variables[`p${i}`] = periodVariable(iso(t.period.from), iso(t.period.to), t.period.interval);
      variables[`n${i}`] = t.names;
    });
    stats.requests++;
    let response;
    try {
      response = await post(batchDocument(batch.map((t) => t.field)), variables);
    } catch (error) {
      response = { status: 0, errors: [{ message: String(error), extensions: { code: 'NETWORK' } }] };
    }
    const answers = readBatch(response, batch.length);
    // a refusal of the whole document (not of single fields, e.g. over the cost limit): ask it again in halves
    if (batch.length > 1 && !response.data && answers.every((a) => !a.ok)) {
      const half = Math.ceil(batch.length / 2);
      return [...(await ask(batch.slice(0, half))), ...(await ask(batch.slice(half)))];
    }
    return answers;
  };
  // transient failures (a busy hub) are asked again, in smaller documents; refusals are recorded as they are
  for (let attempt = 0; batches.length; attempt++) {
    const retry: Task[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < batches.length) {
          const batch = batches[next++];
          const answers = await ask(batch);
          batch.forEach((task, i) => {
            const answer = answers[i];
            if (!answer.ok && TRANSIENT.has(answer.code) && attempt < 3) return void retry.push(task);
            if (answer.ok) stats.answered++;
            else stats.refused[answer.code] = (stats.refused[answer.code] ?? 0) + 1;
            observations.push({ id: observations.length, task, answer });
          });
        }
      }),
    );
    stats.retried += retry.length;
    const size = Math.max(1, MAX_ALIASES >> (2 * (attempt + 1)));
    batches.length = 0;
    for (let i = 0; i < retry.length; i += size) batches.push(retry.slice(i, i + size));
  }
  return { observations, stats };
}
