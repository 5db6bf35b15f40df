// Partners sign their staff and systems in with their own OpenID Connect providers; the gateway verifies
// their tokens against each issuer's JWKS and maps the issuer to the organisations it may speak for
// (AUTH_OIDC_ISSUERS). Real providers on loopback (the `oidc-provider` package, test/support/oidc/) issue
// JWT access tokens by the client credentials grant: welzijn's signs with RS256, zorg's with ES256, and a
// third one is trusted by nobody. Everything goes end to end through a gateway in front of the hub.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { AUDIENCE, startOidcProviders, type ClientSpec, type OidcProviders } from '../support/oidc';
import { freePort } from '../support/ports';
import { PARTNERS, type Partner } from '../../platform/config';
import { startGateway } from '../../gateway/server';
import type { RunningServer } from '../../platform/http';
import { captureLogs } from '../../platform/log';

const client = (id: string, fields: Omit<ClientSpec, 'id' | 'secret'>): ClientSpec => ({ id, secret: `${id}-secret-of-the-test-provider`, ...fields });
const WZ_MATCHER = client('wz-matching-system', { org: 'org-wz-01', roles: ['matcher'] });
const WZ_NO_ORG = client('wz-intake-system', { roles: ['matcher'] }); // the issuer has one organisation: it is that one
const WZ_CLAIMS_ZORG = client('wz-posing-as-zorg', { org: 'org-zg-01', roles: ['professional'] });
const WZ_UNKNOWN_ORG = client('wz-old-branch', { org: 'org-wz-99', roles: ['matcher'] });
const WZ_HUB_ADMIN = client('wz-would-be-admin', { org: 'org-wz-01', roles: ['hub-admin'] });
const WZ_LONG_LIVED = client('wz-forever', { org: 'org-wz-01', roles: ['matcher'], ttl: 10 * 365 * 86_400 });
const ZG_PROFESSIONAL = client('zg-care-system', { org: 'org-zg-01', roles: ['professional'] });
const STRANGER = client('stranger-system', { org: 'org-wz-01', roles: ['matcher'] });

let hub: TestHub;
let providers: OidcProviders;
let gateway: RunningServer;

const subgraphUrls = () => Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])) as Record<Partner, string>;
const issuersConfig = (issuers: Record<string, string>, extra: Record<string, unknown>[] = []) =>
  JSON.stringify([
    // welzijn's provider may speak for org-wz-01 only, and not make anyone a hub administrator
    { issuer: issuers.welzijn, audience: AUDIENCE, organisations: ['org-wz-01'], roles: ['matcher', 'professional', 'partner-system'] },
    { issuer: issuers.zorg, audience: AUDIENCE, organisations: ['org-zg-01', 'org-zg-02'] },
    ...extra,
  ]);

/** A gateway trusting the providers, in front of the hub's subgraphs (development mode: they have the development secrets). */
function oidcGateway(env: Record<string, string>): Promise<RunningServer> {
  const secrets = Object.fromEntries(PARTNERS.map((p) => [`SUBGRAPH_SECRET_${p.toUpperCase()}`, `dev-only-subgraph-secret-${p}`]));
  return startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: subgraphUrls(), env: { SAMENSPEL_DEV: '1', ...secrets, ...env } });
}

beforeAll(async () => {
  [hub, providers] = await Promise.all([
    startTestHub(),
    startOidcProviders([
      { name: 'welzijn', alg: 'RS256', clients: [WZ_MATCHER, WZ_NO_ORG, WZ_CLAIMS_ZORG, WZ_UNKNOWN_ORG, WZ_HUB_ADMIN, WZ_LONG_LIVED] },
      { name: 'zorg', alg: 'ES256', clients: [ZG_PROFESSIONAL] },
      { name: 'stranger', alg: 'RS256', clients: [STRANGER] },
    ]),
  ]);
  gateway = await oidcGateway({ AUTH_OIDC_ISSUERS: issuersConfig(providers.issuers), AUTH_JWKS_COOLDOWN_MS: '0' });
}, 180_000);
afterAll(async () => {
  await gateway?.close();
  await providers?.close();
  await hub?.close();
});

