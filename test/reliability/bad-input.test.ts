// Bad input through the gateway: malformed requests, query-shape bombs, values of the wrong kind or size,
// injection strings in every text argument of the graph, bad tokens and oversized bodies. Each gets a clear
// error with a stable code (and the field at fault where there is one), never a stack trace or a database
// message; the hub stays up (a normal query works after each test); and no table of any subgraph database
// changes (checked at the end, per table). Excluded from that check, because reads and the clock change
// them by design: processing_log (every read of personal data is logged, in every subgraph) and gemeente's
// social_map_feed (the sociale kaart indexer records each pull of the partners' feeds every few seconds).
// Last, database errors forced on purpose (a CHECK violation mid-mutation, a dropped table) are answered
// as INTERNAL_SERVER_ERROR with nothing of the database's message, and nothing half written.
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { PARTNERS, type Partner } from '../../platform/config';
import { signJwt } from '../../platform/jwt';
import { sharedTokenIssuer } from '../../platform/config';
import { MAX_BODY_BYTES } from '../../platform/http';
import { SUBGRAPH_MAX_BODY_BYTES } from '../../subgraphs/kit/subgraph';
import { captureLogs } from '../../platform/log';
import { LEAK, sql, tableChecksums } from './helpers';

const UNCHECKED_TABLES = ['processing_log', 'social_map_feed'];

const MATCHER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
const INTAKE: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
const REFERRER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'REFERRAL' };
const COORDINATOR: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'] };
const ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'] };

let hub: TestHub;
let before: Record<Partner, Record<string, string>>;

async function checksums(): Promise<Record<Partner, Record<string, string>>> {
  const sums = {} as Record<Partner, Record<string, string>>;
  for (const partner of PARTNERS) sums[partner] = await tableChecksums(hub.databases.urls[partner], UNCHECKED_TABLES);
  return sums;
}

beforeAll(async () => {
  hub = await startTestHub();
  // the sociale kaart index is complete (a pull finished) before the first checksum
  const refreshed = await ask('mutation { refreshSocialMap { feeds { partner lastError } } }', {}, ADMIN);
  expect(refreshed.errors).toBeUndefined();
  before = await checksums();
});

afterAll(async () => {
  await hub?.close();
});

// After every test the hub still serves a normal query.
let testsDone = 0;
afterEach(async () => {
  testsDone++;
  const normal = await ask('{ area(code: "GM0307") { name } }');
  expect(normal).toEqual({ status: 200, data: { area: { name: 'Amersfoort' } } });
});

function ask(query: string, variables: Record<string, unknown> = {}, caller?: TestCaller, extraHeaders: Record<string, string> = {}): Promise<GraphQLResponse> {
  return graphql(hub.gateway.url, query, variables, { ...gatewayHeaders(caller), ...extraHeaders });
}

