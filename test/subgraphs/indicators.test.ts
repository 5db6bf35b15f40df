// Indicators against hand-computed values on a small fixture (threshold 5, rounding base 5), straight from
// each subgraph with gemeente's statistics grid in the representation (as the gateway sends it).
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import type { TestCaller } from '../support/callers';
import { areaWithGrid } from '../support/statistics-grid';

const ANALYST: TestCaller = { org: 'org-gm-01', roles: ['analyst'] };
let welzijn: TestSubgraph;
let zorg: TestSubgraph;
let bewoners: TestSubgraph;

beforeAll(async () => {
  [welzijn, zorg, bewoners] = await Promise.all([
    startTestSubgraph('welzijn', { seed: false }),
    startTestSubgraph('zorg', { seed: false }),
    startTestSubgraph('bewoners', { seed: false }),
  ]);
  // welzijn: 11 hulpvragen of person-001 in buurt BU03070101 on 3 September (8 by phone, 3 on the web);
  // f1–f5 matched after 1–5 days, f6 proposed to v6 after 17 days and declined (too far), f6–f11 still NEW.
  // Volunteers v1–v5 registered on 1 September, v6 (person-001 herself) on 5 October.
  await welzijn.subgraph.db.query(`
    INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, created_at, respond_by)
    SELECT 'f' || i, 'SHOPPING', 'LIGHT_ONE_OFF', CASE WHEN i <= 5 THEN 'MATCHED' ELSE 'NEW' END, CASE WHEN i <= 8 THEN 'PHONE' ELSE 'WEB' END,
           'BU03070101', 'person-001', 'org-wz-01', timestamptz '2026-09-03 10:00Z', CASE WHEN i BETWEEN 6 AND 8 THEN date '2026-09-20' ELSE date '2026-10-15' END
    FROM generate_series(1, 11) AS i;
    INSERT INTO help_request_transition (help_request_id, from_status, to_status, at, by_subject, by_organisation_id)
    SELECT 'f' || i, NULL, 'NEW', timestamptz '2026-09-03 10:00Z', 'test', 'org-wz-01' FROM generate_series(1, 11) AS i;
    INSERT INTO help_request_transition (help_request_id, from_status, to_status, at, by_subject, by_organisation_id)
    SELECT 'f' || i, 'OPEN', 'MATCHED', timestamptz '2026-09-03 10:00Z' + i * interval '1 day', 'test', 'org-wz-01' FROM generate_series(1, 5) AS i;
    INSERT INTO volunteer (id, organisation_id, home_area_code, categories, registered_at, person_id)
    SELECT 'v' || i, 'org-wz-01', 'BU03070101', '{SHOPPING}', CASE WHEN i <= 5 THEN timestamptz '2026-09-01 09:00Z' ELSE timestamptz '2026-10-05 09:00Z' END,
           CASE WHEN i = 6 THEN 'person-001' END
    FROM generate_series(1, 6) AS i;
    INSERT INTO match (id, help_request_id, volunteer_id, request_organisation_id, volunteer_organisation_id, status, made_by, proposed_at, started_at, follow_up_due, follow_up_outcome, hours_given)
    SELECT 'm' || i, 'f' || i, 'v' || i, 'org-wz-01', 'org-wz-01', 'ACTIVE', CASE WHEN i <= 3 THEN 'MATCHER' ELSE 'SELF' END,
           timestamptz '2026-09-03 10:00Z' + i * interval '1 day', timestamptz '2026-09-15 10:00Z', timestamptz '2026-10-02 10:00Z', 'GOING_WELL', 2.5 * i
    FROM generate_series(1, 5) AS i;
    INSERT INTO match (id, help_request_id, volunteer_id, request_organisation_id, volunteer_organisation_id, status, made_by, proposed_at, ended_at, decline_reason)
    VALUES ('m6', 'f6', 'v1', 'org-wz-01', 'org-wz-01', 'DECLINED', 'MATCHER', '2026-09-20 10:00Z', '2026-09-21 10:00Z', 'TOO_FAR');`);
  // zorg: in September 7 referrals for debts and 2 for loneliness in BU03070101, one of them returned to
  // informal help; and one debts signal in BU03070102.
  await zorg.subgraph.db.query(`
    INSERT INTO referral (id, kind, direction, reason, urgency, status, person_id, organisation_id, referrer_organisation_id, area_code, created_at, status_changed_at)
    SELECT 'r' || i, 'REFERRAL', 'TO_PROFESSIONAL', CASE WHEN i <= 7 THEN 'DEBTS' ELSE 'LONELINESS' END, 'NORMAL',
           CASE WHEN i = 9 THEN 'RETURNED_TO_INFORMAL_HELP' ELSE 'SENT' END, 'person-001', 'org-zg-01', 'org-wz-01', 'BU03070101',
           timestamptz '2026-09-10 10:00Z', timestamptz '2026-09-25 10:00Z'
    FROM generate_series(1, 9) AS i;
    INSERT INTO referral (id, kind, direction, reason, urgency, status, person_id, organisation_id, referrer_organisation_id, area_code, created_at, status_changed_at)
    VALUES ('s1', 'SIGNAL', 'TO_PROFESSIONAL', 'DEBTS', 'NORMAL', 'SENT', 'person-002', 'org-zg-01', 'org-wz-01', 'BU03070102', '2026-09-10 10:00Z', '2026-09-10 10:00Z');`);
  // bewoners: a koffieochtend for older people living alone held 4 times (10, 12, 8, 20 people) and an eettafel for
  // older people twice (6, 9), by two cooperatives.
  await bewoners.subgraph.db.query(`
    INSERT INTO activity (id, title, kind, organisation_id, area_code, starts_at, ends_at, published, target_groups)
    VALUES ('a1', 'Koffieochtend', 'COFFEE_MORNING', 'org-bw-01', 'BU03070101', '2026-09-01 09:00Z', '2026-09-01 11:00Z', true, '{OLDER_65,LIVING_ALONE}'),
           ('a2', 'Eettafel', 'SHARED_MEAL', 'org-bw-02', 'BU03070101', '2026-09-01 17:00Z', '2026-09-01 19:00Z', true, '{OLDER_65}');
    INSERT INTO activity_session (activity_id, held_on, participants)
    VALUES ('a1', '2026-09-02', 10), ('a1', '2026-09-09', 12), ('a1', '2026-09-16', 8), ('a1', '2026-09-23', 20), ('a2', '2026-09-04', 6), ('a2', '2026-09-18', 9);`);
});
afterAll(() => Promise.all([welzijn, zorg, bewoners].map((s) => s?.close())));

