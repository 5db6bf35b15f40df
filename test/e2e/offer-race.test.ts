// Issue 15: a cooperative ends a neighbour's offer while a matcher in welzijn proposes it. Two services, two
// databases: the end asks welzijn for open matches, the proposal asks bewoners whether the offer may be
// proposed. Whatever the interleaving, after both calls return there is never an open match on an ended offer,
// and at least one of the two fails with a CONFLICT. Real gemeente (consents), welzijn and bewoners over real
// HTTP; between welzijn and bewoners a proxy that can hold one answer back makes the two windows of the old
// code deterministic (the question answered, the asker going on only after the other call finished).
import { startSubgraph, type PeerUrls, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { CONSENT_CHECK_PATH } from '../../subgraphs/kit/access/consent-api';
import { OFFER_CHECK_PATH, OFFER_MATCHES_PATH } from '../../subgraphs/kit/matching/offer-check';
import type { Partner } from '../../platform/config';
import { SUBGRAPHS } from '../../hub/hub';
import { DEMO_DATA } from '../../hub/demo';
import { createTestDatabases, type TestDatabases } from '../support/databases';
import { identityHeaders, type TestCaller } from '../support/callers';
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { startHoldingProxy, type HoldingProxy } from '../support/holding-proxy';

const MATCHER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
let coordinator: TestCaller;
let databases: TestDatabases;
let gemeente: RunningSubgraph;
let welzijn: RunningSubgraph;
let bewoners: RunningSubgraph;
/** welzijn asks bewoners through this one, and bewoners welzijn through the other. */
let toBewoners: HoldingProxy;
let toWelzijn: HoldingProxy;
let templateOffer: string;

beforeAll(async () => {
  process.env.SOCIAL_MAP_PULL_INTERVAL_MS ||= '600000';
  databases = await createTestDatabases(['gemeente', 'welzijn', 'bewoners']);
  const start = (partner: Partner, peers: PeerUrls, consentUrl?: string) =>
    startSubgraph(SUBGRAPHS[partner], {
      databaseUrl: databases.connections[partner].url,
      migrationUrl: databases.connections[partner].migrationUrl,
      port: 0,
      host: '127.0.0.1',
      seed: DEMO_DATA[partner],
      consentUrl,
      peers,
    });
  gemeente = await start('gemeente', {});
  const consentUrl = gemeente.url.replace(/\/graphql$/, CONSENT_CHECK_PATH);
  const welzijnPeers: PeerUrls = {};
  const bewonersPeers: PeerUrls = {};
  [welzijn, bewoners] = await Promise.all([start('welzijn', welzijnPeers, consentUrl), start('bewoners', bewonersPeers, consentUrl)]);
  toBewoners = await startHoldingProxy(bewoners.url);
  toWelzijn = await startHoldingProxy(welzijn.url);
  welzijnPeers.bewoners = toBewoners.url;
  bewonersPeers.welzijn = toWelzijn.url;
  // a demo neighbour who consented to matching by Welzijn Eemland (hub/demo/gemeente.ts)
  const [offer] = await bewoners.db.query("SELECT id, organisation_id FROM help_offer WHERE status = 'ACTIVE' AND available ORDER BY id LIMIT 1");
  templateOffer = offer.id;
  coordinator = { org: offer.organisation_id, roles: ['cooperative-coordinator'], purpose: 'SERVICE_DELIVERY' };
});
afterAll(async () => {
  await toBewoners?.close();
  await toWelzijn?.close();
  await Promise.all([welzijn?.close(), bewoners?.close()]);
  await gemeente?.close();
  await databases?.drop();
});

const ask = (subgraph: RunningSubgraph, caller: TestCaller, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(subgraph.url, query, variables, identityHeaders(subgraph.name, caller));

let sequence = 0;
/** A fresh offer of the same neighbour (so the consent holds) and a fresh OPEN hulpvraag needing one helper. */
async function freshPair(): Promise<{ offerId: string; requestId: string }> {
  sequence += 1;
  const offerId = `help-offer-race-${sequence}`;
  const columns: string[] = (
    await bewoners.db.query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'help_offer' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'client_mutation_id', 'client_mutation_hash')",
    )
  ).map((row: { column_name: string }) => `"${row.column_name}"`);
  await bewoners.db.query(`INSERT INTO help_offer (id, ${columns}) SELECT $1, ${columns} FROM help_offer WHERE id = $2`, [offerId, templateOffer]);
  const created = await ask(welzijn, MATCHER, `mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id } ${USER_ERRORS} } }`, {
    input: {
      clientMutationId: `race-${sequence}`, requesterId: 'person-030', category: 'SHOPPING', intensity: 'LIGHT_ONE_OFF', channel: 'PHONE',
      description: 'Boodschappen voor meneer, deze week.', area: 'BU03070301', location: { latitude: 52.17891, longitude: 5.40312 }, wishedTimes: ['MON_MORNING'],
    },
  });
  expect(created.data.createHelpRequest.userErrors).toEqual([]);
  const requestId = created.data.createHelpRequest.helpRequest.id;
  for (const step of [`clarifyHelpRequest(id: $id, underlyingNeed: "boodschappen")`, 'transitionHelpRequest(id: $id, to: OPEN)']) {
    const moved = await ask(welzijn, MATCHER, `mutation ($id: ID!) { ${step} { helpRequest { status } ${USER_ERRORS} } }`, { id: requestId });
    expect(moved.data[step.slice(0, step.indexOf('('))].userErrors).toEqual([]);
  }
  return { offerId, requestId };
}

