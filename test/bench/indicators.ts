// Times welzijn's dashboard indicators at bench size and checks them against the old direct-SQL formulas:
//   node --import tsx test/bench/indicators.ts
// Seeds like `npm run bench` (config.ts: BENCH_HELP_REQUESTS etc.) into an embedded PostgreSQL, then, for a
// wijk dashboard (one year by month, one year by week, the bench's six months by month) and the gemeente
// (three years by quarter): each indicator's SQL alone (median of 3 runs), the whole indicator set as the
// subgraph answers it (its queries in parallel, plus the days-to-match measure), and the reference formulas
// (test/support/indicator-reference.ts, one run each; INDICATOR_REFERENCE=0 skips them), whose rows must be
// equal; and the shared buffers each statement reads (EXPLAIN (ANALYZE, BUFFERS), one run). INDICATOR_BENCH_DIR=<dir>
// keeps the database there, so a second run skips the seeding.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PARTNERS, type Partner } from '../../platform/config';
import { startEmbeddedPostgres } from '../../hub/embedded-postgres';
import { ensureDatabase } from '../../hub/postgres-admin';
import { bucketEnd, bucketStart, checkPeriod, indicatorSql, INTERVAL_SQL, isoOf, sqlParams, toDay, type Interval } from '../../subgraphs/kit/indicators';
import { closureOf } from '../../subgraphs/kit/indicators/closure';
import { DEMO_GRID, areaWithGrid } from '../support/statistics-grid';
import { DAYS_TO_MATCH_SQL, INDICATORS } from '../../subgraphs/welzijn/indicators';
import { welzijnIndicators } from '../../subgraphs/welzijn/resolvers/indicators';
import { Client } from 'pg';
import { startHub } from '../../hub/hub';
import { freePort } from '../support/ports';
import { REFERENCE_DAYS_TO_MATCH_SQL, REFERENCE_INDICATORS, sortedRows } from '../support/indicator-reference';
import { readConfig } from './config';
import { seedBench } from './seed';

const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await run();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

async function median<T>(runs: number, run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const all: { ms: number; result: T }[] = [];
  for (let i = 0; i < runs; i++) all.push(await timed(run));
  all.sort((a, b) => a.ms - b.ms);
  return all[Math.floor(runs / 2)];
}

