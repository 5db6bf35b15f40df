// The disclosure rule set (subgraphs/kit/indicators) without a database: hand-computed cases at threshold 5
// and rounding base 5, and on random towns the properties the rules promise, checked against the truth:
// every answer that shows a cell shows it the same way; every shown cell is at least the threshold; and in
// every line (a total and its parts along areas, periods or keys, as the answers show them) whose total is
// shown, the hidden parts are none, or at least two holding at least the threshold together.
import { seededRandom } from '../../hub/demo/random';
import { closureOf, type StatisticsArea } from '../../subgraphs/kit/indicators/closure';
import { bucketEnd, bucketStart, bucketsBetween, checkPeriod, coveringYears, isoOf, toDay, type Interval, type Period } from '../../subgraphs/kit/indicators/periods';
import { publish, settle, type CountRow, type IndicatorBucket, type IndicatorSource } from '../../subgraphs/kit/indicators';
import type { RuleSet } from '../../subgraphs/kit/indicators/disclosure';

const RULES: RuleSet = { threshold: 5, roundingBase: 5 };
const EXACT: RuleSet = { threshold: 5, roundingBase: 1 };

const GRID: StatisticsArea[] = [
  { code: 'GM0307', minimumInterval: 'WEEK' },
  { code: 'WK030701', minimumInterval: 'WEEK' },
  { code: 'WK030702', minimumInterval: 'WEEK' },
  { code: 'BU03070101', minimumInterval: 'WEEK' },
  { code: 'BU03070102', minimumInterval: 'WEEK' },
  { code: 'BU03070103', minimumInterval: 'QUARTER' }, // a small buurt
  { code: 'BU03070201', minimumInterval: 'WEEK' },
  { code: 'BU03070202', minimumInterval: 'WEEK' },
];

/** A counted thing: where (a buurt, or a wijk or the gemeente itself), when, which key. */
interface Fact {
  area: string;
  day: string;
  key: string;
  /** Euros, hours: 1 unless given. */
  amount?: number;
}

/** What a subgraph's SQL gives for these facts (kit/indicator-sql.ts nodeOf and bucketOf), done in JS. */
function rowsFor(facts: Fact[], split: string, period: Period, kind: IndicatorSource['kind']): CountRow[] {
  const counted = kind === 'flow' ? coveringYears(period) : period;
  const rows = new Map<string, CountRow>();
  for (const fact of facts) {
    const day = toDay(fact.day);
    if (day < counted.from || day > counted.to) continue;
    const key = fact.area.slice(2);
    const node = key.slice(0, (key.startsWith(split) ? split.length : 4) + 2);
    const bucket = isoOf(bucketStart(day, period.interval));
    const id = `${node} ${bucket} ${fact.key}`;
    const row = rows.get(id) ?? { node, bucket, key: fact.key, n: 0, amount: 0 };
    row.n++;
    row.amount = Number(row.amount) + (fact.amount ?? 1);
    rows.set(id, row);
  }
  return [...rows.values()];
}

const SOURCE: IndicatorSource = { name: 'requestsOpened', kind: 'flow', keys: 'partition', sql: '' };

/** Lines the rules reported they could not settle, as "area first-day key" (see Cube.conflicts). */
const unsettled = new Set<string>();

function answer(facts: Fact[], area: string, from: string, to: string, interval: Interval, rules = RULES, source = SOURCE): IndicatorBucket[] {
  const closure = closureOf(GRID, area);
  const period = checkPeriod({ from, to, interval }, closure.nodes[closure.area].minimum, area);
  const { cube, times } = settle(source, closure, period, rowsFor(facts, closure.splitKey, period, source.kind), rules);
  for (const cell of cube.conflicts) {
    const { area: code, start, key } = cube.describe(cell);
    unsettled.add(`${code} ${isoOf(start)} ${key || '*'}`);
  }
  return publish(source, closure, period, cube, times, rules);
}

const facts = (area: string, day: string, key: string, times: number): Fact[] => Array.from({ length: times }, () => ({ area, day, key }));
const shown = (value: number) => ({ value, state: 'SHOWN', suppressed: false });
const zero = { value: 0, state: 'ZERO', suppressed: false };
const hidden = { value: null, state: 'SUPPRESSED', suppressed: true };
const notAllowed = { value: null, state: 'NOT_ALLOWED', suppressed: true };

