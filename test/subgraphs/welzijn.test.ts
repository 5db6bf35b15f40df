// The welzijn subgraph on its own database: hulpvragen, volunteers, matches, and batching.
import { graphql } from '../support/graphql';
import { fetchEntities } from '../support/entities';
import { countStatements, startTestSubgraph, type TestSubgraph } from '../support/hub';

let welzijn: TestSubgraph;
let url: string;

beforeAll(async () => {
  welzijn = await startTestSubgraph('welzijn');
  url = welzijn.subgraph.url;
});
afterAll(() => welzijn?.close());

test('demo hulpvragen exist in every state', async () => {
  const rows: { status: string }[] = await welzijn.subgraph.db.query('SELECT DISTINCT status FROM help_request ORDER BY status');
  expect(rows.map((r) => r.status)).toEqual(
    ['ASSESSED', 'CANCELLED', 'COMPLETED', 'IN_PROGRESS', 'MATCHED', 'NEW', 'ON_HOLD', 'OPEN', 'REFERRED'],
  );
});

test('hulpvragen filter by area (including sub-areas), state and category', async () => {
  const { data } = await graphql(url, '{ helpRequests(area: "WK030703", states: [OPEN, NEW], first: 100) { edges { node { status area { code } } } } }');
  expect(data.helpRequests.edges.length).toBeGreaterThan(0);
  for (const { node } of data.helpRequests.edges) {
    expect(['OPEN', 'NEW']).toContain(node.status);
    expect(node.area.code).toMatch(/^BU030703/);
  }
  const [{ count }] = await welzijn.subgraph.db.query(
    "SELECT count(*)::int AS count FROM help_request WHERE area_code LIKE 'BU030703%' AND status IN ('OPEN', 'NEW')",
  );
  expect(data.helpRequests.edges).toHaveLength(count);
  const garden = await graphql(url, '{ helpRequests(categories: [GARDEN], first: 100) { edges { node { category } } } }');
  for (const { node } of garden.data.helpRequests.edges) expect(node.category).toBe('GARDEN');
});

test('a match links a hulpvraag and a volunteer, both ways', async () => {
  const { data } = await graphql(url, '{ match(id: "match-001") { status madeBy helpRequest { id status matches { id } } volunteer { id matches { id } } } }');
  expect(data.match.helpRequest.matches.map((m: any) => m.id)).toContain('match-001');
  expect(data.match.volunteer.matches.map((m: any) => m.id)).toContain('match-001');
  expect(['MATCHED', 'IN_PROGRESS', 'COMPLETED']).toContain(data.match.helpRequest.status);
});

test('Area.helpRequests for many areas costs the same statements as for two', async () => {
  const selection = 'code helpRequests(first: 3) { edges { node { id matches { id } } } }';
  const codes = ['BU03070101', 'BU03070102', 'BU03070201', 'BU03070202', 'BU03070301', 'BU03070302', 'BU03070401', 'BU03070402', 'WK030701', 'GM0307'];
  let response: any;
  const few = await countStatements(welzijn.subgraph, async () => {
    response = await fetchEntities(url, 'Area', codes.slice(0, 2).map((code) => ({ code })), selection);
  });
  const many = await countStatements(welzijn.subgraph, async () => {
    response = await fetchEntities(url, 'Area', codes.map((code) => ({ code })), selection);
  });
  expect(response.errors).toBeUndefined();
  expect(response.data._entities).toHaveLength(codes.length);
  expect(response.data._entities[9].helpRequests.edges).toHaveLength(3); // the gemeente holds all
  expect(many).toBe(few);
  expect(many).toBeLessThanOrEqual(3);
});

test('an invalid area key in a reference is refused', async () => {
  const response = await fetchEntities(url, 'Area', [{ code: 'XX1' }], 'code');
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
});
