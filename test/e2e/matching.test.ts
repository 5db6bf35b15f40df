// The life of a hulpvraag through the gateway: intake, every state transition, candidates from both
// pools, the match life cycle with follow-up, concurrency, and the batch proposal.
import { graphql, USER_ERRORS, userErrorsOf, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { HELP_REQUEST_TRANSITIONS, MATCH_TRANSITIONS } from '../../subgraphs/welzijn/state-machine';
import { scoreHelper } from '../../subgraphs/kit/matching/scoring';
import { recordConsent } from '../support/consent';

let hub: TestHub;
const MATCHER: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };

beforeAll(async () => {
  hub = await startTestHub();
  // the cooperative of the test offers (addHelpers) records that their neighbour lets the matchers' organisation match them
  await recordConsent(hub.subgraphs.gemeente, { personId: 'person-077', holderOrganisationId: 'org-bw-03', recipientOrganisationId: MATCHER.org, purpose: 'MATCHING' });
});
afterAll(() => hub?.close());

const ask = (query: string, variables?: Record<string, unknown>, caller: TestCaller = MATCHER): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

let sequence = 0;
const CREATE = `mutation ($input: CreateHelpRequestInput!) {
  createHelpRequest(input: $input) {
    helpRequest { id status category location { latitude longitude } wishedTimes respondBy description transitions { from to by reason } }
    ${USER_ERRORS}
  }
}`;
function intake(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    clientMutationId: `intake-${sequence}`,
    requesterId: 'person-030',
    category: 'PETS',
    intensity: 'LIGHT_ONE_OFF',
    channel: 'PHONE',
    description: 'De hond moet twee weken uitgelaten worden.',
    area: 'BU03070301',
    location: { latitude: 52.17891, longitude: 5.40312 },
    wishedTimes: ['MON_MORNING', 'WED_MORNING'],
    ...overrides,
  };
}

async function createRequest(overrides: Record<string, unknown> = {}): Promise<any> {
  const response = await ask(CREATE, { input: intake(overrides) });
  expect(response.errors).toBeUndefined();
  expect(response.data.createHelpRequest.userErrors).toEqual([]);
  return response.data.createHelpRequest.helpRequest;
}

const welzijnDb = () => hub.subgraphs.welzijn.db;
const bewonersDb = () => hub.subgraphs.bewoners.db;