describe('the calendar', () => {
  test('weeks run Monday to Sunday and are cut at the end of a month', () => {
    const weeks = bucketsBetween(toDay('2026-08-24'), toDay('2026-09-13'), 'WEEK').map((b) => `${isoOf(b.start)}/${isoOf(b.end)}`);
    expect(weeks).toEqual(['2026-08-24/2026-08-30', '2026-08-31/2026-08-31', '2026-09-01/2026-09-06', '2026-09-07/2026-09-13']);
    expect(isoOf(bucketStart(toDay('2026-11-18'), 'QUARTER'))).toBe('2026-10-01');
    expect(isoOf(bucketEnd(toDay('2026-02-10'), 'MONTH'))).toBe('2026-02-28');
    expect(isoOf(bucketEnd(toDay('2026-02-10'), 'YEAR'))).toBe('2026-12-31');
  });

  test('a period starts on a bucket’s first day and ends on a bucket’s last day, or it is refused', () => {
    const refused = (period: { from: string; to: string; interval?: Interval }, minimum: Interval = 'WEEK') => {
      try {
        checkPeriod(period, minimum, 'BU03070101');
      } catch (error: any) {
        return { field: error.extensions.field, message: error.message };
      }
      return null;
    };
    expect(refused({ from: '2026-09-01', to: '2026-09-30', interval: 'MONTH' })).toBeNull();
    expect(refused({ from: '2026-09-02', to: '2026-09-30', interval: 'MONTH' })).toEqual({
      field: 'period.from', message: 'period.from must be the first day of a month: 2026-09-02 lies in the month from 2026-09-01 to 2026-09-30',
    });
    expect(refused({ from: '2026-09-01', to: '2026-10-01', interval: 'QUARTER' })?.field).toBe('period.from');
    expect(refused({ from: '2026-07-01', to: '2026-10-01', interval: 'QUARTER' })?.field).toBe('period.to');
    expect(refused({ from: '2026-09-01', to: '2026-09-06', interval: 'WEEK' })).toBeNull(); // Tue 1 – Sun 6 September
    expect(refused({ from: '2026-09-02', to: '2026-09-06', interval: 'WEEK' })?.message).toMatch(/a Monday, or the 1st of a month/);
    expect(refused({ from: '2026-09-30', to: '2026-09-01', interval: 'MONTH' })?.field).toBe('period.to');
    expect(refused({ from: '2026-13-01', to: '2026-09-01', interval: 'MONTH' })?.field).toBe('period.from');
    expect(refused({ from: '2020-01-01', to: '2026-12-31', interval: 'YEAR' })?.message).toBe('a period is at most three years');
  });

  test('a small area gets quarters or years: by default, and finer is refused', () => {
    expect(checkPeriod({ from: '2026-01-01', to: '2026-12-31' }, 'WEEK', 'BU03070101').interval).toBe('MONTH');
    expect(checkPeriod({ from: '2026-01-01', to: '2026-12-31' }, 'QUARTER', 'BU03070103').interval).toBe('QUARTER');
    expect(checkPeriod({ from: '2026-01-01', to: '2026-12-31' }, 'YEAR', 'BU03070103').interval).toBe('YEAR');
    expect(() => checkPeriod({ from: '2026-01-01', to: '2026-12-31', interval: 'MONTH' }, 'QUARTER', 'BU03070103')).toThrow(
      'BU03070103 has too few inhabitants for figures per month: ask per quarter or coarser',
    );
  });
});