/** A raw POST to the gateway: any body, any headers. */
async function post(body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<GraphQLResponse> {
  const response = await fetch(hub.gateway.url, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const text = await response.text();
  return { status: response.status, ...(text ? JSON.parse(text) : {}) };
}

/** The answer's first error has `code` (and `field`), the status is `status`, and nothing leaks. */
function expectError(response: GraphQLResponse, code: string, options: { status?: number; field?: string; message?: RegExp } = {}): void {
  expect(response.errors?.length).toBeGreaterThan(0);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe(code);
  if (options.status !== undefined) expect(response.status).toBe(options.status);
  if (options.field !== undefined) expect(error.extensions?.field).toBe(options.field);
  if (options.message) expect(response.errors!.map((e) => e.message).join('\n')).toMatch(options.message);
  expect(error.message.length).toBeLessThanOrEqual(1001);
  expectClean(response);
}

/**
 * The mutation went through to its resolver and was refused for its input or the record's state: one user
 * error with `code` (and the `field` path, dotted), no record, no GraphQL error, and nothing leaks.
 */
function expectUserError(response: GraphQLResponse, mutation: string, code: string, field?: string): void {
  expect(response.errors).toBeUndefined();
  const answer = response.data?.[mutation];
  expect(answer).toBeDefined();
  const { userErrors, ...record } = answer;
  expect(Object.values(record)).toEqual([null]);
  expect(userErrors).toHaveLength(1);
  expect(userErrors[0].code).toBe(code);
  if (field !== undefined) expect(userErrors[0].field.join('.')).toBe(field);
  expect(userErrors[0].message.length).toBeLessThanOrEqual(1001);
  expectClean(response);
}

/** No stack trace, no database message, no unexpected error anywhere in an answer. */
function expectClean(response: GraphQLResponse): void {
  expect(JSON.stringify(response)).not.toMatch(LEAK);
  for (const error of response.errors ?? []) {
    expect(['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT']).not.toContain(error.extensions?.code);
  }
}

describe('malformed requests', () => {
  test.each([
    ['an unclosed document', { query: '{ area(code: "GM0307") { name }' }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['tokens that are no GraphQL', { query: '}}} {{{ ][' }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['a string that never ends', { query: '{ area(code: "GM0307) { name } }' }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['an empty query', { query: '' }, 400, 'BAD_REQUEST'],
    ['no query at all', {}, 400, 'BAD_REQUEST'],
    ['a query that is not a string', { query: 5 }, 400, 'BAD_REQUEST'],
    ['variables that are not an object', { query: '{ __typename }', variables: '{"a":1}' }, 400, 'BAD_REQUEST'],
    ['two operations and no operationName', { query: 'query A { __typename } query B { __typename }' }, 400, 'BAD_REQUEST'],
    ['an unknown operationName', { query: 'query A { __typename }', operationName: 'C' }, 400, 'BAD_REQUEST'],
    ['an unknown field', { query: '{ area(code: "GM0307") { password } }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown argument', { query: '{ area(code: "GM0307", sql: "1=1") { name } }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a missing required argument', { query: '{ area { name } }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a batch (an array of operations)', [{ query: '{ __typename }' }, { query: '{ __typename }' }], 400, 'BAD_REQUEST'],
  ])('%s', async (_name, body, status, code) => {
    expectError(await post(JSON.stringify(body)), code, { status });
  });

  test('a body that is not JSON, or JSON cut off', async () => {
    expectError(await post('{"query": "{ __typename }"'), 'BAD_REQUEST', { status: 400 });
    expectError(await post('\u0000\u0001\u0002 not json'), 'BAD_REQUEST', { status: 400 });
  });

  test('a form or plain-text body (a possible CSRF) is refused', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    expectError(await post(body, { 'content-type': 'text/plain' }), 'BAD_REQUEST', { status: 400 });
    expectError(await post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }), 'BAD_REQUEST', { status: 400 });
  });

  test('a mutation over GET is refused', async () => {
    const url = `${hub.gateway.url}?query=${encodeURIComponent('mutation { revokeConsent(id: "consent-1") { consent { id } } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expectError({ status: response.status, ...((await response.json()) as object) }, 'BAD_REQUEST', { status: 405 });
  });
});

describe('query-shape bombs', () => {
  test('deep nesting is refused', async () => {
    const nested = `{ area(code: "BU03070101") { ${'parent { '.repeat(40)}name${' }'.repeat(40)} } }`;
    expectError(await ask(nested), 'GRAPHQL_VALIDATION_FAILED', { status: 400, message: /depth limit/ });
  });

  test('an alias bomb is refused', async () => {
    const aliases = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: area(code: "GM0307") { name }`).join(' ')} }`;
    expectError(await ask(aliases), 'GRAPHQL_VALIDATION_FAILED', { status: 400, message: /Aliases limit/ });
  });

  test('fragment cycles are refused (and do not hang the limits)', async () => {
    expectError(await ask('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), 'GRAPHQL_VALIDATION_FAILED', {
      status: 400,
      message: /Cannot spread fragment "A" within itself/,
    });
    expectError(await ask('query { ...A } fragment A on Query { area(code: "GM0307") { name } ...A }'), 'GRAPHQL_VALIDATION_FAILED', { status: 400 });
    expectError(await ask('{ area(code: "GM0307") { ...A } } fragment A on Area { parent { ...B } } fragment B on Area { children { ...A } }'), 'GRAPHQL_VALIDATION_FAILED', {
      status: 400,
    });
  });

  test('an exponential fragment bomb (each fragment spreads the previous one twice) is refused quickly', async () => {
    const fragments = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'fragment F0 on Area { name }' : `fragment F${i} on Area { ...F${i - 1} ...F${i - 1} }`));
    const nested = Array.from({ length: 40 }, (_, i) =>
      i === 0 ? 'fragment G0 on Area { name }' : `fragment G${i} on Area { a: parent { ...G${i - 1} } b: parent { ...G${i - 1} } }`,
    );
    const started = Date.now();
    expectError(await ask(`{ area(code: "GM0307") { ...F39 } } ${fragments.join(' ')}`), 'GRAPHQL_VALIDATION_FAILED', { status: 400 });
    expectError(await ask(`{ area(code: "GM0307") { ...G39 } } ${nested.join(' ')}`), 'GRAPHQL_VALIDATION_FAILED', { status: 400 });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  test('many spreads of one small fragment are harmless; too many tokens are refused', async () => {
    const response = await ask(`{ area(code: "GM0307") { ${'...F '.repeat(1000)}} } fragment F on Area { name }`);
    expect(response).toEqual({ status: 200, data: { area: { name: 'Amersfoort' } } });
    expectError(await ask(`{ area(code: "GM0307") { ${'...F '.repeat(3000)}} } fragment F on Area { name }`), 'GRAPHQL_PARSE_FAILED', { status: 400 });
  });

  test('a directive bomb is refused', async () => {
    expectError(await ask(`{ area(code: "GM0307") { name ${'@include(if: true) '.repeat(50)}} }`), 'GRAPHQL_VALIDATION_FAILED', { status: 400, message: /Directives limit/ });
    expectError(await ask(`{ area(code: "GM0307") { name ${'@include(if: true) '.repeat(2000)}} }`), 'GRAPHQL_PARSE_FAILED', { status: 400 });
  });
});

describe('values of the wrong kind or size', () => {
  const HELP = 'query ($states: [HelpRequestStatus!], $area: ID, $first: Int) { helpRequests(states: $states, area: $area, first: $first) { edges { node { id } } } }';
  const SEARCH = 'query ($filter: SocialMapFilter, $first: Int, $after: String) { socialMap(filter: $filter, first: $first, after: $after) { edges { node { id } } } }';

  test('huge lists in variables are refused with the field', async () => {
    expectError(await ask(HELP, { states: Array(100_000).fill('OPEN') }, MATCHER), 'BAD_USER_INPUT', { field: 'states' });
    expectError(await ask(SEARCH, { filter: { themes: Array(20_000).fill('FOOD') } }), 'BAD_USER_INPUT', { field: 'filter.themes' });
    const intake = { ...intakeInput('huge-list'), wishedTimes: Array(20_000).fill('MON_MORNING') };
    expectError(await ask(CREATE_HELP_REQUEST, { input: intake }, INTAKE), 'BAD_USER_INPUT', { field: 'input.wishedTimes' });
  });

  test('huge strings are refused with the field, or simply not found', async () => {
    const huge = 'x'.repeat(900_000);
    expectError(await ask(SEARCH, { filter: { text: huge } }), 'BAD_USER_INPUT', { field: 'filter.text' });
    expectError(await ask('query ($code: ID!) { area(code: $code) { name } }', { code: huge }), 'BAD_USER_INPUT', { field: 'code' });
    expect(await ask('query ($id: ID!) { organisation(id: $id) { name } }', { id: huge })).toEqual({ status: 200, data: { organisation: null } });
    expectUserError(await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('huge-description'), description: 'x'.repeat(500_000) } }, INTAKE), 'createHelpRequest', 'BAD_USER_INPUT', 'input.description');
  });

  test('wrong types are refused', async () => {
    expectError(await ask('{ area(code: true) { name } }'), 'GRAPHQL_VALIDATION_FAILED', { status: 400 });
    expectError(await ask('{ area(code: ["GM0307"]) { name } }'), 'GRAPHQL_VALIDATION_FAILED', { status: 400 });
    expectError(await ask('{ areas(first: "ten") { edges { node { code } } } }'), 'GRAPHQL_VALIDATION_FAILED', { status: 400 });
    expectError(await ask(HELP, { first: 'ten' }, MATCHER), 'BAD_USER_INPUT', { status: 400 });
    expectError(await ask(HELP, { first: 2 ** 31 }, MATCHER), 'BAD_USER_INPUT', { status: 400 });
    expectError(await ask(HELP, { first: 1.5 }, MATCHER), 'BAD_USER_INPUT', { status: 400 });
    expectError(await ask(HELP, { area: { code: 'GM0307' } }, MATCHER), 'BAD_USER_INPUT', { status: 400 });
    expectError(await ask(SEARCH, { filter: 'koffie' }), 'BAD_USER_INPUT', { status: 400 });
    expectError(await ask(SEARCH, { filter: { near: { latitude: 'north', radiusKm: 1 } } }), 'BAD_USER_INPUT', { status: 400 });
  });

  test('out-of-range numbers are refused with the field', async () => {
    expectError(await ask(HELP, { first: -1 }, MATCHER), 'BAD_USER_INPUT', { field: 'first' });
    expectError(await ask(HELP, { first: 100_000 }, MATCHER), 'BAD_USER_INPUT', { field: 'first' });
    expectError(await ask(SEARCH, { filter: { near: { latitude: 52.1, longitude: 5.4, radiusKm: -3 } } }), 'BAD_USER_INPUT', { field: 'filter.near.radiusKm' });
    expectError(await ask(SEARCH, { filter: { near: { latitude: 1e308, longitude: 5.4, radiusKm: 1 } } }), 'BAD_USER_INPUT', { field: 'filter.near' });
  });

  test('unknown enum values are refused', async () => {
    expectError(await ask('{ helpRequests(states: [NOPE]) { edges { node { id } } } }', {}, MATCHER), 'GRAPHQL_VALIDATION_FAILED', { status: 400 });
    expectError(await ask('{ helpRequests(states: ["OPEN"]) { edges { node { id } } } }', {}, MATCHER), 'GRAPHQL_VALIDATION_FAILED', { status: 400 });
    expectError(await ask(HELP, { states: ['OPEN', "OPEN'; DROP TABLE help_request; --"] }, MATCHER), 'BAD_USER_INPUT', { status: 400 });
    expectError(await ask(HELP, { states: ['open'] }, MATCHER), 'BAD_USER_INPUT', { status: 400 });
  });

  const badCodes = ['WK12', 'GM03070', 'gm0307', 'GM0307 ', ' GM0307', 'BU0307010a', 'XX030701', 'GM٠٣٠٧', 'GM0307\n', '', "GM0307'; DROP TABLE area; --", 'GM%', 'WK_30701'];

  test.each(badCodes.map((code) => [JSON.stringify(code), code]))('the invalid CBS code %s is refused with the field, everywhere', async (_label, code) => {
    expectError(await ask('query ($code: ID!) { area(code: $code) { name } }', { code }), 'BAD_USER_INPUT', { field: 'code', message: /CBS area code|must not be empty/ });
    expectError(await ask('query ($area: ID) { venues(area: $area) { edges { node { id } } } }', { area: code }), 'BAD_USER_INPUT', { field: 'area' });
    expectError(await ask('query ($code: ID) { areas(within: $code) { edges { node { code } } } }', { code }), 'BAD_USER_INPUT', { field: 'within' });
    expectError(await ask(SEARCH, { filter: { area: code } }), 'BAD_USER_INPUT', { field: 'filter.area' });
    expectError(await ask(HELP, { area: code }, MATCHER), 'BAD_USER_INPUT', { field: 'area' });
    expectError(await ask('query ($area: ID) { services(area: $area) { edges { node { id } } } }', { area: code }), 'BAD_USER_INPUT', { field: 'area' });
    expectError(await ask('query ($area: ID) { activities(area: $area) { edges { node { id } } } }', { area: code }), 'BAD_USER_INPUT', { field: 'area' });
  });

  test('a well-formed code of an area that does not exist is simply not there', async () => {
    expect(await ask('{ area(code: "GM9999") { name } }')).toEqual({ status: 200, data: { area: null } });
  });

  test.each(['2024-13-45T10:00:00Z', '2024-02-30T10:00:00Z', '2024-06-01', 'yesterday', '', '+275760-09-13T00:00:00.000Z', '2024-06-01T25:61:00Z'])(
    'the invalid date %p is refused',
    async (date) => {
      expectError(await ask(SEARCH, { filter: { from: date } }), 'BAD_USER_INPUT');
      expectError(await ask(`{ socialMap(filter: { to: ${JSON.stringify(date)} }) { edges { node { id } } } }`), 'GRAPHQL_VALIDATION_FAILED');
    },
  );

  test('a reversed date window and an invalid respondBy date are refused with the field', async () => {
    expectError(await ask(SEARCH, { filter: { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' } }), 'BAD_USER_INPUT', { field: 'filter.to' });
    expectError(await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('bad-date'), respondBy: '2025-02-30' } }, INTAKE), 'BAD_USER_INPUT');
    expectUserError(await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('past-date'), respondBy: '2001-01-01' } }, INTAKE), 'createHelpRequest', 'BAD_USER_INPUT', 'input.respondBy');
  });
});

/** Strings that have broken SQL, LIKE patterns, full-text queries, JSON or encodings elsewhere. */
const INJECTIONS = [
  "'; DROP TABLE area; --",
  "' OR '1'='1",
  '"; DROP TABLE "area"; --',
  "1; SELECT pg_sleep(10); --",
  '%',
  '_',
  '%_%',
  '\\',
  "\\'; --",
  '$1',
  'koffie & !thee | (:*',
  "'); DELETE FROM consent; --",
  'ünïcödé ẞ 😀 \u202e دمشق',
  '\ud800',
  'a\u0000b',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECT = `{ __schema { queryType { name } types { name kind enumValues { name } fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } } inputFields { name defaultValue type { ${TYPE_REF} } } } } }`;

describe('injection strings in every text argument of the graph', () => {
  let types: Map<string, IntrospectedType>;

  beforeAll(async () => {
    const response = await ask(INTROSPECT);
    expect(response.errors).toBeUndefined();
    types = new Map((response.data.__schema.types as IntrospectedType[]).map((type) => [type.name, type]));
  });

  const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
  const printType = (ref: TypeRef): string =>
    ref.kind === 'NON_NULL' ? `${printType(ref.ofType!)}!` : ref.kind === 'LIST' ? `[${printType(ref.ofType!)}]` : ref.name!;

  /** A valid value for a required argument or input field of this type (strings: something harmless). */
  function sample(ref: TypeRef, name: string): unknown {
    if (ref.kind === 'NON_NULL') return sample(ref.ofType!, name);
    if (ref.kind === 'LIST') return [sample(ref.ofType!, name)];
    const type = types.get(ref.name!)!;
    if (type.kind === 'ENUM') return type.enumValues![0].name;
    if (type.kind === 'INPUT_OBJECT') {
      const value: Record<string, unknown> = {};
      for (const field of type.inputFields!) if (field.type.kind === 'NON_NULL' && field.defaultValue === null) value[field.name] = sample(field.type, field.name);
      return value;
    }
    switch (type.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2026-06-01T10:00:00Z';
      case 'Date':
        return '2026-06-01';
      default:
        return /area|code|within/i.test(name) ? 'BU03070301' : 'x';
    }
  }

  /** Every place in an argument's value where a string goes: [path in the value, its type's name]. */
  function textSlots(ref: TypeRef, path: string[], seen: Set<string>): string[][] {
    const type = types.get(named(ref).name!)!;
    if (type.kind === 'SCALAR') return ['String', 'ID'].includes(type.name) ? [path] : [];
    if (type.kind !== 'INPUT_OBJECT' || seen.has(type.name)) return [];
    return type.inputFields!.flatMap((field) => textSlots(field.type, [...path, field.name], new Set([...seen, type.name])));
  }

  /** `value` (an argument's value) with `text` put at `path`; input objects made on the way get their required fields. */
  function setAt(value: unknown, path: string[], text: string, ref: TypeRef): unknown {
    if (!path.length) return named(ref).kind === 'SCALAR' && (ref.kind === 'LIST' || ref.ofType?.kind === 'LIST') ? [text] : text;
    const type = types.get(named(ref).name!)!;
    const field = type.inputFields!.find((f) => f.name === path[0])!;
    const base = (value && typeof value === 'object' && !Array.isArray(value) ? value : sample(named(ref), type.name)) as Record<string, unknown>;
    const inner = setAt(base[path[0]], path.slice(1), text, field.type);
    const wrapped = field.type.kind === 'LIST' || field.type.ofType?.kind === 'LIST' ? (Array.isArray(inner) ? inner : [inner]) : inner;
    const result = { ...base, [path[0]]: wrapped };
    return ref.kind === 'LIST' || ref.ofType?.kind === 'LIST' ? [result] : result;
  }

  interface Case {
    label: string;
    query: string;
    variables: Record<string, unknown>;
    argumentPath: string;
  }

  function cases(): Case[] {
    const query = types.get('Query')!;
    const all: Case[] = [];
    for (const field of query.fields!) {
      if (field.name.startsWith('_') || !field.args.length) continue;
      const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(types.get(named(field.type).name!)!.kind) ? ' { __typename }' : '';
      const document = `query (${field.args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ')}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
      const required: Record<string, unknown> = {};
      for (const arg of field.args) if (arg.type.kind === 'NON_NULL') required[arg.name] = sample(arg.type, arg.name);
      for (const arg of field.args) {
        for (const slot of textSlots(arg.type, [], new Set())) {
          for (const text of INJECTIONS) {
            const base = slot.length ? required[arg.name] : undefined;
            all.push({
              label: `${field.name}(${[arg.name, ...slot].join('.')}: ${JSON.stringify(text)})`,
              query: document,
              variables: { ...required, [arg.name]: setAt(base, slot, text, arg.type) },
              argumentPath: [arg.name, ...slot].join('.'),
            });
          }
        }
      }
    }
    return all;
  }

  test('each is answered cleanly: an error with a code (NUL: BAD_USER_INPUT naming the argument), or data', async () => {
    const all = cases();
    const fields = new Set(all.map((c) => c.label.split('(')[0]));
    expect(fields.size).toBeGreaterThanOrEqual(15);
    expect([...fields]).toEqual(expect.arrayContaining(['area', 'areas', 'organisation', 'venues', 'person', 'socialMap', 'helpRequest', 'helpRequests', 'matchView', 'service', 'services', 'activities']));
    const codes = new Map<string, number>();
    const failures: string[] = [];
    const callers = [MATCHER, ADMIN];
    for (let i = 0; i < all.length; i += 24) {
      await Promise.all(
        all.slice(i, i + 24).map(async (c, j) => {
          const response = await ask(c.query, c.variables, c.label.includes('\\u0000') ? MATCHER : callers[(i + j) % callers.length]);
          for (const error of response.errors ?? []) codes.set(String(error.extensions?.code), (codes.get(String(error.extensions?.code)) ?? 0) + 1);
          const json = JSON.stringify(response);
          const unexpected = (response.errors ?? []).find((e) =>
            ['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', undefined].includes(e.extensions?.code),
          );
          if (LEAK.test(json) || unexpected || response.status >= 500) failures.push(`${c.label}: ${json.slice(0, 300)}`);
          // NUL: refused naming the argument (unless the caller may not ask at all: access is checked first)
          const refusedCaller = (response.errors ?? []).some((e) => ['FORBIDDEN', 'UNAUTHENTICATED'].includes(e.extensions?.code));
          if (c.label.includes('\\u0000') && !refusedCaller) {
            const nul = response.errors?.find((e) => e.extensions?.field === c.argumentPath);
            if (nul?.extensions?.code !== 'BAD_USER_INPUT') failures.push(`${c.label}: NUL not refused as BAD_USER_INPUT ${c.argumentPath}: ${json.slice(0, 300)}`);
          }
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(all.length).toBeGreaterThan(300);
    expect(codes.get('BAD_USER_INPUT')).toBeGreaterThan(0);
  });

  test('pattern characters match literally: "%" finds no organisation, "_" no venue', async () => {
    expect(await ask('{ organisation(id: "%") { id } venue(id: "_") { id } }')).toEqual({ status: 200, data: { organisation: null, venue: null } });
    const search = await ask('query ($text: String) { socialMap(filter: { text: $text }) { edges { node { id } } } }', { text: '%' });
    expect(search).toEqual({ status: 200, data: { socialMap: { edges: [] } } });
  });
});

const CREATE_HELP_REQUEST = `mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id } ${USER_ERRORS} } }`;
function intakeInput(clientMutationId: string): Record<string, unknown> {
  return {
    clientMutationId: `bad-input-${clientMutationId}`,
    requesterId: 'person-031',
    category: 'SHOPPING',
    intensity: 'LIGHT_ONE_OFF',
    channel: 'PHONE',
    description: 'Boodschappen op dinsdag',
    area: 'BU03070301',
  };
}

describe('mutations refuse bad input before they write', () => {
  const GRANT = 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } userErrors { field code } } }';
  const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } ${USER_ERRORS} } }`;
  const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } ${USER_ERRORS} } }`;
  const long = (n = 201) => 'x'.repeat(n);
  /** A row of `table` in `partner`'s database matching `where` (from the seeds): the mutations below aim at real records. */
  const seeded = async (partner: Partner, table: string, where: string): Promise<string> => {
    const rows = await sql(hub.databases.urls[partner], `SELECT id FROM ${table} WHERE ${where} ORDER BY id LIMIT 1`);
    expect(rows).toHaveLength(1);
    return rows[0].id;
  };
  const soon = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
  const consent = (overrides: Record<string, unknown>) => ({
    personId: 'person-031', holderOrganisationId: 'org-wz-01', recipientOrganisationId: 'org-wz-02', purpose: 'MATCHING',
    method: 'WRITTEN', reference: 'formulier', validUntil: soon(), clientMutationId: 'bad-consent', ...overrides,
  });
  const activity = (overrides: Record<string, unknown>) => ({
    clientMutationId: 'bad-activity',
    title: 'Koffie',
    kind: 'COFFEE_MORNING',
    area: 'BU03070101',
    startsAt: '2026-06-01T10:00:00Z',
    endsAt: '2026-06-01T11:00:00Z',
    ...overrides,
  });
  const referral = (overrides: Record<string, unknown>) => ({
    clientMutationId: 'bad-referral',
    kind: 'REFERRAL',
    direction: 'TO_PROFESSIONAL',
    reason: 'DEBTS',
    personId: 'person-031',
    toOrganisationId: 'org-zg-01',
    ...overrides,
  });

  test('grantConsent', async () => {
    const userError = (response: GraphQLResponse, code: string, field: string) => {
      expectClean(response);
      expect(response.errors).toBeUndefined();
      expect(response.data.grantConsent).toEqual({ consent: null, userErrors: [expect.objectContaining({ code, field: field.split('.') })] });
    };
    for (const text of INJECTIONS.filter((t) => !t.includes('\u0000'))) {
      userError(await ask(GRANT, { input: consent({ personId: text }) }, MATCHER), 'BAD_USER_INPUT', 'input.personId');
      userError(await ask(GRANT, { input: consent({ reference: `${text}\ntweede regel` }) }, MATCHER), 'BAD_USER_INPUT', 'input.reference');
    }
    expectError(await ask(GRANT, { input: consent({ personId: 'person\u0000031' }) }, MATCHER), 'BAD_USER_INPUT', { field: 'input.personId' });
    userError(await ask(GRANT, { input: consent({ validUntil: '2001-01-01T00:00:00Z' }) }, MATCHER), 'BAD_USER_INPUT', 'input.validUntil');
    userError(await ask(GRANT, { input: consent({ validUntil: '2099-01-01T00:00:00Z' }) }, MATCHER), 'BAD_USER_INPUT', 'input.validUntil');
    expectError(await ask(GRANT, { input: consent({ validUntil: 'tomorrow' }) }, MATCHER), 'BAD_USER_INPUT');
    expectError(await ask(GRANT, { input: consent({ purpose: 'CURIOSITY' }) }, MATCHER), 'BAD_USER_INPUT', { status: 400 });
    expectError(await ask(GRANT, { input: consent({ method: 'TELEPATHY' }) }, MATCHER), 'BAD_USER_INPUT', { status: 400 });
    userError(await ask(GRANT, { input: consent({ clientMutationId: 'x'.repeat(101) }) }, MATCHER), 'BAD_USER_INPUT', 'input.clientMutationId');
    userError(await ask(GRANT, { input: consent({ recipientOrganisationId: "org-wz-02'; --" }) }, MATCHER), 'BAD_USER_INPUT', 'input.recipientOrganisationId');
    expectError(await ask(GRANT, { input: consent({ holderOrganisationId: 'org-wz-02' }) }, MATCHER), 'FORBIDDEN');
    expectError(await ask(GRANT, { input: consent({}) }), 'UNAUTHENTICATED');
    for (const id of ["'; DROP TABLE consent; --", '%', 'consent-\\']) {
      const response = await ask('mutation ($id: ID!) { revokeConsent(id: $id) { consent { id } userErrors { code } } }', { id }, MATCHER);
      expectClean(response);
      expect(response.data.revokeConsent).toEqual({ consent: null, userErrors: [{ code: 'NOT_FOUND' }] });
    }
  });

  test('createHelpRequest', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ area: "BU03070301'; DROP TABLE help_request; --" }, 'input.area'],
      [{ area: 'WK030703' }, 'input.area'],
      [{ description: '   ' }, 'input.description'],
      [{ description: 'x'.repeat(4001) }, 'input.description'],
      [{ helpersNeeded: 0 }, 'input.helpersNeeded'],
      [{ helpersNeeded: 6 }, 'input.helpersNeeded'],
      [{ languages: ["nl'; --"] }, 'input.languages'],
      [{ location: { latitude: 91, longitude: 5 } }, 'input.location'],
      [{ clientMutationId: '' }, 'input.clientMutationId'],
      [{ clientMutationId: long(101) }, 'input.clientMutationId'],
      [{ requesterId: long() }, 'input.requesterId'],
      [{ forOrganisationId: 'org-wz-03' }, 'input.forOrganisationId'],
      [{ forOrganisationId: long(), channel: 'PROFESSIONAL' }, 'input.forOrganisationId'],
    ];
    for (const [overrides, field] of bad) {
      expectUserError(await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('refused'), ...overrides } }, INTAKE), 'createHelpRequest', 'BAD_USER_INPUT', field);
    }
    // NUL characters are refused by the kit before any resolver runs (a GraphQL error naming the argument)
    for (const [overrides, field] of [[{ description: 'boodschappen\u0000' }, 'input.description'], [{ requesterId: 'person-031\u0000' }, 'input.requesterId']] as const) {
      expectError(await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('refused'), ...overrides } }, INTAKE), 'BAD_USER_INPUT', { field });
    }
    expectError(await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('refused'), category: 'SHOPPING; DROP' } }, INTAKE), 'BAD_USER_INPUT', { status: 400 });
    expectError(await ask(CREATE_HELP_REQUEST, { input: intakeInput('refused') }, { org: 'org-wz-02', roles: ['analyst'] }), 'FORBIDDEN');
    // taking a hulpvraag in for another organisation is for a professional, not a matcher
    expectError(await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('refused'), channel: 'PROFESSIONAL', forOrganisationId: 'org-wz-03' } }, INTAKE), 'FORBIDDEN');
    for (const id of ["'; DROP TABLE help_request; --", '%', 'help-request-\\']) {
      expectUserError(await ask(`mutation ($id: ID!) { transitionHelpRequest(id: $id, to: OPEN) { helpRequest { id } ${USER_ERRORS} } }`, { id }, INTAKE), 'transitionHelpRequest', 'NOT_FOUND', 'id');
    }
  });

  test('the other welzijn mutations', async () => {
    // an organisation of the seeds with a NEW and an OPEN hulpvraag and an available volunteer; another with an active match
    const [{ org }] = await sql(
      hub.databases.urls.welzijn,
      `SELECT o.org FROM (SELECT DISTINCT intake_organisation_id AS org FROM help_request) o
       WHERE EXISTS (SELECT 1 FROM help_request WHERE intake_organisation_id = o.org AND status = 'NEW')
         AND EXISTS (SELECT 1 FROM help_request WHERE intake_organisation_id = o.org AND status = 'OPEN')
         AND EXISTS (SELECT 1 FROM volunteer WHERE organisation_id = o.org AND available) ORDER BY o.org LIMIT 1`,
    );
    const INTAKE: TestCaller = { org, roles: ['matcher'], purpose: 'MATCHING' };
    const request = await seeded('welzijn', 'help_request', `intake_organisation_id = '${org}' AND status = 'NEW'`);
    const open = await seeded('welzijn', 'help_request', `intake_organisation_id = '${org}' AND status = 'OPEN'`);
    const volunteer = await seeded('welzijn', 'volunteer', `organisation_id = '${org}' AND available`);
    const match = await seeded('welzijn', 'match', "status = 'ACTIVE'");
    const [{ holder }] = await sql(hub.databases.urls.welzijn, 'SELECT request_organisation_id AS holder FROM match WHERE id = $1', [match]);
    const HOLDER: TestCaller = { org: holder, roles: ['matcher'], purpose: 'MATCHING' };
    const CLARIFY = `mutation ($id: ID!, $need: String!, $reason: String) { clarifyHelpRequest(id: $id, underlyingNeed: $need, reason: $reason) { helpRequest { id } ${USER_ERRORS} } }`;
    expectUserError(await ask(CLARIFY, { id: request, need: '  ' }, INTAKE), 'clarifyHelpRequest', 'BAD_USER_INPUT', 'underlyingNeed');
    expectUserError(await ask(CLARIFY, { id: request, need: long(4001) }, INTAKE), 'clarifyHelpRequest', 'BAD_USER_INPUT', 'underlyingNeed');
    expectUserError(await ask(CLARIFY, { id: request, need: 'eenzaam', reason: long(4001) }, INTAKE), 'clarifyHelpRequest', 'BAD_USER_INPUT', 'reason');
    expectUserError(await ask(CLARIFY, { id: open, need: 'eenzaam' }, INTAKE), 'clarifyHelpRequest', 'INVALID_TRANSITION', 'id');
    const TRANSITION = `mutation ($id: ID!, $reason: String) { transitionHelpRequest(id: $id, to: ON_HOLD, reason: $reason) { helpRequest { id } ${USER_ERRORS} } }`;
    expectUserError(await ask(TRANSITION, { id: request, reason: long(4001) }, INTAKE), 'transitionHelpRequest', 'BAD_USER_INPUT', 'reason');

    const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } ${USER_ERRORS} } }`;
    const proposal = (overrides: Record<string, unknown>) => ({ clientMutationId: 'bad-proposal', helpRequestId: open, pool: 'VOLUNTEER', helperId: volunteer, madeBy: 'MATCHER', ...overrides });
    expectUserError(await ask(PROPOSE, { input: proposal({ clientMutationId: ' ' }) }, INTAKE), 'proposeMatch', 'BAD_USER_INPUT', 'input.clientMutationId');
    expectUserError(await ask(PROPOSE, { input: proposal({ helperId: long() }) }, INTAKE), 'proposeMatch', 'BAD_USER_INPUT', 'input.helperId');
    expectUserError(await ask(PROPOSE, { input: proposal({ helpRequestId: 'help-request-unknown' }) }, INTAKE), 'proposeMatch', 'NOT_FOUND', 'input.helpRequestId');
    expectUserError(await ask(PROPOSE, { input: proposal({ helperId: 'volunteer-unknown' }) }, INTAKE), 'proposeMatch', 'NOT_FOUND', 'input.helperId');
    expectUserError(await ask(PROPOSE, { input: proposal({ helpRequestId: request }) }, INTAKE), 'proposeMatch', 'CONFLICT', 'input.helpRequestId');

    const STEP = `mutation ($id: ID!, $to: MatchStatus!, $declineReason: DeclineReason, $note: String) { transitionMatch(id: $id, to: $to, declineReason: $declineReason, note: $note) { match { id } ${USER_ERRORS} } }`;
    expectUserError(await ask(STEP, { id: match, to: 'ENDED', note: long(4001) }, HOLDER), 'transitionMatch', 'BAD_USER_INPUT', 'note');
    expectUserError(await ask(STEP, { id: match, to: 'ENDED', declineReason: 'TOO_FAR' }, HOLDER), 'transitionMatch', 'BAD_USER_INPUT', 'declineReason');
    expectUserError(await ask(STEP, { id: match, to: 'INTRODUCED' }, HOLDER), 'transitionMatch', 'INVALID_TRANSITION', 'to');
    expectUserError(await ask(STEP, { id: 'match-unknown', to: 'ENDED' }, HOLDER), 'transitionMatch', 'NOT_FOUND', 'id');
    const FOLLOW_UP = `mutation ($id: ID!, $satisfaction: Int!, $note: String) { recordFollowUp(id: $id, outcome: GOING_WELL, satisfaction: $satisfaction, note: $note) { match { id } ${USER_ERRORS} } }`;
    expectUserError(await ask(FOLLOW_UP, { id: match, satisfaction: 0 }, HOLDER), 'recordFollowUp', 'BAD_USER_INPUT', 'satisfaction');
    expectUserError(await ask(FOLLOW_UP, { id: match, satisfaction: 4, note: long(4001) }, HOLDER), 'recordFollowUp', 'BAD_USER_INPUT', 'note');
    expectUserError(await ask(`mutation { setVolunteerAvailable(id: "volunteer-unknown", available: false) { volunteer { id } ${USER_ERRORS} } }`, {}, INTAKE), 'setVolunteerAvailable', 'NOT_FOUND', 'id');
  });

  test('createActivity, updateActivity and setHelpOfferAvailable', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ description: 'x'.repeat(4001) }, 'input.description'],
      [{ area: "BU03070101'; --" }, 'input.area'],
      [{ area: 'GM0307' }, 'input.area'],
      [{ venueId: long() }, 'input.venueId'],
      [{ endsAt: '2026-06-01T09:00:00Z' }, 'input.endsAt'],
      [{ endsAt: '2026-06-03T09:00:00Z' }, 'input.endsAt'],
      [{ recurrence: "FREQ=WEEKLY'; DROP TABLE activity; --" }, 'input.recurrence'],
      [{ recurrence: 'FREQ=SECONDLY' }, 'input.recurrence'],
      [{ clientMutationId: long(101) }, 'input.clientMutationId'],
    ];
    for (const [overrides, field] of bad) {
      expectUserError(await ask(CREATE_ACTIVITY, { input: activity(overrides) }, COORDINATOR), 'createActivity', 'BAD_USER_INPUT', field);
    }
    expectError(await ask(CREATE_ACTIVITY, { input: activity({ title: 'Koffie\u0000' }) }, COORDINATOR), 'BAD_USER_INPUT', { field: 'input.title' });
    const UPDATE = `mutation ($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { activity { id } ${USER_ERRORS} } }`;
    for (const id of ["'; DROP TABLE activity; --", '%']) {
      expectUserError(await ask(UPDATE, { id, input: { title: 'x' } }, COORDINATOR), 'updateActivity', 'NOT_FOUND', 'id');
    }
    const own = await seeded('bewoners', 'activity', "organisation_id = 'org-bw-01' AND status = 'SCHEDULED'");
    expectUserError(await ask(UPDATE, { id: own, input: { title: ' ' } }, COORDINATOR), 'updateActivity', 'BAD_USER_INPUT', 'input.title');
    expectUserError(await ask(UPDATE, { id: own, input: { startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T09:00:00Z' } }, COORDINATOR), 'updateActivity', 'BAD_USER_INPUT', 'input.endsAt');
    expectUserError(await ask(UPDATE, { id: own, input: { recurrence: 'FREQ=HOURLY' } }, COORDINATOR), 'updateActivity', 'BAD_USER_INPUT', 'input.recurrence');
    expectUserError(await ask(`mutation { setHelpOfferAvailable(id: "help-offer-unknown", available: true) { helpOffer { id } ${USER_ERRORS} } }`, {}, COORDINATOR), 'setHelpOfferAvailable', 'NOT_FOUND', 'id');
  });

  test('createReferral and transitionReferral', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ area: "BU03070101'; --" }, 'input.area'],
      [{ note: 'x'.repeat(4001) }, 'input.note'],
      [{ toOrganisationId: 'org-wz-01' }, 'input.toOrganisationId'],
      [{ toOrganisationId: long() }, 'input.toOrganisationId'],
      [{ personId: long() }, 'input.personId'],
      [{ helpRequestId: long() }, 'input.helpRequestId'],
      [{ clientMutationId: 'x'.repeat(101) }, 'input.clientMutationId'],
    ];
    for (const [overrides, field] of bad) {
      expectUserError(await ask(CREATE_REFERRAL, { input: referral(overrides) }, REFERRER), 'createReferral', 'BAD_USER_INPUT', field);
    }
    expectError(await ask(CREATE_REFERRAL, { input: referral({ note: 'zorgen\u0000' }) }, REFERRER), 'BAD_USER_INPUT', { field: 'input.note' });
    const RECEIVER: TestCaller = { org: 'org-zg-01', roles: ['professional'] };
    const STEP = `mutation ($id: ID!, $to: ReferralStatus!, $reason: String, $professionalId: ID) { transitionReferral(id: $id, to: $to, reason: $reason, professionalId: $professionalId) { referral { id } ${USER_ERRORS} } }`;
    expectUserError(await ask(STEP, { id: "'; DROP TABLE referral; --", to: 'ACCEPTED' }, RECEIVER), 'transitionReferral', 'NOT_FOUND', 'id');
    const sent = await seeded('zorg', 'referral', "organisation_id = 'org-zg-01' AND status = 'SENT'");
    expectUserError(await ask(STEP, { id: sent, to: 'ACCEPTED', reason: long(4001) }, RECEIVER), 'transitionReferral', 'BAD_USER_INPUT', 'reason');
    expectUserError(await ask(STEP, { id: sent, to: 'ACCEPTED', professionalId: long() }, RECEIVER), 'transitionReferral', 'BAD_USER_INPUT', 'professionalId');
    expectUserError(await ask(STEP, { id: sent, to: 'ACCEPTED', professionalId: 'professional-002' }, RECEIVER), 'transitionReferral', 'BAD_USER_INPUT', 'professionalId');
    expectUserError(await ask(STEP, { id: sent, to: 'CLOSED' }, RECEIVER), 'transitionReferral', 'INVALID_TRANSITION', 'to');
  });
});

describe('tokens and headers', () => {
  const dev = sharedTokenIssuer(process.env);
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (extra: Record<string, unknown> = {}) => ({ iss: dev.issuer, sub: 'anna@org-wz-01', org: 'org-wz-01', roles: ['matcher'], iat: now(), exp: now() + 600, ...extra });
  const HELP = '{ helpRequests(first: 1) { edges { node { id } } } }';
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  test.each([
    ['not a JWT', 'not-a-jwt'],
    ['garbage segments', 'a.b.c'],
    ['expired', () => signJwt(claims({ iat: now() - 7200, exp: now() - 60 }), dev.secret)],
    ['signed with another secret', () => signJwt(claims(), 'another-secret')],
    ['an SQL string', "'; DROP TABLE consent; --"],
  ])('a token that is %s gets 401 UNAUTHENTICATED', async (_name, token) => {
    const value = typeof token === 'function' ? token() : token;
    expectError(await ask(HELP, {}, undefined, bearer(value)), 'UNAUTHENTICATED', { status: 401 });
  });

  test('an unknown purpose gets 400; a huge header is refused by the HTTP server (431)', async () => {
    expectError(await ask(HELP, {}, undefined, { ...gatewayHeaders(MATCHER), 'x-purpose': "MATCHING'; --" }), 'BAD_REQUEST', { status: 400 });
    const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${'a'.repeat(40_000)}` }, body: '{}' });
    expect(response.status).toBe(431);
  });
});