describe('intake', () => {
  test('a matcher takes in a hulpvraag for a resident; location rounded, transition recorded, retry-safe', async () => {
    const input = intake();
    const first = await ask(CREATE, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.createHelpRequest.userErrors).toEqual([]);
    const request = first.data.createHelpRequest.helpRequest;
    expect(request).toMatchObject({ status: 'NEW', category: 'PETS', wishedTimes: ['MON_MORNING', 'WED_MORNING'], description: input.description });
    expect(request.location).toEqual({ latitude: 52.18, longitude: 5.405 }); // a 0.005° grid, about 500 m
    expect(request.transitions).toEqual([{ from: null, to: 'NEW', by: 'matcher@org-wz-02', reason: 'intake via PHONE' }]);
    expect(request.respondBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const retry = await ask(CREATE, { input });
    expect(retry.data.createHelpRequest.helpRequest.id).toBe(request.id);
    const [{ count }] = await welzijnDb().query('SELECT count(*)::int AS count FROM help_request WHERE client_mutation_id = $1', [input.clientMutationId]);
    expect(count).toBe(1);
  });

  test.each([
    ['area', { area: 'WK030703' }],
    ['area', { area: 'nowhere' }],
    ['helpersNeeded', { helpersNeeded: 9 }],
    ['description', { description: '   ' }],
    ['languages', { languages: ['Nederlands'] }],
    ['location', { location: { latitude: 123, longitude: 5 } }],
    ['respondBy', { respondBy: '2001-01-01' }],
    ['forOrganisationId', { forOrganisationId: 'org-wz-05' }],
  ])('bad input is refused with the field at fault: %s', async (field, overrides) => {
    const before = (await welzijnDb().query('SELECT count(*)::int AS n FROM help_request'))[0].n;
    const response = await ask(CREATE, { input: intake(overrides) });
    expect(response.errors).toBeUndefined();
    expect(response.data.createHelpRequest).toEqual({ helpRequest: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', field] })] });
    expect((await welzijnDb().query('SELECT count(*)::int AS n FROM help_request'))[0].n).toBe(before);
  });

  test('clarifying the vraag achter de vraag moves NEW → ASSESSED; the text stays with the holder', async () => {
    const request = await createRequest();
    const clarified = await ask(`mutation { clarifyHelpRequest(id: "${request.id}", underlyingNeed: "Eenzaam sinds de verhuizing") { helpRequest { status underlyingNeed } ${USER_ERRORS} } }`);
    expect(clarified.data.clarifyHelpRequest).toEqual({ helpRequest: { status: 'ASSESSED', underlyingNeed: 'Eenzaam sinds de verhuizing' }, userErrors: [] });
  });
});

describe('state machines', () => {
  const STATES = Object.keys(HELP_REQUEST_TRANSITIONS) as (keyof typeof HELP_REQUEST_TRANSITIONS)[];

  test(`every hulpvraag transition (${STATES.length} × ${STATES.length}) is allowed or refused as the machine says`, async () => {
    const request = await createRequest();
    const mismatches: string[] = [];
    for (const from of STATES) {
      for (const to of STATES) {
        await welzijnDb().query('UPDATE help_request SET status = $1 WHERE id = $2', [from, request.id]);
        const response = await ask(`mutation ($to: HelpRequestStatus!) { transitionHelpRequest(id: "${request.id}", to: $to, reason: "test") { helpRequest { status } ${USER_ERRORS} } }`, { to });
        const allowed = HELP_REQUEST_TRANSITIONS[from].includes(to);
        const [refused] = userErrorsOf(response, 'transitionHelpRequest') ?? [];
        const ok = allowed
          ? response.data?.transitionHelpRequest?.helpRequest?.status === to
          : response.data?.transitionHelpRequest?.helpRequest === null && refused?.code === 'INVALID_TRANSITION' && refused.field.join('.') === 'to';
        if (!ok) mismatches.push(`${from} → ${to}: ${JSON.stringify(response.errors ?? response.data)}`);
      }
    }
    expect(mismatches).toEqual([]);
    const [{ recorded }] = await welzijnDb().query("SELECT count(*)::int AS recorded FROM help_request_transition WHERE help_request_id = $1 AND reason = 'test'", [request.id]);
    expect(recorded).toBe(STATES.reduce((sum, from) => sum + HELP_REQUEST_TRANSITIONS[from].length, 0)); // every allowed step, and only those
  });

  test('every match transition is allowed or refused as the machine says; declining needs a reason', async () => {
    const MATCH_STATES = Object.keys(MATCH_TRANSITIONS) as (keyof typeof MATCH_TRANSITIONS)[];
    const request = await createRequest();
    const { offerId } = await addHelpers('machine');
    await welzijnDb().query("UPDATE help_request SET status = 'OPEN' WHERE id = $1", [request.id]);
    const proposed = await ask(
      `mutation { proposeMatch(input: { clientMutationId: "machine-${request.id}", helpRequestId: "${request.id}", pool: NEIGHBOUR, helperId: "${offerId}", madeBy: SELF }) { match { id } ${USER_ERRORS} } }`,
    );
    const id = proposed.data.proposeMatch.match.id;
    const mismatches: string[] = [];
    for (const from of MATCH_STATES) {
      for (const to of MATCH_STATES) {
        await welzijnDb().query('UPDATE match SET status = $1 WHERE id = $2', [from, id]);
        await welzijnDb().query("UPDATE help_request SET status = 'MATCHED' WHERE id = $1", [request.id]);
        const response = await ask(`mutation ($to: MatchStatus!, $reason: DeclineReason) { transitionMatch(id: "${id}", to: $to, declineReason: $reason) { match { status } ${USER_ERRORS} } }`, {
          to,
          reason: to === 'DECLINED' ? 'OTHER' : null,
        });
        const allowed = MATCH_TRANSITIONS[from].includes(to);
        const [refused] = userErrorsOf(response, 'transitionMatch') ?? [];
        const ok = allowed ? response.data?.transitionMatch?.match?.status === to : refused?.code === 'INVALID_TRANSITION';
        if (!ok) mismatches.push(`${from} → ${to}: ${JSON.stringify(response.errors ?? response.data)}`);
      }
    }
    expect(mismatches).toEqual([]);
    await welzijnDb().query("UPDATE match SET status = 'PROPOSED' WHERE id = $1", [id]);
    const noReason = await ask(`mutation { transitionMatch(id: "${id}", to: DECLINED) { match { status } ${USER_ERRORS} } }`);
    expect(noReason.data.transitionMatch).toEqual({ match: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['declineReason'] })] });
    const reasonWithoutDecline = await ask(`mutation { transitionMatch(id: "${id}", to: INTRODUCED, declineReason: TOO_FAR) { match { status } ${USER_ERRORS} } }`);
    expect(userErrorsOf(reasonWithoutDecline, 'transitionMatch')).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['declineReason'] })]);
    expect((await welzijnDb().query('SELECT status FROM match WHERE id = $1', [id]))[0].status).toBe('PROPOSED');
  });
});

