// The sociale kaart through the gateway: the index pulled from every partner's feed, every filter,
// pagination, freshness after publishing, recurrence, the iCalendar feeds, the HSDS 3.0 export
// (validated against the official schemas) and a partner that is down.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { captureLogs } from '../../platform/log';
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
const COORDINATOR: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'] };
const ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'] };

const ask = (query: string, variables?: Record<string, unknown>, caller?: TestCaller): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

const SEARCH = `query ($filter: SocialMapFilter, $first: Int, $after: String) {
  socialMap(filter: $filter, first: $first, after: $after) {
    edges { cursor node { kind id title description themes targetGroups free relevance distanceKm nextOccurrence recurrence
      area { code } organisation { id } item { __typename ... on Activity { title } ... on Service { name } ... on Venue { name } ... on VolunteerVacancy { title } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function search(filter: Record<string, unknown>, first = 100) {
  const response = await ask(SEARCH, { filter, first });
  expect(response.errors).toBeUndefined();
  return response.data.socialMap.edges.map((e: any) => e.node);
}

async function refresh() {
  const response = await ask(`mutation { refreshSocialMap { feeds { partner lastError } ${USER_ERRORS} } }`, {}, ADMIN);
  expect(response.errors).toBeUndefined();
  expect(response.data.refreshSocialMap.userErrors).toEqual([]);
  return response.data.refreshSocialMap.feeds;
}

beforeAll(async () => {
  process.env.SOCIAL_MAP_PULL_INTERVAL_MS = '250';
  hub = await startTestHub();
  await refresh();
});
afterAll(async () => {
  await hub?.close();
  delete process.env.SOCIAL_MAP_PULL_INTERVAL_MS;
});

test('the index holds every partner’s published items, pulled from their feeds', async () => {
  const status = await refresh();
  expect(status.map((s: any) => s.partner)).toEqual(['bewoners', 'gemeente', 'welzijn', 'zorg']);
  for (const s of status) expect(s.lastError).toBeNull();
  const counts = await Promise.all([
    hub.subgraphs.bewoners.db.query("SELECT count(*)::int AS n FROM activity WHERE published AND status = 'SCHEDULED'"),
    hub.subgraphs.zorg.db.query('SELECT count(*)::int AS n FROM service WHERE published'),
    hub.subgraphs.gemeente.db.query('SELECT count(*)::int AS n FROM venue'),
    hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS n FROM volunteer_vacancy WHERE published'),
  ]);
  const expected = counts.map(([row]) => row.n);
  const hits = await search({});
  const byKind = ['ACTIVITY', 'SERVICE', 'VENUE', 'VOLUNTEER_VACANCY'].map((kind) => hits.filter((h: any) => h.kind === kind).length);
  expect(byKind).toEqual(expected);
  // details resolve from the owners through federation
  for (const hit of hits) expect(hit.item).not.toBeNull();
  expect(hits.find((h: any) => h.kind === 'SERVICE').item.__typename).toBe('Service');
});

describe('filters', () => {
  test('free text: Dutch words, prefixes, typos and accents', async () => {
    const koffie = await search({ text: 'koffie' });
    expect(koffie.length).toBeGreaterThan(0);
    for (const hit of koffie) expect(`${hit.title} ${hit.description}`.toLowerCase()).toMatch(/koffie/);
    expect((await search({ text: 'koff' })).map((h: any) => h.id)).toEqual(expect.arrayContaining(koffie.map((h: any) => h.id))); // prefix
    expect((await search({ text: 'kofieochtend' })).map((h: any) => h.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Koffieochtend/)])); // typo
    expect((await search({ text: 'repair cafe' }))[0].title).toMatch(/^Repair Café/); // accent
    expect(await search({ text: 'xqzwv' })).toEqual([]);
    const relevance = koffie.map((h: any) => h.relevance);
    expect(relevance).toEqual([...relevance].sort((a, b) => b - a));
  });

  test('themes, target groups, kinds, free only, organisation', async () => {
    for (const hit of await search({ themes: ['FOOD'] })) expect(hit.themes).toContain('FOOD');
    for (const hit of await search({ targetGroups: ['OLDER_65', 'OLDER_75'] })) expect(hit.targetGroups.some((g: string) => g === 'OLDER_65' || g === 'OLDER_75')).toBe(true);
    const services = await search({ kinds: ['SERVICE', 'VOLUNTEER_VACANCY'] });
    expect(new Set(services.map((h: any) => h.kind))).toEqual(new Set(['SERVICE', 'VOLUNTEER_VACANCY']));
    const free = await search({ freeOnly: true });
    expect(free.every((h: any) => h.free)).toBe(true);
    expect(free.length).toBeLessThan((await search({})).length);
    for (const hit of await search({ organisation: 'org-bw-03' })) expect(hit.organisation.id).toBe('org-bw-03');
  });

  test('area includes its sub-areas', async () => {
    const hits = await search({ area: 'WK030703' });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.area.code).toMatch(/^(WK030703|BU030703\d\d)$/);
    // hits from a buurt inside the wijk, not only ones on the wijk itself (an exact-code filter would pass on those)
    const inBuurt = hits.filter((hit: any) => hit.area.code.startsWith('BU030703'));
    expect(inBuurt.length).toBeGreaterThan(0);
    const [{ n }] = await hub.subgraphs.gemeente.db.query("SELECT count(*)::int AS n FROM social_map_item WHERE area_code LIKE 'BU030703%' OR area_code = 'WK030703'");
    expect(hits.length).toBe(Math.min(n, 100));
  });

  test('distance from a point or an area centre, within a radius, nearest first', async () => {
    const hits = await search({ near: { latitude: 52.1741, longitude: 5.4052, radiusKm: 1.5 } });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.distanceKm).toBeLessThanOrEqual(1.5);
    const distances = hits.map((h: any) => h.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const byArea = await search({ near: { area: 'WK030703', radiusKm: 1.5 } });
    expect(byArea.map((h: any) => h.id).sort()).toEqual(hits.map((h: any) => h.id).sort()); // the wijk's centroid is that point
  });

  test('date window: activities taking place in it, recurring ones by their occurrences', async () => {
    const from = new Date(Date.now() + 7 * 86_400_000);
    const to = new Date(from.getTime() + 2 * 86_400_000);
    const hits = await search({ kinds: ['ACTIVITY'], from: from.toISOString(), to: to.toISOString() });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(new Date(hit.nextOccurrence).getTime()).toBeGreaterThanOrEqual(from.getTime());
      expect(new Date(hit.nextOccurrence).getTime()).toBeLessThanOrEqual(to.getTime());
    }
    const all = await search({ kinds: ['ACTIVITY'] });
    expect(hits.length).toBeLessThan(all.length);
  });

  test.each([
    [{ near: { latitude: 52.1, longitude: 5.4, radiusKm: 0 } }, 'filter.near.radiusKm'],
    [{ near: { radiusKm: 2 } }, 'filter.near'],
    [{ area: 'Amersfoort' }, 'filter.area'],
    [{ from: '2026-12-10T00:00:00Z', to: '2026-12-01T00:00:00Z' }, 'filter.to'],
    [{ text: 'x'.repeat(201) }, 'filter.text'],
  ])('bad filter %j is refused with the field at fault', async (filter, field) => {
    const response = await ask(SEARCH, { filter, first: 5 });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

test('paging through the kaart: stable cursors, no duplicates, no gaps (with and without ranking)', async () => {
  for (const filter of [{}, { text: 'koffie buurt hulp' }, { near: { latitude: 52.16, longitude: 5.39, radiusKm: 5 } }]) {
    const all = (await search(filter, 100)).map((h: any) => `${h.kind}:${h.id}`);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i += 1) {
      const response: GraphQLResponse = await ask(SEARCH, { filter, first: 7, after });
      paged.push(...response.data.socialMap.edges.map((e: any) => `${e.node.kind}:${e.node.id}`));
      if (!response.data.socialMap.pageInfo.hasNextPage) break;
      after = response.data.socialMap.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  }
  const bad = await ask(SEARCH, { first: 5, after: 'not-a-cursor' });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

describe('publishing', () => {
  const CREATE = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id published status schedule { freq byDay dtstart opensAt closesAt } } ${USER_ERRORS} } }`;
  /** Runs one of the activity mutations on `id`; answers its payload. */
  const change = async (mutation: string, id: string, caller: TestCaller = COORDINATOR, args = '') =>
    (await ask(`mutation { ${mutation}(id: "${id}"${args}) { activity { title published status } ${USER_ERRORS} } }`, {}, caller)).data[mutation];
  const activityInput = (overrides: Record<string, unknown> = {}) => ({
    clientMutationId: `publish-${Math.random()}`,
    title: 'Soeptafel Zonnehof',
    description: 'Elke donderdag verse soep met buren.',
    kind: 'SHARED_MEAL',
    themes: ['FOOD', 'SOCIAL_CONTACT'],
    targetGroups: ['LIVING_ALONE'],
    venueId: 'venue-02',
    area: 'BU03070301',
    startsAt: '2026-11-05T11:30:00Z',
    endsAt: '2026-11-05T13:30:00Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    ...overrides,
  });

  /** Polls the kaart (the indexer runs every 250 ms here) until `check` holds; returns the seconds it took. */
  async function until(check: () => Promise<boolean>): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 10_000) {
      if (await check()) return (Date.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the kaart did not catch up within 10 s');
  }
  const onKaart = async (id: string) => (await search({ text: 'soeptafel' })).some((h: any) => h.id === id);

  test('publish appears within seconds, update follows, unpublish and cancel remove it; retries are safe', async () => {
    const input = activityInput();
    const created = await ask(CREATE, { input }, COORDINATOR);
    expect(created.errors).toBeUndefined();
    expect(created.data.createActivity.userErrors).toEqual([]);
    const activity = created.data.createActivity.activity;
    expect(activity).toMatchObject({ published: false, status: 'SCHEDULED', schedule: { freq: 'WEEKLY', byDay: 'TH', dtstart: '2026-11-05', opensAt: '12:30', closesAt: '14:30' } }); // local time, UTC+1 in November
    expect((await ask(CREATE, { input }, COORDINATOR)).data.createActivity.activity.id).toBe(activity.id);
    expect(await onKaart(activity.id)).toBe(false); // a draft

    expect(await change('publishActivity', activity.id)).toMatchObject({ activity: { published: true }, userErrors: [] });
    const seconds = await until(() => onKaart(activity.id));
    expect(seconds).toBeLessThan(5);
    const [hit] = (await search({ text: 'soeptafel' })).filter((h: any) => h.id === activity.id);
    expect(new Date(hit.nextOccurrence).getUTCDay()).toBe(4); // a Thursday
    expect(hit.item.title).toBe('Soeptafel Zonnehof');

    expect(await change('updateActivity', activity.id, COORDINATOR, ', input: { title: "Soeptafel De Zonnehof" }')).toMatchObject({ activity: { title: 'Soeptafel De Zonnehof' }, userErrors: [] });
    await until(async () => (await search({ text: 'soeptafel' })).some((h: any) => h.id === activity.id && h.title === 'Soeptafel De Zonnehof'));

    expect(await change('unpublishActivity', activity.id)).toMatchObject({ activity: { published: false }, userErrors: [] });
    await until(async () => !(await onKaart(activity.id)));
    await change('publishActivity', activity.id);
    await until(() => onKaart(activity.id));
    expect(await change('cancelActivity', activity.id)).toMatchObject({ activity: { status: 'CANCELLED' }, userErrors: [] });
    await until(async () => !(await onKaart(activity.id)));
    expect(await change('cancelActivity', activity.id)).toMatchObject({ activity: { status: 'CANCELLED' }, userErrors: [] }); // safe to retry
    // a cancelled activity is final: publishing or changing it clashes with its state, and nothing changes
    for (const [mutation, args] of [['publishActivity', ''], ['updateActivity', ', input: { title: "Weer open" }']]) {
      expect(await change(mutation, activity.id, COORDINATOR, args)).toEqual({ activity: null, userErrors: [expect.objectContaining({ code: 'CONFLICT', field: ['id'] })] });
    }
    expect(await hub.subgraphs.bewoners.db.query('SELECT title, status FROM activity WHERE id = $1', [activity.id])).toEqual([{ title: 'Soeptafel De Zonnehof', status: 'CANCELLED' }]);
  });

  test.each([
    ['endsAt', { endsAt: '2026-11-05T10:00:00Z' }],
    ['recurrence', { recurrence: 'FREQ=HOURLY' }],
    ['recurrence', { recurrence: 'every tuesday' }],
    ['title', { title: '' }],
    ['area', { area: 'GM0307' }],
  ])('invalid %s is refused, nothing written', async (field, overrides) => {
    const [{ before }] = await hub.subgraphs.bewoners.db.query('SELECT count(*)::int AS before FROM activity');
    const response = await ask(CREATE, { input: activityInput(overrides) }, COORDINATOR);
    expect(response.data.createActivity).toEqual({ activity: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', field] })] });
    expect((await hub.subgraphs.bewoners.db.query('SELECT count(*)::int AS n FROM activity'))[0].n).toBe(before);
  });

  test('only the organising cooperative changes an activity; drafts stay hidden from others', async () => {
    const OTHER: TestCaller = { org: 'org-bw-02', roles: ['cooperative-coordinator'] };
    const created = await ask(CREATE, { input: activityInput({ title: 'Conceptactiviteit' }) }, COORDINATOR);
    const id = created.data.createActivity.activity.id;
    // a draft does not exist for another cooperative: NOT_FOUND, as for an unknown id
    for (const mutation of ['publishActivity', 'unpublishActivity', 'cancelActivity']) {
      expect(await change(mutation, id, OTHER)).toEqual({ activity: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })] });
    }
    expect(await change('updateActivity', id, OTHER, ', input: { title: "Overgenomen" }')).toMatchObject({ activity: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await ask(`{ activity(id: "${id}") { title } }`)).data.activity).toBeNull();
    expect((await ask(`{ activity(id: "${id}") { title } }`, {}, COORDINATOR)).data.activity.title).toBe('Conceptactiviteit');
    // a published one is public, yet only its cooperative changes it
    await change('publishActivity', id);
    for (const [mutation, args] of [['unpublishActivity', ''], ['cancelActivity', ''], ['updateActivity', ', input: { title: "Overgenomen" }']]) {
      const refused = await ask(`mutation { ${mutation}(id: "${id}"${args}) { activity { id } } }`, {}, OTHER);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await hub.subgraphs.bewoners.db.query('SELECT title, published, status FROM activity WHERE id = $1', [id])).toEqual([{ title: 'Conceptactiviteit', published: true, status: 'SCHEDULED' }]);
  });
});

