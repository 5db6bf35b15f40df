// Writes the benchmark's results: test-artifacts/bench/results.json and the same as Markdown (also printed),
// with the goals of the performance issue checked.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Partner } from '../../platform/config';
import type { BenchConfig } from './config';
import type { LoadResult } from './load';
import type { SeedReport } from './seed';
import type { Breakdown } from './breakdown';
import type { HeavyStatement, SqlPerPartner } from './sql-stats';
import type { ProfileSummary } from './cpu-profile';
import type { GatewayKey, Layout } from './deploy';

export type Statements = Record<Partner, number>;

export interface Comparison {
  identical: boolean;
  difference: string | null;
  /** Our throughput over theirs (10 connections). */
  oursPerHive: number;
}

export interface WorkloadResult {
  key: string;
  name: string;
  note: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Errors in the answer of one request through our gateway (none expected). */
  sampleErrors: unknown[] | null;
  /** What the sample answer held (Workload.describe). */
  answer?: string;
  /** SQL statements per subgraph database for one request (pg_stat_statements), per gateway. */
  statementsPerRequest: { ours: Statements } & Partial<Record<GatewayKey, Statements>>;
  /** The statements of one request through our gateway that touched the most buffers. */
  heaviestStatements?: HeavyStatement[];
  /** Under load (BENCH_CONNECTIONS connections), per gateway. */
  load: { ours: LoadResult } & Partial<Record<GatewayKey, LoadResult>>;
  /** One connection, requests one after another, per gateway. */
  oneConnection: { ours: LoadResult } & Partial<Record<GatewayKey, LoadResult>>;
  /** Summed execution time of the SQL statements one request causes (median of BENCH_SQL_SAMPLES). */
  sqlMs: number;
  /** Their summed planning time. */
  sqlPlanMs: number;
  /** Our one-connection p50 over sqlMs. */
  ratioToSql: number;
  /** Shared buffers the request's SQL hit or read. */
  sqlBuffers: number;
  /** Of them, the processing log's and the consent questions' (SqlUse.accountabilityBuffers). */
  accountabilityBuffers: number;
  /** Rows the request's SELECTs returned. */
  rowsReturned: number;
  /** Rows in the answer (the objects in its lists: edges, candidates, indicator rows). */
  answerRows: number;
  /** sqlBuffers per row in the answer (the issue's goal: at most 50). */
  buffersPerRow: number;
  sqlPerPartner: SqlPerPartner;
  /** Where one request's time goes (breakdown.ts). */
  breakdown: Breakdown;
  /** CPU profiles of our processes during one-connection requests. */
  profiles: { process: string; file: string; summary: ProfileSummary }[];
  /** RSS of every server process after this workload's runs. */
  processes?: { name: string; pid: number; rssMiB: number | null }[];
  comparisons: Partial<Record<Exclude<GatewayKey, 'ours'>, Comparison>>;
  /** The same as comparisons.hive (kept for earlier readers of results.json). */
  hive?: Comparison;
  overhead?: {
    /** Subgraph fetches per request, by stage, as our gateway made them. */
    stages: Partner[][];
    /** The capturing gateway's answer equals ours, and each replayed fetch answered as recorded. */
    replayChecked: boolean;
    gateway: LoadResult;
    direct: LoadResult;
    /** Neither run had errors, timeouts or unfinished requests (otherwise the ratio says little). */
    clean: boolean;
    ratioP50: number;
    ratioMean: number;
  };
  /** Lines the servers logged during this workload's runs, with a sample. */
  serverLog?: { lines: number; sample: string[] };
}

export interface LayoutRun {
  layout: Layout;
  /** What runs in which process. */
  description: string;
  gateways: Partial<Record<GatewayKey, string>>;
  notStarted: Partial<Record<GatewayKey, string>>;
  workloads: WorkloadResult[];
}

export interface GrowthPoint {
  kaartItems: number;
  workload: string;
  p50Ms: number;
  p95Ms: number;
  sqlMs: number;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  config: BenchConfig;
  seconds: { seeding: number; growthSeeding: number; total: number };
  seed: SeedReport;
  /** The first layout's workloads (BENCH_PROCESSES; default: a process per server). */
  layout: Layout;
  workloads: WorkloadResult[];
  /** Every layout run, the first one included. */
  runs: LayoutRun[];
  growth: GrowthPoint[];
  hive: { version: string | null; used: boolean; note: string };
}