/** A volunteer of org-wz-02 and a neighbour's offer, both right next to the test hulpvragen, for PETS. */
async function addHelpers(tag: string, options: { loadCap?: number } = {}) {
  const volunteerId = `volunteer-${tag}`;
  await welzijnDb().query(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
     VALUES ($1, 'org-wz-02', 'BU03070301', '{PETS}', true, '{nl}', 52.18, 5.405, 3, '{MON_MORNING,WED_MORNING}', $2, '{}', true, true)`,
    [volunteerId, options.loadCap ?? 2],
  );
  const offerId = `help-offer-${tag}`;
  await bewonersDb().query(
    `INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages, limits)
     VALUES ($1, 'person-077', 'org-bw-03', '{PETS}', 'BU03070301', true, 52.185, 5.405, 2, '{MON_MORNING}', '{nl}', '{}')`,
    [offerId],
  );
  return { volunteerId, offerId };
}

async function openRequest(overrides: Record<string, unknown> = {}) {
  const request = await createRequest(overrides);
  await ask(`mutation { clarifyHelpRequest(id: "${request.id}", underlyingNeed: "herstel na operatie") { helpRequest { status } } }`);
  const opened = await ask(`mutation { transitionHelpRequest(id: "${request.id}", to: OPEN) { helpRequest { status } } }`);
  expect(opened.data.transitionHelpRequest.helpRequest.status).toBe('OPEN');
  return request;
}

const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id status pool madeBy helpRequest { status } } ${USER_ERRORS} } }`;
const proposed = (response: GraphQLResponse) => response.data?.proposeMatch?.match;
const proposalError = (response: GraphQLResponse) => userErrorsOf(response, 'proposeMatch')?.[0];

describe('candidates and matches', () => {
  test('candidates merge volunteers (welzijn) and neighbours (bewoners), ranked by the shared score', async () => {
    const { volunteerId, offerId } = await addHelpers('merge');
    const request = await openRequest();
    const { data, errors } = await ask(`{ helpRequest(id: "${request.id}") { candidates(first: 50) { pool helperId score reasons } } }`);
    expect(errors).toBeUndefined();
    const candidates = data.helpRequest.candidates;
    const volunteer = candidates.find((c: any) => c.helperId === volunteerId);
    const neighbour = candidates.find((c: any) => c.helperId === offerId);
    expect(volunteer.pool).toBe('VOLUNTEER');
    expect(neighbour.pool).toBe('NEIGHBOUR');
    // the same function both sides: recompute from the stored profiles
    const profile = { category: 'PETS', location: { latitude: 52.18, longitude: 5.405 }, wishedTimes: ['MON_MORNING', 'WED_MORNING'], languages: ['nl'], requesterId: 'person-030' };
    const expected = scoreHelper(profile, { id: volunteerId, categories: ['PETS'], location: { latitude: 52.18, longitude: 5.405 }, maxDistanceKm: 3, availability: ['MON_MORNING', 'WED_MORNING'], languages: ['nl'], available: true, activeMatches: 0, loadCap: 2, hasVog: true, limits: [], earlierRequesters: [] });
    expect(volunteer.score).toBe(expected.score);
    expect(volunteer.reasons).toEqual(expected.reasons);
    expect(neighbour.score).toBeLessThan(volunteer.score); // further away, fewer wished times
    const scores = candidates.map((c: any) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('a match goes proposed → introduced → active → ended, with follow-up; the hulpvraag follows', async () => {
    const { volunteerId } = await addHelpers('life');
    const request = await openRequest();
    const proposal = await ask(PROPOSE, { input: { clientMutationId: `life-${request.id}`, helpRequestId: request.id, pool: 'VOLUNTEER', helperId: volunteerId, madeBy: 'MATCHER' } });
    expect(proposal.errors).toBeUndefined();
    expect(proposal.data.proposeMatch.userErrors).toEqual([]);
    expect(proposed(proposal)).toMatchObject({ status: 'PROPOSED', pool: 'VOLUNTEER', madeBy: 'MATCHER', helpRequest: { status: 'MATCHED' } });
    const id = proposed(proposal).id;
    const step = async (to: string) =>
      (await ask(`mutation { transitionMatch(id: "${id}", to: ${to}) { match { status startedAt followUpDue helpRequest { status } } ${USER_ERRORS} } }`)).data.transitionMatch.match;
    expect((await step('INTRODUCED')).status).toBe('INTRODUCED');
    const active = await step('ACTIVE');
    expect(active.helpRequest.status).toBe('IN_PROGRESS');
    const days = (new Date(active.followUpDue).getTime() - new Date(active.startedAt).getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(14);
    expect(days).toBeLessThanOrEqual(21);
    const followUp = await ask(`mutation { recordFollowUp(id: "${id}", outcome: GOING_WELL, satisfaction: 5, note: "klikt goed") { match { followUpOutcome satisfaction } ${USER_ERRORS} } }`);
    expect(followUp.data.recordFollowUp).toEqual({ match: { followUpOutcome: 'GOING_WELL', satisfaction: 5 }, userErrors: [] });
    const badScore = await ask(`mutation { recordFollowUp(id: "${id}", outcome: STOPPED, satisfaction: 9) { match { id } ${USER_ERRORS} } }`);
    expect(badScore.data.recordFollowUp).toEqual({ match: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['satisfaction'] })] });
    const longNote = await ask(`mutation ($note: String) { recordFollowUp(id: "${id}", outcome: STOPPED, satisfaction: 1, note: $note) { match { id } ${USER_ERRORS} } }`, { note: 'x'.repeat(4001) });
    expect(userErrorsOf(longNote, 'recordFollowUp')).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['note'] })]);
    expect(await welzijnDb().query('SELECT follow_up_outcome, satisfaction, follow_up_note FROM match WHERE id = $1', [id])).toEqual([{ follow_up_outcome: 'GOING_WELL', satisfaction: 5, follow_up_note: 'klikt goed' }]);
    expect((await step('ENDED')).helpRequest.status).toBe('COMPLETED');
    const { data } = await ask(`{ helpRequest(id: "${request.id}") { transitions { from to } } }`);
    expect(data.helpRequest.transitions.map((t: any) => `${t.from ?? '-'}>${t.to}`)).toEqual([
      '->NEW', 'NEW>ASSESSED', 'ASSESSED>OPEN', 'OPEN>MATCHED', 'MATCHED>IN_PROGRESS', 'IN_PROGRESS>COMPLETED',
    ]);
    // each step is an event in welzijn's outbox (kit/events/outbox.ts); the follow-up's waits until it falls due
    const events = await welzijnDb().query("SELECT type, occurred_at FROM outbox WHERE subject_type = 'Match' AND subject_id = $1 ORDER BY seq", [id]);
    expect(events.map((e: any) => e.type)).toEqual(['MATCH_PROPOSED', 'MATCH_INTRODUCED', 'MATCH_FOLLOW_UP_DUE', 'MATCH_ENDED']);
    expect(new Date(events[2].occurred_at).getTime()).toBe(new Date(active.followUpDue).getTime());
    const requestEvents = await welzijnDb().query("SELECT type FROM outbox WHERE subject_type = 'HelpRequest' AND subject_id = $1", [request.id]);
    const moves = await welzijnDb().query('SELECT count(*)::int AS n FROM help_request_transition WHERE help_request_id = $1 AND from_status IS NOT NULL', [request.id]);
    expect(requestEvents).toEqual(Array(moves[0].n).fill({ type: 'HELP_REQUEST_STATUS_CHANGED' }));
  });

  test('a declined match (te ver) reopens the hulpvraag; self-made matches are recorded as SELF', async () => {
    const { offerId } = await addHelpers('decline');
    const request = await openRequest();
    const proposal = await ask(PROPOSE, { input: { clientMutationId: `decline-${request.id}`, helpRequestId: request.id, pool: 'NEIGHBOUR', helperId: offerId, madeBy: 'SELF' } });
    expect(proposed(proposal)).toMatchObject({ madeBy: 'SELF', pool: 'NEIGHBOUR', helpRequest: { status: 'MATCHED' } });
    const declined = await ask(`mutation { transitionMatch(id: "${proposed(proposal).id}", to: DECLINED, declineReason: TOO_FAR) { match { status declineReason helpRequest { status } } ${USER_ERRORS} } }`);
    expect(declined.data.transitionMatch).toEqual({ match: { status: 'DECLINED', declineReason: 'TOO_FAR', helpRequest: { status: 'OPEN' } }, userErrors: [] });
  });
});

