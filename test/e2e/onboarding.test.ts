// Partners feed the hub through the graph: the gemeente onboards a cooperative, the cooperative registers a
// neighbour's offer, a welfare organisation registers a volunteer and takes in a resident it has never seen
// by phone; both helpers come back as ranked candidates, and updating and pausing them changes the list.
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
// DATA_SUBJECT_REQUEST is the hub-admin's only purpose (kit/access/purposes.ts): merging a resident's two keys
// corrects the records about them (rectificatie, AVG art. 16)
const HUB_ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'], purpose: 'DATA_SUBJECT_REQUEST' };
const MATCHER: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
let coordinator: TestCaller;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ask = (caller: TestCaller, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

/** Runs a mutation and returns its record, failing on any error. */
async function write(caller: TestCaller, mutation: string, field: string, record: string, variables: Record<string, unknown>): Promise<any> {
  const response = await ask(caller, mutation, variables);
  expect(response.errors).toBeUndefined();
  expect(response.data[field].userErrors).toEqual([]);
  return response.data[field][record];
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const SCHOTHORST_NOORD = 'BU03070301';
const HOME = { latitude: 52.1788, longitude: 5.4031 };

const ONBOARD = `mutation ($input: OnboardOrganisationInput!) { onboardOrganisation(input: $input) { organisation { id name kind kvkNumber areasServed { code } contact { phones { number kind } email website } } ${USER_ERRORS} } }`;
const REGISTER_PERSON = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id references { reference } } created ${USER_ERRORS} } }`;
const REGISTER_OFFER = `mutation ($input: RegisterHelpOfferInput!) { registerHelpOffer(input: $input) { helpOffer { id status hasVog vogIssuedOn categories languages trainings { name completedOn } competences } ${USER_ERRORS} } }`;
const REGISTER_VOLUNTEER = `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { volunteer { id status hasVog insured maxDistanceKm location { latitude longitude } } ${USER_ERRORS} } }`;
const UPDATE_VOLUNTEER = `mutation ($id: ID!, $input: UpdateVolunteerInput!) { updateVolunteer(id: $id, input: $input) { volunteer { id limits languages } ${USER_ERRORS} } }`;
const PAUSE_OFFER = `mutation ($id: ID!, $until: Date!) { pauseHelpOffer(id: $id, until: $until, reason: "op vakantie") { helpOffer { id status pausedUntil } ${USER_ERRORS} } }`;
const RESUME_OFFER = `mutation ($id: ID!) { resumeHelpOffer(id: $id) { helpOffer { id status pausedUntil } ${USER_ERRORS} } }`;
const PAUSE_VOLUNTEER = `mutation ($id: ID!, $until: Date!) { pauseVolunteer(id: $id, until: $until) { volunteer { id status pausedUntil } ${USER_ERRORS} } }`;
const CREATE_REQUEST = `mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id status requester { id } } ${USER_ERRORS} } }`;
const CANDIDATES = `query ($id: ID!) { helpRequest(id: $id) { candidates(first: 100) { pool helperId score reasons } } }`;

let cooperativeId: string;
let neighbourKey: string;
let offerId: string;
let volunteerId: string;
let residentKey: string;
let requestId: string;

async function candidates(): Promise<{ pool: string; helperId: string; score: number }[]> {
  const response = await ask(MATCHER, CANDIDATES, { id: requestId });
  expect(response.errors).toBeUndefined();
  const list = response.data.helpRequest.candidates;
  // ranked: best score first
  expect(list.map((c: any) => c.score)).toEqual([...list.map((c: any) => c.score)].sort((a: number, b: number) => b - a));
  return list;
}
const rankOf = (list: { helperId: string }[], id: string) => list.findIndex((c) => c.helperId === id);

test('the gemeente onboards a cooperative with its contact details', async () => {
  const input = {
    clientMutationId: 'onboard-nieuwland',
    name: 'Buurtcoöperatie Schothorst-Noord',
    kind: 'COOPERATIVE',
    kvkNumber: '8123 4567',
    areasServed: [SCHOTHORST_NOORD],
    contact: { phones: [{ number: '033 123 4567', description: 'ma–vr 9–12' }], email: 'info@schothorst-noord.nl', website: 'https://schothorst-noord.nl' },
  };
  const organisation = await write(HUB_ADMIN, ONBOARD, 'onboardOrganisation', 'organisation', { input });
  expect(organisation).toMatchObject({
    kind: 'COOPERATIVE',
    kvkNumber: '81234567',
    areasServed: [{ code: SCHOTHORST_NOORD }],
    contact: { phones: [{ number: '033 123 4567', kind: 'VOICE' }], email: 'info@schothorst-noord.nl', website: 'https://schothorst-noord.nl' },
  });
  cooperativeId = organisation.id;
  coordinator = { org: cooperativeId, roles: ['cooperative-coordinator'], purpose: 'SERVICE_DELIVERY' };
  // a retry gives the same organisation; the same KvK number under another key is a clash
  expect((await write(HUB_ADMIN, ONBOARD, 'onboardOrganisation', 'organisation', { input })).id).toBe(cooperativeId);
  const again = await ask(HUB_ADMIN, ONBOARD, { input: { ...input, clientMutationId: 'onboard-twice' } });
  expect(again.data.onboardOrganisation).toEqual({ organisation: null, userErrors: [expect.objectContaining({ code: 'CONFLICT', field: ['input', 'kvkNumber'] })] });
  // only the gemeente keeps the registry
  const other = await ask({ ...HUB_ADMIN, org: 'org-wz-02' }, ONBOARD, { input: { ...input, clientMutationId: 'x', kvkNumber: null } });
  expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

test("the cooperative registers a neighbour and the neighbour's offer, with a VOG it checked", async () => {
  const person = await write(coordinator, REGISTER_PERSON, 'registerPerson', 'person', { input: { reference: 'lid-0042', homeArea: SCHOTHORST_NOORD } });
  neighbourKey = person.id;
  expect(person.references).toEqual([{ reference: 'lid-0042' }]);
  const offer = await write(coordinator, REGISTER_OFFER, 'registerHelpOffer', 'helpOffer', {
    input: {
      clientMutationId: 'offer-lid-0042',
      helperId: neighbourKey,
      area: SCHOTHORST_NOORD,
      location: HOME,
      profile: {
        categories: ['SHOPPING', 'COMPANY'],
        vogIssuedOn: daysFromNow(-200),
        maxDistanceKm: 2,
        languages: ['nl', 'ar'],
        availability: ['TUE_MORNING', 'THU_MORNING'],
        trainings: [{ name: 'Omgaan met dementie', completedOn: daysFromNow(-30) }],
        competences: ['rijbewijs B'],
      },
    },
  });
  expect(offer).toMatchObject({ status: 'ACTIVE', hasVog: true, categories: ['SHOPPING', 'COMPANY'], languages: ['nl', 'ar'], competences: ['rijbewijs B'] });
  offerId = offer.id;
  // the neighbour lets the cooperative put their offer before the welfare organisation's matchers (a neighbour
  // without that consent is never another organisation's candidate)
  await write({ ...coordinator, purpose: 'COORDINATION' }, `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } ${USER_ERRORS} } }`, 'grantConsent', 'consent', {
    input: { personId: neighbourKey, holderOrganisationId: cooperativeId, recipientOrganisationId: MATCHER.org, purpose: 'MATCHING', method: 'WRITTEN', reference: 'formulier lid-0042', validUntil: daysFromNow(365) + 'T00:00:00Z' },
  });
});

test('the welfare organisation registers a volunteer; a retry gives the same volunteer', async () => {
  const input = {
    clientMutationId: 'volunteer-anna',
    homeArea: SCHOTHORST_NOORD,
    location: { latitude: 52.1829, longitude: 5.4082 },
    profile: { categories: ['SHOPPING'], insured: true, maxDistanceKm: 3, languages: ['nl'], availability: ['TUE_MORNING'] },
    loadCap: 2,
  };
  const volunteer = await write(MATCHER, REGISTER_VOLUNTEER, 'registerVolunteer', 'volunteer', { input });
  expect(volunteer).toMatchObject({ status: 'ACTIVE', hasVog: false, insured: true, maxDistanceKm: 3, location: { latitude: 52.185, longitude: 5.41 } });
  volunteerId = volunteer.id;
  expect((await write(MATCHER, REGISTER_VOLUNTEER, 'registerVolunteer', 'volunteer', { input })).id).toBe(volunteerId);
  const [{ n }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS n FROM volunteer WHERE client_mutation_id = $1', ['volunteer-anna']);
  expect(n).toBe(1);
});

test('a never-seen resident is taken in by phone: a new pseudonymous key, then the hulpvraag', async () => {
  const registered = await ask(MATCHER, REGISTER_PERSON, { input: { reference: 'WZ-2026-0117', homeArea: SCHOTHORST_NOORD } });
  expect(registered.data.registerPerson).toMatchObject({ created: true, userErrors: [] });
  residentKey = registered.data.registerPerson.person.id;
  expect(residentKey).toMatch(/^person-[0-9a-f-]{36}$/);
  // the same reference again: the same key (a retry, or the resident calling again)
  const again = await ask(MATCHER, REGISTER_PERSON, { input: { reference: 'WZ-2026-0117', homeArea: SCHOTHORST_NOORD } });
  expect(again.data.registerPerson).toMatchObject({ created: false, person: { id: residentKey } });
  const byReference = await ask(MATCHER, `{ personByReference(reference: "WZ-2026-0117") { id } }`);
  expect(byReference.data.personByReference).toEqual({ id: residentKey });
  // another organisation's reference is its own: the matcher does not find the cooperative's
  expect((await ask(MATCHER, `{ personByReference(reference: "lid-0042") { id } }`)).data.personByReference).toBeNull();

  const request = await write(MATCHER, CREATE_REQUEST, 'createHelpRequest', 'helpRequest', {
    input: {
      clientMutationId: 'phone-0117',
      requesterId: residentKey,
      category: 'SHOPPING',
      intensity: 'RECURRING',
      channel: 'PHONE',
      description: 'Mevrouw belt: kan iemand op dinsdag boodschappen met haar doen?',
      area: SCHOTHORST_NOORD,
      location: HOME,
      wishedTimes: ['TUE_MORNING'],
      languages: ['ar'],
    },
  });
  expect(request).toMatchObject({ status: 'NEW', requester: { id: residentKey } });
  requestId = request.id;
  await write(MATCHER, `mutation ($id: ID!) { clarifyHelpRequest(id: $id, underlyingNeed: "Wekelijks samen boodschappen doen") { helpRequest { status } ${USER_ERRORS} } }`, 'clarifyHelpRequest', 'helpRequest', { id: requestId });
  await write(MATCHER, `mutation ($id: ID!) { transitionHelpRequest(id: $id, to: OPEN) { helpRequest { status } ${USER_ERRORS} } }`, 'transitionHelpRequest', 'helpRequest', { id: requestId });
});

test('both helpers come back as ranked candidates: the neighbour next door who speaks Arabic first', async () => {
  const list = await candidates();
  const neighbour = list.find((c) => c.helperId === offerId);
  const volunteer = list.find((c) => c.helperId === volunteerId);
  expect(neighbour).toMatchObject({ pool: 'NEIGHBOUR' });
  expect(volunteer).toMatchObject({ pool: 'VOLUNTEER' });
  expect(rankOf(list, offerId)).toBeLessThan(rankOf(list, volunteerId));
  expect(neighbour!.score).toBeGreaterThan(volunteer!.score);
});

test('updating the volunteer changes the candidates: a limit takes them out, a language moves them up', async () => {
  const before = (await candidates()).find((c) => c.helperId === volunteerId)!;
  await write(MATCHER, UPDATE_VOLUNTEER, 'updateVolunteer', 'volunteer', { id: volunteerId, input: { profile: { limits: ['NO_MONEY'] } } });
  expect(rankOf(await candidates(), volunteerId)).toBe(-1); // geen geldzaken: not for SHOPPING
  const updated = await write(MATCHER, UPDATE_VOLUNTEER, 'updateVolunteer', 'volunteer', { id: volunteerId, input: { profile: { limits: [], languages: ['nl', 'ar'] } } });
  expect(updated).toMatchObject({ limits: [], languages: ['nl', 'ar'] });
  const after = (await candidates()).find((c) => c.helperId === volunteerId)!;
  expect(after.score).toBeGreaterThan(before.score);
});

test('pausing takes a helper off the list until the pause ends; a paused volunteer cannot be proposed', async () => {
  const paused = await write(coordinator, PAUSE_OFFER, 'pauseHelpOffer', 'helpOffer', { id: offerId, until: daysFromNow(14) });
  expect(paused).toMatchObject({ status: 'PAUSED', pausedUntil: daysFromNow(14) });
  expect(rankOf(await candidates(), offerId)).toBe(-1);
  expect(await write(coordinator, RESUME_OFFER, 'resumeHelpOffer', 'helpOffer', { id: offerId })).toMatchObject({ status: 'ACTIVE', pausedUntil: null });
  expect(rankOf(await candidates(), offerId)).toBeGreaterThanOrEqual(0);

  await write(MATCHER, PAUSE_VOLUNTEER, 'pauseVolunteer', 'volunteer', { id: volunteerId, until: daysFromNow(7) });
  expect(rankOf(await candidates(), volunteerId)).toBe(-1);
  const proposal = await ask(
    MATCHER,
    `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } ${USER_ERRORS} } }`,
    { input: { clientMutationId: 'propose-paused', helpRequestId: requestId, pool: 'VOLUNTEER', helperId: volunteerId, madeBy: 'MATCHER' } },
  );
  expect(proposal.data.proposeMatch).toEqual({ match: null, userErrors: [expect.objectContaining({ code: 'CONFLICT', field: ['input', 'helperId'] })] });
});

test('a reference that looks like a BSN is refused, and nothing is written', async () => {
  const [{ n: before }] = await hub.subgraphs.gemeente.db.query('SELECT count(*)::int AS n FROM person');
  for (const reference of ['123456782', '1234.56.782', 'BSN 111222333']) {
    const response = await ask(MATCHER, REGISTER_PERSON, { input: { reference, homeArea: SCHOTHORST_NOORD } });
    expect(response.data.registerPerson).toEqual({ person: null, created: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'reference'] })] });
  }
  // 9 digits failing the elfproef are a client number like any other
  expect((await ask(MATCHER, REGISTER_PERSON, { input: { reference: '123456789', homeArea: SCHOTHORST_NOORD } })).data.registerPerson.userErrors).toEqual([]);
  const [{ n: after }] = await hub.subgraphs.gemeente.db.query('SELECT count(*)::int AS n FROM person');
  expect(after).toBe(before + 1);
});

test('the writes of personal data are in each holder’s processing log', async () => {
  const welzijn = await hub.subgraphs.welzijn.db.query("SELECT organisation_id, fields FROM processing_log WHERE entity = 'Volunteer' AND entity_id = $1 AND fields LIKE 'write:%' ORDER BY id", [volunteerId]);
  expect(welzijn[0]).toMatchObject({ organisation_id: 'org-wz-02' });
  expect(welzijn[0].fields.split(',')).toEqual(expect.arrayContaining(['write:homeArea', 'write:location', 'write:profile']));
  const bewoners = await hub.subgraphs.bewoners.db.query("SELECT person_id, fields FROM processing_log WHERE entity = 'HelpOffer' AND entity_id = $1 AND fields LIKE '%write:status%'", [offerId]);
  expect(bewoners.map((row: any) => row.person_id)).toContain(neighbourKey);
  const gemeente = await hub.subgraphs.gemeente.db.query("SELECT organisation_id, fields FROM processing_log WHERE entity = 'PersonReference' AND person_id = $1 AND fields LIKE 'write:%'", [residentKey]);
  expect(gemeente).toEqual([{ organisation_id: 'org-wz-02', fields: 'write:person,write:reference' }]); // once: the second call found the key
});

describe('who may write', () => {
  const UPDATE_OFFER = `mutation ($id: ID!, $input: UpdateHelpOfferInput!) { updateHelpOffer(id: $id, input: $input) { helpOffer { id } ${USER_ERRORS} } }`;

  test("another organisation's volunteer or offer is not there to change (NOT_FOUND, as for an unknown id)", async () => {
    const otherWelfare: TestCaller = { org: 'org-wz-05', roles: ['matcher'], purpose: 'MATCHING' };
    const volunteer = await ask(otherWelfare, UPDATE_VOLUNTEER, { id: volunteerId, input: { loadCap: 5 } });
    expect(volunteer.data.updateVolunteer.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
    const otherCooperative: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'SERVICE_DELIVERY' };
    const offer = await ask(otherCooperative, UPDATE_OFFER, { id: offerId, input: { profile: { maxDistanceKm: 9 } } });
    expect(offer.data.updateHelpOffer.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
    const [{ max_distance_km }] = await hub.subgraphs.bewoners.db.query('SELECT max_distance_km FROM help_offer WHERE id = $1', [offerId]);
    expect(max_distance_km).toBe(2);
  });

  test('a volunteer with open matches cannot end; an ended one cannot come back or change', async () => {
    const RESUME = `mutation ($id: ID!) { resumeVolunteer(id: $id) { volunteer { status } ${USER_ERRORS} } }`;
    const END = `mutation ($id: ID!) { endVolunteer(id: $id, reason: "verhuist") { volunteer { status statusReason } ${USER_ERRORS} } }`;
    await write(MATCHER, RESUME, 'resumeVolunteer', 'volunteer', { id: volunteerId });
    await write(MATCHER, `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } ${USER_ERRORS} } }`, 'proposeMatch', 'match', {
      input: { clientMutationId: 'propose-anna', helpRequestId: requestId, pool: 'VOLUNTEER', helperId: volunteerId, madeBy: 'MATCHER' },
    });
    const refused = await ask(MATCHER, END, { id: volunteerId });
    expect(refused.data.endVolunteer.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['id'], message: expect.stringContaining('open matches (PROPOSED)') })]);
    const [match] = await hub.subgraphs.welzijn.db.query("SELECT id FROM match WHERE volunteer_id = $1 AND status = 'PROPOSED'", [volunteerId]);
    await write(MATCHER, `mutation ($id: ID!) { transitionMatch(id: $id, to: DECLINED, declineReason: OTHER) { match { id } ${USER_ERRORS} } }`, 'transitionMatch', 'match', { id: match.id });
    expect(await write(MATCHER, END, 'endVolunteer', 'volunteer', { id: volunteerId })).toEqual({ status: 'ENDED', statusReason: 'verhuist' });
    expect((await ask(MATCHER, RESUME, { id: volunteerId })).data.resumeVolunteer.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect((await ask(MATCHER, UPDATE_VOLUNTEER, { id: volunteerId, input: { loadCap: 3 } })).data.updateVolunteer.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });

  test("an ended neighbour's offer is never ranked again, and cannot come back or change", async () => {
    const END = `mutation ($id: ID!) { endHelpOffer(id: $id, reason: "verhuist") { helpOffer { status statusReason } ${USER_ERRORS} } }`;
    expect((await candidates()).map((c) => c.helperId)).toContain(offerId);
    const otherCooperative: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'SERVICE_DELIVERY' };
    expect((await ask(otherCooperative, END, { id: offerId })).data.endHelpOffer.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
    // welzijn counts on the neighbour for a hulpvraag: the cooperative cannot end the offer behind its back
    const proposed = await write(MATCHER, `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } ${USER_ERRORS} } }`, 'proposeMatch', 'match', {
      input: { clientMutationId: 'propose-neighbour', helpRequestId: requestId, pool: 'NEIGHBOUR', helperId: offerId, madeBy: 'MATCHER' },
    });
    const refused = await ask(coordinator, END, { id: offerId });
    expect(refused.data.endHelpOffer).toEqual({ helpOffer: null, userErrors: [expect.objectContaining({ code: 'CONFLICT', field: ['id'], message: expect.stringContaining('open matches (PROPOSED)') })] });
    const [{ status }] = await hub.subgraphs.bewoners.db.query('SELECT status FROM help_offer WHERE id = $1', [offerId]);
    expect(status).toBe('ACTIVE');
    await write(MATCHER, `mutation ($id: ID!) { transitionMatch(id: $id, to: DECLINED, declineReason: OTHER) { match { id } ${USER_ERRORS} } }`, 'transitionMatch', 'match', { id: proposed.id });
    expect(await write(coordinator, END, 'endHelpOffer', 'helpOffer', { id: offerId })).toEqual({ status: 'ENDED', statusReason: 'verhuist' });
    expect((await candidates()).map((c) => c.helperId)).not.toContain(offerId);
    const RESUME = `mutation ($id: ID!) { resumeHelpOffer(id: $id) { helpOffer { status } ${USER_ERRORS} } }`;
    expect((await ask(coordinator, RESUME, { id: offerId })).data.resumeHelpOffer.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect((await ask(coordinator, UPDATE_OFFER, { id: offerId, input: { profile: { maxDistanceKm: 5 } } })).data.updateHelpOffer.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });

  test.each([
    ['profile.categories', { profile: { categories: [] } }],
    ['profile.maxDistanceKm', { profile: { categories: ['PETS'], maxDistanceKm: 0 } }],
    ['profile.vogIssuedOn', { profile: { categories: ['PETS'], vogIssuedOn: '2015-01-01' } }],
    ['profile.languages', { profile: { categories: ['PETS'], languages: ['Nederlands'] } }],
    ['profile.trainings.0.completedOn', { profile: { categories: ['PETS'], trainings: [{ name: 'EHBO', completedOn: '2999-01-01' }] } }],
    ['homeArea', { homeArea: 'WK030703' }],
    ['loadCap', { loadCap: 0 }],
  ])('registering a volunteer with bad %s is refused with the field at fault, nothing written', async (field, overrides) => {
    const [{ n: before }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS n FROM volunteer');
    const response = await ask(MATCHER, REGISTER_VOLUNTEER, { input: { clientMutationId: `bad-${field}`, homeArea: SCHOTHORST_NOORD, profile: { categories: ['PETS'] }, ...overrides } });
    expect(response.data.registerVolunteer).toEqual({ volunteer: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', ...field.split('.')] })] });
    const [{ n: after }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS n FROM volunteer');
    expect(after).toBe(before);
  });
});

describe('the partner registry', () => {
  const UPDATE = `mutation ($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { organisation { id name kvkNumber areasServed { code } contact { email } } ${USER_ERRORS} } }`;
  const rowOf = async (id: string) => (await hub.subgraphs.gemeente.db.query('SELECT name, kvk_number, area_codes FROM organisation WHERE id = $1', [id]))[0];

  test("the gemeente's hub administrator changes an organisation's areas and contact details", async () => {
    const changed = await write(HUB_ADMIN, UPDATE, 'updateOrganisation', 'organisation', { id: cooperativeId, input: { areasServed: ['WK030703', 'WK030704'], contact: { email: 'info@buurtcooperatie-schothorst.nl' } } });
    expect(changed).toMatchObject({ kvkNumber: '81234567', areasServed: [{ code: 'WK030703' }, { code: 'WK030704' }], contact: { email: 'info@buurtcooperatie-schothorst.nl' } });
  });

  test.each([
    ['kvkNumber', { name: 'Nooit', kvkNumber: '1234' }, 'BAD_USER_INPUT'],
    ['kvkNumber', { name: 'Nooit', kvkNumber: '30000000' }, 'CONFLICT'], // the demo town's first organisation has it
    ['areasServed.0', { name: 'Nooit', areasServed: ['WK999999'] }, 'BAD_USER_INPUT'],
    ['contact.email', { name: 'Nooit', contact: { email: 'info@' } }, 'BAD_USER_INPUT'],
  ])('a change with a bad %s is refused (%j), nothing written', async (field, input, code) => {
    const before = await rowOf(cooperativeId);
    const response = await ask(HUB_ADMIN, UPDATE, { id: cooperativeId, input });
    expect(response.data.updateOrganisation).toEqual({ organisation: null, userErrors: [expect.objectContaining({ code, field: ['input', ...field.split('.')] })] });
    expect(await rowOf(cooperativeId)).toEqual(before);
  });

  test('more than 100 areas served are refused (Organisation.areasServed is "Bounded: at most 100"), nothing written', async () => {
    const before = await rowOf(cooperativeId);
    const response = await ask(HUB_ADMIN, UPDATE, { id: cooperativeId, input: { areasServed: Array(101).fill('WK030703') } });
    expect(response.data.updateOrganisation).toEqual({ organisation: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'areasServed'] })] });
    expect(await rowOf(cooperativeId)).toEqual(before);
  });

  test('another organisation, even its own hub administrator, does not change the registry', async () => {
    const before = await rowOf(cooperativeId);
    for (const caller of [{ ...HUB_ADMIN, org: cooperativeId }, { ...HUB_ADMIN, org: 'org-wz-02' }]) {
      const response = await ask(caller, UPDATE, { id: cooperativeId, input: { name: 'Overgenomen' } });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await ask({ org: 'org-gm-01', roles: ['partner-system'], purpose: 'COORDINATION' }, UPDATE, { id: cooperativeId, input: { name: 'Overgenomen' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await rowOf(cooperativeId)).toEqual(before);
  });
});

describe('memberships', () => {
  const CREATE = `mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { membership { id role since endedOn person { id } } ${USER_ERRORS} } }`;
  const END = `mutation ($id: ID!, $endedOn: Date) { endMembership(id: $id, endedOn: $endedOn) { membership { id endedOn } ${USER_ERRORS} } }`;

  test('a cooperative records a member, one current membership per resident, changes the role and ends it', async () => {
    const membership = await write(coordinator, CREATE, 'createMembership', 'membership', { input: { clientMutationId: 'lid-0042', personId: neighbourKey, role: 'VOLUNTEER', since: '2025-03-01' } });
    expect(membership).toMatchObject({ role: 'VOLUNTEER', since: '2025-03-01', endedOn: null, person: { id: neighbourKey } });
    const twice = await ask(coordinator, CREATE, { input: { clientMutationId: 'lid-0042-again', personId: neighbourKey } });
    expect(twice.data.createMembership.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'personId'] })]);
    await write(coordinator, `mutation ($id: ID!) { updateMembership(id: $id, role: BOARD) { membership { role } ${USER_ERRORS} } }`, 'updateMembership', 'membership', { id: membership.id });
    const early = await ask(coordinator, END, { id: membership.id, endedOn: '2025-01-01' });
    expect(early.data.endMembership.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['endedOn'] })]);
    expect(await write(coordinator, END, 'endMembership', 'membership', { id: membership.id, endedOn: daysFromNow(0) })).toMatchObject({ endedOn: daysFromNow(0) });
    // a new membership after the end is fine
    await write(coordinator, CREATE, 'createMembership', 'membership', { input: { clientMutationId: 'lid-0042-back', personId: neighbourKey } });
  });
});

describe('merging two keys of the same resident', () => {
  const MERGE = `mutation ($input: MergePersonsInput!) { mergePersons(input: $input) { merge { id merged { id } survivor { id } reason } ${USER_ERRORS} } }`;
  const MERGES = `{ personMerges(first: 100) { edges { node { merged { id } survivor { id } reason } } } }`;
  const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } ${USER_ERRORS} } }`;
  const CONSENT_RECIPIENT = 'org-zg-02';
  let duplicateKey: string;
  let consentId: string;

  beforeAll(async () => {
    // the cooperative took the same resident in under its own number
    duplicateKey = (await write(coordinator, REGISTER_PERSON, 'registerPerson', 'person', { input: { reference: 'lid-0100', homeArea: SCHOTHORST_NOORD } })).id;
    // the resident let the cooperative open its records to a care organisation, under the duplicate key
    consentId = (await write({ ...coordinator, purpose: 'COORDINATION' }, GRANT, 'grantConsent', 'consent', {
      input: { personId: duplicateKey, holderOrganisationId: cooperativeId, recipientOrganisationId: CONSENT_RECIPIENT, purpose: 'COORDINATION', method: 'WRITTEN', reference: 'formulier lid-0100', validUntil: daysFromNow(30) + 'T00:00:00Z' },
    })).id;
    // and a consent from before consents named their holder (kept as the record of what was)
    await hub.subgraphs.gemeente.db.query(
      `INSERT INTO consent_without_holder (id, person_id, organisation_id, purpose, granted_at, valid_until, recorded_by) VALUES ('consent-legacy-0100', $1, 'org-wz-02', 'MATCHING', now(), now() + interval '1 day', 'import')`,
      [duplicateKey],
    );
  });

  test('the gemeente merges them with a reason; the merged key points at the surviving one', async () => {
    const input = { clientMutationId: 'merge-0117', mergedId: duplicateKey, survivorId: residentKey, reason: 'Zelfde bewoner: aangemeld door Welzijn en door de coöperatie' };
    const merge = await write(HUB_ADMIN, MERGE, 'mergePersons', 'merge', { input });
    expect(merge).toMatchObject({ merged: { id: duplicateKey }, survivor: { id: residentKey }, reason: input.reason });
    expect((await write(HUB_ADMIN, MERGE, 'mergePersons', 'merge', { input })).id).toBe(merge.id); // a retry
    const person = await ask(MATCHER, `query ($id: ID!) { person(id: $id) { id mergedInto { id } } }`, { id: duplicateKey });
    expect(person.data.person).toEqual({ id: duplicateKey, mergedInto: { id: residentKey } });
    // the cooperative's reference now finds the surviving key
    expect((await ask(coordinator, `{ personByReference(reference: "lid-0100") { id } }`)).data.personByReference).toEqual({ id: residentKey });
    const log = await hub.subgraphs.gemeente.db.query("SELECT fields FROM processing_log WHERE entity = 'PersonMerge' AND entity_id = $1", [merge.id]);
    expect(log.map((row: any) => row.fields)).toContain('write:merged,write:reason,write:survivor');
    // its consents move with it, those that name no holder too
    const personOf = async (table: string, id: string) => (await hub.subgraphs.gemeente.db.query(`SELECT person_id FROM ${table} WHERE id = $1`, [id]))[0].person_id;
    expect(await personOf('consent', consentId)).toBe(residentKey);
    expect(await personOf('consent_without_holder', 'consent-legacy-0100')).toBe(residentKey);
  });

  test('partners that know one of the keys follow the merge (without the reason); others do not see it', async () => {
    const forCooperative = (await ask({ ...coordinator, roles: ['partner-system'] }, MERGES)).data.personMerges.edges.map((e: any) => e.node);
    expect(forCooperative).toEqual([{ merged: { id: duplicateKey }, survivor: { id: residentKey }, reason: null }]);
    // the recipient of a consent about the merged key knows it too
    const forRecipient = (await ask({ org: CONSENT_RECIPIENT, roles: ['partner-system'], purpose: 'COORDINATION' }, MERGES)).data.personMerges.edges.map((e: any) => e.node);
    expect(forRecipient).toEqual([{ merged: { id: duplicateKey }, survivor: { id: residentKey }, reason: null }]);
    const forStranger = await ask({ org: 'org-zg-01', roles: ['partner-system'], purpose: 'COORDINATION' }, MERGES);
    expect(forStranger.data.personMerges.edges).toEqual([]);
  });

  test.each([
    ['a key merged before', () => ({ mergedId: duplicateKey, survivorId: neighbourKey }), 'CONFLICT', 'mergedId'],
    ['into a key that was merged', () => ({ mergedId: neighbourKey, survivorId: duplicateKey }), 'CONFLICT', 'survivorId'],
    ['a key into itself', () => ({ mergedId: neighbourKey, survivorId: neighbourKey }), 'BAD_USER_INPUT', 'survivorId'],
    ['an unknown key', () => ({ mergedId: 'person-nobody', survivorId: neighbourKey }), 'NOT_FOUND', 'mergedId'],
  ])('merging %s is refused', async (_what, keys, code, field) => {
    const response = await ask(HUB_ADMIN, MERGE, { input: { clientMutationId: `merge-${field}-${code}-${Math.random()}`, reason: 'dubbel', ...keys() } });
    expect(response.data.mergePersons.userErrors).toEqual([expect.objectContaining({ code, field: ['input', field] })]);
  });

  test("only the gemeente's hub administrator merges", async () => {
    const response = await ask({ ...HUB_ADMIN, org: 'org-wz-02' }, MERGE, { input: { clientMutationId: 'merge-by-welzijn', mergedId: neighbourKey, survivorId: residentKey, reason: 'dubbel' } });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ merged_into }] = await hub.subgraphs.gemeente.db.query('SELECT merged_into FROM person WHERE id = $1', [neighbourKey]);
    expect(merged_into).toBeNull();
  });
});