const HELP_REQUESTS = '{ helpRequests(first: 5) { edges { node { id } } } }';
const ask = (token: string, url = gateway.url, purpose = 'MATCHING') => graphql(url, HELP_REQUESTS, {}, { authorization: `Bearer ${token}`, 'x-purpose': purpose });
/** A zorg professional asks under a purpose of its role (kit/access/purposes.ts): matching is welzijn's. */
const askAsProfessional = async () => ask(await providers.token('zorg', ZG_PROFESSIONAL), gateway.url, 'COORDINATION');

function expectRefused(response: GraphQLResponse, message: RegExp, status = 401, code = 'UNAUTHENTICATED'): void {
  expect(response.status).toBe(status);
  expect(response.data).toBeUndefined();
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(response.errors![0].message).toMatch(message);
}

test("an RS256 token of welzijn's provider is served as its organisation", async () => {
  const response = await ask(await providers.token('welzijn', WZ_MATCHER));
  expect(response.errors).toBeUndefined();
  expect(response.data.helpRequests.edges.length).toBeGreaterThan(0); // org-wz-01's own hulpvragen
});

test("an ES256 token of zorg's provider is served as its organisation (which holds no hulpvragen)", async () => {
  const response = await askAsProfessional();
  expect(response.errors).toBeUndefined();
  expect(response.data.helpRequests.edges).toEqual([]);
  const referral = await graphql(gateway.url, '{ referral(id: "referral-001") { id } }', {}, { authorization: `Bearer ${await providers.token('zorg', ZG_PROFESSIONAL)}`, 'x-purpose': 'REFERRAL' });
  expect(referral.data?.referral).toEqual({ id: 'referral-001' }); // held by org-zg-01
});

test('a token without an organisation claim gets its issuer\'s only organisation', async () => {
  const response = await ask(await providers.token('welzijn', WZ_NO_ORG));
  expect(response.errors).toBeUndefined();
  expect(response.data.helpRequests.edges.length).toBeGreaterThan(0);
});

test('an issuer may speak only for its own organisations', async () => {
  expectRefused(await ask(await providers.token('welzijn', WZ_CLAIMS_ZORG)), /issuer may not speak for organisation "org-zg-01"/);
});

test("an organisation of the issuer's that the partner registry does not know is refused", async () => {
  const gatewayKnowingIt = await oidcGateway({
    AUTH_OIDC_ISSUERS: JSON.stringify([{ issuer: providers.issuers.welzijn, audience: AUDIENCE, organisations: ['org-wz-01', 'org-wz-99'] }]),
  });
  try {
    expectRefused(await ask(await providers.token('welzijn', WZ_UNKNOWN_ORG), gatewayKnowingIt.url), /organisation "org-wz-99" is not in the partner registry/);
  } finally {
    await gatewayKnowingIt.close();
  }
});

test('a role the issuer may not grant is not taken', async () => {
  expectRefused(await ask(await providers.token('welzijn', WZ_HUB_ADMIN)), /names no role of the hub/);
});

test('a provider\'s long-lived token is refused by the lifetime cap', async () => {
  expectRefused(await ask(await providers.token('welzijn', WZ_LONG_LIVED)), /valid for longer than 86400 s/);
});

test('a token of an issuer nobody configured is refused, end to end', async () => {
  const token = await providers.token('stranger', STRANGER);
  expectRefused(await ask(token), /token is from an unknown issuer/);
  expect(await providers.jwksFetches('stranger')).toBe(0); // its keys are never even fetched
});

