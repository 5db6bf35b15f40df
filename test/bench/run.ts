// `npm run bench` (issue "Performance"): the hub on an embedded PostgreSQL with a large data set — by default
// the production way, each subgraph and each gateway a Node process of its own — real HTTP against our
// gateway and Hive Gateway (JavaScript and Rust planners) side by side, the SQL each request causes, where
// the time goes, and how the kaart search and the area overview grow with the kaart.
//   BENCH_HELP_REQUESTS (1,000,000)  BENCH_HELPERS (20,000)  BENCH_KAART_ITEMS (100,000)  BENCH_PERSONS (hulpvragen / 4)
//   BENCH_SECONDS (10)  BENCH_CONNECTIONS (10)  BENCH_WARMUP_SECONDS (2)  BENCH_TIMEOUT_SECONDS (30)
//   BENCH_DRAIN_SECONDS (30)  BENCH_MATCHES=0 (no match rows)  BENCH_TRANSITIONS=0 (no state histories)  BENCH_HIVE=0 (skip Hive Gateway)  BENCH_OUT_DIR (test-artifacts/bench)
//   BENCH_PROCESSES (processes | one | both)  BENCH_GATEWAY_WORKERS=n (our gateway's cluster workers)
//   BENCH_SEQUENTIAL_REQUESTS (30)  BENCH_SQL_SAMPLES (10)  BENCH_GROWTH (kaart sizes; default 10k, 100k, BENCH_KAART_ITEMS; 0: none)  BENCH_PROFILE=0 (no CPU profiles)
//   BENCH_WORKLOADS (keys, comma-separated, e.g. match-view: only those; default all)
// Steps, one file each: postgres.ts (server and databases), deploy.ts (the processes), seed.ts (bulk data),
// workloads.ts (what is asked), measure.ts (per workload: sql-stats.ts, breakdown.ts, load.ts +
// load-worker.ts, capture.ts, cpu-profile.ts), hive.ts (Hive Gateway), report.ts. Everything started here
// is stopped at the end, on error and on Ctrl-C.
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import type { TestCaller } from '../support/callers';
import { gatewayHeaders } from '../support/callers';
import { graphql } from '../support/graphql';
import { captureLogs } from '../../platform/log';
import { readConfig, type BenchConfig } from './config';
import { startBenchPostgres, type BenchPostgres } from './postgres';
import { growKaart, seedBench } from './seed';
import { chooseWorkloads } from './workloads';
import { stopLoadGenerators } from './load';
import { hiveVersion } from './hive';
import { drain } from './drain';
import { deploy, prepareDatabases, type Deployment, type Layout } from './deploy';
import { startProxiedGateway } from './capture';
import { sqlStats, totalOf, type SqlStats } from './sql-stats';
import { TIMING_PREFIX } from './request-timing';
import { measureWorkload, oneConnection } from './measure';
import { GROWTH_WORKLOADS, writeResults, type BenchResults, type GrowthPoint, type LayoutRun } from './report';

