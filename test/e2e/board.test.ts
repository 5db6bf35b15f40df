// The self-matching board through the gateway: a holder releases an OPEN hulpvraag; anyone sees it without
// a single personal field (not through federation either); helpers respond through their partner system,
// as SELF matches pending review, and only as many get through as are needed, also when they race.
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
const MATCHER: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
// another welfare organisation's partner system, answering for its own volunteers
const SYSTEM: TestCaller = { org: 'org-wz-03', roles: ['partner-system'], purpose: 'MATCHING' };

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ask = (query: string, variables?: Record<string, unknown>, caller?: TestCaller): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, caller ? gatewayHeaders(caller) : {});
const welzijnDb = () => hub.subgraphs.welzijn.db;

let sequence = 0;
async function openRequest(helpersNeeded = 1): Promise<string> {
  sequence += 1;
  const created = await ask(
    `mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id } ${USER_ERRORS} } }`,
    {
      input: {
        clientMutationId: `board-${sequence}`, requesterId: 'person-030', category: 'PETS', intensity: 'LIGHT_ONE_OFF', channel: 'PHONE',
        description: 'Mevrouw de Vries, Lindelaan 4: de hond uitlaten.', area: 'BU03070301', location: { latitude: 52.17891, longitude: 5.40312 },
        wishedTimes: ['MON_MORNING'], helpersNeeded,
      },
    },
    MATCHER,
  );
  const id = created.data.createHelpRequest.helpRequest.id;
  await ask(`mutation { clarifyHelpRequest(id: "${id}", underlyingNeed: "eenzaam") { helpRequest { status } } }`, {}, MATCHER);
  await ask(`mutation { transitionHelpRequest(id: "${id}", to: OPEN) { helpRequest { status } } }`, {}, MATCHER);
  return id;
}