/** The goals of the performance issue, at the default size. */
export const GOALS: Record<string, { oneConnectionP50Ms: number; throughput: number }> = {
  'sociale-kaart': { oneConnectionP50Ms: 50, throughput: 60 },
  'area-overview': { oneConnectionP50Ms: 25, throughput: 100 },
  'match-view': { oneConnectionP50Ms: 120, throughput: 25 },
  'wijk-dashboard': { oneConnectionP50Ms: 120, throughput: 30 },
};
export const MAX_BUFFERS_PER_ROW = 50;
export const MAX_GROWTH = 1.5;
export const GROWTH_WORKLOADS = ['sociale-kaart', 'area-overview'];

const GATEWAY_NAMES: Record<GatewayKey, string> = { ours: 'ours (Apollo Gateway)', hive: 'Hive Gateway', hiveRust: 'Hive Gateway, Rust planner' };
const ms = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n.toFixed(1) : '—');
const ratio = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n.toFixed(2) : '—');
const check = (ok: boolean) => (ok ? '✓' : '✗');
const drained = (r: LoadResult) =>
  !r.drain?.runningAtEnd ? '0' : `${r.drain.runningAtEnd} (quiet after ${r.drain.waitedSeconds} s${r.drain.cancelled ? `; ${r.drain.cancelled} cancelled` : ''})`;
const problems = (r: LoadResult) =>
  [[r.non2xx, 'non-2xx'], [r.errors, 'errors'], [r.timeouts, 'timeouts'], [r.graphqlErrors, 'with GraphQL errors'], [r.unfinished, 'unfinished']]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ') || 'clean';
const statements = (s: Statements | undefined) =>
  s
    ? Object.entries(s)
        .filter(([, n]) => n > 0)
        .map(([p, n]) => `${p} ${n}`)
        .join(', ') || '0'
    : '—';

/** The heaviest parts of a profile, as "pg 31%, graphql 18%". */
const topParts = (summary: ProfileSummary, n = 3) => summary.byPart.slice(0, n).map((p) => `${p.part} ${Math.round(p.share * 100)}%`).join(', ');

/** Which part holds the one-connection time: the split and, for the largest Node part, its profile's top. */
function whereTheTimeGoes(w: WorkloadResult): string {
  const b = w.breakdown;
  const heaviestSql = Object.entries(w.sqlPerPartner).sort((x, y) => y[1].ms - x[1].ms)[0];
  const parts = [
    `SQL ${ms(b.sqlCriticalMs)} ms${heaviestSql && heaviestSql[1].ms > 0 ? ` (${heaviestSql[0]} ${ms(heaviestSql[1].ms)})` : ''}`,
    `subgraph JS ${ms(b.subgraphJsMs)} ms`,
    `gateway ${ms(b.gatewayMs)} ms`,
  ];
  const busiest = [...w.profiles].filter((p) => p.process !== 'gateway').sort((x, y) => y.summary.busyMs - x.summary.busyMs)[0];
  const gateway = w.profiles.find((p) => p.process === 'gateway');
  const profile = [busiest && `${busiest.process} CPU: ${topParts(busiest.summary)}`, gateway && b.gatewayMs > b.subgraphJsMs && `gateway CPU: ${topParts(gateway.summary)}`].filter(Boolean);
  return `${parts.join(' · ')}${profile.length ? ` — ${profile.join('; ')}` : ''}`;
}

/** The largest part of one request's time (breakdown.ts): SQL, subgraph JavaScript or the gateway. */
export function heaviestPart(w: WorkloadResult): { part: 'SQL' | 'subgraph JavaScript' | 'gateway'; ms: number } {
  const b = w.breakdown;
  const parts = [
    { part: 'SQL' as const, ms: b.sqlCriticalMs },
    { part: 'subgraph JavaScript' as const, ms: b.subgraphJsMs },
    { part: 'gateway' as const, ms: b.gatewayMs },
  ];
  return parts.sort((x, y) => y.ms - x.ms)[0];
}

/** The goals a workload misses, as short names (empty: all met, or the workload has no goals). */
export function missedGoals(w: WorkloadResult): string[] {
  const goal = GOALS[w.key];
  const missed: string[] = [];
  if (goal && w.oneConnection.ours.latencyMs.p50 > goal.oneConnectionP50Ms) missed.push('one-connection p50');
  if (w.buffersPerRow > MAX_BUFFERS_PER_ROW) missed.push('buffers / row');
  if (goal && w.load.ours.throughput < goal.throughput) missed.push('req/s');
  for (const key of ['hive', 'hiveRust'] as const) {
    const r = w.comparisons[key]?.oursPerHive;
    if (r !== undefined && Number.isFinite(r) && r < 1) missed.push(key === 'hive' ? 'ours / Hive' : 'ours / Hive (Rust)');
  }
  return missed;
}

