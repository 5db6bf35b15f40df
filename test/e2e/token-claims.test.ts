// The claims of a caller's bearer token, checked at the gateway whatever the issuer (here the development
// HS256 issuer; the OpenID Connect issuers go through the same checks, test/e2e/oidc-issuers.test.ts):
// a lifetime cap, no issue or start time in the future (a small clock skew allowed), a non-empty subject
// and organisation, and an organisation the partner registry (gemeente's Organisation) knows.
import { graphql, type GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { signJwt } from '../../platform/jwt';
import { PARTNERS, type Partner } from '../../platform/config';
import { startGateway } from '../../gateway/server';
import { freePort } from '../support/ports';
import { captureLogs } from '../../platform/log';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

// the development issuer and secret (platform/secrets.ts), as `npm run token` signs
const DEV = { issuer: 'samenspel-dev', secret: 'dev-only-token-secret' };
const now = () => Math.floor(Date.now() / 1000);
const HELP_REQUESTS = '{ helpRequests(first: 1) { edges { node { id } } } }';
const claims = (extra: Record<string, unknown> = {}) => ({ iss: DEV.issuer, sub: 'anna@org-wz-01', org: 'org-wz-01', roles: ['matcher'], iat: now(), exp: now() + 3600, ...extra });
const ask = (token: string, url = hub.gateway.url) => graphql(url, HELP_REQUESTS, {}, { authorization: `Bearer ${token}`, 'x-purpose': 'MATCHING' });

function expectRefused(response: GraphQLResponse, message: RegExp, status = 401, code = 'UNAUTHENTICATED'): void {
  expect(response.status).toBe(status);
  expect(response.data).toBeUndefined();
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(response.errors![0].message).toMatch(message);
  expect(JSON.stringify(response)).not.toMatch(/stacktrace|\n\s+at /);
}

function expectServed(response: GraphQLResponse): void {
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  expect(response.data.helpRequests.edges).toHaveLength(1);
}

test('the control: a token of an hour is served', async () => {
  expectServed(await ask(signJwt(claims(), DEV.secret)));
});

test.each([
  ['in 9999999999 (the year 2286)', 9999999999],
  ['at 1e300', 1e300],
  ['in two days', now() + 2 * 86_400],
])('a token that expires %s is refused: its lifetime is capped', async (_what, exp) => {
  expectRefused(await ask(signJwt(claims({ exp }), DEV.secret)), /valid for longer than 86400 s/);
});

test('a token that is not valid yet (nbf an hour ahead) is refused', async () => {
  expectRefused(await ask(signJwt(claims({ nbf: now() + 3600 }), DEV.secret)), /not valid yet \(nbf\)/);
});

test('a token issued in the future (iat an hour ahead) is refused', async () => {
  expectRefused(await ask(signJwt(claims({ iat: now() + 3600 }), DEV.secret)), /issued in the future \(iat\)/);
});

test('a clock a little ahead is allowed: iat and nbf 30 s in the future are served', async () => {
  expectServed(await ask(signJwt(claims({ iat: now() + 30, nbf: now() + 30 }), DEV.secret)));
});

test.each([
  ['an empty sub', { sub: '' }, /no subject \(sub\)/],
  ['a blank sub', { sub: '   ' }, /no subject \(sub\)/],
  ['no sub', { sub: undefined }, /no subject \(sub\)/],
  ['a sub that is not text', { sub: 42 }, /no subject \(sub\)/],
  ['an empty org', { org: '' }, /names no organisation \(org\)/],
  ['a blank org', { org: ' ' }, /names no organisation \(org\)/],
])('a token with %s is refused', async (_what, extra, message) => {
  expectRefused(await ask(signJwt(claims(extra), DEV.secret)), message);
});

test('a token for an organisation the partner registry does not know is refused', async () => {
  for (const org of ['org-wz-99', 'ORG-WZ-01', 'org-wz-01 ']) {
    expectRefused(await ask(signJwt(claims({ org }), DEV.secret)), new RegExp(`organisation "${org}" is not in the partner registry`));
  }
});

test('the registry is asked once per organisation, then remembered', async () => {
  const token = signJwt(claims({ org: 'org-wz-06', sub: 'kees@org-wz-06' }), DEV.secret);
  const gemeente = hub.subgraphs.gemeente.db.stats;
  const before = gemeente.statements;
  expect((await ask(token)).status).toBe(200); // helpRequests is welzijn's: only the registry question reaches gemeente
  const asked = gemeente.statements - before;
  expect(asked).toBeGreaterThan(0);
  expect((await ask(token)).status).toBe(200);
  expect(gemeente.statements - before).toBe(asked);
});

test('a resident token (role resident, claim person) is served; without its person it is refused', async () => {
  const resident = claims({ sub: 'person-001', org: 'org-wz-01', roles: ['resident'], person: 'person-001' });
  const response = await graphql(hub.gateway.url, '{ professional(id: "professional-001") { displayName } }', {}, { authorization: `Bearer ${signJwt(resident, DEV.secret)}` });
  expect(response.errors).toBeUndefined();
  expect(response.data.professional.displayName).toEqual(expect.any(String));
  expectRefused(await ask(signJwt({ ...resident, person: '' }, DEV.secret)), /resident token names its person/);
});

test('fail closed: when the registry cannot be asked, a token is refused with 503, not trusted', async () => {
  const closed = await freePort(); // nothing listens there: gemeente is "down"
  const subgraphUrls = Object.fromEntries(PARTNERS.map((p) => [p, p === 'gemeente' ? `http://127.0.0.1:${closed}/graphql` : hub.subgraphs[p].url])) as Record<Partner, string>;
  // the registry lookup fails (logged), and so does the gateway's fetch from gemeente
  const logs = captureLogs((entry) => /partner registry|subgraph gemeente failed/.test(JSON.stringify(entry)));
  const gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls });
  try {
    expectRefused(await ask(signJwt(claims(), DEV.secret), gateway.url), /partner registry could not be asked/, 503, 'REGISTRY_UNAVAILABLE');
    expect(JSON.stringify(logs.atLeast('warn'))).toMatch(/partner registry/);
  } finally {
    await gateway.close();
    logs.restore();
  }
});
