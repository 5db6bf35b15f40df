// The SQL behind a sociale kaart search uses indexes: on 40,000 indexed items, EXPLAIN shows no sequential
// scan of the index table for the text, area, distance, theme and date-window searches.
import { Client } from 'pg';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { searchSocialMap, type SocialMapFilter } from '../../subgraphs/gemeente/social-map/search';

let gemeente: TestSubgraph;

beforeAll(async () => {
  gemeente = await startTestSubgraph('gemeente');
  // a connection of its own: bulk loading takes longer than the subgraph's statement timeout allows a request
  const db = new Client({ connectionString: gemeente.databases.urls.gemeente });
  await db.connect();
  // the search indexes built once after the load, not row by row (minutes on a busy machine otherwise)
  const indexes: { name: string; definition: string }[] = (await db.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.tablename = 'social_map_item' AND NOT x.indisunique`,
  )).rows;
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);
  // spread over the country at random (seeded): points on a few lines, as i % n gives, make the GiST of
  // ll_to_earth build for minutes
  await db.query('SELECT setseed(0.42)');
  await db.query(`
    INSERT INTO social_map_item (kind, item_id, partner, title, description, themes, target_groups, area_code, organisation_id, free,
      latitude, longitude, search, title_norm, source_seq)
    SELECT CASE WHEN i % 2 = 0 THEN 'ACTIVITY' ELSE 'SERVICE' END, 'bulk-' || i, 'bewoners',
      (ARRAY['Koffieochtend','Eettafel','Wandelgroep','Spreekuur','Taalcafé','Schuldhulp'])[1 + i % 6] || ' ' || i, 'Omschrijving ' || i,
      ARRAY[(ARRAY['FOOD','SOCIAL_CONTACT','EXERCISE','MONEY','HEALTH'])[1 + i % 5]], ARRAY['EVERYONE'],
      'BU0' || (100 + i % 900)::text || lpad((i % 97)::text, 2, '0') || lpad((i % 13)::text, 2, '0'), 'org-bw-01', i % 3 <> 0,
      50.8 + random() * 3, 3.4 + random() * 3.7,
      to_tsvector('dutch', (ARRAY['Koffieochtend','Eettafel','Wandelgroep','Spreekuur','Taalcafé','Schuldhulp'])[1 + i % 6] || ' ' || i),
      lower((ARRAY['koffieochtend','eettafel','wandelgroep','spreekuur','taalcafe','schuldhulp'])[1 + i % 6] || ' ' || i), i
    FROM generate_series(1, 40000) AS i`);
  await db.query(`INSERT INTO social_map_occurrence (kind, item_id, starts_at)
    SELECT kind, item_id, now() + (source_seq % 300) * interval '1 day' FROM social_map_item WHERE kind = 'ACTIVITY'`);
  for (const index of indexes) await db.query(index.definition);
  await db.query('ANALYZE social_map_item; ANALYZE social_map_occurrence');
  await db.end();
}, 300_000); // generous: the machine may be busy
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
