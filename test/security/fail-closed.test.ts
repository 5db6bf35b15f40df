// Red team, issue 13 (fail closed): the findings that can be replayed against a running hub or process.
// Every test asserts the SECURE outcome, so it fails while the attack works (the failure message starts with
// "INSECURE:"). Tokens are minted by hand with the kit's signJwt and the development secret; extra gateways
// run in-process against the hub's subgraphs; one subgraph runs as a child process.
import { randomUUID } from 'node:crypto';
import { productionEnv } from '../support/production-env';
import { graphql, type GraphQLResponse } from '../support/graphql';
import type { TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { createTestDatabases } from '../support/databases';
import { freePort } from '../support/ports';
import {
  baseOf,
  conclusive,
  consentCredential,
  consentToken,
  logMark,
  logSince,
  nowSeconds,
  rawGet,
  readWholeFeed,
  refused,
  secure,
  startChild,
  tokenClaims,
  tokenHeaders,
  truncate,
  via,
  type Ask,
} from '../support/security';
import { PARTNERS, type Partner } from '../../platform/config';
import { CONSENT_CHECK_PATH } from '../../subgraphs/kit/access/consent-api';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { startGateway } from '../../gateway/server';
import { newTrace } from '../../platform/caller';
import type { RunningServer } from '../../platform/http';

let hub: TestHub;
let ask: Ask;

beforeAll(async () => {
  hub = await startTestHub();
  ask = via(hub);
});
afterAll(() => hub?.close());

const db = (partner: Partner) => hub.subgraphs[partner].db;
const subgraphUrls = () => Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])) as Record<Partner, string>;
const COORDINATOR: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'] };
const later = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const CREATE_ACTIVITY = 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id title published } userErrors { code message field } } }';
const PUBLISH_ACTIVITY = 'mutation ($id: ID!) { publishActivity(id: $id) { activity { id published } userErrors { code message field } } }';
const activityInput = (overrides: Record<string, unknown>) => ({
  clientMutationId: `redteam-activity-${randomUUID()}`,
  title: 'Koffieochtend',
  description: '',
  kind: 'COFFEE_MORNING',
  area: 'BU03070101',
  startsAt: later(48),
  endsAt: later(50),
  ...overrides,
});

describe('13.1 token claims are checked', () => {
  const HELP = '{ helpRequests(first: 1) { edges { node { id } } } }';
  test.each([
    ['exp far in the future (9999999999)', { exp: 9_999_999_999 }],
    ['exp 1e300', { exp: 1e300 }],
    ['nbf an hour in the future', { nbf: nowSeconds() + 3600 }],
    ['iat an hour in the future', { iat: nowSeconds() + 3600 }],
    ['an empty sub', { sub: '' }],
    ['an empty org', { org: '', sub: 'anna@' }],
    ['an organisation that does not exist', { org: 'org-does-not-exist', sub: 'anna@org-does-not-exist' }],
  ])('a bearer token with %s is refused', async (name, overrides) => {
    const control = await graphql(hub.gateway.url, HELP, {}, tokenHeaders(tokenClaims(), 'MATCHING'));
    expect(control.data?.helpRequests?.edges).toHaveLength(1); // control: the well-formed token is served
    const response = conclusive(await graphql(hub.gateway.url, HELP, {}, tokenHeaders(tokenClaims(overrides), 'MATCHING')));
    const accepted = response.status === 200 && !!response.data?.helpRequests;
    secure(!accepted, `the gateway accepted a token with ${name}`, { status: response.status, data: response.data });
  });
});

