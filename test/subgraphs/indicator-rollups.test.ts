// welzijn's dashboard indicators read rollups that triggers keep (migrations 9 and 15). On a random data set (random
// histories in any order, timestamps on and around midnight, ties, transitions before intake) and through
// late inserts, updates, deletes, concurrent writers and an AVG erasure, every indicator and the days to
// match must give exactly the rows the old direct formulas give (test/support/indicator-reference.ts), for
// several areas, periods and intervals; and what the triggers kept must be what rebuild_indicator_rollups()
// computes from scratch, and each span must keep its volunteer's next span's first day (migration 690).
import { Client } from 'pg';
import { checkPeriod, indicatorSql, INTERVAL_SQL, isoOf, sqlParams, type Interval } from '../../subgraphs/kit/indicators';
import { closureOf } from '../../subgraphs/kit/indicators/closure';
import { seededRandom } from '../../hub/demo/random';
import { DAYS_TO_MATCH_SQL, INDICATORS } from '../../subgraphs/welzijn/indicators';
import { personRecords } from '../../subgraphs/welzijn/policies';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { REFERENCE_DAYS_TO_MATCH_SQL, REFERENCE_INDICATORS, sortedRows } from '../support/indicator-reference';
import { DEMO_GRID } from '../support/statistics-grid';

const BUURTEN = ['BU03070101', 'BU03070102', 'BU03070201', 'BU03070202', 'BU03070301'];
const STATES = ['NEW', 'ASSESSED', 'OPEN', 'MATCHED', 'IN_PROGRESS', 'COMPLETED', 'ON_HOLD', 'CANCELLED', 'REFERRED'];
const START = Date.UTC(2025, 0, 1);
const SPAN_MS = 2 * 365 * 86_400_000;
const random = seededRandom(6);

let welzijn: TestSubgraph;
let client: Client;
const sql = async (text: string, params: unknown[] = []) => (await client.query(text, params)).rows;

/** A moment in 2025–2026, exactly at a midnight (UTC) for one in four. */
function moment(from = START, spanMs = SPAN_MS): Date {
  const t = from + Math.floor(random.next() * spanMs);
  return new Date(random.chance(0.25) ? t - (t % 86_400_000) : t);
}
const lit = (value: string | null) => (value === null ? 'NULL' : `'${value}'`);
const at = (date: Date | null) => (date ? `'${date.toISOString()}'::timestamptz` : 'NULL');
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const requests: { id: string; createdAt: Date }[] = [];
let nextRequest = 1;
let nextMatch = 1;

async function addRequests(count: number): Promise<void> {
  const rows = Array.from({ length: count }, () => {
    const id = `r${nextRequest++}`;
    const createdAt = moment();
    requests.push({ id, createdAt });
    const respondBy = random.chance(0.2) ? null : isoDay(new Date(createdAt.getTime() + random.int(-3, 40) * 86_400_000));
    return `(${lit(id)}, ${lit(random.pick(['SHOPPING', 'GARDEN', 'COMPANY']))}, 'LIGHT_ONE_OFF', 'OPEN', ${lit(random.pick(['PHONE', 'WEB', 'FAMILY']))},
      ${lit(random.pick(BUURTEN))}, ${lit(`person-${random.int(1, 30)}`)}, 'org-wz-01', ${at(createdAt)}, ${respondBy ? `'${respondBy}'` : 'NULL'})`;
  });
  await sql(`INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, created_at, respond_by)
             VALUES ${rows.join(', ')}`);
}

/** Transitions for random hulpvragen, in no particular order: mostly after intake, some on the same moment, a few before. */
async function addTransitions(count: number, pool = requests): Promise<void> {
  const rows = Array.from({ length: count }, () => {
    const request = random.pick(pool);
    const when = random.chance(0.1) ? moment(request.createdAt.getTime() - 5 * 86_400_000, 10 * 86_400_000) : moment(request.createdAt.getTime(), 120 * 86_400_000);
    const time = random.chance(0.1) ? request.createdAt : when;
    return `(${lit(request.id)}, ${lit(random.pick(STATES))}, ${at(time)}, 'test', 'org-wz-01')`;
  });
  await sql(`INSERT INTO help_request_transition (help_request_id, to_status, at, by_subject, by_organisation_id) VALUES ${rows.join(', ')}`);
}

async function addVolunteers(count: number, offset: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) =>
    `('v${offset + i}', 'org-wz-01', ${lit(random.pick(BUURTEN))}, '{${random.some(['SHOPPING', 'GARDEN', 'COMPANY'], 1, 3).join(',')}}', ${random.chance(0.8)}, ${at(moment())})`);
  await sql(`INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, registered_at) VALUES ${rows.join(', ')}`);
}