test('the availability switch takes a volunteer or a neighbour out of the candidates and back', async () => {
  const { volunteerId, offerId } = await addHelpers('switch');
  const request = await openRequest();
  const candidateIds = async () =>
    (await ask(`{ helpRequest(id: "${request.id}") { candidates(first: 100) { helperId } } }`)).data.helpRequest.candidates.map((c: any) => c.helperId);
  expect(await candidateIds()).toEqual(expect.arrayContaining([volunteerId, offerId]));
  const off = await ask(`mutation { setVolunteerAvailable(id: "${volunteerId}", available: false) { volunteer { available } ${USER_ERRORS} } }`);
  expect(off.data.setVolunteerAvailable).toEqual({ volunteer: { available: false }, userErrors: [] });
  const coordinator: TestCaller = { org: 'org-bw-03', roles: ['cooperative-coordinator'], purpose: 'SERVICE_DELIVERY' };
  const offerOff = await ask(`mutation { setHelpOfferAvailable(id: "${offerId}", available: false) { helpOffer { available } ${USER_ERRORS} } }`, {}, coordinator);
  expect(offerOff.data.setHelpOfferAvailable).toEqual({ helpOffer: { available: false }, userErrors: [] });
  expect(await candidateIds()).not.toEqual(expect.arrayContaining([volunteerId]));
  expect(await candidateIds()).not.toEqual(expect.arrayContaining([offerId]));
  const proposal = await ask(PROPOSE, { input: { clientMutationId: `switch-${request.id}`, helpRequestId: request.id, pool: 'VOLUNTEER', helperId: volunteerId, madeBy: 'MATCHER' } });
  expect(proposalError(proposal)).toMatchObject({ code: 'CONFLICT', field: ['input', 'helperId'] });
  await ask(`mutation { setVolunteerAvailable(id: "${volunteerId}", available: true) { volunteer { available } } }`);
  expect(await candidateIds()).toEqual(expect.arrayContaining([volunteerId]));
  // another organisation's volunteer is not there for it (it cannot read them either)
  const otherOrganisation = await ask(`mutation { setVolunteerAvailable(id: "${volunteerId}", available: false) { volunteer { available } ${USER_ERRORS} } }`, {}, { org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' });
  expect(otherOrganisation.data.setVolunteerAvailable).toEqual({ volunteer: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })] });
  expect((await welzijnDb().query('SELECT available FROM volunteer WHERE id = $1', [volunteerId]))[0].available).toBe(true);
});