test('recurring activities are expanded to their occurrences for a year', async () => {
  const [row] = await hub.subgraphs.bewoners.db.query("SELECT id, starts_at FROM activity WHERE recurrence = 'FREQ=WEEKLY;BYDAY=TU,FR' AND published ORDER BY id LIMIT 1");
  const occurrences: { starts_at: Date }[] = await hub.subgraphs.gemeente.db.query('SELECT starts_at FROM social_map_occurrence WHERE item_id = $1 ORDER BY starts_at', [row.id]);
  expect(occurrences.length).toBeGreaterThanOrEqual(100); // two a week for a year
  expect(occurrences.length).toBeLessThanOrEqual(106);
  // on its days and at its time of day on the Amsterdam clock, in winter and in summer time alike
  const local = (moment: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moment);
  const [, startTime] = local(new Date(row.starts_at)).split(' ');
  const offsets = new Set<string>();
  for (const { starts_at } of occurrences) {
    const [weekday, time] = local(starts_at).split(' ');
    expect(['Tue', 'Fri']).toContain(weekday);
    expect(time).toBe(startTime);
    offsets.add(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).format(starts_at).slice(-6));
  }
  expect([...offsets].sort()).toEqual(['+01:00', '+02:00']); // the year spans both clock changes
});

test('every recurring demo activity starts on a day its rule includes', async () => {
  const rows = await hub.subgraphs.bewoners.db.query('SELECT id, starts_at, recurrence FROM activity WHERE recurrence IS NOT NULL');
  expect(rows.length).toBeGreaterThan(20);
  const amsterdam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', day: 'numeric' });
  for (const row of rows) {
    const [weekday, dayOfMonth] = amsterdam.format(row.starts_at).split(' '); // "Thu 8"
    const day = weekday.slice(0, 2).toUpperCase();
    const nth = Math.ceil(Number(dayOfMonth) / 7); // 1SA: the first Saturday of the month
    const byDay: string[] = /BYDAY=([^;]+)/.exec(row.recurrence)![1].split(',');
    const included = byDay.some((d) => d === day || d === `${nth}${day}`);
    expect({ id: row.id, included }).toEqual({ id: row.id, included: true });
  }
});