const HUB_ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'] };
const BENCH_STARTED = Date.now();
/** A line of progress, with the minutes and seconds since the start. */
const log = (line: string) => {
  const s = Math.round((Date.now() - BENCH_STARTED) / 1000);
  process.stdout.write(line.startsWith('\n') || line.includes('\n|') ? `${line}\n` : `[${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${line}\n`);
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A structured line below warn (a request's access line, a server's "serving" line): not a problem to report. */
const ROUTINE_LINE = /^\{"level":"(trace|debug|info)"/;

/**
 * What the servers log while the load runs (subgraph timeouts, cancelled SQL…) is counted and sampled into
 * the results instead of flooding the output: the console and structured log of this process (the hub in the
 * one-process layout, the capturing gateway) and what the server processes print; routine lines (every
 * request's access line at info) are left out.
 */
function captureServerLog(deployment: () => Deployment | undefined) {
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
  const structured = captureLogs(); // holds every line of this process's log back from the terminal
  const seen = new Map<number, number>();
  return {
    /** The lines logged since the last call. */
    take: () => {
      for (const entry of structured.entries.splice(0)) if (!['trace', 'debug', 'info'].includes(entry.level)) record(`[${entry.service}] ${entry.level}: ${entry.msg}`);
      for (const p of deployment()?.processes ?? []) {
        const text = p.output?.() ?? '';
        const fresh = text.slice(seen.get(p.pid) ?? 0);
        seen.set(p.pid, text.length);
        for (const line of fresh.split('\n')) if (line.trim() && !ROUTINE_LINE.test(line) && !line.startsWith(TIMING_PREFIX)) record(`[${p.name}] ${line}`);
      }
      const taken = current;
      current = { lines: 0, sample: [] };
      return taken;
    },
    restore: () => {
      structured.restore();
      Object.assign(console, original);
      process.off('warning', onWarning);
    },
  };
}

const LAYOUT_DESCRIPTIONS: Record<Layout, (config: BenchConfig) => string> = {
  processes: (c) =>
    `Production layout (BENCH_PROCESSES=processes): each subgraph a process of its own (subgraphs/<partner>/main.ts), our gateway one (gateway/main.ts${c.gatewayWorkers > 1 ? `, ${c.gatewayWorkers} cluster workers` : ''}), each Hive Gateway one, the load generator another; one PostgreSQL server`,
  one: (c) =>
    `One-process layout (BENCH_PROCESSES=one): the hub — four subgraphs${c.gatewayWorkers ? '' : ' and our gateway'} — and the Hive Gateways in one Node process${c.gatewayWorkers ? `, our gateway its own (${c.gatewayWorkers} workers)` : ''}, the load generator another`,
};

async function refreshSocialMap(deployment: Deployment): Promise<void> {
  const refreshed = await graphql(deployment.gatewayUrls.ours!, 'mutation { refreshSocialMap { feeds { partner lastSeq lastError } } }', undefined, gatewayHeaders(HUB_ADMIN));
  const failed = (refreshed.data?.refreshSocialMap?.feeds as { partner: string; lastError: string | null }[] | undefined)?.filter((feed) => feed.lastError);
  if (refreshed.errors || failed?.length) throw new Error(`refreshSocialMap failed: ${JSON.stringify(refreshed.errors ?? failed)}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  // gemeente's sociale kaart indexer pulls the partners' feeds every 2 s; in the bench it pulls on demand
  // only (refreshSocialMap), so background pulls neither compete with the load nor blur the SQL counts.
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
    log(`Samenspel benchmark: ${config.helpRequests.toLocaleString('en')} hulpvragen, ${config.helpers.toLocaleString('en')} helpers, ${config.kaartItems.toLocaleString('en')} kaart items; layouts ${config.layouts.join(', ')}; ${config.connections} connections × ${config.seconds} s`);
    log('starting embedded PostgreSQL…');
    const postgres: BenchPostgres = await startBenchPostgres();
    cleanups.push({ name: 'PostgreSQL', run: postgres.stop });
    log('migrating the databases and loading the demo town…');
    await prepareDatabases(postgres.databaseUrls);
    const sql: SqlStats = await sqlStats(postgres.adminUrl);
    cleanups.push({ name: 'pg_stat_statements reader', run: () => sql.close() });
    const settle = () => drain(postgres.adminUrl, config.drainSeconds);
    const workloads = chooseWorkloads().filter((workload) => !config.workloads || config.workloads.includes(workload.key));
    if (!workloads.length) throw new Error(`BENCH_WORKLOADS names none of the workloads (${chooseWorkloads().map((w) => w.key).join(', ')})`);

    let deployment: Deployment | undefined;
    const serverLog = captureServerLog(() => deployment);
    cleanups.push({ name: 'log capture', run: async () => serverLog.restore() });
    let proxied: Awaited<ReturnType<typeof startProxiedGateway>> | undefined;
    const stopLayout = async () => {
      await proxied?.close();
      await deployment?.stop();
      proxied = deployment = undefined;
    };
    cleanups.push({ name: 'servers', run: stopLayout });
    const startLayout = async (layout: Layout) => {
      await stopLayout();
      const t = Date.now();
      deployment = await deploy({ layout, databaseUrls: postgres.databaseUrls, hive: config.hive, gatewayWorkers: config.gatewayWorkers, profileDir: path.join(config.outDir, 'profiles') });
      proxied = await startProxiedGateway(deployment.subgraphUrls);
      await refreshSocialMap(deployment);
      serverLog.take();
      log(`${layout} layout up in ${((Date.now() - t) / 1000).toFixed(1)} s: ${Object.entries(deployment.gatewayUrls).map(([k, u]) => `${k} ${u}`).join(', ')}`);
      for (const note of Object.values(deployment.notStarted)) log(`  ${note}`);
      return deployment;
    };

    // Growth steps below the main size come first: the kaart is seeded at the smallest and grown from there.
    const below = config.growth.filter((n) => n < config.kaartItems);
    const above = config.growth.filter((n) => n > config.kaartItems);
    let kaart = below[0] ?? config.kaartItems;
    await startLayout(config.layouts[0]);
    log(`seeding${kaart !== config.kaartItems ? ` (the kaart at ${kaart.toLocaleString('en')} items first, for the growth steps)` : ''}…`);
    const seed = await seedBench(postgres.databaseUrls, { ...config, kaartItems: kaart }, log);
    log(`seeded in ${seed.seconds.toFixed(1)} s: ${Object.entries(seed.rows).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}`);
    await refreshSocialMap(deployment!);

    let growthSeeding = 0;
    const grow = async (to: number) => {
      log(`growing the kaart from ${kaart.toLocaleString('en')} to ${to.toLocaleString('en')} items…`);
      const grown = await growKaart(postgres.databaseUrls, kaart, to, log);
      growthSeeding += grown.seconds;
      kaart = to;
      await refreshSocialMap(deployment!);
    };
    const growth: GrowthPoint[] = [];
    const growthWorkloads = workloads.filter((w) => GROWTH_WORKLOADS.includes(w.key));
    const measureGrowth = async () => {
      for (const workload of growthWorkloads) {
        const one = await oneConnection(config, deployment!.gatewayUrls.ours!, workload);
        const sqlMs: number[] = [];
        for (let i = 0; i < config.sqlSamples; i++) {
          sqlMs.push(totalOf(await sql.measure(() => graphql(deployment!.gatewayUrls.ours!, workload.query, workload.variables, gatewayHeaders(workload.caller)), settle)).ms);
        }
        const point = { kaartItems: kaart, workload: workload.key, p50Ms: one.latencyMs.p50, p95Ms: one.latencyMs.p95, sqlMs: Math.round(median(sqlMs) * 100) / 100 };
        growth.push(point);
        log(`  growth: ${workload.name} at ${kaart.toLocaleString('en')} kaart items: p50 ${point.p50Ms} ms, SQL ${point.sqlMs} ms`);
      }
    };
    for (const step of below) {
      if (step > kaart) await grow(step);
      await measureGrowth();
    }
    if (kaart < config.kaartItems) await grow(config.kaartItems);

    const runLayout = async (current: Deployment): Promise<LayoutRun> => {
      const results = [];
      for (const workload of workloads) {
        results.push(await measureWorkload({ config, deployment: current, proxied: proxied!, sql, adminUrl: postgres.adminUrl, log, takeServerLog: serverLog.take }, workload));
      }
      const gateways = Object.fromEntries(
        Object.keys(current.gatewayUrls).map((key) => [key, key === 'ours' ? 'Apollo Gateway' : hiveVersion(key === 'hiveRust' ? 'rust' : 'js')]),
      );
      return { layout: current.layout, description: LAYOUT_DESCRIPTIONS[current.layout](config), gateways, notStarted: current.notStarted, workloads: results };
    };
    const runs: LayoutRun[] = [await runLayout(deployment!)];
    if (config.growth.includes(config.kaartItems)) {
      for (const w of runs[0].workloads.filter((w) => GROWTH_WORKLOADS.includes(w.key))) {
        growth.push({ kaartItems: kaart, workload: w.key, p50Ms: w.oneConnection.ours.latencyMs.p50, p95Ms: w.oneConnection.ours.latencyMs.p95, sqlMs: w.sqlMs });
      }
    }
    for (const layout of config.layouts.slice(1)) {
      await startLayout(layout);
      runs.push(await runLayout(deployment!));
    }
    if (above.length) {
      if (deployment!.layout !== config.layouts[0]) await startLayout(config.layouts[0]);
      for (const step of above) {
        await grow(step);
        await measureGrowth();
      }
    }

    const total = (Date.now() - started) / 1000;
    const cpus = os.cpus();
    const hiveUsed = runs.some((r) => r.gateways.hive || r.gateways.hiveRust);
    const report: BenchResults = {
      startedAt: new Date(started).toISOString(),
      machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.versions.node, platform: `${os.platform()} ${os.release()}` },
      config,
      seconds: { seeding: seed.seconds, growthSeeding, total },
      seed,
      layout: runs[0].layout,
      workloads: runs[0].workloads,
      runs,
      growth,
      hive: {
        version: config.hive ? hiveVersion('rust') : null,
        used: hiveUsed,
        note: !config.hive
          ? 'skipped (BENCH_HIVE=0)'
          : `@graphql-hive/gateway with its JavaScript planner, and with the Rust query planner (${hiveVersion('rust')}), on Node ${process.versions.node}, the same supergraph, the same identity forwarding; no query limits (GraphQL Armor) on the Hive side`,
      },
    };
    const written = writeResults(report, config.outDir);
    log(`\n${written.table}`);
    log(`seeding: ${seed.seconds.toFixed(1)} s (+ ${growthSeeding.toFixed(1)} s growing the kaart); total: ${total.toFixed(1)} s (until the results were written)`);
    log(`results: ${written.json}, ${written.md}`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('the benchmark failed:', error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
