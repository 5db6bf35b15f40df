// Writes the benchmark's results: test-artifacts/bench/results.json and a short Markdown summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Partner } from '../../platform/config';
import type { BenchConfig } from './config';
import type { LoadResult } from './load';
import type { SeedReport } from './seed';

export type Statements = Record<Partner, number>;

export interface WorkloadResult {
  key: string;
  name: string;
  note: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Errors in the answer of one request through our gateway (none expected). */
  sampleErrors: unknown[] | null;
  statementsPerRequest: { ours: Statements; hive?: Statements };
  load: { ours: LoadResult; hive?: LoadResult };
  overhead?: {
    /** Subgraph fetches per request, by stage, as our gateway made them. */
    stages: Partner[][];
    /** The capturing gateway's answer equals the hub gateway's, and each replayed fetch answered as recorded. */
    replayChecked: boolean;
    gateway: LoadResult;
    direct: LoadResult;
    /** Neither run had errors, timeouts or unfinished requests (otherwise the ratio says little). */
    clean: boolean;
    ratioP50: number;
    ratioMean: number;
  };
  hive?: { identical: boolean; difference: string | null; oursPerHive: number };
  /** Lines the hub logged during this workload's runs, with a sample. */
  serverLog?: { lines: number; sample: string[] };
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  config: BenchConfig;
  seconds: { hubStart: number; seeding: number; total: number };
  seed: SeedReport;
  hive: { version: string | null; used: boolean; note: string };
  workloads: WorkloadResult[];
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const drained = (r: LoadResult) =>
  !r.drain?.runningAtEnd ? '0' : `${r.drain.runningAtEnd} (quiet after ${r.drain.waitedSeconds} s${r.drain.cancelled ? `; ${r.drain.cancelled} cancelled` : ''})`;
const problems = (r: LoadResult) =>
  [[r.non2xx, 'non-2xx'], [r.errors, 'errors'], [r.timeouts, 'timeouts'], [r.graphqlErrors, 'with GraphQL errors'], [r.unfinished, 'unfinished']]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ') || 'clean';
const ratio = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const statements = (s: Statements) =>
  Object.entries(s)
    .filter(([, n]) => n > 0)
    .map(([p, n]) => `${p} ${n}`)
    .join(', ') || '0';

export function markdown(results: BenchResults): string {
  const c = results.config;
  const lines: string[] = [];
  lines.push(`# Samenspel benchmark — ${results.startedAt}`);
  lines.push('');
  lines.push(
    `${results.machine.cpus} CPU (${results.machine.cpuModel}), Node ${results.machine.node}; ${c.helpRequests.toLocaleString('en')} hulpvragen, ` +
      `${c.volunteers.toLocaleString('en')} volunteers + ${c.offers.toLocaleString('en')} neighbours' offers, ${c.activities.toLocaleString('en')} activities + ` +
      `${c.services.toLocaleString('en')} services, ${c.persons.toLocaleString('en')} residents; ${c.connections} connections × ${c.seconds} s per run ` +
      `(after ${c.warmupSeconds} s warm-up; ${c.gatewayWorkers ? `the four subgraphs and Hive Gateway are one Node process, our gateway its own (gateway/main.ts, ${c.gatewayWorkers === 1 ? 'one process' : `${c.gatewayWorkers} cluster workers`}, BENCH_GATEWAY_WORKERS)` : 'the hub — four subgraphs and the gateway — is one Node process'}, the load generator another). Seeding ${results.seconds.seeding.toFixed(1)} s, total ${results.seconds.total.toFixed(1)} s.`,
  );
  lines.push('');
  lines.push('| workload | gateway | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors (timeouts) | answers with GraphQL errors | SQL statements / request | SQL still running after the run |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const w of results.workloads) {
    const rows: [string, LoadResult, Statements | undefined][] = [['ours (Apollo Gateway)', w.load.ours, w.statementsPerRequest.ours]];
    if (w.load.hive) rows.push([`Hive Gateway ${results.hive.version}`, w.load.hive, w.statementsPerRequest.hive]);
    for (const [gateway, r, s] of rows) {
      lines.push(
        r.requests === 0
          ? `| ${w.name} | ${gateway} | 0 | no answer within the ${r.seconds.toFixed(0)} s run (${r.unfinished} in flight) | | | ${r.non2xx} | ${r.errors + r.timeouts} (${r.timeouts}) | ${r.graphqlErrors} | ${s ? statements(s) : '—'} | ${drained(r)} |`
          : `| ${w.name} | ${gateway} | ${r.throughput.toFixed(1)} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p95)} | ${ms(r.latencyMs.p99)} | ${r.non2xx} | ${r.errors + r.timeouts} (${r.timeouts}) | ${r.graphqlErrors} | ${s ? statements(s) : '—'} | ${drained(r)} |`,
      );
    }
  }
  const overhead = results.workloads.filter((w) => w.overhead);
  if (overhead.length) {
    lines.push('');
    lines.push('Gateway overhead: the same request through our gateway and as the captured subgraph fetches sent directly (signed identity per subgraph, stage by stage), both with the bench\'s own closed-loop client (same connections and duration).');
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
  const hive = results.workloads.filter((w) => w.hive);
  lines.push('');
  if (hive.length) {
    lines.push(`Against Hive Gateway ${results.hive.version} (${c.gatewayWorkers ? 'in the subgraphs\' process; ours in its own' : 'same process'}, same identity forwarding): ${results.hive.note}`);
    lines.push('');
    lines.push('| workload | ours req/s | Hive req/s | ours / Hive | identical JSON (one request) |');
    lines.push('| --- | ---: | ---: | ---: | --- |');
    for (const w of hive) {
      lines.push(
        `| ${w.name} | ${w.load.ours.throughput.toFixed(1)} | ${w.load.hive!.throughput.toFixed(1)} | ${ratio(w.hive!.oursPerHive)} | ${w.hive!.identical ? 'yes' : `no: ${w.hive!.difference}`} |`,
      );
    }
  } else {
    lines.push(`Hive Gateway: not compared — ${results.hive.note}`);
  }
  const notCompared = results.workloads.filter((w) => !w.hive).map((w) => w.name);
  if (hive.length && notCompared.length) lines.push('', `Not compared with Hive: ${notCompared.join(', ')}.`);
  lines.push('');
  lines.push('Workloads:');
  for (const w of results.workloads) {
    lines.push(`- **${w.name}**: ${w.note}${w.sampleErrors ? ` — the sample answer had errors: ${JSON.stringify(w.sampleErrors).slice(0, 300)}` : ''}`);
    if (w.serverLog?.lines) lines.push(`  - the hub logged ${w.serverLog.lines} line${w.serverLog.lines === 1 ? '' : 's'} during these runs, e.g. ${w.serverLog.sample.map((line) => `\`${line}\``).join('; ')}`);
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
