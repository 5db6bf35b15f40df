// What an operator sees (issue 13, finding 11; issue 19 "Structured logs"): one JSON access log line per
// request with its trace id, request id, status and duration; a W3C traceparent accepted by the gateway,
// passed on to the subgraphs and answered in x-trace-id; Prometheus metrics on every server; the kaart
// indexer's failures logged and visible only to hub-admins; and a readiness that fails when the gateway and a
// subgraph disagree on its secret.
import { captureLogs, safeError, type CapturedLogs } from '../../platform/log';
import { startGateway } from '../../gateway/server';
import type { Partner } from '../../platform/config';
import type { RunningServer } from '../../platform/http';
import { EXAMPLE_CALLER, EXAMPLE_QUERY } from '../../hub/example-query';
import { graphql } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, startTestSubgraph, type TestHub } from '../support/hub';
import { sql } from '../reliability/helpers';

let hub: TestHub;
let logs: CapturedLogs;
const METRICS_TOKEN = 'metrics-token-for-the-test';
const MATCHER = EXAMPLE_CALLER as TestCaller;
const ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'] };

beforeAll(async () => {
  process.env.METRICS_TOKEN = METRICS_TOKEN;
  logs = captureLogs((entry) => entry.level !== 'error' && entry.level !== 'fatal'); // held back; errors still show
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
  logs.restore();
  delete process.env.METRICS_TOKEN;
});

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = '00f067aa0ba902b7';

async function ask(query: string, caller?: TestCaller, headers: Record<string, string> = {}) {
  const response = await fetch(hub.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...gatewayHeaders(caller), ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: await response.json() };
}