/**
 * For a workload that misses a goal: the part that holds the rest of its time, with the CPU profile of the
 * process that part runs in (the busiest subgraph, or the gateway), and for too many buffers the subgraph
 * whose SQL read them.
 */
export function whatHoldsTheRest(w: WorkloadResult): string {
  const missed = missedGoals(w);
  if (!missed.length) return '—';
  const heaviest = heaviestPart(w);
  const profiled =
    heaviest.part === 'gateway'
      ? w.profiles.find((p) => p.process === 'gateway')
      : [...w.profiles].filter((p) => p.process !== 'gateway').sort((x, y) => y.summary.busyMs - x.summary.busyMs)[0];
  const readMost = Object.entries(w.sqlPerPartner).sort((x, y) => y[1].buffers - x[1].buffers)[0];
  const parts = [
    `${missed.join(', ')} missed: ${heaviest.part} holds ${ms(heaviest.ms)} of ${ms(w.breakdown.endToEndMs)} ms`,
    heaviest.part === 'SQL' ? '' : profiled ? `${profiled.process} CPU ${topParts(profiled.summary)} (${path.basename(profiled.file)})` : 'no CPU profile (BENCH_PROFILE=0)',
    missed.includes('buffers / row') && readMost ? `${readMost[0]}'s SQL read ${Math.round(readMost[1].buffers).toLocaleString('en')} buffers` : '',
    missed.includes('buffers / row') && w.accountabilityBuffers
      ? `${Math.round(w.accountabilityBuffers).toLocaleString('en')} of ${Math.round(w.sqlBuffers).toLocaleString('en')} buffers were the processing log and consent questions (without them ${ms((w.sqlBuffers - w.accountabilityBuffers) / Math.max(1, w.answerRows))} per row)`
      : '',
  ];
  return parts.filter(Boolean).join('; ');
}

