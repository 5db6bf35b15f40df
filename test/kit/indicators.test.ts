// Small-count suppression and roll-ups, with hand-computed cases (threshold 5).
import { bucketStarts, indicator, suppress, type CountRow } from '../../subgraphs/kit/indicators';

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

describe('suppress', () => {
  test('nothing small: everything shown, zeros too', () => {
    expect(suppress(17, [5, 12, 0], 5)).toEqual({ total: shown(17), parts: [shown(5), shown(12), shown(0)] });
  });

  test('one small part also hides the smallest other part, so total minus parts reveals nothing', () => {
    // 3 is small; with only it hidden, 20 − 6 − 11 = 3 would give it away → 6 is hidden too
    expect(suppress(20, [3, 6, 11], 5)).toEqual({ total: shown(20), parts: [hidden, hidden, shown(11)] });
  });

  test('hidden parts adding up below the threshold pull in another part', () => {
    // 1 + 2 = 3 < 5: the difference 30 − 27 would show that two cells hold 3 people → 7 is hidden as well
    expect(suppress(30, [1, 2, 7, 20], 5)).toEqual({ total: shown(30), parts: [hidden, hidden, hidden, shown(20)] });
  });

  test('two small parts that together reach the threshold are enough', () => {
    expect(suppress(25, [2, 3, 20], 5)).toEqual({ total: shown(25), parts: [hidden, hidden, shown(20)] });
  });

  test('a small total hides everything', () => {
    expect(suppress(4, [1, 3], 5)).toEqual({ total: hidden, parts: [hidden, hidden] });
  });
});

describe('indicator roll-up', () => {
  const rows: CountRow[] = [
    { area_code: 'BU03070101', bucket: '2026-09-01', key: 'SHOPPING', n: 7 },
    { area_code: 'BU03070101', bucket: '2026-09-01', key: 'GARDEN', n: 5 },
    { area_code: 'BU03070102', bucket: '2026-09-01', key: 'SHOPPING', n: 3 },
    { area_code: 'BU03070201', bucket: '2026-09-01', key: 'GARDEN', n: 9 },
  ];

  test('a wijk sums its buurten; a small buurt is hidden together with its sibling', () => {
    const [wijk] = indicator('requestsOpened', 'WK030701', 'GM0307', rows, ['2026-09-01'], 5);
    expect(wijk.total).toEqual(shown(15));
    expect(wijk.byKey).toEqual([{ key: 'GARDEN', count: shown(5) }, { key: 'SHOPPING', count: shown(10) }]);
    // BU…0102 has 3: hidden, and so is BU…0101 (15 − 12 = 3 otherwise)
    expect(wijk.byChildArea).toEqual([{ areaCode: 'BU03070101', count: hidden }, { areaCode: 'BU03070102', count: hidden }]);
  });

  test('a buurt the wijk view hides is hidden on its own too (no difference attack across queries)', () => {
    const [buurt] = indicator('requestsOpened', 'BU03070101', 'WK030701', rows, ['2026-09-01'], 5);
    expect(buurt.total).toEqual(hidden);
    expect(buurt.byKey.every((k) => k.count.suppressed)).toBe(true);
  });

  test('the gemeente rolls up its wijken; an empty bucket is zero', () => {
    const [september, october] = indicator('requestsOpened', 'GM0307', null, rows, ['2026-09-01', '2026-10-01'], 5);
    expect(september.total).toEqual(shown(24));
    expect(september.byChildArea).toEqual([{ areaCode: 'WK030701', count: shown(15) }, { areaCode: 'WK030702', count: shown(9) }]);
    expect(october.total).toEqual(shown(0));
  });
});

test('bucket starts for weeks (Monday), months and quarters', () => {
  expect(bucketStarts('2026-11-04', '2026-11-20', 'WEEK')).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  expect(bucketStarts('2026-09-15', '2026-11-02', 'MONTH')).toEqual(['2026-09-01', '2026-10-01', '2026-11-01']);
  expect(bucketStarts('2026-02-10', '2026-08-01', 'QUARTER')).toEqual(['2026-01-01', '2026-04-01', '2026-07-01']);
});