/** Matches: most with a volunteer (some started, some ended), a few neighbours' offers. */
async function addMatches(count: number): Promise<void> {
  const volunteers: string[] = (await sql('SELECT id FROM volunteer ORDER BY id')).map((row) => row.id);
  const rows = Array.from({ length: count }, () => {
    const request = random.pick(requests);
    const proposed = moment(request.createdAt.getTime(), 30 * 86_400_000);
    const started = random.chance(0.75) ? moment(proposed.getTime(), 40 * 86_400_000) : null;
    const end = started && random.chance(0.6) ? moment(started.getTime(), random.chance(0.3) ? 3 * 86_400_000 : 90 * 86_400_000) : null;
    // a match ends after it starts, or (as a test that resets a match's state can leave it) earlier on the same day
    const sameDayBefore = started && random.chance(0.1) ? new Date(started.getTime() - (started.getTime() % 86_400_000) / 2) : null;
    const ended = sameDayBefore ?? (end && started && end < started ? started : end);
    const neighbour = random.chance(0.1);
    const followUp = started && random.chance(0.7) ? moment(started.getTime(), 30 * 86_400_000) : null;
    const declined = !started && ended === null && random.chance(0.5);
    const declinedAt = declined ? moment(proposed.getTime(), 10 * 86_400_000) : null;
    return `(${lit(`m${nextMatch++}`)}, ${lit(request.id)}, ${neighbour ? "'NEIGHBOUR', NULL, 'offer-1', NULL" : `'VOLUNTEER', ${lit(random.pick(volunteers))}, NULL, 'org-wz-01'`},
      'org-wz-01', ${declined ? "'DECLINED'" : "'ENDED'"}, ${lit(random.pick(['SELF', 'MATCHER']))}, ${at(proposed)}, ${at(started)}, ${at(declinedAt ?? ended)}, ${at(followUp)},
      ${followUp && random.chance(0.8) ? lit(random.pick(['GOING_WELL', 'NEEDS_ATTENTION', 'STOPPED'])) : 'NULL'},
      ${declined ? lit(random.pick(['TOO_FAR', 'UNCLEAR', 'NO_CLICK'])) : 'NULL'}, ${followUp && random.chance(0.7) ? (random.int(0, 80) / 2).toFixed(1) : 'NULL'})`;
  });
  await sql(`INSERT INTO match (id, help_request_id, pool, volunteer_id, help_offer_id, volunteer_organisation_id, request_organisation_id, status, made_by,
               proposed_at, started_at, ended_at, follow_up_due, follow_up_outcome, decline_reason, hours_given) VALUES ${rows.join(', ')}`);
}

const PERIODS = ([
  { from: '2025-01-01', to: '2026-12-31', interval: 'QUARTER' },
  { from: '2025-01-01', to: '2026-12-31', interval: 'YEAR' },
  { from: '2025-03-01', to: '2026-02-28', interval: 'MONTH' },
  { from: '2025-06-02', to: '2025-11-30', interval: 'WEEK' },
  { from: '2026-01-05', to: '2026-04-30', interval: 'WEEK' },
  { from: '2026-05-01', to: '2026-05-31', interval: 'MONTH' },
] as const).map((p) => checkPeriod({ ...p, interval: p.interval as Interval }, 'WEEK', 'GM0307'));
const AREAS = ['WK030701', 'BU03070201', 'GM0307'];

/** Every indicator, area and period: the rollups' rows against the reference formulas' rows. */
async function expectSameAsReference(): Promise<void> {
  const differences: string[] = [];
  let compared = 0;
  for (const period of PERIODS) {
    for (const area of AREAS) {
      const closure = closureOf(DEMO_GRID, area);
      for (const source of INDICATORS) {
        const reference = REFERENCE_INDICATORS.find((r) => r.name === source.name);
        if (!reference) continue; // counted straight from the base tables (requestersWhoHelp)
        const params = sqlParams(source, closure, period);
        const [ours, theirs] = [sortedRows(await sql(indicatorSql(source.sql), params)), sortedRows(await sql(indicatorSql(reference.sql), params))];
        compared += theirs.length;
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
          differences.push(`${source.name} ${area} ${JSON.stringify(period)}: ${ours.filter((r) => !theirs.includes(r)).slice(0, 3)} instead of ${theirs.filter((r) => !ours.includes(r)).slice(0, 3)}`);
        }
      }
      // the days to match: for the area itself, as the resolver asks
      const measureParams = [area, isoOf(period.from), isoOf(period.to), INTERVAL_SQL[period.interval]];
      const measures = async (query: string) => (await sql(query, measureParams)).map((r) => JSON.stringify(r)).sort();
      const [ours, theirs] = [await measures(DAYS_TO_MATCH_SQL), await measures(REFERENCE_DAYS_TO_MATCH_SQL)];
      compared += theirs.length;
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) differences.push(`days to match ${area} ${JSON.stringify(period)}: ${ours} instead of ${theirs}`);
    }
  }
  expect(differences).toEqual([]);
  expect(compared).toBeGreaterThan(500); // the data set gives the comparison something to compare
  await expectNextSpansKept();
}