async function addVolunteer(tag: string): Promise<string> {
  const id = `volunteer-board-${tag}`;
  await welzijnDb().query(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
     VALUES ($1, $2, 'BU03070301', '{PETS}', true, '{nl}', 52.18, 5.405, 3, '{MON_MORNING}', 2, '{}', true, true)`,
    [id, SYSTEM.org],
  );
  return id;
}

const RELEASE = `mutation ($id: ID!) { releaseToBoard(id: $id) { listing { id category area { code } wishedTimes helpersNeeded placesLeft } ${USER_ERRORS} } }`;
const RESPOND = `mutation ($input: RespondToBoardInput!) { respondToBoard(input: $input) { response { id pool helperId listing { id placesLeft } } ${USER_ERRORS} } }`;

test('the board shows category, buurt, dagdelen and helpers needed, and nothing personal, also not through federation', async () => {
  const requestId = await openRequest();
  const released = await ask(RELEASE, { id: requestId }, MATCHER);
  expect(released.data.releaseToBoard.userErrors).toEqual([]);
  const listing = released.data.releaseToBoard.listing;
  expect(listing).toMatchObject({ category: 'PETS', area: { code: 'BU03070301' }, wishedTimes: ['MON_MORNING'], helpersNeeded: 1, placesLeft: 1 });
  expect(listing.id).not.toBe(requestId);

  // anonymous: everything the board type has, and the area's own fields beside it
  const board = await ask(`{ board(area: "WK030703", first: 20) { edges { cursor node { id category area { code helpRequests(first: 2) { edges { node { id description } } } } wishedTimes helpersNeeded placesLeft releasedAt } } } }`);
  if (!board.data) throw new Error(JSON.stringify(board));
  const text = JSON.stringify(board.data);
  expect(board.data.board.edges.map((e: any) => e.node.id)).toContain(listing.id);
  for (const secret of [requestId, 'person-030', 'Lindelaan', 'de Vries', 'eenzaam', '52.18', '5.405']) expect(text).not.toContain(secret);
  expect(board.data.board.edges.every((e: any) => e.node.area.helpRequests === null)).toBe(true); // Area.helpRequests needs a caller

  // the listing type in the supergraph: no key (no subgraph can extend it) and no field that leads to a person
  const supergraph = (await ask(`{ __type(name: "BoardListing") { fields { name type { name kind ofType { name ofType { name ofType { name } } } } } } }`)).data.__type;
  expect(supergraph.fields.map((f: any) => f.name).sort()).toEqual(['area', 'category', 'helpersNeeded', 'id', 'placesLeft', 'releasedAt', 'wishedTimes']);
  // the only object reached is Area, an entity whose personal fields keep their own rules (above)
  const named = (t: any): string => t.name ?? named(t.ofType);
  expect(supergraph.fields.map((f: any) => named(f.type)).filter((n: string) => !['ID', 'HelpCategory', 'TimeSlot', 'Int', 'DateTime'].includes(n))).toEqual(['Area']);
  const entities = await ask(`{ _entities(representations: [{ __typename: "BoardListing", id: "${listing.id}" }]) { __typename } }`);
  expect(entities.errors).toBeDefined();

  // a hulpvraag not OPEN does not go on the board; another organisation cannot release one
  const other = await ask(RELEASE, { id: requestId }, { org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' });
  expect(other.data.releaseToBoard).toEqual({ listing: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })] });
});

test('two partner systems racing for the last place: one wins; the match is SELF and waits in the review list', async () => {
  const requestId = await openRequest(2);
  const { listing } = (await ask(RELEASE, { id: requestId }, MATCHER)).data.releaseToBoard;
  const first = await ask(RESPOND, { input: { clientMutationId: 'first', listingId: listing.id, pool: 'VOLUNTEER', helperId: await addVolunteer('first') } }, SYSTEM);
  expect(first.data.respondToBoard.userErrors).toEqual([]);
  expect(first.data.respondToBoard.response.listing.placesLeft).toBe(1);
  const retry = await ask(RESPOND, { input: { clientMutationId: 'first', listingId: listing.id, pool: 'VOLUNTEER', helperId: (await welzijnDb().query("SELECT volunteer_id FROM match WHERE help_request_id = $1", [requestId]))[0].volunteer_id } }, SYSTEM);
  expect(retry.data.respondToBoard.response.id).toBe(first.data.respondToBoard.response.id);

  const racers = await Promise.all(['a', 'b', 'c'].map(addVolunteer));
  const results = await Promise.all(racers.map((helperId, i) => ask(RESPOND, { input: { clientMutationId: `race-${i}`, listingId: listing.id, pool: 'VOLUNTEER', helperId } }, SYSTEM)));
  expect(results.filter((r) => r.data.respondToBoard.response).length).toBe(1);
  expect(results.filter((r) => r.data.respondToBoard.userErrors[0]?.code === 'CONFLICT').length).toBe(2);
  const rows = await welzijnDb().query("SELECT made_by, status FROM match WHERE help_request_id = $1", [requestId]);
  expect(rows).toEqual([{ made_by: 'SELF', status: 'PROPOSED' }, { made_by: 'SELF', status: 'PROPOSED' }]);
  expect((await welzijnDb().query('SELECT status FROM help_request WHERE id = $1', [requestId]))[0].status).toBe('MATCHED');
  // full: off the board
  const board = await ask(`{ board(area: "BU03070301", first: 100) { edges { node { id } } } }`);
  expect(board.data.board.edges.map((e: any) => e.node.id)).not.toContain(listing.id);

  // the hulpvraag's matchers review them
  const review = await ask(`{ selfMatchesToReview(first: 100) { edges { node { id madeBy status helpRequest { id } } } } }`, {}, MATCHER);
  const mine = review.data.selfMatchesToReview.edges.map((e: any) => e.node).filter((m: any) => m.helpRequest.id === requestId);
  expect(mine).toHaveLength(2);
  expect(mine.every((m: any) => m.madeBy === 'SELF' && m.status === 'PROPOSED')).toBe(true);

  // a matcher's role cannot respond for a helper; an unknown listing is NOT_FOUND
  const matcher = await ask(RESPOND, { input: { clientMutationId: 'm', listingId: listing.id, pool: 'VOLUNTEER', helperId: racers[0] } }, MATCHER);
  expect(matcher.errors?.[0]?.extensions?.code ?? matcher.data?.respondToBoard).toBeTruthy();
  expect(matcher.data?.respondToBoard ?? null).toBeNull();
  const unknown = await ask(RESPOND, { input: { clientMutationId: 'u', listingId: 'board-listing-nope', pool: 'VOLUNTEER', helperId: racers[0] } }, SYSTEM);
  expect(unknown.data.respondToBoard.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'listingId'] })]);
});

test("a cooperative's partner system responds with its neighbour's offer; a volunteer of another organisation is refused", async () => {
  const requestId = await openRequest();
  const { listing } = (await ask(RELEASE, { id: requestId }, MATCHER)).data.releaseToBoard;
  await hub.subgraphs.bewoners.db.query(
    `INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages, limits)
     VALUES ('help-offer-board', 'person-077', 'org-bw-03', '{PETS}', 'BU03070301', true, 52.185, 5.405, 2, '{MON_MORNING}', '{nl}', '{}')`,
  );
  const cooperative: TestCaller = { org: 'org-bw-03', roles: ['partner-system'], purpose: 'MATCHING' };
  // not its volunteer: refused like an unknown one
  const volunteer = await addVolunteer('foreign');
  const foreign = await ask(RESPOND, { input: { clientMutationId: 'foreign', listingId: listing.id, pool: 'VOLUNTEER', helperId: volunteer } }, cooperative);
  expect(foreign.data.respondToBoard).toEqual({ response: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'helperId'] })] });
  const responded = await ask(RESPOND, { input: { clientMutationId: 'offer', listingId: listing.id, pool: 'NEIGHBOUR', helperId: 'help-offer-board' } }, cooperative);
  expect(responded.data.respondToBoard).toEqual({ response: { id: expect.any(String), pool: 'NEIGHBOUR', helperId: 'help-offer-board', listing: { id: listing.id, placesLeft: 0 } }, userErrors: [] });
  expect(await welzijnDb().query('SELECT pool, made_by, status, request_organisation_id FROM match WHERE help_request_id = $1', [requestId])).toEqual([
    { pool: 'NEIGHBOUR', made_by: 'SELF', status: 'PROPOSED', request_organisation_id: MATCHER.org },
  ]);
});

test('the holder withdraws a listing: off the board, responses refused, withdrawing again changes nothing; nobody else can', async () => {
  const WITHDRAW = `mutation ($id: ID!) { withdrawFromBoard(id: $id) { withdrawnListingId ${USER_ERRORS} } }`;
  const requestId = await openRequest();
  const notListed = await ask(WITHDRAW, { id: requestId }, MATCHER);
  expect(notListed.data.withdrawFromBoard).toEqual({ withdrawnListingId: null, userErrors: [] });
  const { listing } = (await ask(RELEASE, { id: requestId }, MATCHER)).data.releaseToBoard;

  const other = await ask(WITHDRAW, { id: requestId }, { org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' });
  expect(other.data.withdrawFromBoard).toEqual({ withdrawnListingId: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })] });
  const onBoard = async () => (await ask(`{ board(area: "BU03070301", first: 100) { edges { node { id } } } }`)).data.board.edges.map((e: any) => e.node.id);
  expect(await onBoard()).toContain(listing.id);

  for (let i = 0; i < 2; i++) expect((await ask(WITHDRAW, { id: requestId }, MATCHER)).data.withdrawFromBoard).toEqual({ withdrawnListingId: listing.id, userErrors: [] });
  expect(await onBoard()).not.toContain(listing.id);
  const late = await ask(RESPOND, { input: { clientMutationId: 'late', listingId: listing.id, pool: 'VOLUNTEER', helperId: await addVolunteer('late') } }, SYSTEM);
  expect(late.data.respondToBoard.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'listingId'] })]);
  expect(await welzijnDb().query('SELECT id FROM match WHERE help_request_id = $1', [requestId])).toEqual([]);

  // released again, it is back under the same key
  expect((await ask(RELEASE, { id: requestId }, MATCHER)).data.releaseToBoard.listing.id).toBe(listing.id);
  expect(await onBoard()).toContain(listing.id);
});
