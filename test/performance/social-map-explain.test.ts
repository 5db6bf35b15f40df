// The SQL behind a sociale kaart search uses indexes: on 40,000 indexed items, EXPLAIN shows no sequential
// scan of the index table for the text, area, distance, theme and date-window searches. And a text search
// ranks a bounded set: the exact relevance is computed for at most RANKED_CANDIDATES of its matches (counted
// through PostgreSQL's function statistics), while its pages still cover every match once; its first page
// reads at most BUFFERS_PER_HIT shared buffers per hit (EXPLAIN (ANALYZE, BUFFERS)), however common the word.
import { Client } from 'pg';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { RANKED_CANDIDATES, searchSocialMap, type SocialMapFilter } from '../../subgraphs/gemeente/social-map/search';
import { withIndexesDeferred } from '../bench/seed';
import { decodeCursor } from '../../subgraphs/kit/pagination';
import { rnd } from '../bench/sql';

let gemeente: TestSubgraph;

beforeAll(async () => {
  gemeente = await startTestSubgraph('gemeente');
  // A connection of its own: bulk loading takes longer than the subgraph's statement timeout allows a request.
  // Loaded as the bench seeds: commits do not wait for the disk, and the indexes are built once after the load
  // (several times cheaper than row by row). The points are scattered by a hash: on the lines that
  // (i % 3000, i % 3700) draws, building the GiST index of ll_to_earth alone took over five minutes.
  const client = new Client({ connectionString: gemeente.databases.urls.gemeente, options: '-c synchronous_commit=off -c maintenance_work_mem=256MB' });
  await client.connect();
  const db = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows };
  await withIndexesDeferred(db, ['social_map_item', 'social_map_occurrence', 'social_map_title_word'], async () => {
    await db.query(`
    INSERT INTO social_map_item (kind, item_id, partner, title, description, themes, target_groups, area_code, organisation_id, free,
      latitude, longitude, search, title_norm, source_seq)
    SELECT CASE WHEN i % 2 = 0 THEN 'ACTIVITY' ELSE 'SERVICE' END, 'bulk-' || i, 'bewoners',
      (ARRAY['Koffieochtend','Eettafel','Wandelgroep','Spreekuur','Taalcafé','Schuldhulp'])[1 + i % 6] || ' ' || i, 'Omschrijving ' || i,
      ARRAY[(ARRAY['FOOD','SOCIAL_CONTACT','EXERCISE','MONEY','HEALTH'])[1 + i % 5]], ARRAY['EVERYONE'],
      'BU0' || (100 + i % 900)::text || lpad((i % 97)::text, 2, '0') || lpad((i % 13)::text, 2, '0'), 'org-bw-01', i % 3 <> 0,
      50.8 + ${rnd(1, 3000)} * 0.001, 3.4 + ${rnd(2, 3700)} * 0.001,
      to_tsvector('dutch', (ARRAY['Koffieochtend','Eettafel','Wandelgroep','Spreekuur','Taalcafé','Schuldhulp'])[1 + i % 6] || ' ' || i),
      lower((ARRAY['koffieochtend','eettafel','wandelgroep','spreekuur','taalcafe','schuldhulp'])[1 + i % 6] || ' ' || i), i
    FROM generate_series(1, 40000) AS i`);
    await db.query(`INSERT INTO social_map_occurrence (kind, item_id, starts_at)
      SELECT kind, item_id, now() + (source_seq % 300) * interval '1 day' FROM social_map_item WHERE kind = 'ACTIVITY'`);
  });
  // VACUUM as the bench does: the title-word index is read index-only, which needs the visibility map.
  await db.query('VACUUM (ANALYZE) social_map_item, social_map_occurrence, social_map_title_word');
  await client.end();
}, 120_000); // the whole file took 10.5 s on a shared 2-core machine; the same bound as the other EXPLAIN test
afterAll(() => gemeente?.close());

const SEQ_SCAN_OF_INDEX = /"Node Type":"Seq Scan"[^}]*"Relation Name":"social_map_item"/;

async function plan(filter: SocialMapFilter): Promise<string> {
  const { sql, params } = await searchSocialMap(gemeente.subgraph.db, filter, 20, null);
  const [{ 'QUERY PLAN': explained }] = await gemeente.subgraph.db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return JSON.stringify(explained);
}

test.each<[string, SocialMapFilter]>([
  ['text', { text: 'koffieochtend 1234' }],
  ['prefix and typo', { text: 'wandelgr' }],
  ['area', { area: 'WK010203' }],
  ['distance', { near: { latitude: 51.2, longitude: 4.1, radiusKm: 2 } }],
  ['date window', { from: new Date(Date.now() + 3 * 86_400_000), to: new Date(Date.now() + 4 * 86_400_000), kinds: ['ACTIVITY'], area: 'WK010203' }],
])('a %s search does not scan the whole index', async (_name, filter) => {
  const explained = await plan(filter);
  expect(explained).toMatch(/Index|Bitmap/);
  expect(explained).not.toMatch(SEQ_SCAN_OF_INDEX);
});

test('the check recognises a full scan (so it can fail)', async () => {
  const [{ 'QUERY PLAN': explained }] = await gemeente.subgraph.db.query(
    "EXPLAIN (FORMAT JSON) SELECT * FROM social_map_item WHERE description LIKE '%12%'",
  );
  expect(JSON.stringify(explained)).toMatch(SEQ_SCAN_OF_INDEX);
});

