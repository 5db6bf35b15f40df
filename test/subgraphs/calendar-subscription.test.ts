// A cooperative subscribes to the .ics calendar it keeps on its website; bewoners pulls it (first by the job
// the subscription schedules, then on demand) into activities, by UID, SEQUENCE and STATUS. The calendar is
// served by a local HTTP server and changes between pulls; a broken file writes nothing and says why.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { USER_ERRORS } from '../support/graphql';
import type { TestCaller } from '../support/callers';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';

let bewoners: TestSubgraph;
let server: http.Server;
let calendarText = '';
let url = '';
let requests = 0;
const COOPERATIVE: TestCaller = { org: 'org-bw-02', roles: ['cooperative-coordinator'] };

const event = (uid: string, props: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...props, 'END:VEVENT'];
const ics = (...events: string[][]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Buurtcooperatie//Website//NL', ...events.flat(), 'END:VCALENDAR'].join('\r\n') + '\r\n';

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    requests += 1;
    res.writeHead(200, { 'content-type': 'text/calendar' });
    res.end(calendarText);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/agenda.ics`;
  bewoners = await startTestSubgraph('bewoners');
});
afterAll(async () => {
  await bewoners?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const activities = () =>
  bewoners.subgraph.db.query("SELECT source_uid, title, status, starts_at, recurrence, excluded_dates, location, source_sequence FROM activity WHERE source_uid IS NOT NULL ORDER BY source_uid");

test('subscribe, pull on schedule and on demand: created, updated, cancelled by UID, SEQUENCE and STATUS; a broken file writes nothing', async () => {
  calendarText = ics(
    // a weekly eettafel at 12:00 local time (no VTIMEZONE in the file: read as Europe/Amsterdam)
    event('eettafel@coop', ['SEQUENCE:0', 'DTSTART;TZID=Europe/Amsterdam:20260108T120000', 'DTEND;TZID=Europe/Amsterdam:20260108T140000', 'RRULE:FREQ=WEEKLY;BYDAY=TH',
      'EXDATE;TZID=Europe/Amsterdam:20260409T120000', 'SUMMARY:Eettafel', 'LOCATION:Buurthuis De Linde\\, Lindelaan 4', 'URL:https://www.coop.example.nl/eettafel']),
    event('breien@coop', ['SEQUENCE:1', 'DTSTART:20260310T130000Z', 'DTEND:20260310T150000Z', 'SUMMARY:Breicafé']),
  );
  const SUBSCRIBE = `mutation ($input: SubscribeCalendarInput!) { subscribeCalendar(input: $input) { calendarSubscription { id url lastPulledAt lastError } ${USER_ERRORS} } }`;
  const bad = await bewoners.query(SUBSCRIBE, { input: { clientMutationId: 'agenda-bad', url: 'ftp://coop.example.nl/a.ics', area: 'BU03070201', kind: 'SHARED_MEAL' } }, COOPERATIVE);
  expect(bad.data.subscribeCalendar.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'url'] })]);
  const created = await bewoners.query(SUBSCRIBE, { input: { clientMutationId: 'agenda', url, area: 'BU03070201', kind: 'SHARED_MEAL', themes: ['FOOD'] } }, COOPERATIVE);
  expect(created.data.subscribeCalendar.userErrors).toEqual([]);
  const id = created.data.subscribeCalendar.calendarSubscription.id;
  // the first pull is the job the subscription scheduled
  const started = Date.now();
  while (!(await bewoners.subgraph.db.query('SELECT last_pulled_at FROM calendar_subscription WHERE id = $1', [id]))[0].last_pulled_at) {
    if (Date.now() - started > 15_000) throw new Error('the scheduled pull did not run within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const PULL = `mutation ($id: ID!) { pullCalendar(id: $id) { calendarSubscription { lastPulledAt lastError } ${USER_ERRORS} } }`;
  const pull = async () => (await bewoners.query(PULL, { id }, COOPERATIVE)).data.pullCalendar;
  expect((await bewoners.subgraph.db.query('SELECT last_error FROM calendar_subscription WHERE id = $1', [id]))[0].last_error).toBeNull();
  const first = await activities();
  expect(first.map((a: any) => [a.source_uid, a.title, a.status])).toEqual([['breien@coop', 'Breicafé', 'SCHEDULED'], ['eettafel@coop', 'Eettafel', 'SCHEDULED']]);
  const eettafel = first.find((a: any) => a.source_uid === 'eettafel@coop');
  expect(eettafel).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=TH', excluded_dates: ['2026-04-09'], location: 'Buurthuis De Linde, Lindelaan 4', source_sequence: 0 });
  expect(eettafel.starts_at.toISOString()).toBe('2026-01-08T11:00:00.000Z'); // 12:00 in Amsterdam in winter
  expect((await pull()).calendarSubscription.lastError).toBeNull();
  expect(await activities()).toEqual(first); // the same file again changes nothing

  calendarText = ics(
    event('eettafel@coop', ['SEQUENCE:2', 'DTSTART;TZID=Europe/Amsterdam:20260108T123000', 'DTEND;TZID=Europe/Amsterdam:20260108T143000', 'RRULE:FREQ=WEEKLY;BYDAY=TH', 'SUMMARY:Eettafel (nieuwe tijd)']),
    event('breien@coop', ['SEQUENCE:2', 'STATUS:CANCELLED', 'DTSTART:20260310T130000Z', 'DTEND:20260310T150000Z', 'SUMMARY:Breicafé']),
    event('old@coop', ['SEQUENCE:0', 'DTSTART:20260312T130000Z', 'DTEND:20260312T150000Z', 'SUMMARY:Voorleesuur']),
  );
  expect((await pull()).calendarSubscription.lastError).toBeNull();
  const second = await activities();
  expect(second.map((a: any) => [a.source_uid, a.title, a.status, a.source_sequence])).toEqual([
    ['breien@coop', 'Breicafé', 'CANCELLED', 2],
    ['eettafel@coop', 'Eettafel (nieuwe tijd)', 'SCHEDULED', 2],
    ['old@coop', 'Voorleesuur', 'SCHEDULED', 0],
  ]);
  // an older SEQUENCE than the one taken is left alone
  calendarText = ics(event('eettafel@coop', ['SEQUENCE:1', 'DTSTART:20260108T090000Z', 'DTEND:20260108T100000Z', 'RRULE:FREQ=WEEKLY;BYDAY=TH', 'SUMMARY:Eettafel (oud)']));
  expect((await pull()).calendarSubscription.lastError).toBeNull();
  expect((await activities()).find((a: any) => a.source_uid === 'eettafel@coop').title).toBe('Eettafel (nieuwe tijd)');

  // broken files: nothing written, the reason kept
  for (const [text, reason] of [
    ['this is no calendar', /not an iCalendar file/],
    [ics(event('x@coop', ['DTSTART:20260312T130000Z', 'SUMMARY:Nieuw']), event('y@coop', ['DTSTART:20260313T130000Z'])), /event y@coop has no SUMMARY/],
    [ics(event('z@coop', ['DTSTART:20260312T130000Z', 'DTEND:20260312T150000Z', 'RRULE:FREQ=DAILY', 'SUMMARY:Elke dag'])), /event z@coop: recurrence/],
  ] as const) {
    calendarText = text;
    const answer = await pull();
    expect({ text, error: answer.calendarSubscription.lastError }).toEqual({ text, error: expect.stringMatching(reason) });
    expect(await activities()).toHaveLength(3);
  }
  const other = await bewoners.query(PULL, { id }, { org: 'org-bw-01', roles: ['cooperative-coordinator'] });
  expect(other.data.pullCalendar.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
});

describe('under the production rule for outbound addresses (OUTBOUND_PRIVATE_NETWORKS=0)', () => {
  let guarded: TestSubgraph;
  beforeAll(async () => {
    guarded = await startTestSubgraph('bewoners', { env: { ...process.env, OUTBOUND_PRIVATE_NETWORKS: '0' } });
  });
  afterAll(() => guarded?.close());

  const SUBSCRIBE = `mutation ($input: SubscribeCalendarInput!) { subscribeCalendar(input: $input) { calendarSubscription { id } ${USER_ERRORS} } }`;

  test('a calendar on loopback, a private network or the metadata service is refused when it is given, and nothing is fetched', async () => {
    const before = requests;
    for (const [n, address] of [url, 'http://192.168.1.10/agenda.ics', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.5/agenda.ics'].entries()) {
      const answer = await guarded.query(SUBSCRIBE, { input: { clientMutationId: `ssrf-${n}`, url: address, area: 'BU03070201', kind: 'SHARED_MEAL' } }, COOPERATIVE);
      expect(answer.data.subscribeCalendar).toEqual({ calendarSubscription: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'url'], message: expect.stringMatching(/not on the public internet/) })] });
    }
    expect(await guarded.subgraph.db.query('SELECT id FROM calendar_subscription')).toEqual([]);
    expect(requests).toBe(before);
  });

  test('a subscription whose address now leads into the network (a name that resolves elsewhere later) is refused at the pull, and recorded', async () => {
    const before = requests;
    await guarded.subgraph.db.query(
      `INSERT INTO calendar_subscription (id, organisation_id, url, area_code, kind, themes, interval_minutes, client_mutation_id, client_mutation_hash)
       VALUES ('calendar-rebound', 'org-bw-02', $1, 'BU03070201', 'SHARED_MEAL', '{}', 60, 'rebound', 'x')`,
      [url.replace('127.0.0.1', 'localhost')],
    );
    const PULL = `mutation ($id: ID!) { pullCalendar(id: $id) { calendarSubscription { lastError } ${USER_ERRORS} } }`;
    const answer = await guarded.query(PULL, { id: 'calendar-rebound' }, COOPERATIVE);
    expect(answer.data.pullCalendar.calendarSubscription.lastError).toMatch(/refused: the host localhost is not on the public internet/);
    expect(requests).toBe(before);
  });
});
