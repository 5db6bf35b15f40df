// Handing a hulpvraag over (transferHelpRequest) and the point-of-attention note, through the gateway.
// The hand-over: only the holder, only to an informal organisation the partner registry (gemeente) knows,
// never with an open match; afterwards the receiver holds the whole hulpvraag and the sender reads only its
// own part (policies.ts), whatever it asks for. The note: the holders read it, and the organisation of a
// volunteer whose match is open; nobody else, not the board; every read and write is in the processing log.
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
const SENDER: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
const COOPERATIVE: TestCaller = { org: 'org-bw-03', roles: ['matcher'], purpose: 'MATCHING' };
const OTHER_WELFARE: TestCaller = { org: 'org-wz-04', roles: ['matcher'], purpose: 'MATCHING' };
// another welfare organisation, whose volunteer responds to the board
const HELPER_ORG: TestCaller = { org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' };
const HELPER_SYSTEM: TestCaller = { ...HELPER_ORG, roles: ['partner-system'] };

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ask = (query: string, variables: Record<string, unknown>, caller?: TestCaller): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, caller ? gatewayHeaders(caller) : {});
const welzijnDb = () => hub.subgraphs.welzijn.db;
const NOTE = 'Slechthorend, gebruikt een rollator: rustig en duidelijk praten';

let sequence = 0;
async function openRequest(extra: Record<string, unknown> = {}, clarifyNote?: string | null): Promise<string> {
  sequence += 1;
  const created = await ask(
    `mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id } ${USER_ERRORS} } }`,
    {
      input: {
        clientMutationId: `transfer-${sequence}`, requesterId: 'person-031', category: 'PETS', intensity: 'LIGHT_ONE_OFF', channel: 'PHONE',
        description: 'Meneer Bakker, Eikenlaan 9: de kat voeren.', area: 'BU03070301', location: { latitude: 52.17891, longitude: 5.40312 },
        wishedTimes: ['MON_MORNING'], ...extra,
      },
    },
    SENDER,
  );
  expect(created.data.createHelpRequest.userErrors).toEqual([]);
  const id = created.data.createHelpRequest.helpRequest.id;
  const note = clarifyNote === undefined ? '' : ', $note: String';
  const clarified = await ask(
    `mutation ($id: ID!${note}) { clarifyHelpRequest(id: $id, underlyingNeed: "wil wat aanspraak"${clarifyNote === undefined ? '' : ', attentionNote: $note'}) { ${USER_ERRORS} } }`,
    { id, ...(clarifyNote === undefined ? {} : { note: clarifyNote }) },
    SENDER,
  );
  expect(clarified.data.clarifyHelpRequest.userErrors).toEqual([]);
  await ask(`mutation ($id: ID!) { transitionHelpRequest(id: $id, to: OPEN) { ${USER_ERRORS} } }`, { id }, SENDER);
  return id;
}