test('iCalendar feeds per area and organisation parse in a real iCalendar parser', async () => {
  const base = hub.gateway.url.replace(/\/graphql$/, '');
  const response = await fetch(`${base}/ical/areas/WK030703.ics`);
  expect(response.headers.get('content-type')).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents('vevent').map((e: any) => new ICAL.Event(e));
  const expected = await hub.subgraphs.bewoners.db.query(
    "SELECT id, title, recurrence, location, contact->>'website' AS url FROM activity WHERE published AND area_code LIKE 'BU030703%' ORDER BY id",
  );
  expect(events.map((e: any) => e.summary)).toEqual(expected.map((row: any) => row.title));
  expect(events.map((e: any) => e.location)).toEqual(expected.map((row: any) => row.location));
  expect(events.map((e: any) => e.component.getFirstPropertyValue('url'))).toEqual(expected.map((row: any) => row.url));
  const demo = expected.filter((row: any) => /^activity-\d{3}$/.test(row.id));
  expect(demo.length).toBeGreaterThan(0);
  expect(demo.every((row: any) => row.location && row.url)).toBe(true); // the demo's activities all have both
  const recurring = events.find((e: any) => e.isRecurring());
  expect(recurring).toBeDefined();
  const next = recurring!.iterator().next();
  expect(next).toBeDefined();
  const byOrganisation = new ICAL.Component(ICAL.parse(await (await fetch(`${base}/ical/organisations/org-bw-03.ics`)).text()));
  expect(byOrganisation.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  expect((await fetch(`${base}/ical/areas/nowhere.ics`)).status).toBe(404);
  expect((await fetch(`${base}/ical/organisations/org-nobody.ics`)).status).toBe(404); // as an unknown area's
});

test('one occurrence cancelled (EXDATE) leaves the kaart’s dates; a cancelled activity stays in the feed as STATUS:CANCELLED with a higher SEQUENCE', async () => {
  const base = hub.gateway.url.replace(/\/graphql$/, '');
  const [row] = await hub.subgraphs.bewoners.db.query(
    "SELECT id, organisation_id, sequence FROM activity WHERE published AND status = 'SCHEDULED' AND recurrence LIKE 'FREQ=WEEKLY%' AND organisation_id = 'org-bw-01' ORDER BY id LIMIT 1",
  );
  const [{ starts_at: next }] = await hub.subgraphs.gemeente.db.query('SELECT starts_at FROM social_map_occurrence WHERE item_id = $1 AND starts_at > now() + interval \'7 days\' ORDER BY starts_at LIMIT 1', [row.id]);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(next);
  const CANCEL_ONE = `mutation ($id: ID!, $date: Date!) { cancelActivityOccurrence(id: $id, date: $date) { activity { cancelledDates } ${USER_ERRORS} } }`;
  const cancelled = await ask(CANCEL_ONE, { id: row.id, date }, COORDINATOR);
  expect(cancelled.data.cancelActivityOccurrence).toEqual({ activity: { cancelledDates: [date] }, userErrors: [] });
  expect((await ask(CANCEL_ONE, { id: row.id, date }, COORDINATOR)).data.cancelActivityOccurrence.activity.cancelledDates).toEqual([date]); // a retry
  const wrongDay = new Date(next.getTime() + 24 * 3600 * 1000);
  const refused = await ask(CANCEL_ONE, { id: row.id, date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(wrongDay) }, COORDINATOR);
  expect(refused.data.cancelActivityOccurrence.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['date'] })]);
  await refresh();
  const left = await hub.subgraphs.gemeente.db.query('SELECT starts_at FROM social_map_occurrence WHERE item_id = $1 AND starts_at = $2', [row.id, next]);
  expect(left).toEqual([]);
  const feed = async () => {
    const calendar = new ICAL.Component(ICAL.parse(await (await fetch(`${base}/ical/organisations/${row.organisation_id}.ics`)).text()));
    return calendar.getAllSubcomponents('vevent').find((e: any) => e.getFirstPropertyValue('uid') === `${row.id}@samenspel`) as any;
  };
  const withExdate = await feed();
  expect(withExdate.getFirstProperty('exdate').toJSON()).toEqual(expect.arrayContaining(['exdate', { tzid: 'Europe/Amsterdam' }, 'date-time']));
  expect(withExdate.getFirstPropertyValue('exdate').toString().slice(0, 10)).toBe(date);
  const sequenceBefore = withExdate.getFirstPropertyValue('sequence');
  expect(sequenceBefore).toBeGreaterThan(row.sequence);

  expect((await ask(`mutation { cancelActivity(id: "${row.id}") { activity { status } ${USER_ERRORS} } }`, {}, COORDINATOR)).data.cancelActivity.userErrors).toEqual([]);
  const gone = await feed();
  expect(gone.getFirstPropertyValue('status')).toBe('CANCELLED');
  expect(gone.getFirstPropertyValue('sequence')).toBeGreaterThan(sequenceBefore);
});

