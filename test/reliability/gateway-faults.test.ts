// A subgraph that is slow, down, or answers garbage costs only its part of the answer: the other partners'
// data arrives, with one error naming the subgraph (SUBGRAPH_TIMEOUT or SUBGRAPH_UNAVAILABLE) and nothing of
// what it said. When it behaves again, so does the gateway, without a restart. Also: liveness and readiness.
import { graphql, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { PARTNERS, type Partner } from '../../platform/config';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { CONSENT_CHECK_PATH } from '../../subgraphs/kit/access/consent-api';
import type { RunningServer } from '../../platform/http';
import { SUBGRAPHS } from '../../hub/hub';
import { startGateway } from '../../gateway/server';
import { EXAMPLE_CALLER, EXAMPLE_QUERY } from '../../hub/example-query';
import { captureLogs, type CapturedLogs } from '../../platform/log';
import { eventually, LEAK, startFaultyProxy, type FaultMode, type FaultyProxy } from './helpers';

const TIMEOUT_MS = 500;
const caller = EXAMPLE_CALLER as TestCaller;

let hub: TestHub;
let proxy: FaultyProxy;
/** A second gateway that reaches zorg through the stand-in. */
let gateway: RunningServer;
let restartedZorg: RunningSubgraph | undefined;
/** The gateway warns of each failing subgraph (at most once a second): expected here, kept off the terminal. */
let logs: CapturedLogs;

beforeAll(async () => {
  logs = captureLogs((entry) => entry.service === 'gateway' && entry.msg.startsWith('subgraph zorg failed'));
  hub = await startTestHub();
  proxy = await startFaultyProxy(() => hub.subgraphs.zorg.url);
  const subgraphUrls = { ...Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])), zorg: proxy.url } as Record<Partner, string>;
  gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls, env: { ...process.env, SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) } });
  // the subgraphs' first answers (cold code paths, first connections) through the hub's own gateway, with
  // its ordinary timeout: on a busy machine they can take longer than the stand-in gateway's 500 ms
  expectComplete(await example(hub.gateway.url));
});

afterAll(async () => {
  await gateway?.close();
  await proxy?.close();
  await restartedZorg?.close();
  await hub?.close();
  logs.restore();
});

const example = (url = gateway.url) => graphql(url, EXAMPLE_QUERY, {}, gatewayHeaders(caller));
const health = async (url: string, path: string) => {
  const response = await fetch(url.replace(/\/graphql$/, path));
  return { status: response.status, body: (await response.json()) as any };
};

function expectComplete(response: GraphQLResponse): void {
  expect(response.status).toBe(200);
  expect(response.errors).toBeUndefined();
  expect(response.data.area.services.edges.length).toBeGreaterThan(0);
}

/** Everything but zorg's part, and one error naming zorg with `code`; nothing of what zorg said. */
function expectZorgMissing(response: GraphQLResponse, code: string): void {
  expect(response.status).toBe(200);
  const area = response.data.area;
  expect(area.name).toBe('Schothorst');
  expect(area.venues.edges.length).toBeGreaterThan(0);
  expect(area.helpRequests.edges.length).toBeGreaterThan(0);
  expect(area.activities.edges.length).toBeGreaterThan(0);
  expect(area.services).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toEqual({ code, serviceName: 'zorg' });
  expect(JSON.stringify(response)).not.toMatch(LEAK);
}

test('through the stand-in, all is well while zorg behaves', async () => {
  expectComplete(await example());
  expect(proxy.requests).toBeGreaterThan(0);
});

const garbage: [FaultMode, string][] = [
  ['html', 'SUBGRAPH_UNAVAILABLE'],
  ['bad-json', 'SUBGRAPH_UNAVAILABLE'],
  ['empty-object', 'SUBGRAPH_UNAVAILABLE'],
  ['array', 'SUBGRAPH_UNAVAILABLE'],
  ['data-not-object', 'SUBGRAPH_UNAVAILABLE'],
  ['errors-not-list', 'SUBGRAPH_UNAVAILABLE'],
  ['entities-wrong', 'SUBGRAPH_UNAVAILABLE'],
  ['http-500', 'SUBGRAPH_UNAVAILABLE'],
  ['reset', 'SUBGRAPH_UNAVAILABLE'],
  ['leaky', 'INTERNAL_SERVER_ERROR'],
];

