// Attacks on the write side, through the gateway against the running hub (issue 12, findings 5 and 7).
// Consent gives reading, never writing: a partner that may read a record with the resident's consent is
// refused (FORBIDDEN) on every mutation that would change it, and an organisation that may not even read a
// record gets NOT_FOUND, exactly as for an id that does not exist. Retry keys (clientMutationId) belong to
// the organisation that sends them: another organisation's key is simply another key (its record is never
// returned or named), a retry returns the caller's own record, also when the retries race, and a key reused
// with other input is a CONFLICT. Each attack checks afterwards that nothing was written.
// Demo data: residents person-075 and up have no consents in the seeds; the consents below are written
// straight into gemeente's register, as a holder or the resident would have recorded them.
import { graphql, USER_ERRORS, type GraphQLResponse, type UserError } from '../support/graphql';
import { gatewayHeaders, identityHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import type { Partner } from '../../platform/config';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ask = (query: string, variables: Record<string, unknown>, caller: TestCaller): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));
/** Straight at a subgraph, as the gateway forwards it: requests sent together truly overlap there. */
const askSubgraph = (partner: Partner, query: string, variables: Record<string, unknown>, caller: TestCaller): Promise<GraphQLResponse> =>
  graphql(hub.subgraphs[partner].url, query, variables, identityHeaders(partner, caller));
const db = (partner: Partner, query: string, params: unknown[] = []) => hub.subgraphs[partner].db.query(query, params);

let sequence = 0;
const key = (tag: string) => `write-rules-${tag}-${++sequence}`;

/** The record of a mutation that went through. */
function written(response: GraphQLResponse, mutation: string, record: string): any {
  expect(response.errors).toBeUndefined();
  expect(response.data[mutation].userErrors).toEqual([]);
  return response.data[mutation][record];
}

/** The one user error of a refused mutation (no record). */
function userError(response: GraphQLResponse, mutation: string): UserError {
  expect(response.errors).toBeUndefined();
  const { userErrors, ...record } = response.data[mutation];
  expect(Object.values(record)).toEqual([null]);
  expect(userErrors).toHaveLength(1);
  return userErrors[0];
}

/** The mutation was refused as a GraphQL error with `code` (no payload at all). */
function refused(response: GraphQLResponse, code: string): void {
  expect(response.data).toBeNull();
  expect(response.errors?.[0].extensions?.code).toBe(code);
}

/** A consent recorded by `holder` for `recipient`, written straight into gemeente's register. */
async function grantInRegister(personId: string, holder: string, recipient: string, purpose: string): Promise<void> {
  await db('gemeente', `INSERT INTO consent (id, person_id, holder_organisation_id, recipient_organisation_id, purpose, method, reference, granted_at, valid_until,
                                             recorded_by, recorded_by_organisation_id, recorded_as)
    VALUES ($1, $2, $3, $4, $5, 'WRITTEN', 'write-rules-test', now(), now() + interval '1 day', 'write-rules-test', $3, 'HOLDER')`,
  [`consent-${key('grant')}`, personId, holder, recipient, purpose]);
}

// ------------------------------------------------------------------------------------------------ welzijn