async function addVolunteer(tag: string, organisationId: string): Promise<string> {
  const id = `volunteer-transfer-${tag}`;
  await welzijnDb().query(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
     VALUES ($1, $2, 'BU03070301', '{PETS}', true, '{nl}', 52.18, 5.405, 3, '{MON_MORNING}', 2, '{}', true, true)`,
    [id, organisationId],
  );
  return id;
}

const TRANSFER = `mutation ($input: TransferHelpRequestInput!) { transferHelpRequest(input: $input) { transfer { id from { id } to { id } reason by helpRequest { id } } ${USER_ERRORS} } }`;
const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id status } ${USER_ERRORS} } }`;
const transferInput = (helpRequestId: string, toOrganisationId: string, clientMutationId = `hand-over-${helpRequestId}`) => ({
  input: { clientMutationId, helpRequestId, toOrganisationId, reason: 'De coöperatie woont om de hoek en heeft buren die dieren verzorgen.' },
});
// one error per refused field: the codes, once each
const codesOf = (response: GraphQLResponse) => [...new Set(response.errors?.map((e) => e.extensions?.code))];
const userErrors = (response: GraphQLResponse, mutation: string) => response.data?.[mutation]?.userErrors ?? response.errors;

test('a hulpvraag goes to a resident cooperative: it holds the whole hulpvraag, the sender keeps only its own part', async () => {
  const id = await openRequest({ attentionNote: NOTE });
  // the sender's own work before the hand-over: a match that did not go ahead
  const volunteer = await addVolunteer('sender', SENDER.org);
  const proposed = await ask(PROPOSE, { input: { clientMutationId: `p-${id}`, helpRequestId: id, pool: 'VOLUNTEER', helperId: volunteer, madeBy: 'MATCHER' } }, SENDER);
  const matchId = proposed.data.proposeMatch.match.id;

  // not with an open match
  expect(userErrors(await ask(TRANSFER, transferInput(id, COOPERATIVE.org, 'with-open-match'), SENDER), 'transferHelpRequest')).toEqual([
    expect.objectContaining({ code: 'CONFLICT', field: ['input', 'helpRequestId'] }),
  ]);
  const declined = await ask(`mutation ($id: ID!) { transitionMatch(id: $id, to: DECLINED, declineReason: TOO_FAR) { match { status } ${USER_ERRORS} } }`, { id: matchId }, SENDER);
  expect(declined.data.transitionMatch.match.status).toBe('DECLINED');
  const released = await ask(`mutation ($id: ID!) { releaseToBoard(id: $id) { listing { id } ${USER_ERRORS} } }`, { id }, SENDER);
  const listingId = released.data.releaseToBoard.listing.id;

  // not to a care provider, an organisation the registry does not know, or itself; not by another organisation
  for (const [to, key] of [['org-zg-01', 'care'], ['org-nope-99', 'unknown'], [SENDER.org, 'self']]) {
    expect(userErrors(await ask(TRANSFER, transferInput(id, to, key), SENDER), 'transferHelpRequest')).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'toOrganisationId'] }),
    ]);
  }
  expect(userErrors(await ask(TRANSFER, transferInput(id, COOPERATIVE.org), OTHER_WELFARE), 'transferHelpRequest')).toEqual([
    expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'helpRequestId'] }),
  ]);
  expect((await welzijnDb().query('SELECT intake_organisation_id FROM help_request WHERE id = $1', [id]))[0].intake_organisation_id).toBe(SENDER.org);

  const transferred = await ask(TRANSFER, transferInput(id, COOPERATIVE.org), SENDER);
  expect(transferred.data.transferHelpRequest.userErrors).toEqual([]);
  const transfer = transferred.data.transferHelpRequest.transfer;
  expect(transfer).toMatchObject({ from: { id: SENDER.org }, to: { id: COOPERATIVE.org }, helpRequest: { id } });
  // a retry gets the same hand-over back (the sender no longer holds the hulpvraag); the key with other input is refused
  const retry = await ask(TRANSFER, transferInput(id, COOPERATIVE.org), SENDER);
  expect(retry.data.transferHelpRequest).toEqual({ transfer, userErrors: [] });
  const reused = await ask(TRANSFER, { input: { ...transferInput(id, COOPERATIVE.org).input, reason: 'iets anders' } }, SENDER);
  expect(userErrors(reused, 'transferHelpRequest')).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'clientMutationId'] })]);
  expect(await welzijnDb().query('SELECT count(*)::int AS n FROM help_request_transfer WHERE help_request_id = $1', [id])).toEqual([{ n: 1 }]);
  // off the board: the receiver decides whether to release it again
  expect(await welzijnDb().query('SELECT organisation_id, withdrawn_at IS NOT NULL AS withdrawn FROM board_listing WHERE id = $1', [listingId])).toEqual([
    { organisation_id: COOPERATIVE.org, withdrawn: true },
  ]);
  const board = await ask(`{ board(area: "BU03070301", first: 100) { edges { node { id } } } }`, {});
  expect(board.data.board.edges.map((e: any) => e.node.id)).not.toContain(listingId);
  expect(await welzijnDb().query("SELECT type FROM outbox WHERE subject_id = $1 AND type = 'HELP_REQUEST_TRANSFERRED'", [id])).toHaveLength(1);
  const writes = await welzijnDb().query("SELECT entity, organisation_id, purpose, fields FROM processing_log WHERE person_id = 'person-031' AND fields LIKE 'write:%' AND entity_id IN ($1, $2) ORDER BY id", [id, transfer.id]);
  expect(writes).toEqual(expect.arrayContaining([
    { entity: 'HelpRequest', organisation_id: SENDER.org, purpose: 'MATCHING', fields: 'write:intakeOrganisation' },
    expect.objectContaining({ entity: 'HelpRequestTransfer', organisation_id: SENDER.org, purpose: 'MATCHING' }),
  ]));

  // the receiver: the whole hulpvraag, as its holder, and it proposes a neighbour of its own
  const whole = await ask(`query ($id: ID!) { helpRequest(id: $id) { status description underlyingNeed attentionNote intakeOrganisation { id } transfers { reason from { id } } } }`, { id }, COOPERATIVE);
  expect(whole.errors).toBeUndefined();
  expect(whole.data.helpRequest).toEqual({
    status: 'OPEN', description: expect.stringContaining('Eikenlaan'), underlyingNeed: 'wil wat aanspraak', attentionNote: NOTE,
    intakeOrganisation: { id: COOPERATIVE.org }, transfers: [{ reason: transfer.reason, from: { id: SENDER.org } }],
  });
  await hub.subgraphs.bewoners.db.query(
    `INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages, limits)
     VALUES ('help-offer-transfer', 'person-078', $1, '{PETS}', 'BU03070301', true, 52.185, 5.405, 2, '{MON_MORNING}', '{nl}', '{}')`,
    [COOPERATIVE.org],
  );
  const neighbour = await ask(PROPOSE, { input: { clientMutationId: `n-${id}`, helpRequestId: id, pool: 'NEIGHBOUR', helperId: 'help-offer-transfer', madeBy: 'MATCHER' } }, COOPERATIVE);
  expect(neighbour.data.proposeMatch).toEqual({ match: { id: expect.any(String), status: 'PROPOSED' }, userErrors: [] });

  // the sender: its own part (that it held it, its own match, the hand-over), nothing the receiver holds now
  const part = await ask(`query ($id: ID!) { helpRequest(id: $id) { id category createdAt description underlyingNeed attentionNote location { latitude } matches { id status } transfers { to { id } } } }`, { id }, SENDER);
  expect(part.errors).toBeUndefined();
  expect(part.data.helpRequest).toEqual({
    id, category: 'PETS', createdAt: expect.any(String), description: null, underlyingNeed: null, attentionNote: null, location: null,
    matches: [{ id: matchId, status: 'DECLINED' }], transfers: [{ to: { id: COOPERATIVE.org } }],
  });
  // a field the part does not allow null for is refused outright
  const state = await ask(`query ($id: ID!) { helpRequest(id: $id) { id status } }`, { id }, SENDER);
  expect(state.data.helpRequest).toBeNull();
  expect(codesOf(state)).toEqual(['FORBIDDEN']);
  // and it changes nothing any more
  const move = await ask(`mutation ($id: ID!) { transitionHelpRequest(id: $id, to: ON_HOLD) { helpRequest { id } ${USER_ERRORS} } }`, { id }, SENDER);
  expect(codesOf(move)).toEqual(['FORBIDDEN']);
  expect((await welzijnDb().query('SELECT status FROM help_request WHERE id = $1', [id]))[0].status).toBe('MATCHED');

  // only ASSESSED or OPEN hulpvragen go (this one is MATCHED now)
  expect(userErrors(await ask(TRANSFER, transferInput(id, 'org-wz-01', 'matched'), COOPERATIVE), 'transferHelpRequest')).toEqual([
    expect.objectContaining({ code: 'CONFLICT', field: ['input', 'helpRequestId'] }),
  ]);
});