describe('13.2 pass-through routes stay inside /hsds/ and /ical/', () => {
  /** What only an internal route answers: the change feed, the consent register, a subgraph's own /graphql. */
  const internal = (body: string) => /"changes"\s*:\s*\[|not signed with the consent API secret|"granted"\s*:|only answers requests that come through the Samenspel gateway/.test(body);
  test.each([
    '/ical/..$&/../feeds/sociale-kaart?after=0',
    '/hsds/..$&/../internal/consent-check',
    '/hsds/x/..$&/../../internal/consent-check',
    '/hsds/..$&/../feeds/sociale-kaart?after=0',
    '/ical/..$&',
    "/ical/..$'/../feeds/sociale-kaart?after=0",
    "/hsds/..$'/../internal/consent-check",
    '/ical/$`/../../feeds/sociale-kaart?after=0',
    '/ical/../feeds/sociale-kaart?after=0',
    '/ical/%2e%2e/feeds/sociale-kaart?after=0',
    '/hsds/%2E%2E/%2E%2E/internal/consent-check',
    '/ical/..%2ffeeds%2fsociale-kaart?after=0',
    '/ical/..%2F..%2Ffeeds/sociale-kaart?after=0',
    '/hsds/%2e%2e%2finternal%2fconsent-check',
    '/ical//../feeds/sociale-kaart?after=0',
    '/ical/x//..//../feeds/sociale-kaart?after=0',
    '/hsds//internal/consent-check',
    '/hsds/..\\internal\\consent-check',
  ])('GET %s through the gateway reaches no internal route', async (path) => {
    const response = await rawGet(baseOf(hub.gateway.url), path);
    secure(!internal(response.body), `the gateway passed ${path} through to an internal route (HTTP ${response.status})`, truncate(response.body, 200));
  });
});

describe('13.3 the consent register', () => {
  const registerUrl = () => `${baseOf(hub.subgraphs.gemeente.url)}${CONSENT_CHECK_PATH}`;
  const askRegister = async (token: string, questions: unknown[]) => {
    const response = await fetch(registerUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ questions }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, body: (await response.json()) as { granted?: boolean[] } };
  };
  // asked for a professional of org-zg-01 (consentToken's default caller): may org-zg-01 read org-wz-01's records about person-001?
  const question = (personId: string) => [{ personId, holderOrganisationIds: ['org-wz-01'], recipientOrganisationId: 'org-zg-01', purpose: 'COORDINATION' }];
  const QUESTION = question('person-001');

  test('a token signed with welzijn’s credential cannot be replayed as another subgraph (or as nobody)', async () => {
    const own = await askRegister(consentToken({ iss: 'welzijn' }, consentCredential('welzijn')), QUESTION);
    expect(own.status).toBe(200); // control: welzijn asking as itself is answered
    const accepted: string[] = [];
    for (const iss of ['zorg', 'bewoners', 'gemeente', 'someone-else', undefined]) {
      const replay = await askRegister(consentToken({ iss }, consentCredential('welzijn')), QUESTION);
      if (replay.status === 200) accepted.push(`iss=${iss ?? '(none)'} → ${JSON.stringify(replay.body)}`);
    }
    secure(accepted.length === 0, `the register answered welzijn's credential presented as ${accepted.length} other callers`, accepted);
  });

  test('each question to the register is logged', async () => {
    const mark = await logMark(db('gemeente'));
    const answer = await askRegister(consentToken({ iss: 'welzijn' }, consentCredential('welzijn')), question('person-004'));
    expect(answer.status).toBe(200); // setup
    const rows = (await logSince(db('gemeente'), mark)).filter((row) => row.person_id === 'person-004');
    secure(rows.length > 0, `the register answered a question about person-004 (${JSON.stringify(answer.body)}) without a log line`);
  });
});