function layoutSection(results: BenchResults, run: LayoutRun, lines: string[]): void {
  const c = results.config;
  lines.push(`## ${run.description}`);
  lines.push('');
  for (const note of Object.values(run.notStarted)) lines.push(`- ${note}`);
  if (Object.keys(run.notStarted).length) lines.push('');
  lines.push(`Under load: ${c.connections} connections × ${c.seconds} s per run (after ${c.warmupSeconds} s warm-up). One connection: ${c.sequentialRequests} requests one after another (after 3).`);
  lines.push('');
  lines.push('| workload | gateway | req/s | p50 ms | p95 ms | p99 ms | one connection p50 ms | one connection p95 ms | under load | SQL statements / request | SQL still running after the run |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |');
  for (const w of run.workloads) {
    for (const key of Object.keys(run.gateways) as GatewayKey[]) {
      const r = w.load[key];
      const one = w.oneConnection[key];
      if (!r) continue;
      const name = `${GATEWAY_NAMES[key]}${key === 'ours' ? '' : ` ${run.gateways[key]}`}`;
      lines.push(
        r.requests === 0
          ? `| ${w.name} | ${name} | 0 | no answer within the ${r.seconds.toFixed(0)} s run (${r.unfinished} in flight) | | | ${ms(one?.latencyMs.p50)} | ${ms(one?.latencyMs.p95)} | ${problems(r)} | ${statements(w.statementsPerRequest[key])} | ${drained(r)} |`
          : `| ${w.name} | ${name} | ${r.throughput.toFixed(1)} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p95)} | ${ms(r.latencyMs.p99)} | ${ms(one?.latencyMs.p50)} | ${ms(one?.latencyMs.p95)} | ${problems(r)} | ${statements(w.statementsPerRequest[key])} | ${drained(r)} |`,
      );
    }
  }
  lines.push('');
  lines.push(`The SQL of one request (pg_stat_statements; medians of ${c.sqlSamples} requests), and where one request's time goes (through our gateway with timing proxies in front of the subgraphs: the gateway's own time, the subgraphs' time minus their SQL, the SQL on the critical path; medians), with the heaviest parts of the CPU profiles:`);
  lines.push('');
  lines.push('| workload | sqlMs | planning ms | ratioToSql | sqlBuffers | rowsReturned (SQL) | rows in the answer | buffers / answer row | one request, ms | of which gateway / subgraph JS / SQL | where the time goes | RSS MiB per process |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |');
  for (const w of run.workloads) {
    const b = w.breakdown;
    const rss = (w.processes ?? []).map((p) => `${p.name.split(' ')[0]} ${p.rssMiB ?? '—'}`).join(', ');
    lines.push(
      `| ${w.name} | ${ms(w.sqlMs)} | ${ms(w.sqlPlanMs)} | ${ratio(w.ratioToSql)} | ${w.sqlBuffers.toLocaleString('en')} | ${w.rowsReturned.toLocaleString('en')} | ${w.answerRows} | ${ms(w.buffersPerRow)} | ${ms(b.endToEndMs)} | ${ms(b.gatewayMs)} / ${ms(b.subgraphJsMs)} / ${ms(b.sqlCriticalMs)} | ${whereTheTimeGoes(w)} | ${rss} |`,
    );
  }
  lines.push('');
  lines.push(`Goals (performance issue; meant for the default size): one-connection p50, at most ${MAX_BUFFERS_PER_ROW} buffers per row in the answer, throughput at ${c.connections} connections, ours against each Hive Gateway at least 1.0 (throughput).`);
  lines.push('');
  lines.push('| workload | one connection p50 | buffers / answer row | req/s | ours / Hive | ours / Hive (Rust planner) | where a goal is missed, what holds the rest |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const w of run.workloads) {
    const goal = GOALS[w.key];
    const p50 = w.oneConnection.ours.latencyMs.p50;
    const peer = (key: 'hive' | 'hiveRust') => {
      const r = w.comparisons[key]?.oursPerHive;
      return r === undefined ? '—' : `${check(r >= 1)} ${ratio(r)}`;
    };
    lines.push(
      `| ${w.name} | ${goal ? `${check(p50 <= goal.oneConnectionP50Ms)} ${ms(p50)} ms (≤ ${goal.oneConnectionP50Ms})` : ms(p50)} | ${check(w.buffersPerRow <= MAX_BUFFERS_PER_ROW)} ${ms(w.buffersPerRow)} | ${goal ? `${check(w.load.ours.throughput >= goal.throughput)} ${w.load.ours.throughput.toFixed(1)} (≥ ${goal.throughput})` : w.load.ours.throughput.toFixed(1)} | ${peer('hive')} | ${peer('hiveRust')} | ${whatHoldsTheRest(w)} |`,
    );
  }
  const overhead = run.workloads.filter((w) => w.overhead);
  if (overhead.length) {
    lines.push('');
    lines.push("Gateway overhead: the same request through our gateway and as the captured subgraph fetches sent directly (signed identity per subgraph, stage by stage), both with the bench's own closed-loop client (same connections and duration).");
    lines.push('');
    lines.push('| workload | subgraph fetches (stages) | gateway p50 ms | direct p50 ms | gateway / direct (p50) | gateway / direct (mean) | gateway req/s | direct req/s | both runs clean |');
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const w of overhead) {
      const o = w.overhead!;
      lines.push(
        `| ${w.name} | ${o.stages.map((s) => s.join(' + ')).join(' → ')} | ${ms(o.gateway.latencyMs.p50)} | ${ms(o.direct.latencyMs.p50)} | ${ratio(o.ratioP50)} | ${ratio(o.ratioMean)} | ${o.gateway.throughput.toFixed(1)} | ${o.direct.throughput.toFixed(1)} | ${o.clean ? 'yes' : `no: ${problems(o.gateway)} / ${problems(o.direct)} — the ratio says little`} |`,
      );
    }
  }
  const compared = run.workloads.filter((w) => Object.keys(w.comparisons).length);
  lines.push('');
  if (compared.length) {
    lines.push(`Against Hive Gateway (${results.hive.note}):`);
    lines.push('');
    lines.push('| workload | ours req/s | Hive req/s | Hive (Rust planner) req/s | ours / Hive | ours / Hive (Rust) | identical JSON (one request) |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const w of compared) {
      const same = (['hive', 'hiveRust'] as const)
        .filter((k) => w.comparisons[k])
        .map((k) => `${k === 'hive' ? 'Hive' : 'Rust'}: ${w.comparisons[k]!.identical ? 'yes' : `no (${w.comparisons[k]!.difference})`}`)
        .join('; ');
      lines.push(
        `| ${w.name} | ${w.load.ours.throughput.toFixed(1)} | ${w.load.hive?.throughput.toFixed(1) ?? '—'} | ${w.load.hiveRust?.throughput.toFixed(1) ?? '—'} | ${ratio(w.comparisons.hive?.oursPerHive)} | ${ratio(w.comparisons.hiveRust?.oursPerHive)} | ${same} |`,
      );
    }
  } else {
    lines.push(`Hive Gateway: not compared — ${results.hive.note}`);
  }
  const profiles = run.workloads.flatMap((w) => w.profiles);
  if (profiles.length) lines.push('', `CPU profiles (open in Chrome DevTools or speedscope): ${[...new Set(profiles.map((p) => path.dirname(p.file)))].join(', ')}.`);
  lines.push('');
}