describe('oversized request bodies', () => {
  test(`a body over ${MAX_BODY_BYTES} bytes gets 413 PAYLOAD_TOO_LARGE at the gateway, over ${SUBGRAPH_MAX_BODY_BYTES} at a subgraph`, async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(MAX_BODY_BYTES + 10) } });
    expectError(await post(big), 'PAYLOAD_TOO_LARGE', { status: 413 });
    expectError(await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(8 * MAX_BODY_BYTES) } })), 'PAYLOAD_TOO_LARGE', { status: 413 });
    // a subgraph takes the gateway's @requires representations, which may be larger (kit/subgraph.ts)
    const subgraph = (padding: number) =>
      fetch(hub.subgraphs.welzijn.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(padding) } }) });
    expect((await subgraph(MAX_BODY_BYTES + 10)).status).toBe(401); // read, then refused: not signed by the gateway
    expect((await subgraph(SUBGRAPH_MAX_BODY_BYTES + 10)).status).toBe(413);
  });

  test('a chunked body (no content-length) over the limit gets 413 too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(100_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query": "{ __typename }", "padding": "'));
        if (sent++ < 15) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

// After everything above: nothing was written.
describe('afterwards', () => {
  test('every table of every subgraph database is unchanged', async () => {
    expect(testsDone).toBeGreaterThan(50); // it runs after the tests above
    const after = await checksums();
    for (const partner of PARTNERS) {
      expect(Object.keys(after[partner]).length).toBeGreaterThan(3);
      expect({ partner, tables: after[partner] }).toEqual({ partner, tables: before[partner] });
    }
  });
});

