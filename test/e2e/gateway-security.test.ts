// The hub's outer defences over real HTTP: bearer tokens at the gateway, the signed identity every subgraph
// demands, GraphQL Armor's query limits, introspection in production, no stack traces, and trusted documents
// for partner systems. One hub; extra gateways (production, trusted documents) run against its subgraphs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Lexer, Source, TokenKind } from 'graphql';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { productionEnv } from '../support/production-env';
import { gatewayHeaders, identityHeaders } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { PARTNERS, type Partner } from '../../platform/config';
import { newTrace, type Caller } from '../../platform/caller';
import { signJwt } from '../../platform/jwt';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { consentApiSecret, sharedTokenIssuer, subgraphSecret } from '../../platform/config';
import { CONSENT_API_AUDIENCE, CONSENT_CHECK_PATH } from '../../subgraphs/kit/access/consent-api';
import { LIMITS, startGateway } from '../../gateway/server';
import { mintToken } from '../../hub/mint-token';
import { documentHash, loadTrustedDocuments } from '../../gateway/trusted-documents';
import type { RunningServer } from '../../platform/http';

let hub: TestHub;
let tmp: string;

beforeAll(async () => {
  hub = await startTestHub();
  tmp = mkdtempSync(path.join(tmpdir(), 'samenspel-gateway-security-'));
});

afterAll(async () => {
  await hub?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const PUBLIC_QUERY = '{ area(code: "GM0307") { name } }';
const HELP_REQUESTS = '{ helpRequests(first: 1) { edges { node { id } } } }';
const MATCHER = { org: 'org-wz-01', roles: ['matcher' as const], purpose: 'MATCHING' as const };
const now = () => Math.floor(Date.now() / 1000);

const subgraphUrls = () => Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])) as Record<Partner, string>;

/** Starts an extra gateway against the hub's running subgraphs, runs `body`, and closes it again. */
async function withGateway(env: Record<string, string | undefined>, body: (gateway: RunningServer) => Promise<void>): Promise<void> {
  const gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: subgraphUrls(), env });
  try {
    await body(gateway);
  } finally {
    await gateway.close();
  }
}

/** Tokens in a document as graphql-js's parser counts them for maxTokens (comments and the end not counted). */
function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** A raw POST, for bodies the graphql() helper cannot send. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

/** No stack trace and no source location of ours in any answer. */
function expectNoStackTrace(response: unknown): void {
  const json = JSON.stringify(response);
  expect(json).not.toMatch(/stacktrace/i);
  expect(json).not.toMatch(/\.ts:\d+|\.js:\d+|\n\s+at /);
}

/** A refusal before any GraphQL work: the HTTP status, one error with the code, no data. */
function expectRefused(response: GraphQLResponse, status: number, code: string, message: RegExp): void {
  expect(response.status).toBe(status);
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe(code);
  expect(response.errors![0].message).toMatch(message);
  expectNoStackTrace(response);
}