describe('13.4 weak secrets and development defaults', () => {
  const HELP = '{ helpRequests(first: 1) { edges { node { id } } } }';

  async function tryGateway(env: Record<string, string>): Promise<{ gateway?: RunningServer; error?: unknown }> {
    try {
      return { gateway: await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: subgraphUrls(), env }) };
    } catch (error) {
      return { error };
    }
  }

  test('a production gateway with AUTH_TOKEN_SECRET=x refuses to start', async () => {
    const control = await tryGateway(productionEnv());
    await control.gateway?.close();
    expect(control.error).toBeUndefined(); // control: with strong secrets it starts, so a refusal below is for the weak one
    const { gateway, error } = await tryGateway(productionEnv({ AUTH_TOKEN_SECRET: 'x' }));
    let served: GraphQLResponse | undefined;
    try {
      if (gateway) served = await graphql(gateway.url, HELP, {}, tokenHeaders(tokenClaims(), 'MATCHING', 'x'));
    } finally {
      await gateway?.close();
    }
    secure(!gateway && /AUTH_TOKEN_SECRET/.test(String(error)), 'a gateway with NODE_ENV=production and AUTH_TOKEN_SECRET=x started (or refused without naming AUTH_TOKEN_SECRET)', served ? { status: served.status, tokenSignedWithX: served.data ?? served.errors } : String(error));
  });

  test('a gateway with NODE_ENV unset (and no SAMENSPEL_DEV) does not accept tokens signed with the development secret', async () => {
    const { gateway } = await tryGateway({});
    let served: GraphQLResponse | undefined;
    try {
      if (gateway) served = await graphql(gateway.url, HELP, {}, tokenHeaders(tokenClaims(), 'MATCHING', 'dev-only-token-secret'));
    } finally {
      await gateway?.close();
    }
    secure(!served || served.status === 401, "a gateway without NODE_ENV served a token signed with 'dev-only-token-secret'", served && { status: served.status, data: served.data });
  });

  test('a subgraph process with NODE_ENV unset (and no SAMENSPEL_DEV) does not accept identities signed with its development secret', async () => {
    const databases = await createTestDatabases(['welzijn']);
    const port = await freePort();
    const child = await startChild(
      'subgraphs/welzijn/main.ts',
      { DATABASE_URL_WELZIJN: databases.urls.welzijn, PORT_WELZIJN: String(port), HOST: '127.0.0.1', CONSENT_URL: `${baseOf(hub.subgraphs.gemeente.url)}${CONSENT_CHECK_PATH}` },
      /serving http/,
    );
    try {
      if (!child.ready && child.process.exitCode === null) {
        throw new Error(`INCONCLUSIVE: the welzijn process neither served nor exited in time: ${truncate(child.output(), 400)}`);
      }
      // refusing to start is the secure outcome, when it says which secret is missing
      if (!child.ready) secure(/SUBGRAPH_SECRET_WELZIJN/.test(child.output()), 'the welzijn process stopped without naming SUBGRAPH_SECRET_WELZIJN', truncate(child.output(), 400));
      let response: GraphQLResponse | undefined;
      if (child.ready) {
        const identity = signIdentity({ organisationId: 'org-wz-01', subject: 'anna@org-wz-01', roles: ['matcher'], personId: null, purpose: 'MATCHING', ...newTrace() }, 'welzijn', 'dev-only-subgraph-secret-welzijn');
        response = await graphql(`http://127.0.0.1:${port}/graphql`, '{ helpRequest(id: "help-request-001") { id } __typename }', {}, { [IDENTITY_HEADER]: identity });
      }
      secure(!response || response.status === 401, "a welzijn process without NODE_ENV answered an identity signed with 'dev-only-subgraph-secret-welzijn'", response && { status: response.status, data: response.data });
    } finally {
      await child.stop();
      await databases.drop();
    }
  });
});

describe('13.5 withdrawn items leave no content behind', () => {
  test('a cancelled activity is a tombstone in the public change feed: no title or description', async () => {
    const title = 'Redteam besloten bijeenkomst';
    const description = 'Redteam: adres Geheimstraat 7, alleen voor leden';
    const created = await ask(CREATE_ACTIVITY, COORDINATOR, { input: activityInput({ title, description }) });
    const id: string = created.data?.createActivity?.activity?.id;
    expect(id).toMatch(/^activity-/); // setup
    expect((await ask(PUBLISH_ACTIVITY, COORDINATOR, { id })).data?.publishActivity?.activity?.published).toBe(true);
    const cancelled = await ask('mutation ($id: ID!) { cancelActivity(id: $id) { activity { status } userErrors { code message } } }', COORDINATOR, { id });
    expect(cancelled.data?.cancelActivity?.activity?.status).toBe('CANCELLED');
    expect((await readWholeFeed(hub.subgraphs.bewoners.url)).some((change) => change.id === id)).toBe(true); // control: the activity was in the feed

    const kept = (await readWholeFeed(hub.subgraphs.bewoners.url)).filter((change) => change.id === id && /Redteam/.test(JSON.stringify(change.summary)));
    secure(kept.length === 0, `the public feed still carries the cancelled activity's content in ${kept.length} change(s)`, kept);
  });
});