const CELLS = `indicators { name unit bucket bucketEnd total { value state suppressed } byKey { key count { value state } } otherKeys { value state }
  byChildArea { areaCode count { value state } } } measures { name bucket value state suppressed } threshold roundingBase`;

async function indicators(subgraph: TestSubgraph, field: string, area = 'BU03070101', period = '{ from: "2026-09-01", to: "2026-10-31", interval: MONTH }') {
  const response = await subgraph.entities('Area', [areaWithGrid(area)], `${field}(period: ${period}) { ${CELLS} }`, ANALYST);
  expect(response.errors).toBeUndefined();
  const set = response.data._entities[0][field];
  const get = (name: string, bucket: string) => set.indicators.find((i: any) => i.name === name && i.bucket === bucket);
  return { set, get };
}

const shown = (value: number) => ({ value, state: 'SHOWN', suppressed: false });
const hidden = { value: null, state: 'SUPPRESSED', suppressed: true };
const zero = { value: 0, state: 'ZERO', suppressed: false };
const short = ({ value, state }: { value: number | null; state: string }) => ({ value, state });

test('welzijn: requests, channels, matches, declines, follow-ups, hours, volunteers, supply and demand, reciprocity', async () => {
  const { set, get } = await indicators(welzijn, 'welzijnIndicators');
  expect([set.threshold, set.roundingBase]).toEqual([5, 5]);
  expect(get('requestsOpened', '2026-09-01')).toMatchObject({ unit: 'COUNT', bucketEnd: '2026-09-30', total: shown(10) }); // 11, rounded
  expect(get('requestsOpened', '2026-09-01').byKey).toEqual([{ key: 'SHOPPING', count: short(shown(10)) }]);
  expect(get('requestsOpened', '2026-10-01').total).toEqual(zero);
  // WEB (3) is small; PHONE (8) is hidden with it, or 11 − 8 would give it away; neither is named
  expect(get('requestsByChannel', '2026-09-01').byKey).toEqual([]);
  expect(get('requestsByChannel', '2026-09-01').otherKeys).toEqual(short(shown(10)));
  // 4 by a matcher (m1–m3, m6), 2 self-made: both small
  expect(get('matchesMade', '2026-09-01').total).toEqual(shown(5));
  expect(get('matchesMade', '2026-09-01').byKey).toEqual([]);
  expect(get('matchesDeclined', '2026-09-01').total).toEqual(hidden); // one, too far: not named
  expect(get('matchesDeclined', '2026-09-01').byKey).toEqual([]);
  expect(get('followUpOutcomes', '2026-10-01').byKey).toEqual([{ key: 'GOING_WELL', count: short(shown(5)) }]);
  // 2.5 + 5 + 7.5 + 10 + 12.5 = 37.5 hours from five matches
  expect(get('hoursGiven', '2026-10-01')).toMatchObject({ unit: 'HOURS', total: shown(40) });
  expect(get('activeVolunteers', '2026-09-01').total).toEqual(shown(5));
  expect(get('newVolunteers', '2026-10-01').total).toEqual(hidden); // one new volunteer
  expect(get('requestersWhoHelp', '2026-10-01').total).toEqual(hidden); // she asked for help in September
  expect(get('requestersWhoHelp', '2026-09-01').total).toEqual(zero);
  expect(get('volunteersAvailable', '2026-09-01').total).toEqual(shown(5)); // v1–v5 at the end of September
  expect(get('volunteersAvailable', '2026-10-01').byKey).toEqual([{ key: 'SHOPPING', count: short(shown(5)) }]); // six
  expect(get('volunteersAvailable', '2026-10-01').otherKeys).toBeNull(); // a volunteer has several categories
  expect(get('openBacklog', '2026-09-01').total).toEqual(shown(5)); // f6–f11 still NEW at the end of September
  expect(get('openBacklog', '2026-09-01').byKey).toEqual([{ key: 'SHOPPING', count: short(shown(5)) }]);
  expect(get('overdueResponses', '2026-09-01').total).toEqual(hidden); // f6–f8: three
  expect(get('overdueResponses', '2026-10-01').total).toEqual(shown(5)); // all six by the end of October
  // days to match 1, 2, 3, 4, 5 and 17: median 3.5, 90th percentile 11
  expect(set.measures).toEqual([
    { name: 'medianDaysToMatch', bucket: '2026-09-01', value: 3.5, state: 'SHOWN', suppressed: false },
    { name: 'p90DaysToMatch', bucket: '2026-09-01', value: 11, state: 'SHOWN', suppressed: false },
  ]);
});

