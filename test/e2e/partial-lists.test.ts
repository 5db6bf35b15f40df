// Issue 12, finding 11: a list assembled from several subgraphs keeps the parts it has when one subgraph is
// down, and the error names the missing one. Each subgraph is stopped in turn (and started again on its
// port): who is involved with a resident, the resident's own processing log (inzage), and a hulpvraag's
// candidates; with bewoners down, a match with a neighbour's offer is refused rather than recorded unchecked.
import { graphql, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { recordConsent } from '../support/consent';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { CONSENT_CHECK_PATH } from '../../subgraphs/kit/access/consent-api';
import { SUBGRAPHS } from '../../hub/hub';
import { PARTNERS, type Partner } from '../../platform/config';
import { captureLogs, type CapturedLogs } from '../../platform/log';

let hub: TestHub;
const COORDINATOR: TestCaller = { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' };
const MATCHER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
/** A resident with records in welzijn, zorg and bewoners (found in the demo data in beforeAll). */
let person: string;
let resident: TestCaller;
/** Every organisation involved with them, and which subgraph says so. */
let involvedBy: Record<'welzijn' | 'zorg' | 'bewoners', string[]>;
let openRequest: string;

const ask = (query: string, caller: TestCaller, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));
/** The organisations the given subgraphs say are involved, but the coordinator's own (never listed to itself). */
const others = (parts: readonly ('welzijn' | 'zorg' | 'bewoners')[]) =>
  [...new Set(parts.flatMap((p) => involvedBy[p]))].filter((org) => org !== COORDINATOR.org).sort();
const missing = (response: GraphQLResponse) => [...new Set((response.errors ?? []).map((e) => e.extensions?.serviceName).filter(Boolean))];

/**
 * The warnings logged while a subgraph is down: the gateway's (naming it), and those of the subgraphs that
 * could not ask it (the offer check, the open-match check, the consent register). Captured, not printed.
 */
let logs: CapturedLogs;
const EXPECTED_WARNING = /^(subgraph \w+ failed|offer check failed|open-match check failed|consent register unavailable)/;

async function stop(partner: Partner) {
  logs = captureLogs((entry) => entry.level === 'warn' && EXPECTED_WARNING.test(entry.msg));
  await hub.subgraphs[partner].close();
}

/** Subgraphs started again by the tests (the hub closes only the ones it started). */
const restarted: RunningSubgraph[] = [];

async function restart(partner: Partner) {
  const { port } = hub.subgraphs[partner];
  hub.subgraphs[partner] = await startSubgraph(SUBGRAPHS[partner], {
    databaseUrl: hub.databases.urls[partner],
    port,
    host: '127.0.0.1',
    consentUrl: partner === 'gemeente' ? undefined : hub.subgraphs.gemeente.url.replace(/\/graphql$/, CONSENT_CHECK_PATH),
    peers: Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])),
  });
  restarted.push(hub.subgraphs[partner]);
  expect(logs.entries.map((entry) => entry.msg).join('\n')).toContain(`subgraph ${partner} failed`);
  logs.restore();
}

const INVOLVED = 'query Involved($id: ID!) { person(id: $id) { involvedOrganisations { id } } }';
const LOG = 'query Inzage($id: ID!) { person(id: $id) { processingLog { keptBy organisationId recordType fields } } }';
const CANDIDATES = 'query Candidates($id: ID!) { helpRequest(id: $id) { candidates(first: 50) { pool helperId } } }';

