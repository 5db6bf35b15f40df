// Attack (issue 13, finding 8): one recurrence rule that expands every day into 86,400 occurrences cost
// gemeente's indexer a minute of blocking CPU. Rules that multiply occurrences (BYHOUR, BYMINUTE, BYSECOND,
// …) are refused when an activity is created, updated or published, and the expansion the indexer runs is
// bounded in count and in time whatever rule is stored.
import { RRule } from 'rrule';
import { MAX_OCCURRENCES, occurrencesOf, recurrenceProblem } from '../../subgraphs/kit/social-map/schedule';
import { fromWallClock, wallClock } from '../../subgraphs/kit/social-map/local-time';
import type { TestCaller } from '../support/callers';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';

const EXPLODING = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59;BYSECOND=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59';

describe('the expansion the indexer runs', () => {
  test('a stored exploding rule costs next to nothing and yields only the start', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const started = Date.now();
    const occurrences = occurrencesOf(new Date('2026-03-02T10:00:00Z'), EXPLODING, now);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(occurrences).toEqual([new Date('2026-03-02T10:00:00Z')]);
  });

  test('an allowed rule is capped in count, however long ago it started', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const started = Date.now();
    const daily = occurrencesOf(new Date('1990-01-01T10:00:00Z'), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', now);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(daily.length).toBe(366); // yesterday to a year ahead, every day
    const twiceDaily = occurrencesOf(new Date('2026-01-01T10:00:00Z'), 'FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31', now);
    expect(twiceDaily.length).toBeLessThanOrEqual(MAX_OCCURRENCES);
  });

  test('starting the walk near the window changes no occurrence of a rule that began long ago', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const rules = ['FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH', 'FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,SA', 'FREQ=MONTHLY',
      'FREQ=MONTHLY;INTERVAL=5', 'FREQ=MONTHLY;BYDAY=1SA', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR', 'FREQ=MONTHLY;BYMONTHDAY=15,31',
      'FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1', 'FREQ=WEEKLY;UNTIL=20260601T000000Z', 'FREQ=MONTHLY;COUNT=40'];
    const starts = ['2023-01-31T18:45:00Z', '2024-02-29T07:00:00Z', '2022-07-03T12:00:00Z', '2025-12-30T23:30:00Z'];
    for (const rule of rules) {
      for (const start of starts) {
        const from = new Date(now.getTime() - 24 * 3600 * 1000);
        const to = new Date(now.getTime() + 365 * 24 * 3600 * 1000);
        // the plain walk from the very start, on the Amsterdam wall clock as the kaart repeats its rules
        const options = RRule.parseString(rule);
        if (options.until) options.until = wallClock(options.until);
        const plain = new RRule({ ...options, dtstart: wallClock(new Date(start)) }).between(wallClock(from), wallClock(to), true).map(fromWallClock);
        expect({ rule, start, occurrences: occurrencesOf(new Date(start), rule, now) }).toEqual({ rule, start, occurrences: plain });
      }
    }
  });

  test.each(['BYHOUR=9', 'BYMINUTE=0,30', 'BYSECOND=1', 'BYYEARDAY=1', 'BYWEEKNO=1'])('%s is refused with a message naming it', (part) => {
    expect(recurrenceProblem(`FREQ=WEEKLY;BYDAY=TU;${part}`)).toContain(`may not use ${part.split('=')[0]}`);
  });
});

describe('publishing (bewoners)', () => {
  let bewoners: TestSubgraph;
  const COORDINATOR: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'] };
  const CREATE = 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id recurrence } userErrors { code field message } } }';
  const input = (recurrence: string) => ({
    clientMutationId: `recurrence-${Math.random()}`,
    title: 'Inloop',
    kind: 'SHARED_MEAL',
    area: 'BU03070301',
    startsAt: '2026-11-05T11:30:00Z',
    endsAt: '2026-11-05T13:30:00Z',
    recurrence,
  });
  const stored = async (recurrence: string) =>
    (await bewoners.subgraph.db.query('SELECT count(*)::int AS n FROM activity WHERE recurrence = $1', [recurrence]))[0].n;

  beforeAll(async () => {
    bewoners = await startTestSubgraph('bewoners');
  });
  afterAll(() => bewoners?.close());

  test('createActivity refuses the exploding rule, naming what is refused; nothing is written', async () => {
    const response = await bewoners.query(CREATE, { input: input(EXPLODING) }, COORDINATOR);
    expect(response.data.createActivity.activity).toBeNull();
    expect(response.data.createActivity.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'recurrence'], message: expect.stringContaining('may not use BYHOUR, BYMINUTE, BYSECOND') }]);
    expect(await stored(EXPLODING)).toBe(0);
  });

  test('updateActivity refuses it too', async () => {
    const created = await bewoners.query(CREATE, { input: input('FREQ=WEEKLY;BYDAY=TH') }, COORDINATOR);
    const id = JSON.stringify(created).match(/"id":"(activity-[^"]+)"/)![1];
    const response = await bewoners.query(`mutation ($r: String) { updateActivity(id: "${id}", input: { recurrence: $r }) { userErrors { code message } } }`, { r: 'FREQ=WEEKLY;BYDAY=TH;BYHOUR=9,10' }, COORDINATOR);
    expect(response.data.updateActivity.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringContaining('may not use BYHOUR') }]);
    expect(await stored('FREQ=WEEKLY;BYDAY=TH;BYHOUR=9,10')).toBe(0);
  });

  test('an activity whose stored rule explodes (written before the check) cannot be published', async () => {
    const created = await bewoners.query(CREATE, { input: input('FREQ=WEEKLY;BYDAY=TH;INTERVAL=2') }, COORDINATOR);
    const id = JSON.stringify(created).match(/"id":"(activity-[^"]+)"/)![1];
    await bewoners.subgraph.db.query('UPDATE activity SET recurrence = $2 WHERE id = $1', [id, EXPLODING]);
    const response = await bewoners.query(`mutation { publishActivity(id: "${id}") { userErrors { code message } } }`, {}, COORDINATOR);
    expect(response.data.publishActivity.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringContaining('may not use BYHOUR, BYMINUTE, BYSECOND') }]);
    const [row] = await bewoners.subgraph.db.query('SELECT published FROM activity WHERE id = $1', [id]);
    expect(row.published).toBe(false);
  });
});
