// A started match records MATCH_FOLLOW_UP_DUE for the day its follow-up falls due (kit/events/outbox.ts holds it
// back until then). What it announces may not come: a follow-up recorded early, or the match ending first,
// withdraws it in the same transaction; one that has already fallen due stays, as do the other events.
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { USER_ERRORS } from '../support/graphql';
import type { TestCaller } from '../support/callers';

let welzijn: TestSubgraph;
const MATCHER: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };

beforeAll(async () => {
  welzijn = await startTestSubgraph('welzijn');
});
afterAll(() => welzijn?.close());

async function mutate(mutation: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await welzijn.query(mutation, variables, MATCHER);
  expect(response.errors).toBeUndefined();
  const [payload] = Object.values(response.data) as { userErrors: unknown[] }[];
  expect(payload.userErrors).toEqual([]);
  return payload;
}

let sequence = 0;
/** A match of org-wz-02 that has just started (ACTIVE): an OPEN hulpvraag, a volunteer next to it, proposed and started. */
async function startedMatch(): Promise<string> {
  sequence += 1;
  const volunteerId = `volunteer-follow-up-${sequence}`;
  await welzijn.subgraph.db.query(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
     VALUES ($1, 'org-wz-02', 'BU03070301', '{PETS}', true, '{nl}', 52.18, 5.405, 3, '{MON_MORNING}', 2, '{}', true, true)`,
    [volunteerId],
  );
  const created = await mutate(`mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id } ${USER_ERRORS} } }`, {
    input: {
      clientMutationId: `follow-up-${sequence}`,
      requesterId: 'person-030',
      category: 'PETS',
      intensity: 'LIGHT_ONE_OFF',
      channel: 'PHONE',
      description: 'De hond uitlaten.',
      area: 'BU03070301',
      location: { latitude: 52.17891, longitude: 5.40312 },
      wishedTimes: ['MON_MORNING'],
    },
  });
  const requestId = created.helpRequest.id;
  await mutate(`mutation { clarifyHelpRequest(id: "${requestId}", underlyingNeed: "even weg kunnen") { helpRequest { id } ${USER_ERRORS} } }`);
  await mutate(`mutation { transitionHelpRequest(id: "${requestId}", to: OPEN) { helpRequest { id } ${USER_ERRORS} } }`);
  const proposed = await mutate(`mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } ${USER_ERRORS} } }`, {
    input: { clientMutationId: `follow-up-match-${sequence}`, helpRequestId: requestId, pool: 'VOLUNTEER', helperId: volunteerId, madeBy: 'MATCHER' },
  });
  const id = proposed.match.id;
  await transition(id, 'INTRODUCED');
  await transition(id, 'ACTIVE');
  return id;
}

const transition = (id: string, to: string) => mutate(`mutation { transitionMatch(id: "${id}", to: ${to}) { match { id } ${USER_ERRORS} } }`);
const recordFollowUp = (id: string) => mutate(`mutation { recordFollowUp(id: "${id}", outcome: GOING_WELL, satisfaction: 4) { match { id } ${USER_ERRORS} } }`);

/** The match's events, oldest first, and whether each is still to come. */
async function eventsOf(id: string): Promise<[string, boolean][]> {
  const rows: { type: string; later: boolean }[] = await welzijn.subgraph.db.query('SELECT type, occurred_at > now() AS later FROM outbox WHERE subject_id = $1 ORDER BY seq', [id]);
  return rows.map((row) => [row.type, row.later]);
}

test('starting a match dates its follow-up: the event waits until then', async () => {
  const id = await startedMatch();
  expect(await eventsOf(id)).toEqual([
    ['MATCH_PROPOSED', false],
    ['MATCH_INTRODUCED', false],
    ['MATCH_FOLLOW_UP_DUE', true],
  ]);
});

test('a follow-up recorded before it falls due withdraws the event', async () => {
  const id = await startedMatch();
  await recordFollowUp(id);
  expect(await eventsOf(id)).toEqual([
    ['MATCH_PROPOSED', false],
    ['MATCH_INTRODUCED', false],
  ]);
});

test('a match that ends before its follow-up falls due withdraws the event; the ending is one', async () => {
  const id = await startedMatch();
  await transition(id, 'ENDED');
  expect(await eventsOf(id)).toEqual([
    ['MATCH_PROPOSED', false],
    ['MATCH_INTRODUCED', false],
    ['MATCH_ENDED', false],
  ]);
});

test('a follow-up that has already fallen due stays, when it is recorded and when the match ends', async () => {
  const id = await startedMatch();
  // three weeks later: the event has happened
  await welzijn.subgraph.db.query("UPDATE outbox SET occurred_at = now() - interval '1 day' WHERE subject_id = $1 AND type = 'MATCH_FOLLOW_UP_DUE'", [id]);
  await recordFollowUp(id);
  await transition(id, 'ENDED');
  expect(await eventsOf(id)).toEqual([
    ['MATCH_PROPOSED', false],
    ['MATCH_INTRODUCED', false],
    ['MATCH_FOLLOW_UP_DUE', false],
    ['MATCH_ENDED', false],
  ]);
});

test('withdrawing touches only that match’s follow-up', async () => {
  const [first, second] = [await startedMatch(), await startedMatch()];
  await transition(first, 'ENDED');
  expect((await eventsOf(second)).filter(([type]) => type === 'MATCH_FOLLOW_UP_DUE')).toEqual([['MATCH_FOLLOW_UP_DUE', true]]);
});
