// The bench's report (issue 18, "Report format, so that runs compare"), on a fixture of measurements: nothing
// is timed. results.json keeps what earlier runs wrote and has the fields per workload and gateway;
// the Markdown shows the same numbers (every gateway's one-connection p50 and p95, sqlMs, ratioToSql,
// sqlBuffers, rowsReturned, RSS per process, the growth with its 1.5× check), says which layout ran, and
// where a goal is missed names the part that holds the rest with its CPU profile. And the bench's settings:
// the production layout by default, both on request, growth steps at 10k, 100k and the main size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from './config';
import type { LoadResult } from './load';
import { markdown, whatHoldsTheRest, writeResults, type BenchResults, type LayoutRun, type WorkloadResult } from './report';
import type { GatewayKey } from './deploy';
import { chooseWorkloads } from './workloads';

const PARTNER_SQL = { statements: 1, ms: 1, planMs: 0.1, buffers: 10, accountabilityBuffers: 0, rows: 1 };

function load(p50: number, throughput: number): LoadResult {
  return { tool: 'fixture', requests: 100, seconds: 10, throughput, latencyMs: { mean: p50, p50, p95: p50 * 1.5, p99: p50 * 2, max: p50 * 3 }, non2xx: 0, errors: 0, timeouts: 0, graphqlErrors: 0, unfinished: 0 };
}

/** One workload's measurements; `p50` is our one-connection p50, the others' differ by gateway. */
function workload(key: string, name: string, p50: number, sqlMs: number, sqlBuffers: number, answerRows: number): WorkloadResult {
  const perGateway = <T>(make: (k: GatewayKey, i: number) => T) => ({ ours: make('ours', 0), hive: make('hive', 1), hiveRust: make('hiveRust', 2) });
  const oneConnection = perGateway((_, i) => load(p50 + i * 3.1, 1000 / (p50 + i * 3.1)));
  const underLoad = perGateway((_, i) => load(p50 * 4, 40 + i * 5));
  return {
    key,
    name,
    note: `${name} (fixture)`,
    query: '{ __typename }',
    sampleErrors: null,
    statementsPerRequest: { ours: { gemeente: 3, welzijn: 0, zorg: 0, bewoners: 1 } },
    load: underLoad,
    oneConnection,
    sqlMs,
    sqlPlanMs: 0.5,
    ratioToSql: p50 / sqlMs,
    sqlBuffers,
    accountabilityBuffers: Math.round(sqlBuffers / 4),
    rowsReturned: 567,
    answerRows,
    buffersPerRow: sqlBuffers / answerRows,
    sqlPerPartner: { gemeente: { ...PARTNER_SQL, buffers: sqlBuffers - 10 }, welzijn: PARTNER_SQL, zorg: PARTNER_SQL, bewoners: PARTNER_SQL },
    breakdown: { requests: 10, endToEndMs: p50, subgraphsMs: p50 * 0.8, sqlCriticalMs: sqlMs, subgraphJsMs: p50 * 0.8 - sqlMs, gatewayMs: p50 * 0.2, fetches: 3 },
    profiles: [
      { process: 'gemeente', file: `/tmp/profiles/processes-${key}-gemeente.cpuprofile`, summary: { busyMs: 900, byPart: [{ part: 'pg', ms: 400, share: 0.44 }, { part: 'graphql', ms: 200, share: 0.22 }], topFunctions: [] } },
      { process: 'gateway', file: `/tmp/profiles/processes-${key}-gateway.cpuprofile`, summary: { busyMs: 300, byPart: [{ part: '@apollo/gateway', ms: 100, share: 0.33 }], topFunctions: [] } },
    ],
    processes: [
      { name: 'gemeente', pid: 11, rssMiB: 321 },
      { name: 'gateway', pid: 12, rssMiB: 234 },
    ],
    comparisons: { hive: { identical: true, difference: null, oursPerHive: 40 / 45 }, hiveRust: { identical: true, difference: null, oursPerHive: 40 / 50 } },
  };
}

function run(layout: LayoutRun['layout'], workloads: WorkloadResult[]): LayoutRun {
  return { layout, description: `${layout === 'processes' ? 'Production' : 'One-process'} layout (fixture)`, gateways: { ours: 'Apollo Gateway', hive: '2.15.1', hiveRust: '2.15.1 + router-runtime 1.4.23' }, notStarted: {}, workloads };
}