test('welzijn: the wijk shows its buurten, every one, and the named indicators only', async () => {
  const { set } = await indicators(welzijn, 'welzijnIndicators', 'WK030701');
  const september = set.indicators.find((i: any) => i.name === 'requestsOpened' && i.bucket === '2026-09-01');
  expect(september.byChildArea).toEqual([
    { areaCode: 'BU03070101', count: short(shown(10)) },
    { areaCode: 'BU03070102', count: short(zero) },
  ]);
  const named = await welzijn.entities('Area', [areaWithGrid('WK030701')], 'welzijnIndicators(period: { from: "2026-09-01", to: "2026-09-30" }, names: [requestsOpened, p90DaysToMatch]) { indicators { name } measures { name } }', ANALYST);
  expect(named.data._entities[0].welzijnIndicators).toEqual({ indicators: [{ name: 'requestsOpened' }], measures: [{ name: 'p90DaysToMatch' }] });
});

test('hours given are recorded with the follow-up, 0 to 1000', async () => {
  const record = (hours: number) =>
    welzijn.query('mutation ($h: Float) { recordFollowUp(id: "m1", outcome: GOING_WELL, satisfaction: 4, hoursGiven: $h) { match { id } userErrors { field code } } }', { h: hours }, { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' });
  expect((await record(1001)).data.recordFollowUp.userErrors).toEqual([{ field: ['hoursGiven'], code: 'BAD_USER_INPUT' }]);
  expect((await record(-1)).data.recordFollowUp.userErrors).toEqual([{ field: ['hoursGiven'], code: 'BAD_USER_INPUT' }]);
  const recorded = await record(3.25);
  expect(recorded.errors).toBeUndefined();
  expect(recorded.data.recordFollowUp).toEqual({ match: { id: 'm1' }, userErrors: [] });
  const [{ hours_given }] = await welzijn.subgraph.db.query("SELECT hours_given FROM match WHERE id = 'm1'");
  expect(Number(hours_given)).toBe(3.3);
  await welzijn.subgraph.db.query("UPDATE match SET hours_given = 2.5 WHERE id = 'm1'");
});

test('zorg: referrals by reason and direction, returned to informal help; a lone signal is hidden and not named', async () => {
  const { get } = await indicators(zorg, 'zorgIndicators');
  // DEBTS 7, LONELINESS 2: 2 is small, and DEBTS is hidden with it (9 − 7 = 2 otherwise)
  expect(get('referralsByReason', '2026-09-01').total).toEqual(shown(10));
  expect(get('referralsByReason', '2026-09-01').byKey).toEqual([]);
  expect(get('referralsByReason', '2026-09-01').otherKeys).toEqual(short(shown(10)));
  // 9 to a professional here, hidden: the wijk shows 10, and its other buurt holds the lone signal; the
  // total, which is that one key, goes with it
  expect(get('referralsByDirection', '2026-09-01').byKey).toEqual([]);
  expect(get('referralsByDirection', '2026-09-01').total).toEqual(hidden);
  expect(get('returnedToInformalHelp', '2026-09-01').total).toEqual(hidden);
  // none here, but hidden: the other buurt of the wijk has one signal, and a zero beside it would say so
  expect(get('signalsByReason', '2026-09-01').total).toEqual(hidden);
  const wijk = await indicators(zorg, 'zorgIndicators', 'WK030701');
  const signals = wijk.get('signalsByReason', '2026-09-01');
  expect(signals.total).toEqual(hidden);
  expect(signals.byKey).toEqual([]); // the buurt's one DEBTS signal is not named anywhere
  // and the buurt without one beside it is hidden too, or "suppressed" would say "at least one"
  expect(signals.byChildArea.map((c: any) => c.count)).toEqual([short(hidden), short(hidden)]);
});

test('bewoners: activities held, participants, reach among target groups, active cooperatives', async () => {
  const { get } = await indicators(bewoners, 'bewonersIndicators');
  expect(get('activitiesHeld', '2026-09-01').total).toEqual(shown(5)); // 6
  expect(get('activitiesHeld', '2026-09-01').byKey).toEqual([]); // 4 and 2: both small
  expect(get('participants', '2026-09-01').byKey).toEqual([{ key: 'COFFEE_MORNING', count: short(shown(50)) }, { key: 'SHARED_MEAL', count: short(shown(15)) }]);
  expect(get('participants', '2026-09-01').total).toEqual(shown(65));
  expect(get('participantsByTargetGroup', '2026-09-01').byKey).toEqual([{ key: 'LIVING_ALONE', count: short(shown(50)) }, { key: 'OLDER_65', count: short(shown(65)) }]);
  expect(get('participantsByTargetGroup', '2026-09-01').total).toEqual(shown(65));
  expect(get('activeCooperatives', '2026-09-01').total).toEqual(hidden); // two
});

test('indicators need an analyst (or hub administrator), whole buckets, and the area’s minimum interval', async () => {
  const ask = (area: string, period: string, caller: TestCaller = ANALYST) =>
    welzijn.entities('Area', [areaWithGrid(area)], `welzijnIndicators(period: ${period}) { indicators { name } }`, caller);
  expect((await ask('BU03070101', '{ from: "2026-09-01", to: "2026-09-30" }', { org: 'org-wz-01', roles: ['matcher'] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await ask('BU03070101', '{ from: "2026-09-30", to: "2026-09-01" }')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
  // the differencing of the old dashboard: a period from D and one from D + 1 would give the day D
  const shifted = await ask('BU03070101', '{ from: "2026-09-02", to: "2026-12-31", interval: QUARTER }');
  expect(shifted.errors?.[0]).toMatchObject({
    message: 'period.from must be the first day of a quarter: 2026-09-02 lies in the quarter from 2026-07-01 to 2026-09-30',
    extensions: { code: 'BAD_USER_INPUT', field: 'period.from' },
  });
  // Soesterkwartier-Noord has 4,700 inhabitants: quarters at the finest, and quarters by default
  const small = await ask('BU03070201', '{ from: "2026-09-01", to: "2026-09-30", interval: MONTH }');
  expect(small.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.interval' });
  const byDefault = await welzijn.entities('Area', [areaWithGrid('BU03070201')], 'welzijnIndicators(period: { from: "2026-07-01", to: "2026-12-31" }) { indicators { bucket } }', ANALYST);
  expect([...new Set(byDefault.data._entities[0].welzijnIndicators.indicators.map((i: any) => i.bucket))]).toEqual(['2026-07-01', '2026-10-01']);
  const withoutGrid = await welzijn.entities('Area', [{ code: 'BU03070101' }], 'welzijnIndicators(period: { from: "2026-09-01", to: "2026-09-30" }) { indicators { name } }', ANALYST);
  expect(withoutGrid.errors?.[0].message).toMatch(/statistics grid/);
});

test('gemeente: grants per year to the partners working in the area; euros by organisation and theme, exactly', async () => {
  const gemeente = await startTestSubgraph('gemeente');
  try {
    const response = await gemeente.entities(
      'Area',
      [{ code: 'GM0307' }],
      `statisticsGrid { code minimumInterval }
       gemeenteIndicators(period: { from: "2025-01-01", to: "2026-12-31", interval: QUARTER }) { indicators { name bucket unit total { value state } byKey { key count { value } } } }`,
      ANALYST,
    );
    expect(response.errors).toBeUndefined();
    const area = response.data._entities[0];
    expect(area.statisticsGrid).toContainEqual({ code: 'BU03070201', minimumInterval: 'QUARTER' });
    expect(area.statisticsGrid).toContainEqual({ code: 'WK030703', minimumInterval: 'WEEK' });
    const counted = (name: string) => area.gemeenteIndicators.indicators.filter((i: any) => i.name === name && i.total.value);
    // the demo town funds its 12 welfare organisations and 12 cooperatives in 2025 and in 2026 (hub/demo/gemeente.ts)
    expect(counted('grants').map((i: any) => [i.bucket, i.total.value])).toEqual([['2025-01-01', 25], ['2026-01-01', 25]]);
    const [{ euros }] = await gemeente.subgraph.db.query('SELECT sum(amount_euros)::int AS euros FROM "grant" WHERE year = 2026');
    const byTheme = counted('grantEurosByTheme').find((i: any) => i.bucket === '2026-01-01');
    expect(byTheme).toMatchObject({ unit: 'EUROS', total: { value: euros, state: 'SHOWN' } });
    expect(byTheme.byKey.reduce((sum: number, k: any) => sum + k.count.value, 0)).toBe(euros);
    const byOrganisation = counted('grantEurosByOrganisation').find((i: any) => i.bucket === '2026-01-01');
    expect(byOrganisation.byKey).toHaveLength(24);
  } finally {
    await gemeente.close();
  }
});