async function main(): Promise<void> {
  const config = readConfig();
  process.env.SOCIAL_MAP_PULL_INTERVAL_MS = '2000000000';
  const keep = process.env.INDICATOR_BENCH_DIR;
  const parent = keep ?? mkdtempSync(path.join(tmpdir(), 'samenspel-indicators-'));
  mkdirSync(parent, { recursive: true });
  chmodSync(parent, 0o755); // the server runs as the user `postgres` when this runs as root
  const server = await startEmbeddedPostgres({ dataDir: path.join(parent, 'pg'), port: await freePort(), persistent: true });
  const urls = {} as Record<Partner, string>;
  for (const partner of PARTNERS) urls[partner] = await ensureDatabase(server.adminUrl, `bench_${partner}`);
  const migrating = Date.now();
  const hub = await startHub({ databaseUrls: urls, host: '127.0.0.1', ports: { gateway: 0, gemeente: 0, welzijn: 0, zorg: 0, bewoners: 0 }, seed: true });
  console.log(`hub up (migrations, demo data) in ${((Date.now() - migrating) / 1000).toFixed(1)} s`);
  try {
    const db = hub.subgraphs.welzijn.db;
    const [{ n }] = await db.query("SELECT count(*)::int AS n FROM help_request WHERE id LIKE 'bench-hr-%'");
    if (n < config.helpRequests) {
      console.log(`seeding ${config.helpRequests.toLocaleString('en')} hulpvragen…`);
      const seeded = await seedBench(urls, config, (line) => console.log(line));
      console.log(`seeded in ${seeded.seconds.toFixed(1)} s`);
    }
    // Single queries on a connection of its own, without the subgraph's statement timeout.
    const client = new Client({ connectionString: urls.welzijn });
    await client.connect();
    await client.query('SET statement_timeout = 0');
    const sql = async (text: string, params: unknown[]) => (await client.query(text, params)).rows;
    const buffers = async (text: string, params: unknown[]) => {
      const [{ 'QUERY PLAN': [plan] }] = await sql(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, params);
      return String(plan.Plan['Shared Hit Blocks'] + plan.Plan['Shared Read Blocks']).padStart(8);
    };
    const today = new Date();
    const cases: { label: string; area: string; from: string; interval: Interval }[] = [
      { label: 'wijk WK030703, one year by month', area: 'WK030703', from: iso(new Date(today.getTime() - 365 * DAY)), interval: 'MONTH' },
      { label: 'wijk WK030703, one year by week', area: 'WK030703', from: iso(new Date(today.getTime() - 365 * DAY)), interval: 'WEEK' },
      { label: 'wijk WK030703, six months by month (the bench)', area: 'WK030703', from: iso(new Date(today.getTime() - 182 * DAY)), interval: 'MONTH' },
      { label: 'gemeente GM0307, three years by quarter', area: 'GM0307', from: `${today.getUTCFullYear() - 2}-01-01`, interval: 'QUARTER' },
    ];
    let mismatches = 0;
    for (const c of cases) {
      // whole buckets: from the start of the one holding `from` to the end of the one holding today
      const input = { from: isoOf(bucketStart(toDay(c.from), c.interval)), to: isoOf(bucketEnd(toDay(iso(today)), c.interval)), interval: c.interval };
      const period = checkPeriod(input, 'WEEK', c.area);
      const closure = closureOf(DEMO_GRID, c.area);
      console.log(`\n${c.label} (${input.from} – ${input.to})`);
      console.log(`  ${'indicator'.padEnd(20)} ${'rollups'.padStart(10)} ${'buffers'.padStart(8)} ${'reference'.padStart(11)}  rows`);
      for (const source of INDICATORS) {
        const params = sqlParams(source, closure, period);
        const ours = await median(3, () => sql(indicatorSql(source.sql), params));
        const reference = process.env.INDICATOR_REFERENCE === '0' ? undefined : REFERENCE_INDICATORS.find((r) => r.name === source.name);
        const theirs = reference ? await timed(() => sql(indicatorSql(reference.sql), params)) : null;
        const same = !theirs || JSON.stringify(sortedRows(ours.result)) === JSON.stringify(sortedRows(theirs.result));
        if (!same) mismatches++;
        console.log(
          `  ${source.name.padEnd(20)} ${ours.ms.toFixed(1).padStart(7)} ms ${await buffers(indicatorSql(source.sql), params)} ${theirs ? `${theirs.ms.toFixed(0).padStart(8)} ms` : '        —'}  ${ours.result.length}${same ? '' : ` ≠ ${theirs!.result.length} MISMATCH`}`,
        );
      }
      const measureParams = [c.area, input.from, input.to, INTERVAL_SQL[c.interval]];
      const measure = await median(3, () => sql(DAYS_TO_MATCH_SQL, measureParams));
      const theirs = process.env.INDICATOR_REFERENCE === '0' ? null : await timed(() => sql(REFERENCE_DAYS_TO_MATCH_SQL, measureParams));
      const canonical = (rows: unknown[]) => JSON.stringify(rows.map((row) => JSON.stringify(row)).sort());
      const same = !theirs || canonical(measure.result) === canonical(theirs.result);
      if (!same) mismatches++;
      console.log(
        `  ${'daysToMatch'.padEnd(20)} ${measure.ms.toFixed(1).padStart(7)} ms ${await buffers(DAYS_TO_MATCH_SQL, measureParams)} ${theirs ? `${theirs.ms.toFixed(0).padStart(8)} ms` : '        —'}  ${measure.result.length}${same ? '' : ' MISMATCH'}`,
      );
      try {
        const whole = await median(3, () => welzijnIndicators(areaWithGrid(c.area), { period: input }, { db, config: { smallCountThreshold: 5, smallCountRounding: 5 } }));
        console.log(`  the whole set, as welzijnIndicators answers it: ${whole.ms.toFixed(1)} ms`);
      } catch (error) {
        console.log(`  the whole set, as welzijnIndicators answers it: failed (${error instanceof Error ? error.message : error})`);
      }
    }
    await client.end();
    if (mismatches) {
      console.log(`\n${mismatches} indicator(s) differ from the reference`);
      process.exitCode = 1;
    }
  } finally {
    await hub.close();
    await server.stop();
    if (!keep) rmSync(parent, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