type Outcome = { ok: boolean; codes: string[]; message?: string };
const outcomeOf = (response: GraphQLResponse, field: string, record: string): Outcome => {
  expect(response.errors).toBeUndefined();
  const result = response.data[field];
  const ok = result[record] !== null && result.userErrors.length === 0;
  return { ok, codes: result.userErrors.map((error: { code: string }) => error.code), ...(ok ? {} : { message: result.userErrors[0]?.message }) };
};

const endOffer = async (offerId: string): Promise<Outcome> =>
  outcomeOf(await ask(bewoners, coordinator, `mutation ($id: ID!) { endHelpOffer(id: $id, reason: "verhuist") { helpOffer { status } ${USER_ERRORS} } }`, { id: offerId }), 'endHelpOffer', 'helpOffer');

const proposeOffer = async (offerId: string, requestId: string): Promise<Outcome> =>
  outcomeOf(
    await ask(welzijn, MATCHER, `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } ${USER_ERRORS} } }`, {
      input: { clientMutationId: `propose-${offerId}`, helpRequestId: requestId, pool: 'NEIGHBOUR', helperId: offerId, madeBy: 'MATCHER' },
    }),
    'proposeMatch',
    'match',
  );

/** The invariant after both calls returned: an ended offer has no open match; one call lost with a CONFLICT. */
async function expectInvariant(offerId: string, end: Outcome, propose: Outcome): Promise<void> {
  const [{ status }] = await bewoners.db.query('SELECT status FROM help_offer WHERE id = $1', [offerId]);
  const [{ open }] = await welzijn.db.query("SELECT count(*)::int AS open FROM match WHERE help_offer_id = $1 AND status IN ('PROPOSED', 'INTRODUCED', 'ACTIVE')", [offerId]);
  expect({ status, open: status === 'ENDED' ? open : 'not ended' }).toEqual({ status, open: status === 'ENDED' ? 0 : 'not ended' });
  expect(status === 'ENDED').toBe(end.ok);
  expect(open).toBe(propose.ok ? 1 : 0);
  expect(end.ok && propose.ok).toBe(false);
  for (const outcome of [end, propose]) if (!outcome.ok) expect(outcome.codes).toEqual(['CONFLICT']);
  // nothing of the protocol is left behind: no end in progress, no proposal being recorded
  const [{ ending }] = await bewoners.db.query('SELECT ending_claim IS NOT NULL AS ending FROM help_offer WHERE id = $1', [offerId]);
  expect(ending).toBe(false);
  const [{ pending }] = await welzijn.db.query('SELECT count(*)::int AS pending FROM neighbour_proposal_claim WHERE help_offer_id = $1', [offerId]);
  expect(pending).toBe(0);
}