test.each(garbage)('zorg answering %s costs only its part (%s), and the next good answer is used again', async (mode, code) => {
  proxy.mode = mode;
  expectZorgMissing(await example(), code);
  proxy.mode = 'pass';
  expectComplete(await example());
});

test(`a zorg that does not answer costs its part after SUBGRAPH_TIMEOUT_MS (${TIMEOUT_MS} ms), not the whole answer`, async () => {
  proxy.mode = 'hang';
  const started = Date.now();
  const response = await example();
  const took = Date.now() - started;
  expectZorgMissing(response, 'SUBGRAPH_TIMEOUT');
  expect(response.errors![0].message).toMatch(/zorg.*did not answer within 500 ms/);
  expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  expect(took).toBeLessThan(TIMEOUT_MS + 3000);

  // a query that only zorg answers: its (non-null) root field is null, so is data
  const only = await graphql(gateway.url, '{ services(first: 1) { edges { node { name } } } }');
  expect(only.data).toBeNull();
  expect(only.errors![0].extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'zorg' });

  // readiness names it, within its own short timeout
  const ready = await health(gateway.url, '/health/ready');
  expect(ready.status).toBe(503);
  expect(ready.body.failing).toEqual(['zorg']);
  expect(ready.body.dependencies.zorg).toMatch(/no answer within/);

  proxy.mode = 'pass';
  expectComplete(await example());
  expect((await health(gateway.url, '/health/ready')).status).toBe(200);
  // the operator was told, with the request's trace id
  expect(logs.entries).toContainEqual(expect.objectContaining({ level: 'warn', subgraph: 'zorg', msg: 'subgraph zorg failed: no answer within 500 ms', traceId: expect.stringMatching(/^[0-9a-f]{32}$/) }));
});

test('liveness and readiness of the gateway and every subgraph; /health as before', async () => {
  for (const subgraph of Object.values(hub.subgraphs)) {
    expect(await health(subgraph.url, '/health')).toEqual({ status: 200, body: { status: 'ok', subgraph: subgraph.name } });
    expect(await health(subgraph.url, '/health/live')).toEqual({ status: 200, body: { status: 'ok', draining: false } });
    expect(await health(subgraph.url, '/health/ready')).toEqual({
      status: 200,
      body: { status: 'ok', subgraph: subgraph.name, dependencies: { database: 'ok' }, failing: [] },
    });
  }
  expect(await health(hub.gateway.url, '/health')).toEqual({ status: 200, body: { status: 'ok', service: 'gateway' } });
  expect(await health(hub.gateway.url, '/health/live')).toEqual({ status: 200, body: { status: 'ok', draining: false } });
  expect(await health(hub.gateway.url, '/health/ready')).toEqual({
    status: 200,
    body: { status: 'ok', service: 'gateway', dependencies: { gemeente: 'ok', welzijn: 'ok', zorg: 'ok', bewoners: 'ok' }, failing: [] },
  });
});

// Last: it stops zorg and starts it again.
test('zorg down: its part is missing and readiness says so; zorg back on its port: the same gateway uses it again', async () => {
  const { port } = hub.subgraphs.zorg;
  await hub.subgraphs.zorg.close();

  expectZorgMissing(await example(hub.gateway.url), 'SUBGRAPH_UNAVAILABLE');
  const ready = await health(hub.gateway.url, '/health/ready');
  expect(ready.status).toBe(503);
  expect(ready.body).toMatchObject({ status: 'failing', failing: ['zorg'], dependencies: { zorg: 'unreachable', gemeente: 'ok' } });
  expect((await health(hub.gateway.url, '/health/live')).status).toBe(200);

  restartedZorg = await startSubgraph(SUBGRAPHS.zorg, {
    databaseUrl: hub.databases.connections.zorg.url,
    migrationUrl: hub.databases.connections.zorg.migrationUrl,
    port,
    host: '127.0.0.1',
    consentUrl: hub.subgraphs.gemeente.url.replace(/\/graphql$/, CONSENT_CHECK_PATH),
  });
  await eventually(async () => (await example(hub.gateway.url)).errors === undefined, 5_000);
  expectComplete(await example(hub.gateway.url));
  expect((await health(hub.gateway.url, '/health/ready')).status).toBe(200);
});
