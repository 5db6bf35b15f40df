// The gemeente subgraph on its own database: areas, the partner registry, venues, and batching.
import { countStatements, startTestSubgraph, type TestSubgraph } from '../support/hub';
import { ALL_AREAS, ORGANISATIONS, VENUES } from '../../hub/demo/town';
import { seed } from '../../hub/demo/gemeente';
import { listBounds } from '../../subgraphs/gemeente/list-bounds';

let gemeente: TestSubgraph;

beforeAll(async () => {
  gemeente = await startTestSubgraph('gemeente');
});
afterAll(() => gemeente?.close());

test('the demo town is loaded: every area, organisation and venue', async () => {
  const [counts] = await gemeente.subgraph.db.query(
    'SELECT (SELECT count(*) FROM area)::int AS areas, (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM venue)::int AS venues',
  );
  expect(counts).toEqual({ areas: ALL_AREAS.length, organisations: ORGANISATIONS.length, venues: VENUES.length });
  expect(ORGANISATIONS.filter((o) => o.kind === 'WELFARE')).toHaveLength(12);
});

test('seeding again changes nothing (idempotent)', async () => {
  await seed(gemeente.subgraph.db);
  const [{ count }] = await gemeente.subgraph.db.query('SELECT count(*)::int AS count FROM area');
  expect(count).toBe(ALL_AREAS.length);
});

test('an area knows its place in the CBS hierarchy', async () => {
  const { data } = await gemeente.query('{ area(code: "WK030703") { code level parent { code level } children { code name level } population65Plus } }');
  expect(data.area.level).toBe('DISTRICT');
  expect(data.area.parent).toEqual({ code: 'GM0307', level: 'MUNICIPALITY' });
  expect(data.area.children.map((c: any) => c.code)).toEqual(['BU03070301', 'BU03070302']);
  expect(data.area.population65Plus).toBe(Math.round(15_600 * 0.21));
});

test('areas filter by level and by containing area', async () => {
  const { data } = await gemeente.query('{ areas(level: NEIGHBOURHOOD, within: "WK030701", first: 50) { edges { node { code } } } }');
  expect(data.areas.edges.map((e: any) => e.node.code)).toEqual(['BU03070101', 'BU03070102']);
  const all = await gemeente.query('{ areas(within: "GM0307", first: 50) { edges { node { code } } } }');
  expect(all.data.areas.edges).toHaveLength(ALL_AREAS.length - 1);
});

test('paging through the partner registry returns every organisation once, in order', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page += 1) {
    const response: any = await gemeente.query('query ($after: String) { organisations(first: 10, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after });
    seen.push(...response.data.organisations.edges.map((e: any) => e.node.id));
    if (!response.data.organisations.pageInfo.hasNextPage) break;
    after = response.data.organisations.pageInfo.endCursor;
  }
  expect(seen).toEqual(ORGANISATIONS.map((o) => o.id).sort());
});

test('organisations working in a buurt include those serving its wijk or the whole gemeente', async () => {
  const { data } = await gemeente.query('{ organisations(area: "BU03070301", first: 100) { edges { node { id areasServed { code } } } } }');
  const codes = data.organisations.edges.flatMap((e: any) => e.node.areasServed.map((a: any) => a.code));
  expect(new Set(codes)).toEqual(new Set(['GM0307', 'WK030703', 'BU03070301']));
});

test('venues of an area include those in its buurten', async () => {
  const { data } = await gemeente.query('{ area(code: "GM0307") { venues(first: 100) { edges { node { id } } } } }');
  expect(data.area.venues.edges).toHaveLength(VENUES.length);
  const { data: kamers } = await gemeente.query('{ venues(area: "WK030701", kind: INFO_POINT) { edges { node { name area { code } } } } }');
  expect(kamers.venues.edges.map((e: any) => e.node.name)).toEqual(['Infopunt Stadhuis']);
});

test('bad arguments are refused with the field at fault', async () => {
  const bad = await gemeente.query('{ venues(area: "Amersfoort") { edges { node { id } } } }');
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'area' });
  const tooMany = await gemeente.query('{ organisations(first: 1000) { edges { node { id } } } }');
  expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  const cursor = await gemeente.query('{ organisations(after: "nonsense") { edges { node { id } } } }');
  expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

test('_entities resolves many areas, with their venues, in a constant number of statements', async () => {
  const selection = 'code name children { code } venues(first: 5) { edges { node { name organisation { name } } } }';
  const few = ALL_AREAS.slice(0, 2).map((a) => ({ code: a.code }));
  const many = ALL_AREAS.map((a) => ({ code: a.code }));
  let response: any;
  const fewStatements = await countStatements(gemeente.subgraph, async () => {
    response = await gemeente.entities('Area', few, selection);
  });
  expect(response.data._entities).toHaveLength(2);
  const manyStatements = await countStatements(gemeente.subgraph, async () => {
    response = await gemeente.entities('Area', many, selection);
  });
  expect(response.errors).toBeUndefined();
  expect(response.data._entities.map((a: any) => a.code)).toEqual(ALL_AREAS.map((a) => a.code));
  expect(manyStatements).toBe(fewStatements);
  expect(manyStatements).toBeLessThanOrEqual(5); // areas, children, venue page, venues, organisations
});

test('an unknown key resolves to null, not an error', async () => {
  const response = await gemeente.entities('Organisation', [{ id: 'org-nope' }, { id: 'org-gm-01' }], 'id name');
  expect(response.data._entities).toEqual([null, { id: 'org-gm-01', name: 'Gemeente Amersfoort' }]);
});

test('a plain list serves at most the bound its description states; past it the list fails with LIST_TOO_LONG, the others in the batch are served', async () => {
  const { bound } = listBounds['Organisation.venues'];
  const db = gemeente.subgraph.db;
  await db.query("INSERT INTO organisation (id, name, kind, covenant_signed, area_codes) VALUES ('org-many-venues', 'Veel locaties', 'WELFARE', true, ARRAY['WK030703'])");
  await db.query(
    `INSERT INTO venue (id, name, kind, address, area_code, organisation_id, self_managed, latitude, longitude)
     SELECT 'bound-venue-' || lpad(i::text, 4, '0'), 'Locatie ' || i, 'NEIGHBOURHOOD_ROOM', 'Straat ' || i, 'BU03070301', 'org-many-venues', false, 52.17, 5.40
     FROM generate_series(1, $1::int) AS i`,
    [bound],
  );
  const QUERY = '{ many: organisation(id: "org-many-venues") { venues { id } } few: organisation(id: "org-gm-01") { venues { id } } }';
  const atBound = await gemeente.query(QUERY);
  expect(atBound.errors).toBeUndefined();
  expect(atBound.data.many.venues).toHaveLength(bound);
  await db.query(
    "INSERT INTO venue (id, name, kind, address, area_code, organisation_id, self_managed, latitude, longitude) VALUES ('bound-venue-past', 'Nog een', 'NEIGHBOURHOOD_ROOM', 'Straat', 'BU03070301', 'org-many-venues', false, 52.17, 5.40)",
  );
  const past = await gemeente.query(QUERY);
  expect(past.errors).toEqual([expect.objectContaining({ path: ['many', 'venues'], extensions: expect.objectContaining({ code: 'LIST_TOO_LONG', bound }) })]);
  expect(past.data.many).toBeNull();
  expect(past.data.few.venues).toEqual(atBound.data.few.venues);
  await db.query("DELETE FROM venue WHERE organisation_id = 'org-many-venues'");
  await db.query("DELETE FROM organisation WHERE id = 'org-many-venues'");
});