describe('concurrency', () => {
  test('two matchers proposing the same volunteer beyond their load cap: only one succeeds', async () => {
    const { volunteerId } = await addHelpers('cap', { loadCap: 1 });
    const requests = await Promise.all([openRequest(), openRequest(), openRequest(), openRequest()]);
    const results = await Promise.all(
      requests.map((request) => ask(PROPOSE, { input: { clientMutationId: `cap-${request.id}`, helpRequestId: request.id, pool: 'VOLUNTEER', helperId: volunteerId, madeBy: 'MATCHER' } })),
    );
    expect(results.filter((r) => proposed(r)).length).toBe(1);
    expect(results.filter((r) => proposalError(r)?.code === 'CONFLICT').length).toBe(3);
    const [{ open }] = await welzijnDb().query("SELECT count(*)::int AS open FROM match WHERE volunteer_id = $1 AND status IN ('PROPOSED', 'INTRODUCED', 'ACTIVE')", [volunteerId]);
    expect(open).toBe(1);
  });

  test('two helpers accepting the same hulpvraag that needs one: only one succeeds', async () => {
    const request = await openRequest();
    const offers = ['race-a', 'race-b', 'race-c'];
    await Promise.all(offers.map((tag) => addHelpers(tag)));
    const results = await Promise.all(
      offers.map((tag) => ask(PROPOSE, { input: { clientMutationId: `race-${tag}`, helpRequestId: request.id, pool: 'NEIGHBOUR', helperId: `help-offer-${tag}`, madeBy: 'SELF' } })),
    );
    expect(results.filter((r) => proposed(r)).length).toBe(1);
    const [{ matches }] = await welzijnDb().query('SELECT count(*)::int AS matches FROM match WHERE help_request_id = $1', [request.id]);
    expect(matches).toBe(1);
  });

  test('one neighbour offer proposed for two hulpvragen at once: the database lets one through', async () => {
    const { offerId } = await addHelpers('busy');
    const [a, b] = await Promise.all([openRequest(), openRequest()]);
    const results = await Promise.all(
      [a, b].map((request) => ask(PROPOSE, { input: { clientMutationId: `busy-${request.id}`, helpRequestId: request.id, pool: 'NEIGHBOUR', helperId: offerId, madeBy: 'SELF' } })),
    );
    expect(results.filter((r) => proposed(r)).length).toBe(1);
    expect(results.map(proposalError).find(Boolean)?.code).toBe('CONFLICT');
  });
});