// Last: these change the databases on purpose.
describe('database errors never reach the client', () => {
  test('a CHECK violation in the middle of a mutation: INTERNAL_SERVER_ERROR without the database message, and nothing half written', async () => {
    // createHelpRequest writes the hulpvraag, then its first transition; make the second statement fail
    await sql(hub.databases.urls.welzijn, "ALTER TABLE help_request_transition ADD CONSTRAINT reliability_no_family CHECK (reason <> 'intake via FAMILY')");
    const logs = captureLogs((entry) => entry.code === 'INTERNAL_SERVER_ERROR');
    const response = await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('check-violation'), channel: 'FAMILY' } }, INTAKE);
    logs.restore();
    // the server logs it, by its code and SQLSTATE, without the database's message or the values it quotes
    const [logged] = logs.entries.filter((e) => e.code === 'INTERNAL_SERVER_ERROR');
    expect(logged).toMatchObject({ level: 'error', service: 'welzijn', path: 'createHelpRequest', err: { sqlState: '23514', constraint: 'reliability_no_family' } });
    expect(JSON.stringify(logged)).not.toMatch(/violates|intake via FAMILY|bad-input-check-violation/);
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([{ message: 'Internal server error', path: ['createHelpRequest'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'welzijn' } }]);
    expect(JSON.stringify(response)).not.toMatch(/reliability_no_family|help_request|constraint/);
    expect(await sql(hub.databases.urls.welzijn, "SELECT id FROM help_request WHERE client_mutation_id = 'bad-input-check-violation'")).toEqual([]);
    // the same input on another channel goes through
    const fine = await ask(CREATE_HELP_REQUEST, { input: { ...intakeInput('check-violation') } }, INTAKE);
    expect(fine.errors).toBeUndefined();
  });

  test('a table that is gone: INTERNAL_SERVER_ERROR for its part, the rest of the answer arrives', async () => {
    await sql(hub.databases.urls.zorg, 'DROP TABLE service CASCADE');
    const logs = captureLogs((entry) => entry.code === 'INTERNAL_SERVER_ERROR');
    const response = await ask('{ area(code: "WK030703") { name services(first: 2) { edges { node { name } } } } }');
    logs.restore();
    expect(logs.entries).toContainEqual(expect.objectContaining({ level: 'error', service: 'zorg', code: 'INTERNAL_SERVER_ERROR', err: expect.objectContaining({ sqlState: '42P01' }) }));
    expect(response.data.area.name).toBe('Schothorst');
    expect(response.data.area.services).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'zorg' } });
    expect(JSON.stringify(response)).not.toMatch(LEAK);
  });

  test('an injection string is stored and read back as plain text', async () => {
    const title = "Koffie'); DROP TABLE area; -- \\ % _ 😀";
    const created = await ask('mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id title } userErrors { code } } }', {
      input: { clientMutationId: 'injection-as-data', title, kind: 'COFFEE_MORNING', area: 'BU03070101', startsAt: '2026-06-01T10:00:00Z', endsAt: '2026-06-01T11:00:00Z' },
    }, COORDINATOR);
    expect(created.errors).toBeUndefined();
    expect(created.data.createActivity.userErrors).toEqual([]);
    expect(created.data.createActivity.activity.title).toBe(title);
    expect(await sql(hub.databases.urls.bewoners, 'SELECT title FROM activity WHERE id = $1', [created.data.createActivity.activity.id])).toEqual([{ title }]);
    expect((await sql(hub.databases.urls.gemeente, 'SELECT count(*)::int AS n FROM area'))[0].n).toBeGreaterThan(10);
  });
});