test('a token signed with another key under a trusted issuer\'s name is refused', async () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forged = await new SignJWT({ org: 'org-wz-01', roles: ['matcher'] })
    .setProtectedHeader({ alg: 'RS256', kid: randomUUID() })
    .setIssuer(providers.issuers.welzijn).setAudience(AUDIENCE).setSubject('mallory').setIssuedAt().setExpirationTime('5m')
    .sign(privateKey);
  expectRefused(await ask(forged), /no key of the issuer matches the token/);
  // HS256 with a known string as the key (alg confusion) gets nowhere either
  const hmac = await new SignJWT({ org: 'org-wz-01', roles: ['matcher'] })
    .setProtectedHeader({ alg: 'HS256' }).setIssuer(providers.issuers.welzijn).setAudience(AUDIENCE).setSubject('mallory').setIssuedAt().setExpirationTime('5m')
    .sign(new TextEncoder().encode('dev-only-token-secret'));
  expectRefused(await ask(hmac), /unsupported token algorithm/);
});

test('key rotation: keys are cached, a new key id fetches the JWKS once more, and the new tokens are served', async () => {
  const fetches = () => providers.jwksFetches('zorg');
  expect((await askAsProfessional()).errors).toBeUndefined();
  const before = await fetches();
  expect(before).toBeGreaterThanOrEqual(1);
  expect((await askAsProfessional()).errors).toBeUndefined();
  expect(await fetches()).toBe(before); // cached

  await providers.rotate('zorg');
  const rotated = await askAsProfessional();
  expect(rotated.errors).toBeUndefined();
  expect(rotated.data.helpRequests.edges).toEqual([]);
  expect(await fetches()).toBe(before + 1); // the unknown kid fetched the set once
  expect((await askAsProfessional()).errors).toBeUndefined();
  expect(await fetches()).toBe(before + 1);
});

test('unknown key ids do not flood the provider: one refetch per cooldown (AUTH_JWKS_COOLDOWN_MS)', async () => {
  const patient = await oidcGateway({ AUTH_OIDC_ISSUERS: issuersConfig(providers.issuers), AUTH_JWKS_COOLDOWN_MS: '60000' });
  try {
    expect((await ask(await providers.token('welzijn', WZ_MATCHER), patient.url)).errors).toBeUndefined();
    const before = await providers.jwksFetches('welzijn');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    for (let i = 0; i < 5; i++) {
      const madeUp = await new SignJWT({ roles: ['matcher'] })
        .setProtectedHeader({ alg: 'RS256', kid: randomUUID() })
        .setIssuer(providers.issuers.welzijn).setAudience(AUDIENCE).setSubject('mallory').setIssuedAt().setExpirationTime('5m')
        .sign(privateKey);
      expectRefused(await ask(madeUp, patient.url), /no key of the issuer matches the token/);
    }
    expect(await providers.jwksFetches('welzijn')).toBeLessThanOrEqual(before + 1);
  } finally {
    await patient.close();
  }
});

test('a token for another audience is refused', async () => {
  const elsewhere = await oidcGateway({ AUTH_OIDC_ISSUERS: JSON.stringify([{ issuer: providers.issuers.zorg, audience: 'urn:another:hub', organisations: ['org-zg-01'] }]) });
  try {
    expectRefused(await ask(await providers.token('zorg', ZG_PROFESSIONAL), elsewhere.url), /token is for another audience/);
  } finally {
    await elsewhere.close();
  }
});

test('fail closed: an issuer whose keys cannot be fetched gets 503, not trust', async () => {
  const down = `http://127.0.0.1:${await freePort()}`;
  const unreachable = await oidcGateway({ AUTH_OIDC_ISSUERS: JSON.stringify([{ issuer: down, audience: AUDIENCE, organisations: ['org-wz-01'] }]) });
  const logs = captureLogs((entry) => /discovery document/.test(JSON.stringify(entry)));
  try {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = await new SignJWT({ roles: ['matcher'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(down).setAudience(AUDIENCE).setSubject('anna').setIssuedAt().setExpirationTime('5m')
      .sign(privateKey);
    expectRefused(await ask(token, unreachable.url), /issuer could not be reached/, 503, 'IDENTITY_PROVIDER_UNAVAILABLE');
    expect(JSON.stringify(logs.atLeast('warn'))).toMatch(/discovery document/);
  } finally {
    logs.restore();
    await unreachable.close();
  }
});