test('welzijn has checked the offer but not yet recorded the match when the cooperative ends it: the end is refused', async () => {
  const { offerId, requestId } = await freshPair();
  const held = toBewoners.holdNext(OFFER_CHECK_PATH);
  const proposing = proposeOffer(offerId, requestId);
  await held.answered; // bewoners said the offer may be proposed; welzijn has not recorded anything yet
  const end = await endOffer(offerId);
  held.release();
  const propose = await proposing;
  await expectInvariant(offerId, end, propose);
  expect(end).toEqual({ ok: false, codes: ['CONFLICT'], message: expect.stringContaining('is being recorded in welzijn right now') });
  expect(propose.ok).toBe(true);
});

test('bewoners has heard "no open matches" but not yet ended the offer when welzijn proposes it: the proposal is refused', async () => {
  const { offerId, requestId } = await freshPair();
  const held = toWelzijn.holdNext(OFFER_MATCHES_PATH);
  const ending = endOffer(offerId);
  await held.answered; // welzijn said there are no open matches; bewoners has not ended the offer yet
  const propose = await proposeOffer(offerId, requestId);
  held.release();
  const end = await ending;
  await expectInvariant(offerId, end, propose);
  expect(propose).toEqual({ ok: false, codes: ['CONFLICT'], message: expect.stringContaining('is being ended by its cooperative right now') });
  expect(end.ok).toBe(true);
});

test('an ended offer is not proposed afterwards, and an offer with a match is not ended afterwards', async () => {
  const first = await freshPair();
  const ended = await endOffer(first.offerId);
  const late = await proposeOffer(first.offerId, first.requestId);
  expect(late).toEqual({ ok: false, codes: ['CONFLICT'], message: expect.stringContaining('has ended') });
  await expectInvariant(first.offerId, ended, late);
  const second = await freshPair();
  const proposed = await proposeOffer(second.offerId, second.requestId);
  await expectInvariant(second.offerId, await endOffer(second.offerId), proposed);
});

test('twenty rounds of both at once, with fresh offers: never an open match on an ended offer', async () => {
  for (let round = 0; round < 20; round += 1) {
    const { offerId, requestId } = await freshPair();
    const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // each side a few milliseconds ahead in turn, so both orders and the overlaps between them come up
    const lead = (round % 5) * 3;
    const [end, propose] = await Promise.all([
      delay(round % 2 ? lead : 0).then(() => endOffer(offerId)),
      delay(round % 2 ? 0 : lead).then(() => proposeOffer(offerId, requestId)),
    ]);
    await expectInvariant(offerId, end, propose);
  }
});

test('what a call that died leaves behind: a stale proposal claim does not block an end; an end in progress blocks proposals until it is taken over', async () => {
  const first = await freshPair();
  await welzijn.db.query("INSERT INTO neighbour_proposal_claim (id, help_offer_id, claimed_at) VALUES ('proposal-claim-died', $1, now() - interval '2 minutes')", [first.offerId]);
  expect(await endOffer(first.offerId)).toEqual({ ok: true, codes: [] });
  await welzijn.db.query("DELETE FROM neighbour_proposal_claim WHERE id = 'proposal-claim-died'");

  const second = await freshPair();
  await bewoners.db.query("UPDATE help_offer SET ending_claim = 'an-end-that-died', ending_since = now() WHERE id = $1", [second.offerId]);
  expect(await proposeOffer(second.offerId, second.requestId)).toEqual({ ok: false, codes: ['CONFLICT'], message: expect.stringContaining('is being ended') });
  expect(await endOffer(second.offerId)).toEqual({ ok: false, codes: ['CONFLICT'], message: expect.stringContaining('is being ended by another call') });
  await bewoners.db.query("UPDATE help_offer SET ending_since = now() - interval '2 minutes' WHERE id = $1", [second.offerId]);
  const end = await endOffer(second.offerId);
  expect(end).toEqual({ ok: true, codes: [] });
  await expectInvariant(second.offerId, end, { ok: false, codes: ['CONFLICT'] });
});