beforeAll(async () => {
  hub = await startTestHub();
  const ids = async (partner: Partner, sql: string): Promise<string[]> => (await hub.subgraphs[partner].db.query(sql)).map((row: any) => row.person_id as string);
  const [welzijn, zorg, bewoners] = await Promise.all([
    ids('welzijn', 'SELECT DISTINCT requester_id AS person_id FROM help_request'),
    ids('zorg', 'SELECT DISTINCT person_id FROM referral'),
    ids('bewoners', 'SELECT person_id FROM membership UNION SELECT helper_id FROM help_offer'),
  ]);
  person = welzijn.filter((id) => zorg.includes(id) && bewoners.includes(id)).sort()[0];
  expect(person).toBeDefined();
  resident = { org: 'org-gm-01', roles: ['resident'], person, purpose: 'DATA_SUBJECT_REQUEST' };
  const orgs = async (partner: Partner, sql: string): Promise<string[]> => [...new Set<string>((await hub.subgraphs[partner].db.query(sql, [person])).map((row: any) => row.id))].sort();
  involvedBy = {
    welzijn: await orgs('welzijn', 'SELECT intake_organisation_id AS id FROM help_request WHERE requester_id = $1'),
    zorg: await orgs('zorg', 'SELECT organisation_id AS id FROM referral WHERE person_id = $1'),
    bewoners: await orgs('bewoners', 'SELECT organisation_id AS id FROM membership WHERE person_id = $1 UNION SELECT organisation_id FROM help_offer WHERE helper_id = $1'),
  };
  // every other organisation involved lets the coordinator know it is (a consent from each holder)
  for (const holder of others(['welzijn', 'zorg', 'bewoners'])) {
    await recordConsent(hub.subgraphs.gemeente, { personId: person, holderOrganisationId: holder, recipientOrganisationId: COORDINATOR.org, purpose: 'COORDINATION' });
  }
  // a read that every subgraph logs about the resident, so each has its part of the processing log
  const complete = await ask(INVOLVED, COORDINATOR, { id: person });
  expect(complete.errors).toBeUndefined();
  expect(complete.data.person.involvedOrganisations.map((o: any) => o.id)).toEqual(others(['welzijn', 'zorg', 'bewoners']));
  // a hulpvraag with a candidate from each pool: a volunteer of the matcher's organisation and a neighbour
  // who consented to MATCHING by it (the demo's helpers did, for org-wz-01)
  openRequest = 'help-request-partial';
  await hub.subgraphs.welzijn.db.query(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
     VALUES ('volunteer-partial', $1, 'BU03070101', '{PETS}', true, '{nl}', 52.155, 5.385, 3, '{}', 2, '{}', true, true)`,
    [MATCHER.org],
  );
  await hub.subgraphs.bewoners.db.query(
    `INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages, limits)
     VALUES ('help-offer-partial', 'person-002', 'org-bw-01', '{PETS}', 'BU03070101', true, 52.155, 5.39, 3, '{}', '{nl}', '{}')`,
  );
  await hub.subgraphs.welzijn.db.query(
    `INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, description, latitude, longitude)
     VALUES ($1, 'PETS', 'LIGHT_ONE_OFF', 'OPEN', 'PHONE', 'BU03070101', 'person-070', $2, 'de hond uitlaten', 52.155, 5.385)`,
    [openRequest, MATCHER.org],
  );
});
afterAll(async () => {
  await Promise.all(restarted.map((subgraph) => subgraph.close()));
  await hub?.close();
});

test('with every subgraph up, the lists are whole', async () => {
  const log = await ask(LOG, resident, { id: person });
  expect(log.errors).toBeUndefined();
  expect(new Set(log.data.person.processingLog.map((line: any) => line.keptBy))).toEqual(new Set(PARTNERS));
  const candidates = await ask(CANDIDATES, MATCHER, { id: openRequest });
  expect(candidates.errors).toBeUndefined();
  expect(new Set(candidates.data.helpRequest.candidates.map((c: any) => c.pool))).toEqual(new Set(['VOLUNTEER', 'NEIGHBOUR']));
});

describe.each(['welzijn', 'zorg', 'bewoners'] as const)('%s down', (down) => {
  beforeAll(() => stop(down));
  afterAll(() => restart(down));

  test('who is involved keeps the other partners’ organisations, and the error names the missing subgraph', async () => {
    const response = await ask(INVOLVED, COORDINATOR, { id: person });
    expect(response.data.person.involvedOrganisations.map((o: any) => o.id)).toEqual(others((['welzijn', 'zorg', 'bewoners'] as const).filter((p) => p !== down)));
    expect(missing(response)).toEqual([down]);
    expect(response.errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
  });

  test('the resident’s processing log keeps the other subgraphs’ lines, and the error names the missing one', async () => {
    const response = await ask(LOG, resident, { id: person });
    const keptBy = new Set(response.data.person.processingLog.map((line: any) => line.keptBy));
    expect(keptBy).toEqual(new Set(PARTNERS.filter((p) => p !== down)));
    expect(missing(response)).toEqual([down]);
  });

  if (down === 'welzijn') {
    test('a neighbour’s offer is not ended while welzijn cannot say whether it has open matches', async () => {
      const [{ status: before }] = await hub.subgraphs.bewoners.db.query("SELECT status FROM help_offer WHERE id = 'help-offer-001'");
      const ended = await ask(
        'mutation { endHelpOffer(id: "help-offer-001", reason: "verhuist") { helpOffer { status } userErrors { code } } }',
        { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'SERVICE_DELIVERY' },
      );
      expect(ended.errors?.[0].extensions?.code).toBe('OPEN_MATCH_CHECK_UNAVAILABLE');
      expect(ended.errors?.[0].message).toContain('welzijn');
      const [{ status: after }] = await hub.subgraphs.bewoners.db.query("SELECT status FROM help_offer WHERE id = 'help-offer-001'");
      expect(after).toBe(before);
    });
  }

  if (down === 'bewoners') {
    test('a hulpvraag’s candidates keep welzijn’s volunteers; a match with a neighbour’s offer is refused, not recorded unchecked', async () => {
      const response = await ask(CANDIDATES, MATCHER, { id: openRequest });
      const pools = new Set(response.data.helpRequest.candidates.map((c: any) => c.pool));
      expect(pools).toEqual(new Set(['VOLUNTEER']));
      expect(missing(response)).toEqual(['bewoners']);
      const [{ before }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS before FROM match');
      const proposal = await ask(
        'mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } userErrors { code } } }',
        MATCHER,
        { input: { clientMutationId: 'bewoners-down-1', helpRequestId: openRequest, pool: 'NEIGHBOUR', helperId: 'help-offer-001', madeBy: 'MATCHER' } },
      );
      expect(proposal.errors?.[0].extensions?.code).toBe('OFFER_CHECK_UNAVAILABLE');
      expect(proposal.errors?.[0].message).toContain('bewoners');
      const [{ after }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS after FROM match');
      expect(after).toBe(before);
    });
  }
});

describe('gemeente down', () => {
  beforeAll(() => stop('gemeente'));
  afterAll(() => restart('gemeente'));

  test('the resident, owned by gemeente, is missing with an error naming it; lists of the others still answer', async () => {
    for (const [query, caller] of [[INVOLVED, COORDINATOR], [LOG, resident]] as const) {
      const response = await ask(query, caller, { id: person });
      expect(response.data.person).toBeNull();
      expect(missing(response)).toEqual(['gemeente']);
    }
    // candidates need no gemeente for the caller's own volunteers; the neighbours' need its consent register
    const candidates = await ask(CANDIDATES, MATCHER, { id: openRequest });
    expect(candidates.data.helpRequest.candidates.some((c: any) => c.pool === 'VOLUNTEER')).toBe(true);
    expect(candidates.errors?.map((e) => [e.extensions?.serviceName, e.extensions?.code])).toContainEqual(['bewoners', 'CONSENT_REGISTER_UNAVAILABLE']);
    expect(logs.entries.map((entry) => `${entry.service}: ${entry.msg}`)).toContainEqual(expect.stringMatching(/^bewoners: consent register unavailable: /));
  });
});