function growthSection(results: BenchResults, lines: string[]): void {
  if (!results.growth.length) return;
  const sizes = [...new Set(results.growth.map((g) => g.kaartItems))].sort((a, b) => a - b);
  lines.push(`## Growth: one-connection p50 of our gateway by kaart items (${results.layout} layout; only the kaart tables grow)`);
  lines.push('');
  lines.push(`| workload | ${sizes.map((s) => `${s.toLocaleString('en')} items p50 ms (SQL ms)`).join(' | ')} | largest / smallest (≤ ${MAX_GROWTH}) |`);
  lines.push(`| --- | ${sizes.map(() => '---:').join(' | ')} | --- |`);
  for (const workload of [...new Set(results.growth.map((g) => g.workload))]) {
    const points = sizes.map((s) => results.growth.find((g) => g.workload === workload && g.kaartItems === s));
    const measured = points.filter((p): p is GrowthPoint => p !== undefined);
    const grown = measured.length > 1 ? measured[measured.length - 1].p50Ms / measured[0].p50Ms : NaN;
    lines.push(`| ${workload} | ${points.map((p) => (p ? `${ms(p.p50Ms)} (${ms(p.sqlMs)})` : '—')).join(' | ')} | ${Number.isFinite(grown) ? `${check(grown <= MAX_GROWTH)} ${ratio(grown)}` : '—'} |`);
  }
  lines.push('');
}

export function markdown(results: BenchResults): string {
  const c = results.config;
  const lines: string[] = [];
  lines.push(`# Samenspel benchmark — ${results.startedAt}`);
  lines.push('');
  lines.push(
    `${results.machine.cpus} CPU (${results.machine.cpuModel}), Node ${results.machine.node}; ${c.helpRequests.toLocaleString('en')} hulpvragen, ` +
      `${c.volunteers.toLocaleString('en')} volunteers + ${c.offers.toLocaleString('en')} neighbours' offers, ${c.activities.toLocaleString('en')} activities + ` +
      `${c.services.toLocaleString('en')} services, ${c.persons.toLocaleString('en')} residents. Seeding ${results.seconds.seeding.toFixed(1)} s` +
      `${results.seconds.growthSeeding ? ` (+ ${results.seconds.growthSeeding.toFixed(1)} s growing the kaart)` : ''}, total ${results.seconds.total.toFixed(1)} s.`,
  );
  lines.push('');
  for (const run of results.runs) layoutSection(results, run, lines);
  growthSection(results, lines);
  lines.push('Workloads:');
  for (const w of results.runs[0]?.workloads ?? []) {
    lines.push(`- **${w.name}**: ${w.note}${w.answer ? `; the answer: ${w.answer}` : ''}${w.sampleErrors ? ` — the sample answer had errors: ${JSON.stringify(w.sampleErrors).slice(0, 300)}` : ''}`);
  }
  for (const run of results.runs) {
    for (const w of run.workloads) {
      if (w.serverLog?.lines) lines.push(`- ${run.layout}, ${w.name}: the servers logged ${w.serverLog.lines} line${w.serverLog.lines === 1 ? '' : 's'}, e.g. ${w.serverLog.sample.map((line) => `\`${line}\``).join('; ')}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

export function writeResults(results: BenchResults, outDir: string): { json: string; md: string; table: string } {
  mkdirSync(outDir, { recursive: true });
  const json = path.join(outDir, 'results.json');
  const md = path.join(outDir, 'results.md');
  const table = markdown(results);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(md, table);
  return { json, md, table };
}
