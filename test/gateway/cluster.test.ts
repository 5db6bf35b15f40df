// The gateway alone as a cluster (gateway/main.ts with GATEWAY_WORKERS=2) in front of a hub's subgraphs:
// it serves like the in-process gateway, replaces a worker that dies, and on SIGTERM every worker drains —
// a request in flight still gets its answer, new ones are refused — before the process exits 0.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { Client } from 'pg';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { PARTNERS, type Partner } from '../../platform/config';
import { EXAMPLE_CALLER, EXAMPLE_QUERY } from '../../hub/example-query';
import { startGatewayProcess, type GatewayProcess } from '../bench/gateway-process';

let hub: TestHub;
let gateway: GatewayProcess | undefined;

beforeAll(async () => {
  hub = await startTestHub();
}, 120_000);

afterEach(async () => {
  await gateway?.stop('SIGKILL');
  gateway = undefined;
});

afterAll(async () => {
  await hub?.close();
});

const subgraphUrls = () => Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])) as Record<Partner, string>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The gateway processes a process started: its cluster workers (not tsx's esbuild service). */
function childrenOf(pid: number): number[] {
  let pids: number[];
  try {
    pids = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
  return pids.filter((child) => {
    try {
      return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('gateway/main.ts');
    } catch {
      return false; // gone meanwhile
    }
  });
}

/**
 * One request on a connection of its own. A client's kept-alive connections to a worker die with it, and one
 * may be picked again before the client has read that it closed; a client sends again on a new connection,
 * which the cluster hands to a live worker.
 */
function onNewConnection(url: string, query: string): Promise<GraphQLResponse> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const request = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, ...JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await sleep(50);
  }
}

test('two workers serve the same answers as the in-process gateway, and a worker that dies is replaced', async () => {
  gateway = await startGatewayProcess(subgraphUrls(), { workers: 2 });
  expect(gateway.output()).toMatch(/gateway serving http:\/\/127\.0\.0\.1:\d+\/graphql \(2 workers\)/);
  const headers = gatewayHeaders({ org: EXAMPLE_CALLER.org, roles: ['matcher'], purpose: 'MATCHING' });
  const expected = await graphql(hub.gateway.url, EXAMPLE_QUERY, {}, headers);
  expect(expected.errors).toBeUndefined();
  const answers = await Promise.all(Array.from({ length: 20 }, () => graphql(gateway!.url, EXAMPLE_QUERY, {}, headers)));
  for (const answer of answers) expect(answer).toEqual(expected);

  const workers = childrenOf(gateway.child.pid!);
  expect(workers).toHaveLength(2);
  process.kill(workers[0], 'SIGKILL');
  await eventually(() => /starting another/.test(gateway!.output()), 10_000);
  // the other worker goes on serving while the new one starts
  expect(await onNewConnection(gateway.url, '{ area(code: "GM0307") { name } }')).toEqual({ status: 200, data: { area: { name: 'Amersfoort' } } });
  await eventually(() => childrenOf(gateway!.child.pid!).filter((pid) => !workers.includes(pid)).length === 1, 20_000);
  // the new one serves too: enough requests reach both workers
  const later = await Promise.all(Array.from({ length: 10 }, () => onNewConnection(gateway!.url, '{ area(code: "GM0307") { name } }')));
  for (const answer of later) expect(answer).toEqual({ status: 200, data: { area: { name: 'Amersfoort' } } });
}, 120_000);

test('on SIGTERM every worker drains: a request in flight gets its answer, new ones are refused, exit code 0', async () => {
  gateway = await startGatewayProcess(subgraphUrls(), { workers: 2 });
  const lock = new Client({ connectionString: hub.databases.urls.gemeente });
  lock.on('error', () => undefined);
  await lock.connect();
  try {
    await lock.query('BEGIN; LOCK TABLE venue IN ACCESS EXCLUSIVE MODE'); // the read below waits on it
    const read = graphql(gateway.url, '{ venues(first: 100) { edges { node { id name } } } }');
    await eventually(async () => {
      await lock.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await lock.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      return rows[0].n >= 1;
    }, 20_000);

    const workers = childrenOf(gateway.child.pid!);
    const stopped = gateway.stop('SIGTERM');
    await sleep(100);
    const late = await graphql(gateway.url, '{ __typename }').catch((error: Error) => error);
    if ('status' in late) expect(late).toMatchObject({ status: 503, errors: [{ extensions: { code: 'SHUTTING_DOWN' } }] });
    else expect(String(late)).toMatch(/fetch failed/);

    await lock.query('COMMIT');
    const answer = await read;
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.venues.edges.length).toBeGreaterThan(0);
    expect(await stopped).toBe(0);
    expect(gateway.output()).toMatch(/SIGTERM: draining 2 gateway workers/);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow(); // gone
  } finally {
    await lock.end();
  }
}, 120_000);

test('GATEWAY_WORKERS must be a whole number or "auto"; one worker runs without a cluster', async () => {
  const { gatewayWorkers } = require('../../gateway/main') as typeof import('../../gateway/main');
  expect(gatewayWorkers({})).toBe(1);
  expect(gatewayWorkers({ GATEWAY_WORKERS: '3' })).toBe(3);
  expect(gatewayWorkers({ GATEWAY_WORKERS: 'auto' })).toBeGreaterThanOrEqual(1);
  expect(() => gatewayWorkers({ GATEWAY_WORKERS: '0' })).toThrow(/GATEWAY_WORKERS/);
  expect(() => gatewayWorkers({ GATEWAY_WORKERS: 'two' })).toThrow(/GATEWAY_WORKERS/);

  gateway = await startGatewayProcess(subgraphUrls(), { workers: 1 });
  expect(childrenOf(gateway.child.pid!)).toHaveLength(0);
  expect(await onNewConnection(gateway.url, '{ area(code: "GM0307") { name } }')).toEqual({ status: 200, data: { area: { name: 'Amersfoort' } } });
  expect(await gateway.stop('SIGTERM')).toBe(0);
}, 120_000);
