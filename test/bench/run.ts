// `npm run bench` (issue "Performance"): the whole hub on an embedded PostgreSQL with a large data set, real
// HTTP load against the gateway, the gateway's own overhead, and Hive Gateway side by side.
//   BENCH_HELP_REQUESTS (1,000,000)  BENCH_HELPERS (20,000)  BENCH_KAART_ITEMS (100,000)  BENCH_PERSONS (hulpvragen / 4)
//   BENCH_SECONDS (10)  BENCH_CONNECTIONS (10)  BENCH_WARMUP_SECONDS (2)  BENCH_TIMEOUT_SECONDS (30)
//   BENCH_DRAIN_SECONDS (30)  BENCH_MATCHES=0 (no match rows)  BENCH_TRANSITIONS=0 (no state histories)  BENCH_HIVE=0 (skip Hive Gateway)  BENCH_OUT_DIR (test-artifacts/bench)
//   BENCH_GATEWAY_WORKERS=n (our gateway as its own process, gateway/main.ts, with n cluster workers; default: in the hub's process)
// Steps, one file each: postgres.ts (server and databases), seed.ts (bulk data), workloads.ts (what is asked),
// load.ts + load-worker.ts (load generator in its own process), capture.ts (the gateway's subgraph fetches,
// replayed directly), hive.ts (Hive Gateway), compare.ts, report.ts. Everything started here is stopped at
// the end, on error and on Ctrl-C.
import os from 'node:os';
import { format } from 'node:util';
import { PARTNERS, type Partner } from '../../platform/config';
import { startHub, type Hub } from '../../hub/hub';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { subgraphSecret } from '../../platform/secrets';
import { anonymous, type Caller } from '../../platform/caller';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { graphql } from '../support/graphql';
import { readConfig } from './config';
import { startBenchPostgres } from './postgres';
import { seedBench } from './seed';
import { chooseWorkloads, type Workload } from './workloads';
import { runLoad, stopLoadGenerators, type LoadSpec } from './load';
import { capturePlan } from './capture';
import { hiveVersion, startHiveGateway, type RunningHive } from './hive';
import { firstDifference } from './compare';
import { drain } from './drain';
import { startGatewayProcess } from './gateway-process';
import { writeResults, type BenchResults, type Statements, type WorkloadResult } from './report';

const HUB_ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => void process.stdout.write(`${line}\n`);

/**
 * What the hub (in this process) logs while the load runs (subgraph timeouts, cancelled SQL…) is counted and
 * sampled into the results instead of flooding the output.
 */
function captureServerLog() {
  const original = { log: console.log, error: console.error, warn: console.warn };
  let current = { lines: 0, sample: [] as string[] };
  const record = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^\(node:\d+\) /.test(args[0])) return; // Node's own print of a warning; recorded below with its origin
    current.lines += 1;
    const line = format(...args).split('\n')[0].slice(0, 300);
    if (current.sample.length < 5 && !current.sample.includes(line)) current.sample.push(line);
  };
  console.log = record;
  console.error = record;
  console.warn = record;
  // Node prints process warnings itself; keep where they come from (the first frames of the stack).
  const onWarning = (warning: Error) => {
    const frames = (warning.stack ?? '').split('\n').slice(1).map((l) => l.trim()).filter((l) => !l.includes('node:internal'));
    record(`${warning.name}: ${warning.message} (${frames.slice(0, 3).join(' < ') || 'no stack'})`);
  };
  process.on('warning', onWarning);
  return {
    /** The lines logged since the last call. */
    take: () => {
      const taken = current;
      current = { lines: 0, sample: [] };
      return taken;
    },
    restore: () => {
      Object.assign(console, original);
      process.off('warning', onWarning);
    },
  };
}

/** The answer without the HTTP status, as JSON. */
async function ask(url: string, workload: Workload): Promise<{ status: number; body: Record<string, unknown> }> {
  const { status, ...body } = await graphql(url, workload.query, workload.variables, gatewayHeaders(workload.caller));
  return { status, body };
}

/** SQL statements per subgraph for one request, on an otherwise quiet hub (`settle` waits for its SQL to end). */
async function statementsFor(hub: Hub, send: () => Promise<unknown>, settle: () => Promise<unknown>): Promise<Statements> {
  await sleep(300);
  const before = Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].db.stats.statements]));
  await send();
  await sleep(100);
  await settle();
  return Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].db.stats.statements - before[p]])) as Statements;
}

