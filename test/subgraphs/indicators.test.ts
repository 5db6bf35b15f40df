// Indicators against hand-computed values on a small fixture (threshold 5), straight from each subgraph.
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import type { TestCaller } from '../support/callers';

const ANALYST: TestCaller = { org: 'org-gm-01', roles: ['analyst'] };
const PERIOD = { from: '2026-09-01', to: '2026-10-31', interval: 'MONTH' };
let welzijn: TestSubgraph;
let zorg: TestSubgraph;
let bewoners: TestSubgraph;

beforeAll(async () => {
  [welzijn, zorg, bewoners] = await Promise.all([
    startTestSubgraph('welzijn', { seed: false }),
    startTestSubgraph('zorg', { seed: false }),
    startTestSubgraph('bewoners', { seed: false }),
  ]);
  // welzijn: 11 hulpvragen in buurt BU03070101 in September; f1–f5 matched after 1–5 days, f6–f11 still NEW.
  await welzijn.subgraph.db.query(`
    INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, created_at, respond_by)
    SELECT 'f' || i, 'SHOPPING', 'LIGHT_ONE_OFF', CASE WHEN i <= 5 THEN 'MATCHED' ELSE 'NEW' END, CASE WHEN i <= 6 THEN 'PHONE' ELSE 'WEB' END,
           'BU03070101', 'person-001', 'org-wz-01', timestamptz '2026-09-03 10:00Z', CASE WHEN i BETWEEN 6 AND 8 THEN date '2026-09-20' ELSE date '2026-10-15' END
    FROM generate_series(1, 11) AS i;
    INSERT INTO help_request_transition (help_request_id, from_status, to_status, at, by_subject, by_organisation_id)
    SELECT 'f' || i, NULL, 'NEW', timestamptz '2026-09-03 10:00Z', 'test', 'org-wz-01' FROM generate_series(1, 11) AS i;
    INSERT INTO help_request_transition (help_request_id, from_status, to_status, at, by_subject, by_organisation_id)
    SELECT 'f' || i, 'OPEN', 'MATCHED', timestamptz '2026-09-03 10:00Z' + i * interval '1 day', 'test', 'org-wz-01' FROM generate_series(1, 5) AS i;
    INSERT INTO volunteer (id, organisation_id, home_area_code, categories, registered_at)
    SELECT 'v' || i, 'org-wz-01', 'BU03070101', '{SHOPPING}', CASE WHEN i <= 5 THEN timestamptz '2026-09-01 09:00Z' ELSE timestamptz '2026-10-05 09:00Z' END
    FROM generate_series(1, 6) AS i;
    INSERT INTO match (id, help_request_id, volunteer_id, request_organisation_id, volunteer_organisation_id, status, made_by, proposed_at, started_at, follow_up_due, follow_up_outcome)
    SELECT 'm' || i, 'f' || i, 'v' || i, 'org-wz-01', 'org-wz-01', 'ACTIVE', CASE WHEN i <= 3 THEN 'MATCHER' ELSE 'SELF' END,
           timestamptz '2026-09-03 10:00Z' + i * interval '1 day', timestamptz '2026-09-15 10:00Z', timestamptz '2026-10-02 10:00Z', 'GOING_WELL'
    FROM generate_series(1, 5) AS i;`);
  // zorg: six referrals in September (4 × DEBTS, 2 × LONELINESS), one returned to informal help.
  await zorg.subgraph.db.query(`
    INSERT INTO referral (id, kind, direction, reason, urgency, status, person_id, organisation_id, referrer_organisation_id, area_code, created_at, status_changed_at)
    SELECT 'r' || i, 'REFERRAL', 'TO_PROFESSIONAL', CASE WHEN i <= 4 THEN 'DEBTS' ELSE 'LONELINESS' END, 'NORMAL',
           CASE WHEN i = 6 THEN 'RETURNED_TO_INFORMAL_HELP' ELSE 'SENT' END, 'person-001', 'org-zg-01', 'org-wz-01', 'BU03070101',
           timestamptz '2026-09-10 10:00Z', timestamptz '2026-09-25 10:00Z'
    FROM generate_series(1, 6) AS i;`);
  // bewoners: a koffieochtend held 4 times (10, 12, 8, 20 people) and an eettafel twice (6, 9), by two cooperatives.
  await bewoners.subgraph.db.query(`
    INSERT INTO activity (id, title, kind, organisation_id, area_code, starts_at, ends_at, published)
    VALUES ('a1', 'Koffieochtend', 'COFFEE_MORNING', 'org-bw-01', 'BU03070101', '2026-09-01 09:00Z', '2026-09-01 11:00Z', true),
           ('a2', 'Eettafel', 'SHARED_MEAL', 'org-bw-02', 'BU03070101', '2026-09-01 17:00Z', '2026-09-01 19:00Z', true);
    INSERT INTO activity_session (activity_id, held_on, participants)
    VALUES ('a1', '2026-09-02', 10), ('a1', '2026-09-09', 12), ('a1', '2026-09-16', 8), ('a1', '2026-09-23', 20), ('a2', '2026-09-04', 6), ('a2', '2026-09-18', 9);`);
});
afterAll(() => Promise.all([welzijn, zorg, bewoners].map((s) => s?.close())));

async function indicators(subgraph: TestSubgraph, field: string) {
  const response = await subgraph.entities(
    'Area',
    [{ code: 'BU03070101' }],
    `${field}(period: { from: "${PERIOD.from}", to: "${PERIOD.to}", interval: ${PERIOD.interval} }) {
      indicators { name bucket total { value suppressed } byKey { key count { value suppressed } } } measures { name bucket value suppressed } }`,
    ANALYST,
  );
  expect(response.errors).toBeUndefined();
  const set = response.data._entities[0][field];
  const get = (name: string, bucket: string) => set.indicators.find((i: any) => i.name === name && i.bucket === bucket);
  return { set, get };
}

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