// Before 13.6: it pulls every feed into the index, which must happen while no bad RRULE is published.
describe('13.10 indexer errors are not public', () => {
  test('socialMapStatus.lastError is not shown to anonymous callers', async () => {
    const refresh = await ask('mutation { refreshSocialMap { feeds { partner } userErrors { code message } } }', { org: 'org-gm-01', roles: ['hub-admin'] });
    expect(refused(refresh)).toBe(false); // setup: the feeds are known
    const internalError = 'connect ECONNREFUSED 10.20.30.40:4004 (bewoners.internal.example)';
    await db('gemeente').query("UPDATE social_map_feed SET last_error = $1 WHERE partner = 'bewoners'", [internalError]);
    const response = await ask('{ socialMapStatus { partner lastError } }');
    secure(!JSON.stringify(response).includes(internalError), 'an anonymous caller reads the indexer’s last error', response.data?.socialMapStatus);
  });
});

describe('13.6 recurrence rules that expand without bound are refused', () => {
  test('a recurrence with BYHOUR/BYMINUTE/BYSECOND is refused (at creation or at publication), never published', async () => {
    const range = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
    const recurrence = `FREQ=WEEKLY;BYHOUR=${range(24)};BYMINUTE=${range(60)};BYSECOND=${range(60)}`;
    const input = activityInput({ title: 'Redteam elke seconde', recurrence });
    const created = await ask(CREATE_ACTIVITY, COORDINATOR, { input });
    const id: string | undefined = created.data?.createActivity?.activity?.id;
    let publish: GraphQLResponse | undefined;
    try {
      if (id) publish = await ask(PUBLISH_ACTIVITY, COORDINATOR, { id });
    } finally {
      // Never let the indexer expand this rule: remove the activity and its feed entries again.
      if (id) {
        await db('bewoners').query('DELETE FROM activity WHERE id = $1', [id]);
        await db('bewoners').query('DELETE FROM public_change WHERE item_id = $1', [id]);
      }
    }
    const refusedSomewhere = refused(created) || (publish !== undefined && refused(publish) && publish.data?.publishActivity?.activity?.published !== true);
    secure(refusedSomewhere, 'an RRULE with BYHOUR/BYMINUTE/BYSECOND (86 400 occurrences a day) was accepted and published', {
      created: created.errors ?? created.data?.createActivity,
      published: publish?.errors ?? publish?.data?.publishActivity,
    });
  }, 20_000);
});

describe('13.8 iCalendar text is escaped', () => {
  test('a lone CR in an activity title does not reach the iCalendar feed unescaped', async () => {
    const created = await ask(CREATE_ACTIVITY, COORDINATOR, { input: activityInput({ title: 'Koffie\rX-REDTEAM:ingevoegd', area: 'BU03070102' }) });
    const id: string | undefined = created.data?.createActivity?.activity?.id;
    if (id) await ask(PUBLISH_ACTIVITY, COORDINATOR, { id });
    const response = await fetch(`${baseOf(hub.gateway.url)}/ical/organisations/org-bw-01.ics`, { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    const lone = body.split('\r\n').filter((line) => line.includes('\r'));
    secure(lone.length === 0, 'the iCalendar feed carries a bare CR inside a content line', lone.map((line) => JSON.stringify(line)));
  });
});

describe('13.9 production errors give no hints', () => {
  test('a production gateway gives no enum hints ("Did you mean the enum value …")', async () => {
    const gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: subgraphUrls(), env: productionEnv() });
    try {
      const answers = [
        await graphql(gateway.url, '{ socialMap(filter: { kinds: [ACTIVITIES] }) { edges { cursor } } }'),
        await graphql(gateway.url, 'query ($k: [SocialMapItemKind!]) { socialMap(filter: { kinds: $k }) { edges { cursor } } }', { k: ['ACTIVITIES'] }),
        await graphql(gateway.url, 'query ($f: SocialMapFilter) { socialMap(filter: $f) { edges { cursor } } }', { f: { themes: ['SOCIAL'] } }),
      ];
      const hints = answers.flatMap((answer) => (answer.errors ?? []).map((e) => e.message)).filter((message) => /Did you mean/.test(message));
      secure(hints.length === 0, 'a production gateway suggests enum values', hints);
    } finally {
      await gateway.close();
    }
  });
});