describe('bearer tokens at the gateway', () => {
  const dev = sharedTokenIssuer(process.env);
  const claims = (extra: Record<string, unknown> = {}) => ({
    iss: dev.issuer,
    sub: 'anna@org-wz-01',
    org: 'org-wz-01',
    roles: ['matcher'],
    iat: now(),
    exp: now() + 3600,
    ...extra,
  });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const ask = (headers: Record<string, string>) => graphql(hub.gateway.url, HELP_REQUESTS, {}, headers);

  test('an Authorization header that is not "Bearer <token>" is refused with 401', async () => {
    expectRefused(await ask({ authorization: 'Basic x' }), 401, 'UNAUTHENTICATED', /must be "Bearer <token>"/);
    expectRefused(await ask({ authorization: 'Bearer' }), 401, 'UNAUTHENTICATED', /must be "Bearer <token>"/);
  });

  test('a token that is not a JWT is refused with 401', async () => {
    expectRefused(await ask(bearer('not-a-jwt')), 401, 'UNAUTHENTICATED', /bearer token was refused: malformed token/);
  });

  test('a token signed with another secret is refused with 401', async () => {
    const token = signJwt(claims(), 'some-other-secret');
    expectRefused(await ask(bearer(token)), 401, 'UNAUTHENTICATED', /bearer token was refused: invalid token signature/);
  });

  test('an unsigned token (alg "none") is refused with 401', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims())}.`;
    expectRefused(await ask(bearer(token)), 401, 'UNAUTHENTICATED', /bearer token was refused: unsupported token algorithm/);
  });

  test('an expired token is refused with 401', async () => {
    const token = signJwt(claims({ iat: now() - 7200, exp: now() - 60 }), dev.secret);
    expectRefused(await ask(bearer(token)), 401, 'UNAUTHENTICATED', /bearer token was refused: token has expired/);
  });

  test('a token without expiry is refused with 401', async () => {
    const { exp: _exp, ...rest } = claims();
    expectRefused(await ask(bearer(signJwt(rest, dev.secret))), 401, 'UNAUTHENTICATED', /token has no expiry/);
  });

  test('a token from another issuer is refused with 401', async () => {
    const token = signJwt(claims({ iss: 'someone-else' }), dev.secret);
    expectRefused(await ask(bearer(token)), 401, 'UNAUTHENTICATED', /token is from an unknown issuer/);
  });

  test('a token without roles (or with only unknown roles) is refused with 401', async () => {
    for (const roles of [undefined, [], ['superuser']]) {
      const token = signJwt(claims({ roles }), dev.secret);
      expectRefused(await ask(bearer(token)), 401, 'UNAUTHENTICATED', /token names no role of the hub/);
    }
  });

  test('a token without org is refused with 401', async () => {
    const token = signJwt(claims({ org: undefined }), dev.secret);
    expectRefused(await ask(bearer(token)), 401, 'UNAUTHENTICATED', /token names no organisation/);
  });

  test('a valid token is served (200, data)', async () => {
    const response = await ask({ ...bearer(signJwt(claims(), dev.secret)), 'x-purpose': 'MATCHING' });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.helpRequests.edges.length).toBe(1);
  });

  test('an unknown x-purpose is refused with 400 BAD_REQUEST, before the token is even looked at', async () => {
    expectRefused(await ask({ ...gatewayHeaders(MATCHER), 'x-purpose': 'CURIOSITY' }), 400, 'BAD_REQUEST', /"x-purpose" must be one of MATCHING/);
    expectRefused(await ask({ 'x-purpose': 'matching' }), 400, 'BAD_REQUEST', /"x-purpose" must be one of/);
    const known = await ask({ ...gatewayHeaders(MATCHER), 'x-purpose': 'MATCHING' });
    expect(known.status).toBe(200);
    expect(known.errors).toBeUndefined();
  });
});

describe('anonymous callers', () => {
  test('get UNAUTHENTICATED for what needs a token, and no data', async () => {
    const response = await graphql(hub.gateway.url, '{ helpRequests { edges { node { id } } } }');
    expect(response.status).toBe(200); // a field error: the gateway lets anonymous callers in
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0].message).toMatch(/valid bearer token/);
    // Query.helpRequests is non-null, so its error nulls the whole answer.
    expect(response.data?.helpRequests ?? null).toBeNull();
    expectNoStackTrace(response);
  });

  test('may read the public sociale kaart', async () => {
    const response = await graphql(hub.gateway.url, PUBLIC_QUERY);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.area.name).toEqual(expect.any(String));
  });
});

describe('direct calls to a subgraph', () => {
  const caller: Caller = { organisationId: 'org-wz-01', subject: 'anna@org-wz-01', roles: ['matcher'], personId: null, purpose: 'MATCHING', ...newTrace() };
  const other = (partner: Partner): Partner => PARTNERS.find((p) => p !== partner)!;
  const ask = (partner: Partner, headers: Record<string, string>) => graphql(hub.subgraphs[partner].url, '{ __typename }', {}, headers);
  const identity = (token: string) => ({ [IDENTITY_HEADER]: token });

  test.each([...PARTNERS])('%s answers only with an identity signed for it by the gateway', async (partner) => {
    // the control: what the gateway sends
    const ok = await ask(partner, identityHeaders(partner, MATCHER));
    expect(ok.status).toBe(200);
    expect(ok.data).toEqual({ __typename: 'Query' });

    expectRefused(await ask(partner, {}), 401, 'UNAUTHENTICATED', new RegExp(`${partner} only answers requests that come through the Samenspel gateway`));
    // signed for another subgraph, with that subgraph's secret
    const forOther = signIdentity(caller, other(partner), subgraphSecret(other(partner), process.env));
    expectRefused(await ask(partner, identity(forOther)), 401, 'UNAUTHENTICATED', /gateway identity is not valid: invalid token signature/);
    // signed with this subgraph's secret, but for another audience
    const otherAudience = signIdentity(caller, other(partner), subgraphSecret(partner, process.env));
    expectRefused(await ask(partner, identity(otherAudience)), 401, 'UNAUTHENTICATED', /gateway identity is not valid: token is for another audience/);
    // a wrong secret
    expectRefused(await ask(partner, identity(signIdentity(caller, partner, 'wrong-secret'))), 401, 'UNAUTHENTICATED', /invalid token signature/);
    // a bearer token meant for the gateway is no identity
    expectRefused(await ask(partner, identity(mintToken({ org: 'org-wz-01', roles: ['matcher'] }))), 401, 'UNAUTHENTICATED', /gateway identity is not valid/);
    // expired
    const expired = signJwt({ iss: 'samenspel-gateway', aud: partner, iat: now() - 120, exp: now() - 60, caller }, subgraphSecret(partner, process.env));
    expectRefused(await ask(partner, identity(expired)), 401, 'UNAUTHENTICATED', /gateway identity is not valid: token has expired/);
    // another issuer
    const issuer = signJwt({ iss: 'someone-else', aud: partner, iat: now(), exp: now() + 60, caller }, subgraphSecret(partner, process.env));
    expectRefused(await ask(partner, identity(issuer)), 401, 'UNAUTHENTICATED', /gateway identity is not valid: token is from another issuer/);
  });

  test('welzijn refuses an identity signed for zorg (with zorg’s secret)', async () => {
    const response = await ask('welzijn', identity(signIdentity(caller, 'zorg', subgraphSecret('zorg', process.env))));
    expectRefused(response, 401, 'UNAUTHENTICATED', /gateway identity is not valid/);
  });

  test('/health stays open without identity', async () => {
    for (const partner of PARTNERS) {
      const response = await fetch(hub.subgraphs[partner].url.replace(/\/graphql$/, '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', subgraph: partner });
    }
  });

  test('gemeente’s consent register refuses requests not signed with the asking subgraph’s own consent API secret', async () => {
    const url = hub.subgraphs.gemeente.url.replace(/\/graphql$/, CONSENT_CHECK_PATH);
    const ask = (headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ questions: [] }) });
    const token = (secret: string, aud = CONSENT_API_AUDIENCE) => ({ authorization: `Bearer ${signJwt({ iss: 'welzijn', aud, iat: now(), exp: now() + 60 }, secret)}` });

    for (const headers of [{}, token('wrong-secret'), token(consentApiSecret('welzijn', process.env), 'welzijn'), token(consentApiSecret('zorg', process.env)), identityHeaders('gemeente', MATCHER)]) {
      const response = await ask(headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'not signed with an asking subgraph’s consent API secret' });
    }
    const expired = { authorization: `Bearer ${signJwt({ iss: 'welzijn', aud: CONSENT_API_AUDIENCE, exp: now() - 1 }, consentApiSecret('welzijn', process.env))}` };
    expect((await ask(expired)).status).toBe(401);
    // the control: what a subgraph sends
    const signed = await ask(token(consentApiSecret('welzijn', process.env)));
    expect(signed.status).toBe(200);
    expect(await signed.json()).toEqual({ granted: [] });
  });
});

describe('GraphQL Armor', () => {
  const nested = (levels: number) => `{ area(code: "BU03070101") { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } }`;
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: area(code: "GM0307") { name }`).join(' ')} }`;

  /** After a refusal, the gateway still serves a normal query. */
  async function stillServes(): Promise<void> {
    const response = await graphql(hub.gateway.url, PUBLIC_QUERY);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.area.name).toEqual(expect.any(String));
  }

  function expectArmorRefusal(response: GraphQLResponse, code: string, message: RegExp): void {
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors!.length).toBeGreaterThanOrEqual(1);
    expect(response.errors![0].extensions?.code).toBe(code);
    expect(response.errors![0].message).toMatch(message);
    expectNoStackTrace(response);
  }

  test(`a query deeper than ${LIMITS.maxDepth} is refused`, async () => {
    const response = await graphql(hub.gateway.url, nested(LIMITS.maxDepth - 1)); // area + parents + name: depth 13
    expectArmorRefusal(response, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Query depth limit of ${LIMITS.maxDepth} exceeded, found ${LIMITS.maxDepth + 1}`));
    const deeper = await graphql(hub.gateway.url, `{ areas { edges { node { ${'children { '.repeat(LIMITS.maxDepth)}name${' }'.repeat(LIMITS.maxDepth)} } } } }`);
    expectArmorRefusal(deeper, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Query depth limit of ${LIMITS.maxDepth} exceeded`));
    await stillServes();
  });

  test(`a query of depth ${LIMITS.maxDepth} is served`, async () => {
    const response = await graphql(hub.gateway.url, nested(LIMITS.maxDepth - 2)); // area + parents + name: depth 12
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.area.parent.parent.parent).toBeNull(); // buurt → wijk → gemeente → none
  });

  test(`more than ${LIMITS.maxAliases} aliases are refused`, async () => {
    const response = await graphql(hub.gateway.url, aliases(LIMITS.maxAliases + 1));
    expectArmorRefusal(response, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Aliases limit of ${LIMITS.maxAliases} exceeded`));
    await stillServes();
  });

  test(`${LIMITS.maxAliases} aliases are served`, async () => {
    const response = await graphql(hub.gateway.url, aliases(LIMITS.maxAliases));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data)).toHaveLength(LIMITS.maxAliases);
  });

  test(`a document of more than ${LIMITS.maxTokens} tokens is refused`, async () => {
    const response = await graphql(hub.gateway.url, `{ area(code: "GM0307") { ${'name '.repeat(LIMITS.maxTokens)}} }`);
    expectArmorRefusal(response, 'GRAPHQL_PARSE_FAILED', new RegExp(`Document contains more tha[nt] ${LIMITS.maxTokens} tokens`));
    await stillServes();
  });

  test(`a document of ${LIMITS.maxTokens} tokens is served, one more is refused`, async () => {
    // many list values rather than many fields: graphql-js caps the work of comparing repeated fields itself
    const themes = (n: number) => `{ services(themes: [${Array(n).fill('SOCIAL_CONTACT').join(', ')}]) { edges { node { name } } } }`;
    const atLimit = themes(LIMITS.maxTokens - 18);
    expect(tokenCount(atLimit)).toBe(LIMITS.maxTokens);
    const response = await graphql(hub.gateway.url, atLimit);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.services.edges.length).toBeGreaterThan(0);
    const over = await graphql(hub.gateway.url, themes(LIMITS.maxTokens - 17));
    expectArmorRefusal(over, 'GRAPHQL_PARSE_FAILED', new RegExp(`more tha[nt] ${LIMITS.maxTokens} tokens`));
  });

  test(`more than ${LIMITS.maxDirectives} directives are refused`, async () => {
    const response = await graphql(hub.gateway.url, `{ area(code: "GM0307") { name ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)}} }`);
    expectArmorRefusal(response, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Directives limit of ${LIMITS.maxDirectives} exceeded`));
    await stillServes();
  });
});

describe('query cost, with the request’s variables', () => {
  // GraphQL Armor's cost rule runs at validation, without variables: `first: $n` counted as one item. The
  // gateway's cost limit (gateway/cost.ts) counts the value the request sends.
  const ANALYST = { org: 'org-gm-01', roles: ['analyst' as const] };
  const MATCH_VIEW = `query MatchView($first: Int, $candidates: Int) {
  matchView(area: "WK030703", first: $first) {
    edges { node { ageInDays responseOverdue helpRequest { id category area { name } candidates(first: $candidates) { pool helperId score reasons } } } }
  }
}`;
  const literal = (first: number, candidates: number) =>
    MATCH_VIEW.replace('($first: Int, $candidates: Int)', '').replace('first: $first', `first: ${first}`).replace('first: $candidates', `first: ${candidates}`);

  const statements = () => PARTNERS.reduce((sum, p) => sum + hub.subgraphs[p].db.stats.statements, 0);

  /** Refused before any subgraph is asked: 400, one COST_LIMIT_EXCEEDED error with the cost and the limit. */
  async function expectTooCostly(send: () => Promise<GraphQLResponse>): Promise<number> {
    const before = statements();
    const response = await send();
    expectRefused(response, 400, 'COST_LIMIT_EXCEEDED', new RegExp(`Query cost limit of ${LIMITS.maxCost} exceeded, found \\d+`));
    expect(response.errors![0].extensions).toMatchObject({ maxCost: LIMITS.maxCost, cost: expect.any(Number) });
    expect(response.errors![0].extensions!.cost).toBeGreaterThan(LIMITS.maxCost);
    expect(statements()).toBe(before); // no SQL ran anywhere
    return response.errors![0].extensions!.cost as number;
  }

  test('100 hulpvragen × 100 candidates as literals is refused', async () => {
    await expectTooCostly(() => graphql(hub.gateway.url, literal(100, 100), {}, gatewayHeaders(MATCHER)));
  });

  test('the same query with the sizes in variables is refused, at the same cost', async () => {
    const asLiterals = await expectTooCostly(() => graphql(hub.gateway.url, literal(100, 100), {}, gatewayHeaders(MATCHER)));
    const asVariables = await expectTooCostly(() => graphql(hub.gateway.url, MATCH_VIEW, { first: 100, candidates: 100 }, gatewayHeaders(MATCHER)));
    expect(asVariables).toBe(asLiterals);
    // a variable's own default counts too
    const withDefaults = MATCH_VIEW.replace('($first: Int, $candidates: Int)', '($first: Int = 100, $candidates: Int = 100)');
    expect(await expectTooCostly(() => graphql(hub.gateway.url, withDefaults, {}, gatewayHeaders(MATCHER)))).toBe(asLiterals);
    // and anonymous callers are refused the same way (the cost comes before any field's access rule)
    await expectTooCostly(() => graphql(hub.gateway.url, MATCH_VIEW, { first: 100, candidates: 100 }));
  });

  test('a list without `first` counts as the page the subgraph serves by default (20), not as one item', async () => {
    const nested = '{ areas { edges { node { code venues { edges { node { name activities { edges { node { title organisation { name } } } } } } } } } } }';
    await expectTooCostly(() => graphql(hub.gateway.url, nested));
    // with small pages asked for, the same shape is served
    const small = nested.replace('areas {', 'areas(first: 2) {').replace('venues {', 'venues(first: 2) {').replace('activities {', 'activities(first: 2) {');
    const served = await graphql(hub.gateway.url, small);
    expect(served.status).toBe(200);
    expect(served.errors).toBeUndefined();
    expect(served.data.areas.edges.length).toBeGreaterThan(0);
  });

  test('the match view with normal sizes in variables is served', async () => {
    const response = await graphql(hub.gateway.url, MATCH_VIEW, { first: 20, candidates: 3 }, gatewayHeaders(MATCHER));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.matchView.edges.length).toBeGreaterThan(0);
    expect(response.data.matchView.edges[0].node.helpRequest.candidates.length).toBeLessThanOrEqual(3);
    // without variables: the schema's defaults (20 hulpvragen, 5 candidates)
    const defaults = await graphql(hub.gateway.url, MATCH_VIEW, {}, gatewayHeaders(MATCHER));
    expect(defaults.status).toBe(200);
    expect(defaults.errors).toBeUndefined();
  });

  test('the reference dashboard’s own query, with its variables, is served', async () => {
    const source = readFileSync(path.join(__dirname, '..', '..', 'gateway', 'dashboard', 'dashboard.js'), 'utf8');
    const query = /const INDICATORS = `([\s\S]*?)`;/.exec(source)![1];
    const period = { from: '2025-01-01', to: '2025-12-31', interval: 'MONTH' };
    const response = await graphql(hub.gateway.url, query, { code: 'WK030703', period }, gatewayHeaders(ANALYST));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.area.welzijnIndicators.indicators.length).toBeGreaterThan(0);
  });

  test('a `first` the subgraphs refuse anyway is left to them (BAD_USER_INPUT on the field), literal or variable', async () => {
    const HELP = 'query ($first: Int) { helpRequests(first: $first) { edges { node { id } } } }';
    for (const response of [
      await graphql(hub.gateway.url, HELP, { first: 100_000 }, gatewayHeaders(MATCHER)),
      await graphql(hub.gateway.url, '{ helpRequests(first: 100000) { edges { node { id } } } }', {}, gatewayHeaders(MATCHER)),
    ]) {
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expectNoStackTrace(response);
    }
  });
});

describe('introspection and errors', () => {
  const INTROSPECTION = '{ __schema { types { name } } }';

  test('introspection works on a development gateway', async () => {
    const response = await graphql(hub.gateway.url, INTROSPECTION);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.__schema.types.map((t: { name: string }) => t.name)).toContain('HelpRequest');
  });

  test('a development gateway suggests names ("Did you mean"); production hides them (test/e2e/production-mode.test.ts)', async () => {
    const suggested = await graphql(hub.gateway.url, '{ area(code: "GM0307") { nam } }');
    expect(suggested.errors![0].message).toMatch(/Did you mean "name"/);
  });

  test('GATEWAY_INTROSPECTION=true opens introspection in production', async () => {
    const env = productionEnv({ GATEWAY_INTROSPECTION: 'true' });
    await withGateway(env, async (gateway) => {
      const response = await graphql(gateway.url, INTROSPECTION);
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
    });
  });

  test('a request body that is not JSON gets 400 BAD_REQUEST without a stack trace', async () => {
    const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{ "query": ' });
    const body = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(400);
    expect(body.errors![0].extensions?.code).toBe('BAD_REQUEST');
    expectNoStackTrace(body);
  });
});

describe('trusted documents', () => {
  const TRUSTED = PUBLIC_QUERY;
  const PARTNER_SYSTEM = { org: 'org-wz-01', roles: ['partner-system' as const] };

  function manifest(documents: Record<string, string>): string {
    const file = path.join(tmp, `manifest-${randomUUID()}.json`);
    writeFileSync(file, JSON.stringify(documents));
    return file;
  }

  test('partner systems may send only documents of the manifest; staff may send any', async () => {
    const hash = documentHash(TRUSTED);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await withGateway({ SAMENSPEL_DEV: '1', TRUSTED_DOCUMENTS: manifest({ [hash]: TRUSTED }) }, async (gateway) => {
      // by documentId
      const byId = await post(gateway.url, { documentId: hash }, gatewayHeaders(PARTNER_SYSTEM));
      expect(byId.status).toBe(200);
      expect(byId.errors).toBeUndefined();
      expect(byId.data.area.name).toEqual(expect.any(String));

      // a free-form document
      const freeForm = await graphql(gateway.url, '{ area(code: "GM0307") { name population } }', {}, gatewayHeaders(PARTNER_SYSTEM));
      expect(freeForm.status).toBe(400);
      expect(freeForm.data).toBeUndefined();
      expect(freeForm.errors).toHaveLength(1);
      expect(freeForm.errors![0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
      expect(freeForm.errors![0].message).toMatch(/only send trusted documents/);
      expectNoStackTrace(freeForm);

      // a documentId with another query beside it: the query decides, and is refused
      const smuggled = await post(gateway.url, { documentId: hash, query: '{ area(code: "GM0307") { population } }' }, gatewayHeaders(PARTNER_SYSTEM));
      expect(smuggled.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
      expect(smuggled.data).toBeUndefined();

      // over GET
      const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ area(code: "GM0307") { population } }')}`, {
        headers: { ...gatewayHeaders(PARTNER_SYSTEM), 'apollo-require-preflight': 'true' },
      });
      expect(((await get.json()) as GraphQLResponse).errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');

      // an unknown documentId is not served
      const unknown = await post(gateway.url, { documentId: documentHash('{ __typename }') }, gatewayHeaders(PARTNER_SYSTEM));
      expect(unknown.status).toBe(400);
      expect(unknown.data).toBeUndefined();
      expect(unknown.errors?.length).toBeGreaterThan(0);

      // a partner system that also holds a staff role is still held to the manifest
      const mixed = await graphql(gateway.url, '{ area(code: "GM0307") { population } }', {}, gatewayHeaders({ org: 'org-wz-01', roles: ['matcher', 'partner-system'] }));
      expect(mixed.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');

      // staff users are not held
      const staff = await graphql(gateway.url, '{ area(code: "GM0307") { name population } }', {}, gatewayHeaders(MATCHER));
      expect(staff.status).toBe(200);
      expect(staff.errors).toBeUndefined();
      expect(staff.data.area.population).toEqual(expect.any(Number));
      // and may use documentIds too
      const staffById = await post(gateway.url, { documentId: hash }, gatewayHeaders(MATCHER));
      expect(staffById.data.area.name).toEqual(expect.any(String));
    });
  });

  test('without TRUSTED_DOCUMENTS a partner system may send free-form queries', async () => {
    const response = await graphql(hub.gateway.url, '{ area(code: "GM0307") { name population } }', {}, gatewayHeaders(PARTNER_SYSTEM));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  test('a manifest whose hash does not match its document is refused at start', async () => {
    const wrong = manifest({ [documentHash(TRUSTED)]: TRUSTED, [documentHash('{ __typename }')]: '{ __typename  }' });
    expect(() => loadTrustedDocuments(wrong)).toThrow(/does not match its document/);
    await expect(startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: subgraphUrls(), env: { SAMENSPEL_DEV: '1', TRUSTED_DOCUMENTS: wrong } })).rejects.toThrow(
      /does not match its document/,
    );
    const good = loadTrustedDocuments(manifest({ [documentHash(TRUSTED)]: TRUSTED }));
    expect([...good.keys()]).toEqual([documentHash(TRUSTED)]);
  });
});