function results(): BenchResults {
  const processes = [workload('sociale-kaart', 'sociale kaart search', 41.7, 12.34, 1234, 20), workload('area-overview', 'area overview', 18.2, 2.5, 400, 30)];
  const one = [workload('sociale-kaart', 'sociale kaart search', 47.9, 12.34, 1234, 20), workload('area-overview', 'area overview', 22.6, 2.5, 400, 30)];
  const config = readConfig({ BENCH_HELP_REQUESTS: '1000', BENCH_HELPERS: '100', BENCH_KAART_ITEMS: '100000', BENCH_PROCESSES: 'both' });
  return {
    startedAt: '2026-12-02T08:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'fixture', memoryGb: 8, node: '20', platform: 'linux' },
    config,
    seconds: { seeding: 10, growthSeeding: 2, total: 60 },
    seed: { seconds: 10, steps: [], rows: {} },
    layout: 'processes',
    workloads: processes,
    runs: [run('processes', processes), run('one', one)],
    growth: [
      { kaartItems: 10_000, workload: 'sociale-kaart', p50Ms: 20, p95Ms: 25, sqlMs: 5 },
      { kaartItems: 100_000, workload: 'sociale-kaart', p50Ms: 41.7, p95Ms: 50, sqlMs: 12.34 },
      { kaartItems: 10_000, workload: 'area-overview', p50Ms: 16, p95Ms: 20, sqlMs: 2 },
      { kaartItems: 100_000, workload: 'area-overview', p50Ms: 18.2, p95Ms: 21, sqlMs: 2.5 },
    ],
    hive: { version: '2.15.1', used: true, note: 'fixture' },
  };
}

/** The Markdown table rows of a section whose first cell is `workload`. */
const rowsOf = (text: string, workload: string) => text.split('\n').filter((line) => line.startsWith(`| ${workload} |`));

describe('results.json', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('has the issue\'s fields per workload and gateway, the layout of each run and the growth list', () => {
    const written = writeResults(results(), dir);
    const json = JSON.parse(readFileSync(written.json, 'utf8')) as BenchResults;
    expect(json.runs.map((r) => r.layout)).toEqual(['processes', 'one']);
    for (const layoutRun of json.runs) {
      for (const w of layoutRun.workloads) {
        for (const key of ['ours', 'hive', 'hiveRust'] as const) {
          expect(w.load[key]).toEqual(expect.objectContaining({ throughput: expect.any(Number), latencyMs: expect.objectContaining({ p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) }) }));
          expect(w.oneConnection[key]!.latencyMs).toEqual(expect.objectContaining({ p50: expect.any(Number), p95: expect.any(Number) }));
        }
        expect(w).toEqual(expect.objectContaining({ sqlMs: expect.any(Number), ratioToSql: expect.any(Number), sqlBuffers: expect.any(Number), rowsReturned: expect.any(Number) }));
        expect(w.processes!.every((p) => typeof p.rssMiB === 'number' && p.name)).toBe(true);
      }
    }
    expect(json.growth.every((g) => typeof g.kaartItems === 'number' && typeof g.workload === 'string' && typeof g.p50Ms === 'number')).toBe(true);
    expect(readFileSync(written.md, 'utf8')).toBe(written.table);
  });
});