test("a hand-over cancels the sender's ask-and-cascade: its volunteers are not asked for a hulpvraag it no longer holds", async () => {
  const id = await openRequest();
  const [first, second] = [await addVolunteer(`cascade-a-${id}`, SENDER.org), await addVolunteer(`cascade-b-${id}`, SENDER.org)];
  const started = await ask(
    `mutation ($input: StartCascadeInput!) { startCascade(input: $input) { cascade { id status } ${USER_ERRORS} } }`,
    { input: { clientMutationId: `cascade-${id}`, helpRequestId: id, answerWithinHours: 24, candidates: [first, second].map((helperId) => ({ pool: 'VOLUNTEER', helperId })) } },
    SENDER,
  );
  expect(started.data.startCascade.userErrors).toEqual([]);
  const cascadeId = started.data.startCascade.cascade.id;
  expect(started.data.startCascade.cascade.status).toBe('ASKING');
  const handedOver = await ask(TRANSFER, transferInput(id, COOPERATIVE.org), SENDER);
  expect(handedOver.data.transferHelpRequest.userErrors).toEqual([]);
  const [cascade] = await welzijnDb().query('SELECT status, ended_at FROM cascade WHERE id = $1', [cascadeId]);
  expect(cascade).toEqual({ status: 'CANCELLED', ended_at: expect.any(Date) });
  // its deadline job is gone too, so the second volunteer is never asked
  const jobs = await welzijnDb().query("SELECT 1 FROM graphile_worker._private_jobs WHERE key = $1", [`cascade:${cascadeId}`]);
  expect(jobs).toEqual([]);
  const asked = await welzijnDb().query('SELECT helper_id FROM cascade_step WHERE cascade_id = $1 AND asked_at IS NOT NULL ORDER BY position', [cascadeId]);
  expect(asked).toEqual([{ helper_id: first }]);
});