describe('one line at a time', () => {
  test('zero, shown (rounded) and suppressed are three states; a suppressed key is not named', () => {
    const data = [...facts('BU03070101', '2026-09-03', 'SHOPPING', 12), ...facts('BU03070101', '2026-09-04', 'WALKING', 3), ...facts('BU03070101', '2026-09-05', 'GARDEN', 6)];
    const [september, october] = answer(data, 'BU03070101', '2026-09-01', '2026-10-31', 'MONTH');
    expect(september.total).toEqual(shown(20)); // 21, rounded
    // WALKING (3) is small; with it alone hidden, 21 − 12 − 6 would give it away, so GARDEN (6) goes too
    expect(september.byKey).toEqual([{ key: 'SHOPPING', count: shown(10) }]);
    expect(september.otherKeys).toEqual(shown(10)); // the two unnamed keys hold 9
    expect(october.total).toEqual(zero);
    expect(october.byKey).toEqual([]);
    expect(october.otherKeys).toEqual(zero);
  });

  test('a total below the threshold hides everything in it, without names', () => {
    const [september] = answer([...facts('BU03070101', '2026-09-03', 'SHOPPING', 3), ...facts('BU03070101', '2026-09-04', 'WALKING', 1)], 'BU03070101', '2026-09-01', '2026-09-30', 'MONTH');
    expect(september.total).toEqual(hidden);
    expect(september.byKey).toEqual([]);
    expect(september.otherKeys).toEqual(hidden);
  });

  test('along the areas: a small buurt is hidden with a sibling, and alike in its own answer', () => {
    const data = [...facts('BU03070101', '2026-09-03', 'A', 12), ...facts('BU03070102', '2026-09-03', 'A', 3), ...facts('BU03070201', '2026-09-03', 'A', 30)];
    const [wijk] = answer(data, 'WK030701', '2026-09-01', '2026-09-30', 'MONTH');
    expect(wijk.total).toEqual(shown(15));
    expect(wijk.byChildArea).toEqual([
      { areaCode: 'BU03070101', count: hidden },
      { areaCode: 'BU03070102', count: hidden },
      { areaCode: 'BU03070103', count: notAllowed }, // too small for months, even when nothing happened
    ]);
    const [buurt] = answer(data, 'BU03070101', '2026-09-01', '2026-09-30', 'MONTH');
    expect(buurt.total).toEqual(hidden);
  });

  test('along the periods: a quarter shown with one small month hides another month', () => {
    const data = [...facts('BU03070101', '2026-07-03', 'A', 3), ...facts('BU03070101', '2026-08-03', 'A', 10), ...facts('BU03070101', '2026-09-03', 'A', 11)];
    const [quarter] = answer(data, 'BU03070101', '2026-07-01', '2026-09-30', 'QUARTER');
    expect(quarter.total).toEqual(shown(25)); // 24
    expect(answer(data, 'BU03070101', '2026-07-01', '2026-09-30', 'MONTH').map((m) => m.total)).toEqual([hidden, hidden, shown(10)]);
  });

  test('along the weeks of a month, which sum to it', () => {
    // September 2026: Tue 1 – Sun 6, then four whole weeks to Sun 27, then Mon 28 – Wed 30
    const data = [...facts('BU03070101', '2026-09-02', 'A', 2), ...facts('BU03070101', '2026-09-08', 'A', 9), ...facts('BU03070101', '2026-09-15', 'A', 8), ...facts('BU03070101', '2026-09-29', 'A', 6)];
    const weeks = answer(data, 'BU03070101', '2026-09-01', '2026-09-30', 'WEEK');
    expect(weeks.map((w) => w.bucket)).toEqual(['2026-09-01', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28']);
    // the empty week beside the hidden ones is hidden too: "suppressed" must not say "at least 1"
    expect(weeks.map((w) => w.total)).toEqual([hidden, shown(10), shown(10), hidden, hidden]);
  });

  test('rows coded to the wijk itself are an unpublished part: the wijk minus its buurten cannot show them', () => {
    const data = [...facts('WK030701', '2026-09-03', 'A', 2), ...facts('BU03070101', '2026-09-03', 'A', 10), ...facts('BU03070102', '2026-09-03', 'A', 9)];
    const [wijk] = answer(data, 'WK030701', '2026-09-01', '2026-09-30', 'MONTH');
    expect(wijk.total).toEqual(shown(20)); // 21
    // 21 − 10 − 9 = 2 otherwise: the smaller buurt is hidden with the wijk's own 2
    expect(wijk.byChildArea.map((c) => c.count)).toEqual([shown(10), hidden, notAllowed]);
  });

  test('a small buurt is not published per month; its siblings cover for it', () => {
    const data = [
      ...facts('BU03070103', '2026-09-03', 'A', 7), ...facts('BU03070101', '2026-09-03', 'A', 20), ...facts('BU03070102', '2026-09-03', 'A', 12),
      ...facts('BU03070101', '2026-08-03', 'A', 10), ...facts('BU03070102', '2026-08-03', 'A', 10),
    ];
    const [august, september] = answer(data, 'WK030701', '2026-08-01', '2026-09-30', 'MONTH');
    // 39 − 20 − 12 would be the small buurt's 7: the smaller sibling is hidden with it; then its quarter minus
    // September would give its August, which is hidden too, and so on around the rectangle of both siblings
    expect(september.byChildArea.map((c) => c.count)).toEqual([hidden, hidden, notAllowed]);
    expect(august.byChildArea.map((c) => c.count)).toEqual([hidden, hidden, notAllowed]);
    expect(september.total).toEqual(shown(40));
    const [quarter] = answer(data, 'WK030701', '2026-07-01', '2026-09-30', 'QUARTER');
    expect(quarter.byChildArea.map((c) => c.count)).toEqual([shown(30), shown(20), shown(5)]); // 30, 22 and 7
  });

  test('figures about organisations are published exactly', () => {
    const euros: IndicatorSource = { name: 'grantEurosByTheme', kind: 'flow', keys: 'partition', unit: 'EUROS', about: 'organisations', sql: '' };
    const grant = { area: 'BU03070101', day: '2026-01-01', key: 'Eettafels', amount: 12_345 };
    const [year] = answer([grant], 'BU03070101', '2026-01-01', '2026-12-31', 'YEAR', RULES, euros);
    expect(year.total).toEqual(shown(12_345)); // one grant: not about residents, so not suppressed nor rounded
    expect(year.byKey).toEqual([{ key: 'Eettafels', count: shown(12_345) }]);
  });
});

describe('on random towns', () => {
  const BUURTEN = GRID.filter((a) => a.code.startsWith('BU')).map((a) => a.code);
  const KEYS = ['A', 'B', 'C'];
  const QUESTIONS: { area: string; from: string; to: string; interval: Interval }[] = [];
  for (const area of GRID.map((a) => a.code)) {
    QUESTIONS.push({ area, from: '2026-01-01', to: '2026-12-31', interval: 'YEAR' }, { area, from: '2026-01-01', to: '2026-12-31', interval: 'QUARTER' });
    if (area !== 'BU03070103') {
      QUESTIONS.push({ area, from: '2026-01-01', to: '2026-12-31', interval: 'MONTH' }, { area, from: '2026-07-01', to: '2026-09-30', interval: 'MONTH' });
      QUESTIONS.push({ area, from: '2026-08-01', to: '2026-10-31', interval: 'WEEK' }, { area, from: '2026-09-01', to: '2026-09-30', interval: 'WEEK' });
    }
  }

  function town(seed: number): Fact[] {
    const random = seededRandom(seed);
    const all: Fact[] = [];
    const areas = [...BUURTEN, ...BUURTEN, ...BUURTEN, 'WK030701', 'GM0307'];
    for (let i = 0; i < 900; i++) {
      const day = toDay('2026-01-01') + Math.floor(random.next() ** 1.5 * 365);
      all.push({ area: random.pick(areas), day: isoOf(day), key: random.pick(KEYS) });
    }
    return all;
  }

  /** Every cell any answer shows, with the truth: (area, bucket start, bucket end, key) → state, value. */
  function published(data: Fact[], rules: RuleSet) {
    const cells = new Map<string, { state: string; value: number | null; seen: string }>();
    const conflicts: string[] = [];
    const record = (id: string, count: { state: string; value: number | null }, seen: string) => {
      const before = cells.get(id);
      if (before && (before.state !== count.state || before.value !== count.value)) conflicts.push(`${id}: ${JSON.stringify(before)} vs ${JSON.stringify(count)} (${seen})`);
      if (!before) cells.set(id, { ...count, seen });
    };
    for (const q of QUESTIONS) {
      for (const b of answer(data, q.area, q.from, q.to, q.interval, rules)) {
        const at = `${b.bucket}/${b.bucketEnd}`;
        const seen = `${q.area} ${q.interval} ${q.from}–${q.to}`;
        record(`${q.area} ${at} *`, b.total, seen);
        for (const k of b.byKey) record(`${q.area} ${at} ${k.key}`, k.count, seen);
        for (const c of b.byChildArea) record(`${c.areaCode} ${at} *`, c.count, seen);
      }
    }
    return { cells, conflicts };
  }

  const truthOf = (data: Fact[], area: string, start: string, end: string, key: string) =>
    data.filter((f) => f.area.slice(2).startsWith(area.slice(2)) && f.day >= start && f.day <= end && (key === '*' || f.key === key)).length;

  test.each([1, 2, 3])('seed %i: the same cell reads the same in every answer, and nothing below the threshold is shown', (seed) => {
    const data = town(seed);
    const { cells, conflicts } = published(data, RULES);
    expect(conflicts).toEqual([]);
    expect(cells.size).toBeGreaterThan(300);
    const below = [...cells].filter(([id, c]) => {
      const [area, at, key] = id.split(' ');
      const [start, end] = at.split('/');
      const truth = truthOf(data, area, start, end, key);
      return (c.state === 'SHOWN' && truth < RULES.threshold) || (c.state === 'ZERO' && truth !== 0) || (c.state === 'SHOWN' && Math.abs(c.value! - truth) > 2);
    });
    expect(below).toEqual([]);
    expect([...cells.values()].filter((c) => c.state === 'SUPPRESSED').length).toBeGreaterThan(20); // the data set has small cells
  });

  test.each([1, 2, 3])('seed %i: no line whose total is shown has its hidden parts reveal less than the threshold', (seed) => {
    const data = town(seed);
    const { cells } = published(data, EXACT);
    // a key an answer about the area and bucket does not list is zero or hidden: hidden, to an attacker
    const state = (area: string, start: string, end: string, key: string): string | undefined =>
      cells.get(`${area} ${start}/${end} ${key}`)?.state ?? (key !== '*' && cells.has(`${area} ${start}/${end} *`) ? 'unlisted' : undefined);
    const faults: string[] = [];
    const check = (what: string, total: string | undefined, parts: { state: string | undefined; truth: number }[], own: number) => {
      if (total !== 'SHOWN' && total !== 'ZERO') return;
      if (parts.some((p) => p.state === undefined)) return; // a part no answer shows: the line is not published
      const hiddenParts = parts.filter((p) => p.state !== 'SHOWN' && p.state !== 'ZERO' && p.truth > 0).map((p) => p.truth);
      if (own > 0) hiddenParts.push(own);
      const sum = hiddenParts.reduce((s, n) => s + n, 0);
      if (hiddenParts.length && (hiddenParts.length < 2 || sum < RULES.threshold) && !unsettled.has(what.split(' ').slice(0, 3).join(' '))) faults.push(`${what}: hidden ${hiddenParts}`);
    };
    const areas = GRID.map((a) => a.code);
    const buckets = (interval: Interval) => bucketsBetween(toDay('2026-01-01'), toDay('2026-12-31'), interval);
    for (const interval of ['YEAR', 'QUARTER', 'MONTH', 'WEEK'] as Interval[]) {
      for (const b of buckets(interval)) {
        const [start, end] = [isoOf(b.start), isoOf(b.end)];
        for (const key of ['*', ...KEYS]) {
          // areas: a wijk or the gemeente and its children (and what is coded to it itself)
          for (const parent of areas.filter((a) => !a.startsWith('BU'))) {
            const children = areas.filter((a) => a.length === parent.length + 2 && a.slice(2).startsWith(parent.slice(2)));
            const own = data.filter((f) => f.area === parent && f.day >= start && f.day <= end && (key === '*' || f.key === key)).length;
            check(`${parent} ${start} ${key} by area`, state(parent, start, end, key), children.map((c) => ({ state: state(c, start, end, key), truth: truthOf(data, c, start, end, key) })), own);
          }
          // periods: the bucket and its sub-periods
          const finer = { YEAR: 'QUARTER', QUARTER: 'MONTH', MONTH: 'WEEK', WEEK: null }[interval] as Interval | null;
          if (finer) {
            for (const area of areas) {
              const subs = bucketsBetween(b.start, b.end, finer).map((s) => [isoOf(s.start), isoOf(s.end)]);
              check(`${area} ${start} ${key} by ${finer}`, state(area, start, end, key), subs.map(([s, e]) => ({ state: state(area, s, e, key), truth: truthOf(data, area, s, e, key) })), 0);
            }
          }
        }
        // keys: the total and its keys (a key not listed is hidden or zero)
        for (const area of areas) {
          const total = state(area, start, end, '*');
          if (total === undefined) continue;
          check(`${area} ${start} * by key`, total, KEYS.map((k) => ({ state: state(area, start, end, k), truth: truthOf(data, area, start, end, k) })), 0);
        }
      }
    }
    expect(faults.slice(0, 10)).toEqual([]);
  });
});