/** The value of the sample of `name` that has all of `labels` (in any order), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.fromEntries([...match[2].matchAll(/([a-z_]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) return Number(match[3]);
  }
  return undefined;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 100)); // access lines are written when the answer is sent

test('a traceparent’s trace id is the request’s everywhere: response header, access lines of gateway and subgraphs, processing log', async () => {
  const { response, body } = await ask(EXAMPLE_QUERY, MATCHER, { traceparent: `00-${TRACE}-${PARENT}-01` });
  expect(body.errors).toBeUndefined();
  expect(response.headers.get('x-trace-id')).toBe(TRACE);
  expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{16}$/);
  await settled();
  const lines = logs.entries.filter((e) => e.msg === 'request' && e.traceId === TRACE);
  const gateway = lines.find((e) => e.service === 'gateway')!;
  expect(gateway).toMatchObject({ level: 'info', method: 'POST', route: '/graphql', path: '/graphql', status: 200, parentSpanId: PARENT, requestId: response.headers.get('x-request-id') });
  expect(gateway.durationMs).toEqual(expect.any(Number));
  expect(gateway.spanId).toMatch(/^[0-9a-f]{16}$/);
  expect(gateway.spanId).not.toBe(PARENT);
  // every subgraph the query reached logged it under the same trace, as a child of the gateway's span
  const subgraphs = lines.filter((e) => e.service !== 'gateway');
  expect(new Set(subgraphs.map((e) => e.service))).toEqual(new Set(['gemeente', 'welzijn', 'zorg', 'bewoners']));
  // besides the query, the gateway's confirmation of what reached the caller (gateway/delivery.ts) is part of the trace
  for (const line of subgraphs) expect(line).toMatchObject({ level: 'info', route: expect.stringMatching(/^(\/graphql|\/internal\/processing-log\/delivery)$/), status: 200, parentSpanId: gateway.spanId });
  expect(subgraphs.filter((line) => line.route === '/graphql').length).toBeGreaterThanOrEqual(4);
  // no query text, variables, tokens or answers in the lines
  expect(JSON.stringify(lines)).not.toMatch(/Bearer|helpRequests|WK030703|authorization/i);
  const logged = await sql(hub.databases.urls.welzijn, 'SELECT DISTINCT trace_id FROM processing_log WHERE trace_id = $1', [TRACE]);
  expect(logged).toEqual([{ trace_id: TRACE }]);
});

test('without a traceparent, or with an invalid one, the gateway starts a trace of its own', async () => {
  for (const traceparent of [undefined, `00-${'0'.repeat(32)}-${PARENT}-01`, `ff-${TRACE}-${PARENT}-01`, 'garbage']) {
    const { response } = await ask('{ __typename }', undefined, traceparent ? { traceparent } : {});
    expect(response.headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(response.headers.get('x-trace-id')).not.toBe(TRACE);
    expect(response.headers.get('x-trace-id')).not.toBe('0'.repeat(32));
  }
});

test('a refused request is logged with its status and counted by its code; health checks are logged at debug only', async () => {
  const { response } = await ask('{ __typename }', undefined, { authorization: 'Bearer not-a-token' });
  expect(response.status).toBe(401);
  await fetch(hub.gateway.url.replace('/graphql', '/health/live'));
  await settled();
  const traceId = response.headers.get('x-trace-id');
  expect(logs.entries.find((e) => e.msg === 'request' && e.traceId === traceId)).toMatchObject({ service: 'gateway', status: 401 });
  expect(logs.entries.some((e) => e.msg === 'request' && e.route === '/health/live')).toBe(false);
  const metrics = await (await fetch(hub.gateway.url.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  expect(sample(metrics, 'samenspel_errors_total', { code: 'UNAUTHENTICATED', service: 'gateway' })).toBeGreaterThanOrEqual(1);
});

test('/metrics: requests, errors, latency and subgraph fetch latency at the gateway; pool use at each subgraph; indexer lag at gemeente', async () => {
  const url = (base: string) => base.replace('/graphql', '/metrics');
  expect((await fetch(url(hub.gateway.url))).status).toBe(401); // METRICS_TOKEN is set
  const read = async (base: string) => {
    const response = await fetch(url(base), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };
  await ask(EXAMPLE_QUERY, MATCHER);
  const gateway = await read(hub.gateway.url);
  expect(sample(gateway, 'samenspel_http_requests_total', { route: '/graphql', method: 'POST', status: '200', service: 'gateway' })).toBeGreaterThanOrEqual(1);
  expect(sample(gateway, 'samenspel_http_request_duration_seconds_bucket', { le: '+Inf', route: '/graphql', service: 'gateway' })).toBeGreaterThanOrEqual(1);
  for (const subgraph of ['gemeente', 'welzijn', 'zorg', 'bewoners']) {
    expect(sample(gateway, 'samenspel_subgraph_fetch_duration_seconds_count', { subgraph, outcome: 'ok', service: 'gateway' })).toBeGreaterThanOrEqual(1);
  }
  expect(gateway).toMatch(/^process_cpu_user_seconds_total/m);
  const zorg = await read(hub.subgraphs.zorg.url);
  expect(sample(zorg, 'samenspel_db_pool_connections', { state: 'max', service: 'zorg' })).toBe(10);
  expect(sample(zorg, 'samenspel_db_pool_connections', { state: 'total', service: 'zorg' })).toBeGreaterThanOrEqual(1);
  expect(sample(zorg, 'samenspel_http_requests_total', { route: '/graphql', method: 'POST', status: '200', service: 'zorg' })).toBeGreaterThanOrEqual(1);
  const gemeente = await read(hub.subgraphs.gemeente.url);
  expect(sample(gemeente, 'samenspel_social_map_lag_seconds', { partner: 'bewoners', service: 'gemeente' })).toBeGreaterThanOrEqual(0);
});

test('socialMapStatus.lastError is for hub-admins only', async () => {
  await graphql(hub.gateway.url, 'mutation { refreshSocialMap { __typename } }', {}, gatewayHeaders(ADMIN));
  await sql(hub.databases.urls.gemeente, "UPDATE social_map_feed SET last_error = 'connect ECONNREFUSED 10.0.3.7:4004' WHERE partner = 'zorg'");
  const anonymous = await graphql(hub.gateway.url, '{ socialMapStatus { partner lastSeq lastError } }');
  expect(anonymous.data.socialMapStatus.map((s: any) => s.lastError)).toEqual([null, null, null, null]);
  expect(anonymous.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  expect(JSON.stringify(anonymous)).not.toContain('10.0.3.7');
  const staff = await graphql(hub.gateway.url, '{ socialMapStatus { partner lastError } }', {}, gatewayHeaders(MATCHER));
  expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const admin = await graphql(hub.gateway.url, '{ socialMapStatus { partner lastError } }', {}, gatewayHeaders(ADMIN));
  expect(admin.errors).toBeUndefined();
  expect(admin.data.socialMapStatus.find((s: any) => s.partner === 'zorg').lastError).toContain('ECONNREFUSED');
});

test("the kaart indexer's pull failures are logged (once) and counted", async () => {
  await hub.subgraphs.bewoners.close();
  for (let i = 0; i < 2; i++) await graphql(hub.gateway.url, 'mutation { refreshSocialMap { __typename } }', {}, gatewayHeaders(ADMIN));
  const warnings = logs.entries.filter((e) => e.service === 'gemeente' && e.msg.startsWith('feed pull failed'));
  expect(warnings).toEqual([expect.objectContaining({ level: 'warn', partner: 'bewoners', err: expect.objectContaining({ type: expect.any(String) }) })]);
  const metrics = await (await fetch(hub.subgraphs.gemeente.url.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  expect(sample(metrics, 'samenspel_social_map_pull_failures_total', { partner: 'bewoners', service: 'gemeente' })).toBe(2);
});

test('an error is logged by its type, SQLSTATE and stack, never with the values a database message quotes', () => {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "person_bsn"'), {
    code: '23505',
    detail: 'Key (bsn)=(123456782) already exists.',
    constraint: 'person_bsn',
    table: 'person',
  });
  const failed = Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError, query: 'INSERT INTO person (bsn) VALUES ($1)', parameters: ['123456782'] });
  const logged = JSON.stringify(safeError(failed));
  expect(JSON.parse(logged)).toMatchObject({ type: 'QueryFailedError', sqlState: '23505', constraint: 'person_bsn', table: 'person', query: 'INSERT INTO person (bsn) VALUES ($1)' });
  expect(logged).not.toContain('123456782');
  expect(logged).not.toContain('duplicate key');
});

describe('readiness proves the signed handshake', () => {
  let zorg: Awaited<ReturnType<typeof startTestSubgraph>>;
  let gateway: RunningServer;
  beforeAll(async () => {
    process.env.SUBGRAPH_SECRET_ZORG = 'the-secret-zorg-was-given-not-the-gateways';
    zorg = await startTestSubgraph('zorg');
    delete process.env.SUBGRAPH_SECRET_ZORG;
    const urls = Object.fromEntries(Object.entries(hub.subgraphs).map(([p, s]) => [p, s.url])) as Record<Partner, string>;
    gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: { ...urls, zorg: zorg.subgraph.url } });
  });
  afterAll(async () => {
    await gateway?.close();
    await zorg?.close();
  });

  test('a mismatched SUBGRAPH_SECRET_ZORG makes the gateway not ready, naming zorg', async () => {
    // zorg itself is fine: up, its database answering
    expect((await fetch(zorg.subgraph.url.replace('/graphql', '/health/ready'))).status).toBe(200);
    const ready = await fetch(gateway.url.replace('/graphql', '/health/ready'));
    expect(ready.status).toBe(503);
    const body = await ready.json();
    expect(body.failing).toContain('zorg');
    expect(body.dependencies.zorg).toContain('SUBGRAPH_SECRET_ZORG');
    // and that is what every answer would lack: zorg's part
    const services = await graphql(gateway.url, '{ organisation(id: "org-zg-01") { services(first: 1) { edges { node { name } } } } }');
    expect(services.errors?.[0].extensions?.serviceName ?? services.errors?.[0].message).toMatch(/zorg/);
  });
});