/** Each span keeps the first day of its volunteer's next span (migration 690): what lead() over the spans gives. */
async function expectNextSpansKept(): Promise<void> {
  const spans = await sql(`
    SELECT s.volunteer_id, s.first_day::text, s.next_first_day::text AS kept, n.next::text AS next
    FROM volunteer_active_span s
    JOIN (SELECT volunteer_id, first_day, lead(first_day) OVER (PARTITION BY volunteer_id ORDER BY first_day) AS next FROM volunteer_active_span) n
      USING (volunteer_id, first_day)`);
  expect(spans.filter((s) => s.kept !== s.next)).toEqual([]);
  expect(spans.filter((s) => s.next !== null).length).toBeGreaterThan(20); // volunteers with several spans
}

const ROLLUPS = [
  "SELECT indicator || ' ' || area_code || ' ' || day || ' ' || key || ' ' || n AS row FROM indicator_daily WHERE n <> 0",
  "SELECT indicator || ' ' || area_code || ' ' || day || ' ' || key || ' ' || amount AS row FROM indicator_daily WHERE amount <> 0",
  "SELECT area_code || ' ' || created_on || ' ' || category || ' ' || day || ' ' || open || ' ' || overdue AS row FROM backlog_delta WHERE open <> 0 OR overdue <> 0",
  "SELECT volunteer_id || ' ' || first_day || ' ' || last_day || ' ' || coalesce(next_first_day::text, '-') AS row FROM volunteer_active_span",
  "SELECT help_request_id || ' ' || area_code || ' ' || created_at || ' ' || proposed_at AS row FROM first_match",
  "SELECT indicator || ' ' || area_code || ' ' || month || ' ' || key || ' ' || n || ' ' || amount AS row FROM indicator_monthly WHERE n <> 0 OR amount <> 0",
];
async function rollupRows(): Promise<string[][]> {
  const tables: string[][] = [];
  for (const query of ROLLUPS) tables.push((await sql(query)).map((r) => r.row).sort());
  return tables;
}

beforeAll(async () => {
  welzijn = await startTestSubgraph('welzijn'); // with the demo data, written through the triggers
  client = new Client({ connectionString: welzijn.databases.urls.welzijn });
  await client.connect();
  await client.query("SET TIME ZONE 'UTC'"); // the reference formulas bucket in the session's time zone; the rollups in UTC
  await addRequests(400);
  await addTransitions(900);
  await addTransitions(900); // a second batch: late transitions land between earlier ones
  await addVolunteers(40, 1);
  await addMatches(300);
}, 120_000);
afterAll(async () => {
  await client?.end();
  await welzijn?.close();
});

test('after bulk inserts, each indicator equals the direct formula', async () => {
  await expectSameAsReference();
});