test('welzijn: requests, channels, matches, time to match, backlog, overdue, volunteers', async () => {
  const { set, get } = await indicators(welzijn, 'welzijnIndicators');
  expect(get('requestsOpened', '2026-09-01').total).toEqual(shown(11));
  expect(get('requestsOpened', '2026-09-01').byKey).toEqual([{ key: 'SHOPPING', count: shown(11) }]);
  expect(get('requestsOpened', '2026-10-01').total).toEqual(shown(0));
  expect(get('requestsByChannel', '2026-09-01').byKey).toEqual([{ key: 'PHONE', count: shown(6) }, { key: 'WEB', count: shown(5) }]);
  // 3 by a matcher, 2 self-made: 2 is small, so 3 goes too (5 − 3 would reveal it)
  expect(get('matchesMade', '2026-09-01').total).toEqual(shown(5));
  expect(get('matchesMade', '2026-09-01').byKey).toEqual([{ key: 'MATCHER', count: hidden }, { key: 'SELF', count: hidden }]);
  expect(get('followUpOutcomes', '2026-10-01').byKey).toEqual([{ key: 'GOING_WELL', count: shown(5) }]);
  expect(get('activeVolunteers', '2026-09-01').total).toEqual(shown(5));
  expect(get('activeVolunteers', '2026-10-01').total).toEqual(shown(5));
  expect(get('newVolunteers', '2026-09-01').total).toEqual(shown(5));
  expect(get('newVolunteers', '2026-10-01').total).toEqual(hidden); // one new volunteer
  expect(get('openBacklog', '2026-09-01').total).toEqual(shown(6)); // f6–f11 still NEW at the end of September
  expect(get('overdueResponses', '2026-09-01').total).toEqual(hidden); // f6–f8: three
  expect(get('overdueResponses', '2026-10-01').total).toEqual(shown(6)); // all six by the end of October
  // days to match 1, 2, 3, 4, 5: median 3, 90th percentile 4.6
  expect(set.measures).toEqual([
    { name: 'medianDaysToMatch', bucket: '2026-09-01', value: 3, suppressed: false },
    { name: 'p90DaysToMatch', bucket: '2026-09-01', value: 4.6, suppressed: false },
  ]);
});

test('zorg: referrals by reason and direction, returned to informal help', async () => {
  const { get } = await indicators(zorg, 'zorgIndicators');
  // DEBTS 4, LONELINESS 2: 2 is small, 4 is hidden with it
  expect(get('referralsByReason', '2026-09-01').total).toEqual(shown(6));
  expect(get('referralsByReason', '2026-09-01').byKey).toEqual([{ key: 'DEBTS', count: hidden }, { key: 'LONELINESS', count: hidden }]);
  expect(get('referralsByDirection', '2026-09-01').byKey).toEqual([{ key: 'TO_PROFESSIONAL', count: shown(6) }]);
  expect(get('returnedToInformalHelp', '2026-09-01').total).toEqual(hidden);
  expect(get('signalsByReason', '2026-09-01').total).toEqual(shown(0));
});

test('bewoners: activities held, participants, active cooperatives', async () => {
  const { get } = await indicators(bewoners, 'bewonersIndicators');
  expect(get('activitiesHeld', '2026-09-01').total).toEqual(shown(6));
  expect(get('activitiesHeld', '2026-09-01').byKey).toEqual([{ key: 'COFFEE_MORNING', count: hidden }, { key: 'SHARED_MEAL', count: hidden }]);
  expect(get('participants', '2026-09-01').byKey).toEqual([{ key: 'COFFEE_MORNING', count: shown(50) }, { key: 'SHARED_MEAL', count: shown(15) }]);
  expect(get('participants', '2026-09-01').total).toEqual(shown(65));
  expect(get('activeCooperatives', '2026-09-01').total).toEqual(hidden); // two
});

test('indicators need an analyst (or hub administrator), and a sane period', async () => {
  const matcher = await welzijn.entities('Area', [{ code: 'BU03070101' }], 'welzijnIndicators(period: { from: "2026-09-01", to: "2026-09-30" }) { indicators { name } }', { org: 'org-wz-01', roles: ['matcher'] });
  expect(matcher.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const backwards = await welzijn.entities('Area', [{ code: 'BU03070101' }], 'welzijnIndicators(period: { from: "2026-09-30", to: "2026-09-01" }) { indicators { name } }', ANALYST);
  expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
});

test('gemeente: grants per year to the partners working in the area', async () => {
  const gemeente = await startTestSubgraph('gemeente');
  try {
    const response = await gemeente.entities(
      'Area',
      [{ code: 'GM0307' }],
      'gemeenteIndicators(period: { from: "2025-01-01", to: "2026-12-31", interval: QUARTER }) { indicators { name bucket total { value suppressed } byKey { key count { value } } } }',
      ANALYST,
    );
    expect(response.errors).toBeUndefined();
    const grants = response.data._entities[0].gemeenteIndicators.indicators.filter((i: any) => i.total.value);
    // the demo town funds its 12 welfare organisations and 12 cooperatives in 2025 and in 2026 (hub/demo/gemeente.ts)
    expect(grants.map((i: any) => [i.bucket, i.total.value])).toEqual([['2025-01-01', 24], ['2026-01-01', 24]]);
  } finally {
    await gemeente.close();
  }
});