test("the attention note: the holder and the helper's organisation of an open match read it; the board, other organisations and a declined helper do not", async () => {
  const id = await openRequest({}, NOTE);
  const listing = (await ask(`mutation ($id: ID!) { releaseToBoard(id: $id) { listing { id } ${USER_ERRORS} } }`, { id }, SENDER)).data.releaseToBoard.listing;
  const board = await ask(`{ board(area: "BU03070301", first: 100) { edges { node { id category area { code } wishedTimes helpersNeeded placesLeft releasedAt } } } }`, {});
  expect(board.data.board.edges.map((e: any) => e.node.id)).toContain(listing.id);
  expect(JSON.stringify(board.data)).not.toMatch(/rollator|Slechthorend/);

  const NOTE_OF = `query ($id: ID!) { helpRequest(id: $id) { id attentionNote } }`;
  expect((await ask(NOTE_OF, { id }, SENDER)).data.helpRequest).toEqual({ id, attentionNote: NOTE });
  // before any match: the helper's organisation reads nothing of it
  const before = await ask(NOTE_OF, { id }, HELPER_ORG);
  expect(before.data.helpRequest).toBeNull();
  expect(codesOf(before)).toEqual(['FORBIDDEN']);

  const volunteer = await addVolunteer('helper', HELPER_ORG.org);
  const responded = await ask(
    `mutation ($input: RespondToBoardInput!) { respondToBoard(input: $input) { response { id } ${USER_ERRORS} } }`,
    { input: { clientMutationId: `board-${id}`, listingId: listing.id, pool: 'VOLUNTEER', helperId: volunteer } },
    HELPER_SYSTEM,
  );
  const matchId = responded.data.respondToBoard.response.id;
  const MATCH_NOTE = `query ($id: ID!) { match(id: $id) { status helpRequest { id category attentionNote description } } }`;
  const seen = await ask(MATCH_NOTE, { id: matchId }, HELPER_ORG);
  expect(seen.errors).toBeUndefined();
  expect(seen.data.match).toEqual({ status: 'PROPOSED', helpRequest: { id, category: 'PETS', attentionNote: NOTE, description: null } });
  // only for matching, and only that part
  const coordination = await ask(NOTE_OF, { id }, { ...HELPER_ORG, purpose: 'COORDINATION' });
  expect(coordination.data.helpRequest).toBeNull();
  const status = await ask(`query ($id: ID!) { helpRequest(id: $id) { status } }`, { id }, HELPER_ORG);
  expect(codesOf(status)).toEqual(['FORBIDDEN']);

  // an unrelated organisation: not at all
  const unrelated = await ask(NOTE_OF, { id }, OTHER_WELFARE);
  expect(unrelated.data.helpRequest).toBeNull();
  expect(codesOf(unrelated)).toEqual(['FORBIDDEN']);

  // the processing log: the helper's organisation's read, with its purpose and processing activity; the write
  const lines = await welzijnDb().query(
    "SELECT organisation_id, purpose, processing_activity_id, fields FROM processing_log WHERE entity = 'HelpRequest' AND entity_id = $1 AND fields LIKE '%attentionNote%' ORDER BY id",
    [id],
  );
  expect(lines).toEqual(expect.arrayContaining([
    { organisation_id: SENDER.org, purpose: 'MATCHING', processing_activity_id: expect.any(String), fields: 'write:attentionNote' },
    expect.objectContaining({ organisation_id: HELPER_ORG.org, purpose: 'MATCHING', processing_activity_id: expect.any(String), fields: expect.stringContaining('attentionNote') }),
  ]));
  expect(lines.filter((line: any) => line.organisation_id === OTHER_WELFARE.org)).toEqual([]);

  // declined: the helper's organisation no longer reads it
  await ask(`mutation ($id: ID!) { transitionMatch(id: $id, to: DECLINED, declineReason: NO_CLICK, declinedBy: HELPER) { ${USER_ERRORS} } }`, { id: matchId }, SENDER);
  const after = await ask(MATCH_NOTE, { id: matchId }, HELPER_ORG);
  expect(JSON.stringify(after.data)).not.toContain('rollator');
  expect(codesOf(after)).toEqual(['FORBIDDEN']);

  // the holder clears it (null) on a new clarification
  await ask(`mutation ($id: ID!) { transitionHelpRequest(id: $id, to: ON_HOLD) { ${USER_ERRORS} } }`, { id }, SENDER);
  const cleared = await ask(`mutation ($id: ID!) { clarifyHelpRequest(id: $id, underlyingNeed: "toch iets anders", attentionNote: null) { helpRequest { attentionNote } ${USER_ERRORS} } }`, { id }, SENDER);
  expect(cleared.data.clarifyHelpRequest).toEqual({ helpRequest: { attentionNote: null }, userErrors: [] });
  expect((await welzijnDb().query('SELECT attention_note FROM help_request WHERE id = $1', [id]))[0].attention_note).toBeNull();
  const blank = await ask(`mutation ($id: ID!) { clarifyHelpRequest(id: $id, underlyingNeed: "x", attentionNote: "  ") { ${USER_ERRORS} } }`, { id }, SENDER);
  expect(blank.data.clarifyHelpRequest.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['attentionNote'] })]);
});