const CREATE_HELP_REQUEST = `mutation ($input: CreateHelpRequestInput!) {
  createHelpRequest(input: $input) { helpRequest { id intakeOrganisation { id } referredBy { id } description } ${USER_ERRORS} }
}`;
const CLARIFY = `mutation ($id: ID!) { clarifyHelpRequest(id: $id, underlyingNeed: "overgenomen") { helpRequest { id status } ${USER_ERRORS} } }`;
const TRANSITION = `mutation ($id: ID!, $to: HelpRequestStatus!) { transitionHelpRequest(id: $id, to: $to, reason: "overgenomen") { helpRequest { id status } ${USER_ERRORS} } }`;
const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id helpRequest { id } } ${USER_ERRORS} } }`;
const STEP_MATCH = `mutation ($id: ID!) { transitionMatch(id: $id, to: INTRODUCED) { match { id status } ${USER_ERRORS} } }`;
const FOLLOW_UP = `mutation ($id: ID!) { recordFollowUp(id: $id, outcome: STOPPED, satisfaction: 1) { match { id } ${USER_ERRORS} } }`;

const intake = (overrides: Record<string, unknown> = {}) => ({
  clientMutationId: key('intake'),
  requesterId: 'person-075',
  category: 'SHOPPING',
  intensity: 'LIGHT_ONE_OFF',
  channel: 'PHONE',
  description: 'Boodschappen op dinsdag, de lift is kapot.',
  area: 'BU03070301',
  ...overrides,
});

async function volunteerOf(organisationId: string): Promise<string> {
  const id = `volunteer-${key(organisationId)}`;
  await db('welzijn', `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
    VALUES ($1, $2, 'BU03070301', '{SHOPPING}', true, '{nl}', 52.18, 5.405, 3, '{}', 5, '{}', true, true)`, [id, organisationId]);
  return id;
}

/** A hulpvraag of `caller`'s organisation, clarified and OPEN. */
async function openRequest(caller: TestCaller, overrides: Record<string, unknown> = {}): Promise<string> {
  const id = written(await ask(CREATE_HELP_REQUEST, { input: intake(overrides) }, caller), 'createHelpRequest', 'helpRequest').id;
  written(await ask(CLARIFY, { id }, caller), 'clarifyHelpRequest', 'helpRequest');
  written(await ask(TRANSITION, { id, to: 'OPEN' }, caller), 'transitionHelpRequest', 'helpRequest');
  return id;
}

/** Everything welzijn keeps about one hulpvraag: its row, its transitions and its matches. */
const welzijnState = async (id: string) => ({
  request: await db('welzijn', 'SELECT status, underlying_need FROM help_request WHERE id = $1', [id]),
  transitions: await db('welzijn', 'SELECT count(*)::int AS n FROM help_request_transition WHERE help_request_id = $1', [id]),
  matches: await db('welzijn', 'SELECT id, status, satisfaction FROM match WHERE help_request_id = $1 ORDER BY id', [id]),
});

describe('consent gives reading, never writing', () => {
  const HOLDER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
  const CONSENTED: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
  const STRANGER: TestCaller = { org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' };
  let helpRequestId: string;
  let matchId: string;
  let consentedVolunteer: string;

  beforeAll(async () => {
    helpRequestId = await openRequest(HOLDER);
    await grantInRegister('person-075', 'org-wz-01', 'org-wz-02', 'MATCHING');
    consentedVolunteer = await volunteerOf('org-wz-02');
    // the holder proposes its own volunteer, so there is a match to attack; the hulpvraag needs two helpers
    await db('welzijn', 'UPDATE help_request SET helpers_needed = 2 WHERE id = $1', [helpRequestId]);
    const proposed = await ask(PROPOSE, { input: { clientMutationId: key('holder'), helpRequestId, pool: 'VOLUNTEER', helperId: await volunteerOf('org-wz-01'), madeBy: 'MATCHER' } }, HOLDER);
    matchId = written(proposed, 'proposeMatch', 'match').id;
  });

  test('the partner with MATCHING consent reads the hulpvraag (so the consent is in effect)', async () => {
    const read = await ask('query ($id: ID!) { helpRequest(id: $id) { id status } }', { id: helpRequestId }, CONSENTED);
    expect(read.errors).toBeUndefined();
    expect(read.data.helpRequest).toEqual({ id: helpRequestId, status: 'OPEN' });
  });

  test('…but may not clarify, move or propose a helper for it: FORBIDDEN, and nothing changes', async () => {
    const before = await welzijnState(helpRequestId);
    refused(await ask(CLARIFY, { id: helpRequestId }, CONSENTED), 'FORBIDDEN');
    for (const to of ['ON_HOLD', 'CANCELLED', 'REFERRED']) refused(await ask(TRANSITION, { id: helpRequestId, to }, CONSENTED), 'FORBIDDEN');
    refused(await ask(PROPOSE, { input: { clientMutationId: key('consented'), helpRequestId, pool: 'VOLUNTEER', helperId: consentedVolunteer, madeBy: 'MATCHER' } }, CONSENTED), 'FORBIDDEN');
    refused(await ask(PROPOSE, { input: { clientMutationId: key('consented'), helpRequestId, pool: 'NEIGHBOUR', helperId: 'help-offer-001', madeBy: 'SELF' } }, CONSENTED), 'FORBIDDEN');
    expect(await welzijnState(helpRequestId)).toEqual(before);
  });

  test('…nor move on or follow up its matches, which consent does not even let it read: NOT_FOUND', async () => {
    const before = await welzijnState(helpRequestId);
    const unknown = userError(await ask(STEP_MATCH, { id: 'match-unknown' }, CONSENTED), 'transitionMatch');
    expect(userError(await ask(STEP_MATCH, { id: matchId }, CONSENTED), 'transitionMatch')).toEqual({ ...unknown, message: unknown.message.replace('match-unknown', matchId) });
    expect(userError(await ask(FOLLOW_UP, { id: matchId }, CONSENTED), 'recordFollowUp')).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
    expect(await welzijnState(helpRequestId)).toEqual(before);
  });

  test('an organisation without consent finds nothing to write: NOT_FOUND, as for an unknown id', async () => {
    const before = await welzijnState(helpRequestId);
    const unknown = userError(await ask(TRANSITION, { id: 'help-request-unknown', to: 'ON_HOLD' }, STRANGER), 'transitionHelpRequest');
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
    const same = (error: UserError) => expect(error).toEqual({ ...unknown, message: unknown.message.replace('help-request-unknown', helpRequestId) });
    same(userError(await ask(TRANSITION, { id: helpRequestId, to: 'ON_HOLD' }, STRANGER), 'transitionHelpRequest'));
    same(userError(await ask(CLARIFY, { id: helpRequestId }, STRANGER), 'clarifyHelpRequest'));
    const proposal = userError(await ask(PROPOSE, { input: { clientMutationId: key('stranger'), helpRequestId, pool: 'VOLUNTEER', helperId: await volunteerOf('org-wz-03'), madeBy: 'MATCHER' } }, STRANGER), 'proposeMatch');
    expect(proposal).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'helpRequestId'] });
    expect(userError(await ask(STEP_MATCH, { id: matchId }, STRANGER), 'transitionMatch')).toMatchObject({ code: 'NOT_FOUND' });
    expect(await welzijnState(helpRequestId)).toEqual(before);
  });

  test("the holder may not propose another organisation's volunteer: NOT_FOUND on input.helperId", async () => {
    const before = await welzijnState(helpRequestId);
    const proposal = await ask(PROPOSE, { input: { clientMutationId: key('foreign-volunteer'), helpRequestId, pool: 'VOLUNTEER', helperId: consentedVolunteer, madeBy: 'MATCHER' } }, HOLDER);
    expect(userError(proposal, 'proposeMatch')).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'helperId'] });
    expect(await welzijnState(helpRequestId)).toEqual(before);
  });

  test("a volunteer's availability is switched by their own organisation only", async () => {
    const SWITCH = `mutation ($id: ID!) { setVolunteerAvailable(id: $id, available: false) { volunteer { id } ${USER_ERRORS} } }`;
    expect(userError(await ask(SWITCH, { id: consentedVolunteer }, HOLDER), 'setVolunteerAvailable')).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
    expect(await db('welzijn', 'SELECT available FROM volunteer WHERE id = $1', [consentedVolunteer])).toEqual([{ available: true }]);
  });

  test('the professional who referred a resident reads the hulpvraag, but helpers are proposed by the organisation that took it in', async () => {
    const referrer: TestCaller = { org: 'org-zg-09', roles: ['professional', 'matcher'], purpose: 'MATCHING' };
    const id = written(await ask(CREATE_HELP_REQUEST, { input: intake({ channel: 'PROFESSIONAL', forOrganisationId: 'org-wz-01' }) }, referrer), 'createHelpRequest', 'helpRequest').id;
    written(await ask(CLARIFY, { id }, HOLDER), 'clarifyHelpRequest', 'helpRequest');
    written(await ask(TRANSITION, { id, to: 'OPEN' }, HOLDER), 'transitionHelpRequest', 'helpRequest');
    expect((await ask('query ($id: ID!) { helpRequest(id: $id) { status } }', { id }, referrer)).data.helpRequest).toEqual({ status: 'OPEN' });
    const before = await welzijnState(id);
    refused(await ask(PROPOSE, { input: { clientMutationId: key('referrer'), helpRequestId: id, pool: 'NEIGHBOUR', helperId: 'help-offer-001', madeBy: 'MATCHER' } }, referrer), 'FORBIDDEN');
    expect(await welzijnState(id)).toEqual(before);
  });

  test("taking a hulpvraag in for another organisation is for a professional: a matcher may not plant one in another's care", async () => {
    const [{ before }] = await db('welzijn', 'SELECT count(*)::int AS before FROM help_request');
    refused(await ask(CREATE_HELP_REQUEST, { input: intake({ channel: 'PROFESSIONAL', forOrganisationId: 'org-wz-04' }) }, CONSENTED), 'FORBIDDEN');
    expect((await db('welzijn', 'SELECT count(*)::int AS n FROM help_request'))[0].n).toBe(before);
  });
});

// ------------------------------------------------------------------------------------------------ zorg, bewoners

describe('consent gives reading, never writing: referrals and neighbours\u2019 offers', () => {
  test('a care partner with REFERRAL consent reads a referral but may not move it on', async () => {
    const referrer: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'REFERRAL' };
    const consented: TestCaller = { org: 'org-zg-04', roles: ['professional'], purpose: 'REFERRAL' };
    const stranger: TestCaller = { org: 'org-zg-05', roles: ['professional'], purpose: 'REFERRAL' };
    const created = await ask(`mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } ${USER_ERRORS} } }`, {
      input: { clientMutationId: key('referral'), kind: 'SIGNAL', direction: 'TO_PROFESSIONAL', reason: 'DEBTS', personId: 'person-076', toOrganisationId: 'org-zg-03' },
    }, referrer);
    const id = written(created, 'createReferral', 'referral').id;
    await grantInRegister('person-076', 'org-wz-01', 'org-zg-04', 'REFERRAL');
    const read = await ask('query ($id: ID!) { referral(id: $id) { id status } }', { id }, consented);
    expect(read.data.referral).toEqual({ id, status: 'SENT' });

    const STEP = `mutation ($id: ID!, $to: ReferralStatus!) { transitionReferral(id: $id, to: $to) { referral { id } ${USER_ERRORS} } }`;
    for (const to of ['ACCEPTED', 'DECLINED']) refused(await ask(STEP, { id, to }, consented), 'FORBIDDEN');
    refused(await ask(STEP, { id, to: 'ACCEPTED' }, referrer), 'FORBIDDEN'); // a co-holder, but not the one it was sent to
    expect(userError(await ask(STEP, { id, to: 'ACCEPTED' }, stranger), 'transitionReferral')).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
    expect(await db('zorg', 'SELECT status, status_reason FROM referral WHERE id = $1', [id])).toEqual([{ status: 'SENT', status_reason: null }]);
  });

  test("a matcher with MATCHING consent reads a neighbour's offer but may not switch it off", async () => {
    const offer = `help-offer-${key('offer')}`;
    await db('bewoners', `INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages, limits)
      VALUES ($1, 'person-078', 'org-bw-02', '{SHOPPING}', 'BU03070301', true, 52.18, 5.405, 2, '{}', '{nl}', '{}')`, [offer]);
    await grantInRegister('person-078', 'org-bw-02', 'org-wz-02', 'MATCHING');
    const consented: TestCaller = { org: 'org-wz-02', roles: ['partner-system'], purpose: 'MATCHING' };
    const read = await ask('query ($id: ID!) { helpOffer(id: $id) { id available } }', { id: offer }, consented);
    expect(read.data.helpOffer).toEqual({ id: offer, available: true });

    const SWITCH = `mutation ($id: ID!) { setHelpOfferAvailable(id: $id, available: false) { helpOffer { id } ${USER_ERRORS} } }`;
    refused(await ask(SWITCH, { id: offer }, consented), 'FORBIDDEN');
    const otherCooperative: TestCaller = { org: 'org-bw-03', roles: ['cooperative-coordinator'], purpose: 'MATCHING' };
    expect(userError(await ask(SWITCH, { id: offer }, otherCooperative), 'setHelpOfferAvailable')).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
    expect(await db('bewoners', 'SELECT available FROM help_offer WHERE id = $1', [offer])).toEqual([{ available: true }]);
  });
});

// ------------------------------------------------------------------------------------------------ retry keys

describe('retry keys belong to the organisation that sends them', () => {
  test("a professional reusing the key of the welfare organisation it refers to gets its own hulpvraag, never that organisation's", async () => {
    const welfare: TestCaller = { org: 'org-wz-05', roles: ['matcher'], purpose: 'MATCHING' };
    const professional: TestCaller = { org: 'org-zg-02', roles: ['professional'], purpose: 'SERVICE_DELIVERY' };
    const shared = key('intake-shared');
    const theirs = written(await ask(CREATE_HELP_REQUEST, { input: intake({ clientMutationId: shared, description: 'Eigen intake van de welzijnsorganisatie.' }) }, welfare), 'createHelpRequest', 'helpRequest');
    const answer = await ask(CREATE_HELP_REQUEST, { input: intake({ clientMutationId: shared, channel: 'PROFESSIONAL', forOrganisationId: 'org-wz-05', description: 'Doorverwezen door de huisarts.' }) }, professional);
    const mine = written(answer, 'createHelpRequest', 'helpRequest');
    expect(mine).toMatchObject({ intakeOrganisation: { id: 'org-wz-05' }, referredBy: { id: 'org-zg-02' }, description: 'Doorverwezen door de huisarts.' });
    expect(mine.id).not.toBe(theirs.id);
    expect(JSON.stringify(answer)).not.toContain(theirs.id);
    // and the key stays the welfare organisation's own too
    expect(written(await ask(CREATE_HELP_REQUEST, { input: intake({ clientMutationId: shared, description: 'Eigen intake van de welzijnsorganisatie.' }) }, welfare), 'createHelpRequest', 'helpRequest').id).toBe(theirs.id);
    expect(await db('welzijn', 'SELECT count(*)::int AS n FROM help_request WHERE client_mutation_id = $1', [shared])).toEqual([{ n: 2 }]);
  });

  test("a matcher reusing another organisation's match key gets its own match, never that organisation's", async () => {
    const first: TestCaller = { org: 'org-wz-06', roles: ['matcher'], purpose: 'MATCHING' };
    const second: TestCaller = { org: 'org-wz-07', roles: ['matcher'], purpose: 'MATCHING' };
    const shared = key('match-shared');
    const theirs = written(
      await ask(PROPOSE, { input: { clientMutationId: shared, helpRequestId: await openRequest(first), pool: 'VOLUNTEER', helperId: await volunteerOf('org-wz-06'), madeBy: 'MATCHER' } }, first),
      'proposeMatch',
      'match',
    );
    const ownRequest = await openRequest(second);
    const answer = await ask(PROPOSE, { input: { clientMutationId: shared, helpRequestId: ownRequest, pool: 'VOLUNTEER', helperId: await volunteerOf('org-wz-07'), madeBy: 'MATCHER' } }, second);
    const mine = written(answer, 'proposeMatch', 'match');
    expect(mine.helpRequest.id).toBe(ownRequest);
    expect(mine.id).not.toBe(theirs.id);
    expect(JSON.stringify(answer)).not.toContain(theirs.id);
  });

  test("referrals and activities: another organisation's key is another key", async () => {
    const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id referrer { id } } ${USER_ERRORS} } }`;
    const shared = key('referral-shared');
    const referral = (personId: string) => ({ clientMutationId: shared, kind: 'SIGNAL', direction: 'TO_PROFESSIONAL', reason: 'LONELINESS', personId, toOrganisationId: 'org-zg-01' });
    const a = written(await ask(CREATE_REFERRAL, { input: referral('person-079') }, { org: 'org-wz-08', roles: ['matcher'], purpose: 'REFERRAL' }), 'createReferral', 'referral');
    const answer = await ask(CREATE_REFERRAL, { input: referral('person-080') }, { org: 'org-wz-09', roles: ['matcher'], purpose: 'REFERRAL' });
    expect(written(answer, 'createReferral', 'referral')).toMatchObject({ referrer: { id: 'org-wz-09' } });
    expect(JSON.stringify(answer)).not.toContain(a.id);

    const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id organisation { id } } ${USER_ERRORS} } }`;
    const activity = (title: string) => ({ clientMutationId: shared, title, kind: 'COFFEE_MORNING', area: 'BU03070101', startsAt: '2026-06-01T10:00:00Z', endsAt: '2026-06-01T11:00:00Z' });
    const b = written(await ask(CREATE_ACTIVITY, { input: activity('Koffie bij de een') }, { org: 'org-bw-01', roles: ['cooperative-coordinator'] }), 'createActivity', 'activity');
    const other = await ask(CREATE_ACTIVITY, { input: activity('Koffie bij de ander') }, { org: 'org-bw-02', roles: ['cooperative-coordinator'] });
    expect(written(other, 'createActivity', 'activity')).toMatchObject({ organisation: { id: 'org-bw-02' } });
    expect(JSON.stringify(other)).not.toContain(b.id);
  });

  test('a key reused with other input is a CONFLICT on input.clientMutationId, names no record, and writes nothing', async () => {
    const MATCHER: TestCaller = { org: 'org-wz-10', roles: ['matcher'], purpose: 'MATCHING' };
    const COOPERATIVE: TestCaller = { org: 'org-bw-04', roles: ['cooperative-coordinator'] };
    const cases: { mutation: string; record: string; document: string; caller: TestCaller; input: Record<string, unknown>; changed: Record<string, unknown>; table: [Partner, string] }[] = [
      { mutation: 'createHelpRequest', record: 'helpRequest', document: CREATE_HELP_REQUEST, caller: MATCHER, input: intake(), changed: { category: 'GARDEN' }, table: ['welzijn', 'help_request'] },
      {
        mutation: 'createReferral',
        record: 'referral',
        document: `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } ${USER_ERRORS} } }`,
        caller: { ...MATCHER, purpose: 'REFERRAL' },
        input: { clientMutationId: key('referral'), kind: 'REFERRAL', direction: 'TO_PROFESSIONAL', reason: 'DEBTS', personId: 'person-077', toOrganisationId: 'org-zg-06' },
        changed: { personId: 'person-078' },
        table: ['zorg', 'referral'],
      },
      {
        mutation: 'createActivity',
        record: 'activity',
        document: `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } ${USER_ERRORS} } }`,
        caller: COOPERATIVE,
        input: { clientMutationId: key('activity'), title: 'Eettafel', kind: 'SHARED_MEAL', area: 'BU03070101', startsAt: '2026-06-01T17:00:00Z', endsAt: '2026-06-01T19:00:00Z' },
        changed: { startsAt: '2026-06-08T17:00:00Z', endsAt: '2026-06-08T19:00:00Z' },
        table: ['bewoners', 'activity'],
      },
    ];
    const request = await openRequest(MATCHER);
    await db('welzijn', 'UPDATE help_request SET helpers_needed = 2 WHERE id = $1', [request]);
    const volunteer = await volunteerOf('org-wz-10');
    cases.push({
      mutation: 'proposeMatch',
      record: 'match',
      document: PROPOSE,
      caller: MATCHER,
      input: { clientMutationId: key('proposal'), helpRequestId: request, pool: 'VOLUNTEER', helperId: volunteer, madeBy: 'MATCHER' },
      changed: { madeBy: 'SELF' },
      table: ['welzijn', 'match'],
    });
    for (const c of cases) {
      const first = written(await ask(c.document, { input: c.input }, c.caller), c.mutation, c.record);
      expect(written(await ask(c.document, { input: c.input }, c.caller), c.mutation, c.record).id).toBe(first.id); // a true retry
      const [{ before }] = await db(c.table[0], `SELECT count(*)::int AS before FROM ${c.table[1]}`);
      const answer = await ask(c.document, { input: { ...c.input, ...c.changed } }, c.caller);
      expect(userError(answer, c.mutation)).toMatchObject({ code: 'CONFLICT', field: ['input', 'clientMutationId'] });
      expect(JSON.stringify(answer)).not.toContain(first.id);
      expect((await db(c.table[0], `SELECT count(*)::int AS n FROM ${c.table[1]}`))[0].n).toBe(before);
    }
    // the proposal that was refused did not take the second helper slot either
    expect((await db('welzijn', 'SELECT status FROM help_request WHERE id = $1', [request]))[0].status).toBe('OPEN');
  });
});

describe('concurrent retries', () => {
  const ROUNDS = 3;
  const PARALLEL = 12;

  test('retries of one proposal racing each other all get the one match; the hulpvraag moves once', async () => {
    const matcher: TestCaller = { org: 'org-wz-11', roles: ['matcher'], purpose: 'MATCHING' };
    const volunteer = await volunteerOf('org-wz-11');
    for (let round = 0; round < ROUNDS; round++) {
      const input = { clientMutationId: key('race'), helpRequestId: await openRequest(matcher), pool: 'VOLUNTEER', helperId: volunteer, madeBy: 'MATCHER' };
      const answers = await Promise.all(Array.from({ length: PARALLEL }, () => askSubgraph('welzijn', PROPOSE, { input }, matcher)));
      const ids = new Set(answers.map((answer) => written(answer, 'proposeMatch', 'match').id));
      expect(ids.size).toBe(1);
      expect(await db('welzijn', 'SELECT id FROM match WHERE help_request_id = $1', [input.helpRequestId])).toEqual([{ id: [...ids][0] }]);
      const moves = await db('welzijn', "SELECT count(*)::int AS n FROM help_request_transition WHERE help_request_id = $1 AND to_status = 'MATCHED'", [input.helpRequestId]);
      expect(moves).toEqual([{ n: 1 }]);
      await db('welzijn', "UPDATE match SET status = 'ENDED' WHERE id = $1", [[...ids][0]]); // frees the volunteer's load cap
    }
  });

  test('two organisations racing with the same key each get exactly one record, their own', async () => {
    const a: TestCaller = { org: 'org-wz-12', roles: ['matcher'], purpose: 'MATCHING' };
    const b: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
    const professional: TestCaller = { org: 'org-zg-07', roles: ['professional'], purpose: 'SERVICE_DELIVERY' };
    const [volunteerA, volunteerB] = [await volunteerOf('org-wz-12'), await volunteerOf('org-wz-01')];
    for (let round = 0; round < ROUNDS; round++) {
      // matches
      const shared = key('race-shared');
      const [requestA, requestB] = [await openRequest(a), await openRequest(b)];
      const proposals = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          i % 2
            ? askSubgraph('welzijn', PROPOSE, { input: { clientMutationId: shared, helpRequestId: requestA, pool: 'VOLUNTEER', helperId: volunteerA, madeBy: 'MATCHER' } }, a)
            : askSubgraph('welzijn', PROPOSE, { input: { clientMutationId: shared, helpRequestId: requestB, pool: 'VOLUNTEER', helperId: volunteerB, madeBy: 'SELF' } }, b),
        ),
      );
      const matchOf = (i: number) => written(proposals[i], 'proposeMatch', 'match');
      expect(new Set(proposals.map((_, i) => `${i % 2}:${matchOf(i).id}`)).size).toBe(2);
      proposals.forEach((_, i) => expect(matchOf(i).helpRequest.id).toBe(i % 2 ? requestA : requestB));
      expect(await db('welzijn', 'SELECT help_request_id FROM match WHERE client_mutation_id = $1 ORDER BY help_request_id', [shared])).toEqual(
        [requestA, requestB].sort().map((id) => ({ help_request_id: id })),
      );
      await db('welzijn', "UPDATE match SET status = 'ENDED' WHERE client_mutation_id = $1", [shared]);

      // hulpvragen: the welfare organisation's own intake and a professional's referral into its care
      const intakeKey = key('race-intake');
      const intakes = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          i % 2
            ? askSubgraph('welzijn', CREATE_HELP_REQUEST, { input: intake({ clientMutationId: intakeKey, description: 'eigen intake' }) }, a)
            : askSubgraph('welzijn', CREATE_HELP_REQUEST, { input: intake({ clientMutationId: intakeKey, channel: 'PROFESSIONAL', forOrganisationId: 'org-wz-12', description: 'doorverwezen' }) }, professional),
        ),
      );
      const requestOf = (i: number) => written(intakes[i], 'createHelpRequest', 'helpRequest');
      intakes.forEach((_, i) => expect(requestOf(i)).toMatchObject({ description: i % 2 ? 'eigen intake' : 'doorverwezen', intakeOrganisation: { id: 'org-wz-12' } }));
      expect(new Set(intakes.map((_, i) => requestOf(i).id)).size).toBe(2);
      expect(await db('welzijn', 'SELECT count(*)::int AS n FROM help_request WHERE client_mutation_id = $1', [intakeKey])).toEqual([{ n: 2 }]);
    }
  });
});