test('batch proposal for an area: at least as good as greedy, within load caps', async () => {
  const { data, errors } = await ask('{ batchProposal(area: "GM0307") { totalScore greedyTotalScore assignments { score helpRequest { id status } volunteer { id loadCap activeMatches } } } }');
  expect(errors).toBeUndefined();
  const proposal = data.batchProposal;
  expect(proposal.assignments.length).toBeGreaterThan(0);
  expect(proposal.totalScore).toBeGreaterThanOrEqual(proposal.greedyTotalScore);
  const perVolunteer = new Map<string, number>();
  for (const a of proposal.assignments) {
    expect(a.helpRequest.status).toBe('OPEN');
    perVolunteer.set(a.volunteer.id, (perVolunteer.get(a.volunteer.id) ?? 0) + 1);
    expect(perVolunteer.get(a.volunteer.id)).toBeLessThanOrEqual(a.volunteer.loadCap - a.volunteer.activeMatches);
  }
  expect(proposal.totalScore).toBeCloseTo(proposal.assignments.reduce((sum: number, a: any) => sum + a.score, 0), 3);
});

test('the match view lists open hulpvragen with age and response warnings', async () => {
  const overdue = await openRequest();
  await welzijnDb().query("UPDATE help_request SET respond_by = current_date - 2, created_at = now() - interval '9 days' WHERE id = $1", [overdue.id]);
  const { data, errors } = await ask('{ matchView(area: "BU03070301", first: 100) { edges { node { ageInDays daysUntilResponseDue responseOverdue helpRequest { id status candidates(first: 3) { pool score } } } } } }');
  expect(errors).toBeUndefined();
  const items = data.matchView.edges.map((e: any) => e.node);
  for (const item of items) expect(item.helpRequest.status).toBe('OPEN');
  const warned = items.find((item: any) => item.helpRequest.id === overdue.id);
  expect(warned).toMatchObject({ ageInDays: 9, daysUntilResponseDue: -2, responseOverdue: true });
});