test('the HSDS 3.0 export validates against the official Open Referral schemas', async () => {
  const schemaDir = path.join(__dirname, '..', 'fixtures', 'hsds-3.0', 'schema');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')), file);
  const openapi = JSON.parse(readFileSync(path.join(schemaDir, '..', 'openapi.json'), 'utf8'));
  const validatePage = ajv.compile(openapi.components.schemas.Page);
  const base = hub.gateway.url.replace(/\/graphql$/, '');
  for (const [collection, schema] of [['services', 'service.json'], ['organizations', 'organization.json'], ['service_at_locations', 'service_at_location.json']]) {
    const body = (await (await fetch(`${base}/hsds/${collection}?per_page=200`)).json()) as { total_items: number; contents: unknown[] };
    expect(validatePage(body)).toBe(true);
    expect(body.contents.length).toBeGreaterThan(0);
    expect(body.total_items).toBe(body.contents.length);
    const validate = ajv.getSchema(schema)!;
    for (const item of body.contents) {
      if (!validate(item)) throw new Error(`${collection}: ${ajv.errorsText(validate.errors)}`);
    }
  }
  const second = await (await fetch(`${base}/hsds/services?per_page=5&page=2`)).json();
  expect(second).toMatchObject({ page_number: 2, size: 5, first_page: false });
  expect((await fetch(`${base}/hsds/services?per_page=5000`)).status).toBe(400);
});

// Last: it stops a partner.
test('with bewoners down the kaart still lists its activities from the index, and says what is missing', async () => {
  // the gateway and the indexer say bewoners is gone: expected here, and asserted below
  const logs = captureLogs((entry) => entry.level === 'warn' && /bewoners/.test(JSON.stringify(entry)));
  await hub.subgraphs.bewoners.close();
  const response = await ask(SEARCH, { filter: { text: 'koffie', kinds: ['ACTIVITY'] }, first: 5 });
  const hits = response.data.socialMap.edges.map((e: any) => e.node);
  expect(hits.length).toBeGreaterThan(0);
  for (const hit of hits) {
    expect(hit.title).toMatch(/Koffie/);
    expect(hit.item).toBeNull();
  }
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bewoners' });
  const status = await refresh();
  expect(status.find((s: any) => s.partner === 'bewoners').lastError).toMatch(/fetch failed|ECONNREFUSED/);
  logs.restore();
  expect(logs.entries).toContainEqual(expect.objectContaining({ level: 'warn', service: 'gemeente', partner: 'bewoners', msg: expect.stringMatching(/^feed pull failed/) }));
});
