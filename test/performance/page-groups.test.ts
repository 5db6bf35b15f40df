// The paged list fields on many parents (kit/pagination.ts `pageGroups`, behind Area.activities,
// Venue.activities, Area.services …) read about what a page needs, however big, small or empty the area:
// on 30,000 activities and 30,000 services in one wijk (10,000 activities at one venue), a page of 10 stays
// under 200 buffers (numbering every row of the group, as pageGroups did before, touched thousands), an
// empty or sparse group under 40 (a plain per-key LATERAL walked the whole primary key there) — and the pages are exactly those of the plain formula (every row of the group,
// numbered in id order), for every kind of group, with and without a cursor.
import { Client } from 'pg';
import type { Database } from '../../subgraphs/kit/database';
import { encodeCursor, type Connection } from '../../subgraphs/kit/pagination';
import { createLoaders as bewonersLoaders } from '../../subgraphs/bewoners/loaders';
import { createLoaders as zorgLoaders } from '../../subgraphs/zorg/loaders';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { anonymous } from '../../platform/caller';

const DENSE = 'WK030703';
const BUURTEN = ['BU03070301', 'BU03070302', 'BU03070303', 'BU03070304'];
const SPARSE = 'BU03070101';
const EMPTY = 'BU03079999';
const ROWS = 30_000;

let bewoners: TestSubgraph;
let zorg: TestSubgraph;

async function bulk(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // the feed triggers would add a change row per item; the lists do not read them
    await client.query(`SET session_replication_role = replica; ${sql}`);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  [bewoners, zorg] = await Promise.all([startTestSubgraph('bewoners'), startTestSubgraph('zorg')]);
  const area = `(ARRAY['${[DENSE, ...BUURTEN].join("','")}'])[1 + i % 5]`;
  await bulk(
    bewoners.databases.urls.bewoners,
    `INSERT INTO activity (id, title, kind, organisation_id, venue_id, area_code, starts_at, ends_at, published, status)
     SELECT 'pg-act-' || lpad(i::text, 6, '0'), 'Activiteit ' || i, 'DROP_IN', 'org-bw-0' || (1 + i % 3),
       CASE WHEN i % 3 = 0 THEN 'pg-venue-big' END, ${area}, now(), now() + interval '1 hour', i % 10 <> 0,
       CASE WHEN i % 7 = 0 THEN 'CANCELLED' ELSE 'SCHEDULED' END
     FROM generate_series(1, ${ROWS}) AS i
     UNION ALL
     SELECT 'pg-act-sparse-' || i, 'Zeldzaam ' || i, 'COURSE', 'org-bw-01', 'pg-venue-few', '${SPARSE}', now(), now() + interval '1 hour', true, 'SCHEDULED'
     FROM generate_series(1, 3) AS i;
     ANALYZE activity`,
  );
  await bulk(
    zorg.databases.urls.zorg,
    `INSERT INTO service (id, name, organisation_id, area_code, published)
     SELECT 'pg-svc-' || lpad(i::text, 6, '0'), 'Dienst ' || i, 'org-zg-01',
       CASE WHEN i % 50 = 0 THEN 'GM0307' WHEN i % 50 = 1 THEN 'WK030701' ELSE ${area} END, i % 10 <> 0
     FROM generate_series(1, ${ROWS}) AS i;
     ANALYZE service`,
  );
}, 120_000);
afterAll(() => Promise.all([bewoners?.close(), zorg?.close()]));

/** The plain formula: every row of each group numbered in id order, the first limit+1 after the cursor. */
async function reference(db: Database, candidatesSql: string, keys: string[], first: number, after: string | null): Promise<Map<string, string[]>> {
  const rows: { group_key: string; id: string }[] = await db.query(
    `SELECT group_key, id FROM (
       SELECT c.group_key, c.id, row_number() OVER (PARTITION BY c.group_key ORDER BY c.id) AS rn
       FROM (${candidatesSql}) c WHERE $2::text IS NULL OR c.id > $2::text
     ) ranked WHERE rn <= $3 ORDER BY group_key, id`,
    [keys, after, first + 1],
  );
  const byKey = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(row.group_key)!.push(row.id);
  return byKey;
}

const inside = (alias: string) => `(${alias}.area_key >= substring(k.code from 3) AND ${alias}.area_key < substring(k.code from 3) || ':')`;
const containing = (alias: string) => `${alias}.area_code IN ('GM' || substring(k.code from 3 for 4), 'WK' || substring(k.code from 3 for 6))`;

// the activity lists are public: they read no personal data, so bewoners' loaders get no access object
const ANONYMOUS = anonymous({ traceId: '0'.repeat(32), spanId: '0'.repeat(16) });
const NO_PERSONAL_DATA = undefined as never;