describe('the Markdown table', () => {
  const fixture = results();
  const text = markdown(fixture);

  test('shows every gateway\'s one-connection p50 and p95, Hive Gateway with the Rust planner as a third', () => {
    const rows = rowsOf(text, 'sociale kaart search');
    const names = { ours: 'ours (Apollo Gateway)', hive: 'Hive Gateway 2.15.1', hiveRust: 'Hive Gateway, Rust planner 2.15.1 + router-runtime 1.4.23' };
    for (const key of ['ours', 'hive', 'hiveRust'] as const) {
      const { p50, p95 } = fixture.workloads[0].oneConnection[key]!.latencyMs;
      const row = rows.find((line) => line.includes(`| ${names[key]} |`));
      expect(row).toBeDefined();
      expect(row).toContain(`| ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
    }
  });

  test('shows sqlMs, ratioToSql, sqlBuffers, rowsReturned and the RSS of each process', () => {
    const row = rowsOf(text, 'sociale kaart search').find((line) => line.includes('| 12.3 |'));
    expect(row).toBeDefined();
    expect(row).toContain(`| ${(41.7 / 12.34).toFixed(2)} | 1,234 | 567 |`);
    expect(row).toContain('gemeente 321, gateway 234');
  });

  test('says what each sample answer held, where the workload describes it', () => {
    const described = results();
    described.runs[0]!.workloads[0]!.answer = '20 hulpvragen, candidates: 20 NEIGHBOUR, 40 VOLUNTEER';
    expect(markdown(described)).toContain('; the answer: 20 hulpvragen, candidates: 20 NEIGHBOUR, 40 VOLUNTEER');
    expect(text).not.toContain('the answer:');
  });

  test('the match view describes its candidates per pool', () => {
    const matchView = chooseWorkloads().find((w) => w.key === 'match-view')!;
    const node = (pools: string[]) => ({ node: { helpRequest: { candidates: pools.map((pool) => ({ pool })) } } });
    expect(matchView.describe!({ matchView: { edges: [node(['VOLUNTEER', 'NEIGHBOUR']), node(['VOLUNTEER'])] } })).toBe('2 hulpvragen, candidates: 1 NEIGHBOUR, 2 VOLUNTEER');
    expect(matchView.describe!({ matchView: { edges: [] } })).toBe('0 hulpvragen, candidates: none');
  });

  test('has a section per layout, each naming what runs where', () => {
    expect(text).toContain('## Production layout (fixture)');
    expect(text).toContain('## One-process layout (fixture)');
    expect(text.indexOf('## Production layout')).toBeLessThan(text.indexOf('## One-process layout'));
  });

  test('shows the growth per kaart size with the 1.5× check', () => {
    expect(text).toContain('| 10,000 items p50 ms (SQL ms) | 100,000 items p50 ms (SQL ms) |');
    expect(rowsOf(text, 'sociale-kaart')[0]).toContain(`| 20.0 (5.0) | 41.7 (12.3) | ✗ ${(41.7 / 20).toFixed(2)} |`);
    expect(rowsOf(text, 'area-overview')[0]).toContain(`| ✓ ${(18.2 / 16).toFixed(2)} |`);
  });

  test('where a goal is missed, names the part that holds the rest and its CPU profile', () => {
    // the kaart search: 1,234 buffers for 20 rows and 40 req/s (goals: 50 per row, 60 req/s); subgraph JS 21 of 41.7 ms
    const kaart = fixture.workloads[0];
    const held = whatHoldsTheRest(kaart);
    expect(held).toContain('buffers / row, req/s, ours / Hive, ours / Hive (Rust) missed');
    expect(held).toContain(`subgraph JavaScript holds ${(41.7 * 0.8 - 12.34).toFixed(1)} of 41.7 ms`);
    expect(held).toContain('gemeente CPU pg 44%, graphql 22% (processes-sociale-kaart-gemeente.cpuprofile)');
    expect(held).toContain("gemeente's SQL read 1,224 buffers");
    // a quarter of the fixture's buffers are the processing log's and the consent questions': 926 of 1,234 left for 20 rows
    expect(held).toContain('309 of 1,234 buffers were the processing log and consent questions (without them 46.3 per row)');
    const goals = rowsOf(text, 'sociale kaart search').find((line) => line.includes('(≤ 50)'));
    expect(goals).toContain(held);
  });

  test('says nothing holds the rest when every goal is met', () => {
    const met = workload('area-overview', 'area overview', 18.2, 2.5, 400, 30);
    met.load.ours = load(50, 150);
    met.comparisons = { hive: { identical: true, difference: null, oursPerHive: 1.2 } };
    expect(whatHoldsTheRest(met)).toBe('—');
  });

  test('says when there is no CPU profile to show', () => {
    const unprofiled = workload('area-overview', 'area overview', 30, 2.5, 400, 30);
    unprofiled.profiles = [];
    expect(whatHoldsTheRest(unprofiled)).toContain('subgraph JavaScript holds 21.5 of 30.0 ms; no CPU profile (BENCH_PROFILE=0)');
  });
});

describe('the bench settings', () => {
  test('run the production layout by default, one process or both on request', () => {
    expect(readConfig({}).layouts).toEqual(['processes']);
    expect(readConfig({ BENCH_PROCESSES: 'one' }).layouts).toEqual(['one']);
    expect(readConfig({ BENCH_PROCESSES: 'both' }).layouts).toEqual(['processes', 'one']);
    expect(() => readConfig({ BENCH_PROCESSES: 'two' })).toThrow('BENCH_PROCESSES must be processes, one or both');
  });

  test('time the growth at 10k, 100k and the main size, and enough requests for the medians', () => {
    expect(readConfig({}).growth).toEqual([10_000, 100_000]);
    expect(readConfig({ BENCH_KAART_ITEMS: '300000' }).growth).toEqual([10_000, 100_000, 300_000]);
    expect(readConfig({ BENCH_GROWTH: '1000,5000' }).growth).toEqual([1000, 5000]);
    expect(readConfig({ BENCH_GROWTH: '0' }).growth).toEqual([]);
    expect(() => readConfig({ BENCH_SEQUENTIAL_REQUESTS: '29' })).toThrow('≥ 30');
    expect(() => readConfig({ BENCH_SQL_SAMPLES: '9' })).toThrow('≥ 10');
  });
});