test('after late single inserts, updates and deletes of every kind', async () => {
  for (let i = 0; i < 40; i++) await addTransitions(1); // one at a time, into existing histories
  await sql(`UPDATE help_request_transition SET at = at + (hashint4(id::int) % 72) * interval '1 hour' WHERE id % 7 = 0`);
  await sql(`UPDATE help_request_transition SET to_status = 'OPEN' WHERE id % 11 = 0`);
  await sql(`UPDATE help_request_transition SET help_request_id = 'r1' WHERE id % 97 = 0`); // moved to another hulpvraag
  await sql('DELETE FROM help_request_transition WHERE id % 13 = 0');
  await sql(`UPDATE help_request SET area_code = 'BU03070202' WHERE id IN ('r3', 'r5', 'r8', 'r13')`);
  await sql(`UPDATE help_request SET created_at = created_at - interval '20 days', respond_by = respond_by + 3 WHERE id IN ('r21', 'r34', 'r55')`);
  await sql(`UPDATE help_request SET respond_by = NULL WHERE id = 'r89'`);
  await sql(`UPDATE help_request SET category = 'GARDEN', channel = 'WEB' WHERE id LIKE 'r1%'`);
  await sql("UPDATE help_request SET status = 'CANCELLED' WHERE id = 'r2'"); // changes no rollup
  await sql(`UPDATE match SET ended_at = started_at + interval '2 days' WHERE started_at IS NOT NULL AND ended_at IS NULL AND id LIKE 'm1%'`);
  await sql(`UPDATE match SET ended_at = NULL WHERE id IN ('m7', 'm8', 'm9')`);
  await sql(`UPDATE match SET volunteer_id = 'v2' WHERE pool = 'VOLUNTEER' AND id LIKE 'm2%'`);
  await sql(`UPDATE match SET made_by = 'SELF', follow_up_outcome = 'STOPPED' WHERE follow_up_due IS NOT NULL AND id LIKE 'm3%'`);
  await sql(`UPDATE match SET proposed_at = proposed_at - interval '2 days' WHERE id LIKE 'm5%'`);
  await sql(`UPDATE match SET help_request_id = 'r2' WHERE id IN ('m60', 'm61')`);
  await sql(`DELETE FROM match WHERE id LIKE 'm4%'`);
  await addMatches(20);
  await sql(`UPDATE volunteer SET home_area_code = 'BU03070301', registered_at = registered_at + interval '40 days' WHERE id IN ('v3', 'v4')`);
  await sql(`UPDATE volunteer SET available = NOT available WHERE id LIKE 'v1%'`); // switched off (or on) now
  await sql(`INSERT INTO volunteer_availability (volunteer_id, at, available) SELECT id, registered_at + interval '30 days', false FROM volunteer WHERE id LIKE 'v2%'`);
  await sql(`UPDATE match SET status = 'DECLINED', decline_reason = 'TOO_FAR', ended_at = proposed_at + interval '1 day' WHERE id LIKE 'm6%' AND started_at IS NULL`);
  await sql(`UPDATE match SET hours_given = 12.5 WHERE id LIKE 'm7%' AND follow_up_due IS NOT NULL`);
  await sql(`DELETE FROM match WHERE volunteer_id = 'v5'; DELETE FROM volunteer WHERE id = 'v5'`);
  await sql(`DELETE FROM match WHERE help_request_id IN ('r30', 'r31', 'r32', 'r33'); DELETE FROM help_request WHERE id IN ('r30', 'r31', 'r32', 'r33')`);
  await expectSameAsReference();
});

test('concurrent writers to the same histories and volunteers', async () => {
  const hot = requests.slice(40, 48);
  const writers = await Promise.all(Array.from({ length: 6 }, async () => {
    const writer = new Client({ connectionString: welzijn.databases.urls.welzijn });
    await writer.connect();
    return writer;
  }));
  try {
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let round = 0; round < 5; round++) {
          const rows = hot.map((request, i) => `('${request.id}', '${STATES[(w + i + round) % STATES.length]}', '${moment(request.createdAt.getTime(), 60 * 86_400_000).toISOString()}', 'test', 'org-wz-01')`);
          await writer.query('BEGIN');
          await writer.query(`INSERT INTO help_request_transition (help_request_id, to_status, at, by_subject, by_organisation_id) VALUES ${rows.join(', ')}`);
          await writer.query(`UPDATE match SET ended_at = started_at + (${w + round} || ' days')::interval WHERE id IN (SELECT id FROM match WHERE volunteer_id = 'v${6 + (round % 3)}' AND started_at IS NOT NULL ORDER BY id LIMIT 3)`);
          await writer.query('SELECT pg_sleep(0.01)');
          await writer.query('COMMIT');
        }
      }),
    );
  } finally {
    await Promise.all(writers.map((writer) => writer.end()));
  }
  await expectSameAsReference();
});

test('an AVG erasure takes the resident\'s hulpvragen and matches out of the counts', async () => {
  const [{ n }] = await sql("SELECT count(*)::int AS n FROM help_request WHERE requester_id = 'person-7'");
  expect(n).toBeGreaterThan(0);
  for (const records of personRecords) if (records.erase) await sql(records.erase, ['person-7', null]); // hub-wide: every organisation's
  await expectSameAsReference();
});

test('what the triggers kept is what a rebuild computes from the base tables', async () => {
  const kept = await rollupRows();
  expect(kept[0].length).toBeGreaterThan(100);
  await sql('SELECT rebuild_indicator_rollups()');
  expect(await rollupRows()).toEqual(kept);
  await expectSameAsReference();
});
