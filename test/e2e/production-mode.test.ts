// The gateway and the subgraphs with NODE_ENV=production: without secrets each refuses to start with a
// clear message naming every problem at once (no stack trace, no database touched), with weak secrets each
// refuses, and with good ones the whole hub serves, its callers' tokens verified with the production
// secret and an OpenID Connect provider, introspection and schema hints off. The environment is injected
// (startHub's env) while the test process itself runs on the development defaults: whatever still read
// process.env would sign or verify with a development secret and fail here.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { createTestDatabases, type TestDatabases } from '../support/databases';
import { productionEnv, strongSecret } from '../support/production-env';
import { AUDIENCE, startOidcProviders, type OidcProviders } from '../support/oidc';
import { identityHeaders } from '../support/callers';
import { CONSENT_ASKING_PARTNERS, ConfigError, PARTNERS, type Partner } from '../../platform/config';
import { startHub, SUBGRAPHS, type Hub } from '../../hub/hub';
import { startGateway } from '../../gateway/server';
import { startSubgraph } from '../../subgraphs/kit/subgraph';
import { mintToken } from '../../hub/mint-token';

/** The consent-API secrets a subgraph needs: its own, or (gemeente, which keeps the register) every asker's. */
const consentSecretsOf = (partner: Partner) => (partner === 'gemeente' ? CONSENT_ASKING_PARTNERS : [partner]).map((p) => `CONSENT_API_SECRET_${p.toUpperCase()}`);

const ROOT = path.join(__dirname, '..', '..');
const UNREACHABLE_DATABASE = 'postgres://nobody:nothing@127.0.0.1:1/none'; // a start that got as far as the database would fail otherwise

/** Runs a server's own start command with exactly `env` (plus PATH); resolves when it exits. */
function run(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { PATH: process.env.PATH!, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at |\.ts:\d+|stacktrace/i);
}

async function configProblems(start: () => Promise<unknown>): Promise<string[]> {
  const error = await start().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems;
}

describe('without secrets', () => {
  test('the gateway process refuses, naming every missing secret at once (exit 2, no stack trace)', async () => {
    const { code, output } = await run('gateway/main.ts', { NODE_ENV: 'production' });
    expect(code).toBe(2);
    expect(output).toMatch(/the gateway refused to start: the configuration is not valid \(5 problems\)/);
    expect(output).toMatch(/AUTH_OIDC_ISSUERS: no token issuer is configured/);
    for (const partner of PARTNERS) expect(output).toMatch(new RegExp(`SUBGRAPH_SECRET_${partner.toUpperCase()}: is not set; in production every secret must be set`));
    expectNoStackTrace(output);
  }, 120_000);

  test('a subgraph process refuses before it touches its database, naming every problem at once', async () => {
    const databases = await createTestDatabases(['zorg']);
    try {
      const { code, output } = await run('subgraphs/zorg/main.ts', { NODE_ENV: 'production', DATABASE_URL_ZORG: databases.urls.zorg });
      expect(code).toBe(2);
      expect(output).toMatch(/subgraph zorg refused to start: the configuration is not valid \(4 problems\)/);
      expect(output).toMatch(/SUBGRAPH_SECRET_ZORG: is not set/);
      expect(output).toMatch(/CONSENT_API_SECRET_ZORG: is not set/);
      expect(output).toMatch(/OFFER_CHECK_SECRET: is not set/); // zorg asks bewoners about an activity before a referral
      expect(output).toMatch(/EVENTS_SECRET: is not set/); // gemeente pulls every subgraph's event feed
      expectNoStackTrace(output);
      const client = new Client({ connectionString: databases.urls.zorg });
      await client.connect();
      const { rows } = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
      await client.end();
      expect(rows[0].n).toBe(0); // not migrated: nothing was touched
    } finally {
      await databases.drop();
    }
  }, 120_000);

  test('a subgraph alone names its missing database with the rest', async () => {
    const { code, output } = await run('subgraphs/welzijn/main.ts', { NODE_ENV: 'production', SUBGRAPH_SECRET_WELZIJN: 'short' });
    expect(code).toBe(2);
    expect(output).toMatch(/DATABASE_URL_WELZIJN: is not set/);
    expect(output).toMatch(/SUBGRAPH_SECRET_WELZIJN: holds \d+ bytes, at least 32 random bytes are needed/);
    expect(output).toMatch(/CONSENT_API_SECRET_WELZIJN: is not set/);
  }, 120_000);

  test('without NODE_ENV and without SAMENSPEL_DEV=1 there are no development defaults either', async () => {
    const problems = await configProblems(() => startGateway({ env: {} }));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^SUBGRAPH_SECRET_ZORG: is not set \(development defaults apply only with SAMENSPEL_DEV=1\)/)]));
    for (const partner of PARTNERS) {
      const subgraph = await configProblems(() => startSubgraph(SUBGRAPHS[partner], { env: {}, databaseUrl: UNREACHABLE_DATABASE }));
      expect(subgraph).toEqual([
        expect.stringMatching(new RegExp(`^SUBGRAPH_SECRET_${partner.toUpperCase()}: is not set`)),
        ...consentSecretsOf(partner).map((name) => expect.stringMatching(new RegExp(`^${name}: is not set`))),
        // the two that check a neighbour's offer before a match (kit/matching/offer-check.ts), and zorg, which checks an activity before a referral
        ...(partner === 'welzijn' || partner === 'bewoners' || partner === 'zorg' ? [expect.stringMatching(/^OFFER_CHECK_SECRET: is not set/)] : []),
        expect.stringMatching(/^EVENTS_SECRET: is not set/), // every subgraph serves its event feed to gemeente
      ]);
    }
  });

  test('development defaults are refused in production even when asked for', async () => {
    const problems = await configProblems(() => startGateway({ env: { ...productionEnv(), SAMENSPEL_DEV: '1' } }));
    expect(problems).toEqual(['SAMENSPEL_DEV: development defaults (SAMENSPEL_DEV=1) are refused with NODE_ENV=production']);
  });
});