const LISTS = [
  {
    name: 'Area.activities',
    subgraph: () => bewoners,
    load: (db: Database, first: number, after: string | null) => bewonersLoaders(db, ANONYMOUS, NO_PERSONAL_DATA).activitiesInArea({ first, after }),
    keys: [DENSE, ...BUURTEN, SPARSE, EMPTY, 'GM0307'],
    candidates: `SELECT k.code AS group_key, a.id FROM unnest($1::text[]) AS k(code) JOIN activity a ON a.published AND a.status = 'SCHEDULED' AND ${inside('a')}`,
  },
  {
    name: 'Venue.activities',
    subgraph: () => bewoners,
    load: (db: Database, first: number, after: string | null) => bewonersLoaders(db, ANONYMOUS, NO_PERSONAL_DATA).activitiesAtVenue({ first, after }),
    keys: ['pg-venue-big', 'pg-venue-few', 'pg-venue-none'],
    candidates: `SELECT a.venue_id AS group_key, a.id FROM activity a WHERE a.published AND a.status = 'SCHEDULED' AND a.venue_id = ANY($1)`,
  },
  {
    name: 'Area.services (inside the area or offered to an area containing it)',
    subgraph: () => zorg,
    load: (db: Database, first: number, after: string | null) => zorgLoaders(db).servicesInArea({ first, after }),
    keys: [DENSE, ...BUURTEN, 'BU03070101', EMPTY, 'GM0307', 'WK030701'],
    candidates: `SELECT k.code AS group_key, s.id FROM unnest($1::text[]) AS k(code) JOIN service s ON s.published AND (${inside('s')} OR ${containing('s')})`,
  },
];

/** The subgraph's database, recording the statements sent through `query` (the loaders' own SQL). */
function recording(db: Database, statements: { sql: string; params: unknown[] }[]): Database {
  return new Proxy(db, {
    get(target, property) {
      if (property === 'query') {
        return (sql: string, params: unknown[] = []) => {
          statements.push({ sql, params });
          return target.query(sql, params);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function page(list: (typeof LISTS)[number], keys: string[], first: number, after: string | null) {
  const statements: { sql: string; params: unknown[] }[] = [];
  const db = recording(list.subgraph().subgraph.db, statements);
  const connections = (await list.load(db, first, after ? encodeCursor(after) : null).loadMany(keys)) as Connection<{ id: string }>[];
  return { connections, statements };
}

/** Shared buffers (hit or read) the statement touches, from EXPLAIN (ANALYZE, BUFFERS). */
async function buffers(db: Database, statement: { sql: string; params: unknown[] }): Promise<number> {
  const [{ 'QUERY PLAN': plan }] = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.params);
  return plan[0].Plan['Shared Hit Blocks'] + plan[0].Plan['Shared Read Blocks'];
}

describe.each(LISTS)('$name', (list) => {
  test.each([
    [10, null],
    [10, 'pg-act-012345'],
    [10, 'pg-svc-029990'],
    [0, null],
    [100, 'pg-'],
  ])('pages of %i after %s are those of the plain formula, for dense, sparse and empty groups', async (first, after) => {
    const { connections } = await page(list, list.keys, first, after);
    const expected = await reference(list.subgraph().subgraph.db, list.candidates, list.keys, first, after);
    const got = new Map(list.keys.map((key, i) => [key, connections[i].edges.map((e) => e.node.id)]));
    const want = new Map(list.keys.map((key) => [key, expected.get(key)!.slice(0, first)]));
    expect(got).toEqual(want);
    list.keys.forEach((key, i) => expect(connections[i].pageInfo.hasNextPage).toBe(expected.get(key)!.length > first));
  });
});

const BOUNDS: Record<string, { table: string; dense: string; counted: string; thin: string[] }> = {
  'Area.activities': { table: 'activity', dense: DENSE, counted: "area_key LIKE '030703%'", thin: [EMPTY, SPARSE] },
  'Venue.activities': { table: 'activity', dense: 'pg-venue-big', counted: "venue_id = 'pg-venue-big'", thin: ['pg-venue-none', 'pg-venue-few'] },
  'Area.services (inside the area or offered to an area containing it)': { table: 'service', dense: DENSE, counted: "area_key LIKE '030703%'", thin: [EMPTY, SPARSE] },
};

test.each(LISTS)('$name: a page of 10 reads a few dozen buffers in a group of thousands of rows, a few in an empty or sparse group', async (list) => {
  const bound = BOUNDS[list.name];
  const db = list.subgraph().subgraph.db;
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${bound.table} WHERE ${bound.counted}`);
  expect(n).toBeGreaterThan(ROWS / 4); // the group really is big
  const dense = await page(list, [bound.dense], 10, null);
  expect(dense.connections[0].edges).toHaveLength(10);
  expect(await buffers(db, dense.statements[0])).toBeLessThan(200);
  const thin = await page(list, bound.thin, 10, null);
  expect(await buffers(db, thin.statements[0])).toBeLessThan(40);
});