/** The identity a gateway builds for a test caller (the trace id is added per request). */
function callerOf(caller: TestCaller | undefined): Omit<Caller, 'traceId' | 'spanId'> {
  if (!caller) {
    const { traceId: _t, spanId: _s, ...rest } = anonymous({ traceId: '', spanId: '' });
    return rest;
  }
  return { organisationId: caller.org, subject: `${caller.roles[0]}@${caller.org}`, roles: caller.roles, personId: caller.person ?? null, purpose: caller.purpose ?? null };
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  // gemeente's sociale kaart indexer pulls the partners' feeds every 2 s; in the bench it pulls on demand
  // only (refreshSocialMap), so background pulls neither compete with the load nor blur the statement counts.
  process.env.SOCIAL_MAP_PULL_INTERVAL_MS = '2000000000';

  const cleanups: { name: string; run: () => Promise<void> }[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      stopLoadGenerators();
      for (const { name, run } of cleanups.reverse()) {
        try {
          await run();
        } catch (error) {
          console.error(`stopping ${name} failed:`, error instanceof Error ? error.message : error);
        }
      }
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping…`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    log(`Samenspel benchmark: ${config.helpRequests.toLocaleString('en')} hulpvragen, ${config.helpers.toLocaleString('en')} helpers, ${config.kaartItems.toLocaleString('en')} kaart items; ${config.connections} connections × ${config.seconds} s`);
    log('starting embedded PostgreSQL…');
    const postgres = await startBenchPostgres();
    cleanups.push({ name: 'PostgreSQL', run: postgres.stop });

    const hubStarted = Date.now();
    const hub = await startHub({
      databaseUrls: postgres.databaseUrls,
      host: '127.0.0.1',
      ports: { gateway: 0, gemeente: 0, welzijn: 0, zorg: 0, bewoners: 0 },
      seed: true,
    });
    cleanups.push({ name: 'hub', run: () => hub.close() });
    const refresh = await graphql(hub.gateway.url, 'mutation { refreshSocialMap { partner lastSeq } }', undefined, gatewayHeaders(HUB_ADMIN));
    if (refresh.errors) throw new Error(`refreshSocialMap failed: ${JSON.stringify(refresh.errors)}`);
    const hubStart = (Date.now() - hubStarted) / 1000;
    log(`hub up in ${hubStart.toFixed(1)} s (migrations, demo town, sociale kaart indexed); gateway ${hub.gateway.url}`);

    log('seeding…');
    const seed = await seedBench(postgres.databaseUrls, config, log);
    log(`seeded in ${seed.seconds.toFixed(1)} s: ${Object.entries(seed.rows).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}`);
    const after = await graphql(hub.gateway.url, 'mutation { refreshSocialMap { partner lastSeq lastError } }', undefined, gatewayHeaders(HUB_ADMIN));
    if (after.errors) throw new Error(`refreshSocialMap failed after seeding: ${JSON.stringify(after.errors)}`);

    const subgraphUrls = Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])) as Record<Partner, string>;
    // Our gateway: the hub's own (same process as the subgraphs), or its own process / cluster.
    let gatewayUrl = hub.gateway.url;
    if (config.gatewayWorkers > 0) {
      const external = await startGatewayProcess(subgraphUrls, { workers: config.gatewayWorkers });
      cleanups.push({ name: 'gateway process', run: async () => void (await external.stop()) });
      gatewayUrl = external.url;
      log(`our gateway: its own process, ${config.gatewayWorkers === 1 ? 'no cluster' : `${config.gatewayWorkers} cluster workers`} (gateway/main.ts): ${gatewayUrl}`);
    }
    let hive: RunningHive | undefined;
    let hiveNote = 'skipped (BENCH_HIVE=0)';
    let version: string | null = null;
    if (config.hive) {
      try {
        version = hiveVersion();
        hive = await startHiveGateway(subgraphUrls);
        const started = hive;
        cleanups.push({ name: 'Hive Gateway', run: () => started.close() });
        hiveNote = `@graphql-hive/gateway ${version} on Node ${process.versions.node}, the same supergraph; no query limits (GraphQL Armor) on the Hive side`;
        log(`Hive Gateway ${version}: ${hive.url}`);
      } catch (error) {
        hiveNote = `Hive Gateway ${version ?? '(not installed)'} did not start on Node ${process.versions.node}: ${error instanceof Error ? error.message : error}`;
        log(hiveNote);
      }
    }

    /** A load run, then wait for the databases to be quiet again (see drain.ts). */
    const measure = async (spec: LoadSpec) => {
      const result = await runLoad(spec);
      const drained = await drain(postgres.adminUrl, config.drainSeconds);
      if (drained.runningAtEnd) log(`  ${drained.runningAtEnd} SQL statements still running after the run; quiet after ${drained.waitedSeconds} s${drained.cancelled ? `, ${drained.cancelled} cancelled` : ''}`);
      return { ...result, drain: drained };
    };
    const serverLog = captureServerLog();
    cleanups.push({ name: 'log capture', run: async () => serverLog.restore() });
    const base = { connections: config.connections, seconds: config.seconds, warmupSeconds: config.warmupSeconds, timeoutSeconds: config.timeoutSeconds };
    const results: WorkloadResult[] = [];
    for (const workload of chooseWorkloads()) {
      serverLog.take();
      log(`\n${workload.name}: ${workload.note}`);
      const settle = () => drain(postgres.adminUrl, config.drainSeconds);
      const sample = await ask(gatewayUrl, workload);
      await settle();
      const sampleErrors = (sample.body.errors as unknown[] | undefined) ?? null;
      if (sample.status !== 200 || sampleErrors) log(`  warning: HTTP ${sample.status}, errors ${JSON.stringify(sampleErrors)?.slice(0, 400)}`);
      const request = { url: gatewayUrl, body: JSON.stringify({ query: workload.query, variables: workload.variables }), headers: gatewayHeaders(workload.caller) };
      const ours: Statements = await statementsFor(hub, () => ask(gatewayUrl, workload), settle);
      log(`  SQL statements per request: ${JSON.stringify(ours)}`);
      const result: WorkloadResult = {
        key: workload.key,
        name: workload.name,
        note: workload.note,
        query: workload.query,
        variables: workload.variables,
        sampleErrors,
        statementsPerRequest: { ours },
        load: { ours: await measure({ ...base, kind: 'single', tool: 'autocannon', request }) },
      };
      log(`  ours: ${JSON.stringify(result.load.ours)}`);

      if (hive) {
        const hiveSample = await ask(hive.url, workload);
        await settle();
        const difference = firstDifference(sample.body, hiveSample.body);
        const hiveUrl = hive.url;
        result.statementsPerRequest.hive = await statementsFor(hub, () => ask(hiveUrl, workload), settle);
        result.load.hive = await measure({ ...base, kind: 'single', tool: 'autocannon', request: { ...request, url: hive.url } });
        const timedOut = JSON.stringify(sample.body.errors ?? []).includes('SUBGRAPH_TIMEOUT');
        result.hive = {
          identical: difference === null && sample.status === hiveSample.status,
          difference: timedOut
            ? 'not comparable: a subgraph did not answer within the gateways\' subgraph timeout'
            : difference ?? (sample.status === hiveSample.status ? null : `HTTP ${sample.status} vs ${hiveSample.status}`),
          oursPerHive: result.load.ours.throughput / result.load.hive.throughput,
        };
        log(`  Hive: ${JSON.stringify(result.load.hive)}; identical answer: ${result.hive.identical ? 'yes' : `no (${result.hive.difference})`}`);
      }

      if (workload.direct) {
        const plan = await capturePlan(hub, workload);
        const sameAnswer = firstDifference(sample.body, plan.result) === null;
        // Replay the fetches once and check each answers as recorded.
        const caller = { ...callerOf(workload.caller), traceId: 'bench-replay', spanId: 'bench-replay' };
        let replayed = true;
        for (const stage of plan.stages) {
          for (const fetch of stage) {
            const response = await fetch_(fetch.url, fetch.body, { [IDENTITY_HEADER]: signIdentity(caller, fetch.partner, subgraphSecret(fetch.partner)) });
            if (firstDifference(JSON.parse(fetch.response), response) !== null) replayed = false;
          }
        }
        if (!sameAnswer || !replayed) log(`  warning: the captured plan ${sameAnswer ? '' : 'answered differently from the hub gateway'}${replayed ? '' : ' did not replay to the same subgraph answers'}`);
        const chain: LoadSpec = {
          ...base,
          kind: 'chain',
          tool: 'driver',
          caller: callerOf(workload.caller),
          stages: plan.stages.map((stage) => stage.map((f) => ({ partner: f.partner, url: f.url, body: f.body }))),
        };
        const gateway = await measure({ ...base, kind: 'single', tool: 'driver', request });
        const direct = await measure(chain);
        result.overhead = {
          stages: plan.stages.map((stage) => stage.map((f) => f.partner)),
          replayChecked: sameAnswer && replayed,
          gateway,
          direct,
          clean: [gateway, direct].every((r) => r.non2xx + r.errors + r.timeouts + r.graphqlErrors + r.unfinished === 0),
          ratioP50: gateway.latencyMs.p50 / direct.latencyMs.p50,
          ratioMean: gateway.latencyMs.mean / direct.latencyMs.mean,
        };
        log(`  overhead: fetches ${result.overhead.stages.map((s) => s.join('+')).join(' → ')}; gateway p50 ${gateway.latencyMs.p50} ms vs direct ${direct.latencyMs.p50} ms (× ${result.overhead.ratioP50.toFixed(2)})`);
      }
      result.serverLog = serverLog.take();
      if (result.serverLog.lines) log(`  the hub logged ${result.serverLog.lines} line${result.serverLog.lines === 1 ? '' : 's'} meanwhile, e.g. ${result.serverLog.sample[0]}`);
      results.push(result);
    }

    const total = (Date.now() - started) / 1000;
    const cpus = os.cpus();
    const report: BenchResults = {
      startedAt: new Date(started).toISOString(),
      machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.versions.node, platform: `${os.platform()} ${os.release()}` },
      config,
      seconds: { hubStart, seeding: seed.seconds, total },
      seed,
      hive: { version, used: hive !== undefined, note: hiveNote },
      workloads: results,
    };
    const written = writeResults(report, config.outDir);
    log(`\n${written.table}`);
    log(`seeding: ${seed.seconds.toFixed(1)} s; total: ${total.toFixed(1)} s (until the results were written)`);
    log(`results: ${written.json}, ${written.md}`);
  } finally {
    await cleanup();
  }
}

async function fetch_(url: string, body: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return response.json();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('the benchmark failed:', error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