describe('with weak secrets', () => {
  const WEAK: [string, string, RegExp][] = [
    ['one character', 'x', /some of them neither|holds 0 bytes/],
    ['the development secret', 'dev-only-token-secret', /is a development secret/],
    ['a short random value', 'c2hvcnQtYnV0LXJhbmRvbQ', /holds 16 bytes/],
    ['a repeated byte', 'ab'.repeat(32), /does not look random/],
    ['a pattern', '0123456789abcdef'.repeat(4), /does not look random/],
    ['a passphrase in base64', Buffer.from('correct horse battery staple, and some more words').toString('base64'), /does not look random/],
    ['lower-case words', 'correcthorsebatterystaplecorrecthorsebatterystaple', /does not look random/],
    ['a sentence', 'this is the secret of our production gateway!!', /hex or base64/],
  ];

  test.each(WEAK)('the gateway refuses %s as AUTH_TOKEN_SECRET, naming it', async (_what, secret, reason) => {
    const problems = await configProblems(() => startGateway({ env: productionEnv({ AUTH_TOKEN_SECRET: secret }) }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUTH_TOKEN_SECRET: /);
    expect(problems[0]).toMatch(reason);
  });

  test('the gateway refuses weak, reused and development values everywhere at once, and the development issuer', async () => {
    const shared = strongSecret();
    const env = productionEnv({
      AUTH_TOKEN_SECRET: 'x',
      AUTH_TOKEN_ISSUER: 'samenspel-dev',
      SUBGRAPH_SECRET_GEMEENTE: 'dev-only-subgraph-secret-gemeente',
      SUBGRAPH_SECRET_WELZIJN: shared,
      SUBGRAPH_SECRET_ZORG: shared,
      SUBGRAPH_SECRET_BEWONERS: 'ab'.repeat(32),
    });
    const problems = await configProblems(() => startGateway({ env }));
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['AUTH_TOKEN_ISSUER', 'AUTH_TOKEN_SECRET', 'SUBGRAPH_SECRET_BEWONERS', 'SUBGRAPH_SECRET_GEMEENTE', 'SUBGRAPH_SECRET_ZORG']);
    expect(problems).toContain('SUBGRAPH_SECRET_ZORG: is the same as SUBGRAPH_SECRET_WELZIJN; every secret must be its own');
  });

  test('a secret needs its issuer: AUTH_TOKEN_SECRET without AUTH_TOKEN_ISSUER is refused', async () => {
    const { AUTH_TOKEN_ISSUER: _issuer, ...env } = productionEnv();
    expect(await configProblems(() => startGateway({ env }))).toEqual([expect.stringMatching(/^AUTH_TOKEN_ISSUER: is not set: tokens signed with AUTH_TOKEN_SECRET need the name of their issuer/)]);
  });

  test.each([...PARTNERS])('subgraph %s refuses weak secrets before its database', async (partner) => {
    const weakConsent = Object.fromEntries(consentSecretsOf(partner).map((name, i) => [name, 'x'.repeat(40 + i)])); // weak, and each its own
    const env = productionEnv({ [`SUBGRAPH_SECRET_${partner.toUpperCase()}`]: 'dev-only-subgraph-secret-' + partner, ...weakConsent });
    const problems = await configProblems(() => startSubgraph(SUBGRAPHS[partner], { env, databaseUrl: UNREACHABLE_DATABASE }));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^SUBGRAPH_SECRET_${partner.toUpperCase()}: is a development secret`)),
      ...consentSecretsOf(partner).map((name) => expect.stringMatching(new RegExp(`^${name}: `))),
    ]);
  });
});

describe('with good secrets the hub serves', () => {
  let databases: TestDatabases;
  let hub: Hub;
  let providers: OidcProviders;
  const env = productionEnv();
  const client = { id: 'wz-matching-system', secret: 'a-client-secret-of-the-test-provider', org: 'org-wz-01', roles: ['matcher'] };

  beforeAll(async () => {
    [databases, providers] = await Promise.all([createTestDatabases(), startOidcProviders([{ name: 'welzijn', alg: 'RS256', clients: [client] }])]);
    env.AUTH_OIDC_ISSUERS = JSON.stringify([{ issuer: providers.issuers.welzijn, audience: AUDIENCE, organisations: ['org-wz-01'] }]);
    hub = await startHub({ databaseUrls: databases.urls, host: '127.0.0.1', ports: { gateway: 0, gemeente: 0, welzijn: 0, zorg: 0, bewoners: 0 }, seed: true, env });
  }, 180_000);
  afterAll(async () => {
    await hub?.close();
    await providers?.close();
    await databases?.drop();
  });

  const HELP_REQUESTS = '{ helpRequests(first: 1) { edges { node { id status } } } }';
  const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'x-purpose': 'MATCHING' });

  test('tokens of the production HS256 issuer and of the OpenID Connect provider are served, through every subgraph', async () => {
    const hs256 = await graphql(hub.gateway.url, HELP_REQUESTS, {}, bearer(mintToken({ org: 'org-wz-01', roles: ['matcher'] }, env)));
    expect(hs256.errors).toBeUndefined();
    expect(hs256.data.helpRequests.edges).toHaveLength(1);
    const oidc = await graphql(hub.gateway.url, HELP_REQUESTS, {}, bearer(await providers.token('welzijn', client)));
    expect(oidc.errors).toBeUndefined();
    expect(oidc.data.helpRequests.edges).toHaveLength(1);
    // every subgraph took the identity the gateway signed with the injected secrets
    const overview = await graphql(hub.gateway.url, '{ area(code: "WK030703") { name helpRequests(first: 1) { edges { node { id } } } services(first: 1) { edges { node { name } } } activities(first: 1) { edges { node { title } } } } }', {}, bearer(mintToken({ org: 'org-wz-01', roles: ['matcher'] }, env)));
    expect(overview.errors).toBeUndefined();
    expect(overview.data.area).toMatchObject({ name: expect.any(String), helpRequests: { edges: [expect.anything()] }, services: { edges: [expect.anything()] }, activities: { edges: [expect.anything()] } });
  });

  test('development tokens and development identities are refused', async () => {
    const dev = await graphql(hub.gateway.url, HELP_REQUESTS, {}, bearer(mintToken({ org: 'org-wz-01', roles: ['matcher'] }, { SAMENSPEL_DEV: '1' })));
    expect(dev.status).toBe(401);
    expect(dev.errors![0].message).toMatch(/token is from an unknown issuer/);
    // straight to a subgraph with the development identity secret (what the test process would sign with)
    for (const partner of PARTNERS) {
      const direct = await graphql(hub.subgraphs[partner].url, '{ __typename }', {}, identityHeaders(partner, { org: 'org-wz-01', roles: ['matcher'] }));
      expect(direct.status).toBe(401);
      expect(direct.errors![0].message).toMatch(/gateway identity is not valid: invalid token signature/);
    }
  });

  test('introspection is off, and no message hints at the schema’s names (fields, enum values), without stack traces', async () => {
    const introspection = await graphql(hub.gateway.url, '{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.errors![0].message).toMatch(/introspection is not allowed/);

    const responses: GraphQLResponse[] = [
      await graphql(hub.gateway.url, '{ area(code: "GM0307") { nam } }'),
      await graphql(hub.gateway.url, '{ organisations(kind: COOPERATIV) { edges { node { id } } } }'),
      await graphql(hub.gateway.url, 'query ($kind: OrganisationKind) { organisations(kind: $kind) { edges { node { id } } } }', { kind: 'COOPERATIV' }),
      await graphql(hub.gateway.url, 'query ($kind: OrganisationKnd) { organisations(kind: $kind) { edges { node { id } } } }', { kind: 'CARE' }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(400);
      expect(response.errors!.length).toBeGreaterThan(0);
      for (const error of response.errors!) {
        expect(error.message).not.toMatch(/Did you mean|COOPERATIVE|"name"|OrganisationKind"\?/);
      }
      expectNoStackTrace(JSON.stringify(response));
    }
    expect(responses[2].errors![0].message).toMatch(/Value "COOPERATIV" does not exist in "OrganisationKind" enum/); // still says what is wrong

    // errors of every kind carry no stack trace
    const token = mintToken({ org: 'org-wz-01', roles: ['matcher'] }, env);
    for (const response of [
      await graphql(hub.gateway.url, '{ area(code: "WK12") { name } }'),
      await graphql(hub.gateway.url, '{ area(code: '),
      await graphql(hub.gateway.url, '{ helpRequests { edges { node { id } } } }'),
      await graphql(hub.gateway.url, '{ helpRequest(id: "help-request-001") { requester { id } } }', {}, { authorization: `Bearer ${token}` }),
    ]) {
      expect(response.errors?.length).toBeGreaterThan(0);
      expectNoStackTrace(JSON.stringify(response));
    }
  });
});