/** How often the statement called pg_trgm's similarity(), the half of the relevance PostgreSQL can count. */
async function similarityCalls(sql: string, params: unknown[]): Promise<number> {
  const client = new Client({ connectionString: gemeente.databases.urls.gemeente });
  await client.connect();
  try {
    await client.query("BEGIN; SET LOCAL track_functions = 'all'");
    await client.query(sql, params);
    const { rows } = await client.query("SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_xact_user_functions WHERE funcname = 'similarity'");
    return rows[0].calls;
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

test('a text search ranks a bounded set of its matches, not every match', async () => {
  const [{ matches }] = await gemeente.subgraph.db.query(
    "SELECT count(*)::int AS matches FROM social_map_item WHERE search @@ websearch_to_tsquery('dutch', 'koffieochtend')",
  );
  expect(matches).toBeGreaterThan(10 * RANKED_CANDIDATES); // a common word on a large kaart
  const { sql, params, edges } = await searchSocialMap(gemeente.subgraph.db, { text: 'koffieochtend' }, 20, null);
  expect(edges).toHaveLength(20);
  const calls = await similarityCalls(sql, params);
  expect(calls).toBeGreaterThan(0); // the count sees the ranking (so this test can fail)
  expect(calls).toBeLessThanOrEqual(RANKED_CANDIDATES + 21); // the candidates, and the page's own rows
});

test('past the ranked candidates the pages still hold every match once, the candidates first by relevance', async () => {
  const filter: SocialMapFilter = { text: 'koffieochtend', themes: ['FOOD'] };
  const seen: { id: string; relevance: number; segment: number }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: Awaited<ReturnType<typeof searchSocialMap>> = await searchSocialMap(gemeente.subgraph.db, filter, 100, after);
    seen.push(
      ...result.edges.map((e) => ({
        id: `${e.node.kind}:${e.node.item_id}`,
        relevance: e.node.relevance,
        segment: decodeCursor(e.cursor, (c): c is { segment: number } => true).segment,
      })),
    );
    if (!result.pageInfo.hasNextPage) break;
    after = result.pageInfo.endCursor;
  }
  const expected: { id: string }[] = await gemeente.subgraph.db.query(
    `SELECT kind || ':' || item_id AS id FROM social_map_item
     WHERE (search @@ websearch_to_tsquery('dutch', unaccent('koffieochtend')) OR search @@ to_tsquery('simple', 'koffieochtend:*')
            OR title_norm % 'koffieochtend') AND themes && ARRAY['FOOD']`,
  );
  expect(expected.length).toBeGreaterThan(RANKED_CANDIDATES * 2);
  expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length); // no hit twice
  expect(new Set(seen.map((s) => s.id))).toEqual(new Set(expected.map((e) => e.id))); // none skipped
  const ranked = seen.filter((s) => s.segment === 0);
  expect(ranked.length).toBeGreaterThan(0);
  expect(seen.slice(0, ranked.length)).toEqual(ranked); // the candidates first
  const relevance = ranked.map((s) => s.relevance);
  expect(relevance).toEqual([...relevance].sort((a, b) => b - a));
});

test("the trigger keeps every kaart item's title words", async () => {
  const [{ words, expected }] = await gemeente.subgraph.db.query(
    `SELECT (SELECT count(*)::int FROM social_map_title_word) AS words,
            (SELECT count(*)::int FROM social_map_item i, social_map_title_words(i.title_norm)) AS expected`,
  );
  expect(words).toBeGreaterThanOrEqual(2 * 40_000); // a name and a number per bulk item
  expect(words).toBe(expected);
});

test('the serving role changes and removes a title, and its words follow', async () => {
  const db = gemeente.subgraph.db;
  const words = async () =>
    (await db.query("SELECT word FROM social_map_title_word WHERE kind = 'SERVICE' AND item_id = 'bulk-1' ORDER BY word")).map((r: { word: string }) => r.word);
  expect(await words()).toEqual(['1', 'eettafel']);
  await db.query("UPDATE social_map_item SET title = 'Soep-tafel 1', title_norm = 'soep-tafel 1' WHERE kind = 'SERVICE' AND item_id = 'bulk-1'");
  expect(await words()).toEqual(['1', 'soep', 'soep-tafel', 'tafel']);
  await db.query("DELETE FROM social_map_item WHERE kind = 'SERVICE' AND item_id = 'bulk-1'");
  expect(await words()).toEqual([]);
});

/** The shared buffers (hit or read) the search's first page of 20 took, per hit on it, from EXPLAIN (ANALYZE, BUFFERS). */
async function buffersPerHit(filter: SocialMapFilter): Promise<{ buffers: number; hits: number }> {
  const { sql, params, edges } = await searchSocialMap(gemeente.subgraph.db, filter, 20, null);
  const [{ 'QUERY PLAN': [explained] }] = await gemeente.subgraph.db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
  const buffers = explained.Plan['Shared Hit Blocks'] + explained.Plan['Shared Read Blocks'];
  return { buffers, hits: edges.length };
}

// The bound the issue set: a search reads what its answer needs, not what its word matches. Scoring every
// match of "koffieochtend" (6,667 here) read 125 buffers per hit, 350 at 160,000 items.
const BUFFERS_PER_HIT = 50;

test.each<[string, SocialMapFilter]>([
  ['a common word', { text: 'koffieochtend' }],
  ['a common prefix', { text: 'koffie' }],
  ['a common word with a theme', { text: 'koffieochtend', themes: ['FOOD'] }],
  ['a rare word', { text: 'koffieochtend 1234' }],
])(`%s reads at most ${BUFFERS_PER_HIT} buffers per hit`, async (_name, filter) => {
  const { buffers, hits } = await buffersPerHit(filter);
  expect(hits).toBeGreaterThan(0);
  expect(buffers / Math.max(hits, 20)).toBeLessThanOrEqual(BUFFERS_PER_HIT);
});
