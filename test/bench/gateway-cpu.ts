// `node --import tsx test/bench/gateway-cpu.ts`: what one request costs the gateway itself, in CPU time,
// ours against Hive Gateway. `npm run bench` runs both gateways in the hub's process, beside the subgraphs,
// so its throughput and latency mix the gateway's work with the subgraphs' and PostgreSQL's, and on a busy
// machine with everything else running. Here each gateway is a process of its own in front of the same
// subgraphs (the hub on an embedded PostgreSQL with the demo town), a closed-loop client sends the bench's
// workloads, and the gateway process's CPU time (user + system, from /proc, its cluster workers included)
// is divided by the requests answered: that figure hardly depends on what else the machine is doing.
//   GATEWAY_CPU_REQUESTS (1000 per workload and gateway)  GATEWAY_CPU_CONNECTIONS (10)
//   GATEWAY_CPU_WORKERS (1: our gateway as one process; n: a cluster of n, GATEWAY_WORKERS)  GATEWAY_CPU_HIVE=0 (ours only)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PARTNERS, type Partner } from '../../platform/config';
import { startHub } from '../../hub/hub';
import { gatewayHeaders } from '../support/callers';
import { graphql } from '../support/graphql';
import { startBenchPostgres } from './postgres';
import { chooseWorkloads, type Workload } from './workloads';
import { startGatewayProcess, type GatewayProcess } from './gateway-process';
import { firstDifference } from './compare';

const env = process.env;
const REQUESTS = Number(env.GATEWAY_CPU_REQUESTS || 1000);
const CONNECTIONS = Number(env.GATEWAY_CPU_CONNECTIONS || 10);
const WORKERS = Number(env.GATEWAY_CPU_WORKERS || 1);
const log = (line: string) => void process.stdout.write(`${line}\n`);

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds (user + system) of a process and all its descendants. */
function cpuSeconds(pid: number): number {
  const ticks = TICKS;
  const of = (p: number): number => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / ticks; // utime, stime
    } catch {
      return 0;
    }
  };
  let total = of(pid);
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    // none
  }
  for (const child of children) total += cpuSeconds(child);
  return total;
}

/** `count` requests over `connections` keep-alive connections, closed loop; the answers that were 200 without errors. */
async function drive(url: string, body: string, headers: Record<string, string>, count: number, connections: number): Promise<{ ok: number; failed: number; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  let next = 0;
  let ok = 0;
  let failed = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const request = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            if (response.statusCode === 200 && !text.includes('"errors"')) ok++;
            else failed++;
            resolve();
          });
        },
      );
      request.on('error', () => {
        failed++;
        resolve();
      });
      request.end(body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) {
        next++;
        await one();
      }
    }),
  );
  agent.destroy();
  return { ok, failed, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  process.env.SOCIAL_MAP_PULL_INTERVAL_MS = '2000000000';
  const postgres = await startBenchPostgres();
  const stops: (() => Promise<unknown>)[] = [postgres.stop];
  try {
    const hub = await startHub({ databaseUrls: postgres.databaseUrls, host: '127.0.0.1', ports: { gateway: 0, gemeente: 0, welzijn: 0, zorg: 0, bewoners: 0 }, seed: true });
    stops.unshift(() => hub.close());
    await graphql(hub.gateway.url, 'mutation { refreshSocialMap { feeds { partner } } }', undefined, gatewayHeaders({ org: 'org-gm-01', roles: ['hub-admin'] }));
    const subgraphUrls = Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])) as Record<Partner, string>;

    const gateways: { name: string; process: GatewayProcess }[] = [];
    const ours = await startGatewayProcess(subgraphUrls, { workers: WORKERS });
    stops.unshift(() => ours.stop());
    gateways.push({ name: WORKERS > 1 ? `ours (${WORKERS} workers)` : 'ours', process: ours });
    if (env.GATEWAY_CPU_HIVE !== '0') {
      const hive = await startGatewayProcess(subgraphUrls, { workers: 1, script: path.join(__dirname, 'hive-main.ts') });
      stops.unshift(() => hive.stop());
      gateways.push({ name: 'Hive', process: hive });
    }

    log(`${REQUESTS} requests per workload and gateway over ${CONNECTIONS} connections, after ${Math.ceil(REQUESTS / 5)} to warm up; each gateway its own process`);
    log('');
    log(`| workload | ${gateways.map((g) => `${g.name} CPU ms / request | ${g.name} req/s`).join(' | ')} |${gateways.length > 1 ? ' ours / Hive (CPU per request) |' : ''}`);
    log(`| --- |${' ---: | ---: |'.repeat(gateways.length)}${gateways.length > 1 ? ' ---: |' : ''}`);
    for (const workload of chooseWorkloads() as Workload[]) {
      const body = JSON.stringify({ query: workload.query, variables: workload.variables });
      const headers = gatewayHeaders(workload.caller);
      const answers = await Promise.all(gateways.map((g) => graphql(g.process.url, workload.query, workload.variables, headers)));
      const different = answers.length > 1 ? firstDifference(answers[0], answers[1]) : null;
      const cells: string[] = [];
      const perRequest: number[] = [];
      for (const g of gateways) {
        await drive(g.process.url, body, headers, Math.ceil(REQUESTS / 5), CONNECTIONS);
        const before = cpuSeconds(g.process.child.pid!);
        const run = await drive(g.process.url, body, headers, REQUESTS, CONNECTIONS);
        const cpu = cpuSeconds(g.process.child.pid!) - before;
        const ms = (cpu * 1000) / Math.max(1, run.ok);
        perRequest.push(ms);
        cells.push(`${ms.toFixed(2)}${run.failed ? ` (${run.failed} failed)` : ''}`, (run.ok / run.seconds).toFixed(1));
      }
      log(`| ${workload.name}${different ? ` (answers differ: ${different})` : ''} | ${cells.join(' | ')} |${perRequest.length > 1 ? ` ${(perRequest[0] / perRequest[1]).toFixed(2)} |` : ''}`);
    }
  } finally {
    for (const stop of stops) await stop().catch((error) => console.error('stopping failed:', error));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
