// The welzijn subgraph on its own database: hulpvragen, volunteers, matches, and batching.
import { countStatements, startTestSubgraph, type TestSubgraph } from '../support/hub';
import type { TestCaller } from '../support/callers';

/** Matchers of two welfare organisations (see hub/demo/welzijn.ts for who holds what). */
const matcherOf = (org: string): TestCaller => ({ org, roles: ['matcher'], purpose: 'MATCHING' });

let welzijn: TestSubgraph;

beforeAll(async () => {
  welzijn = await startTestSubgraph('welzijn');
});
afterAll(() => welzijn?.close());

test('demo hulpvragen exist in every state', async () => {
  const rows: { status: string }[] = await welzijn.subgraph.db.query('SELECT DISTINCT status FROM help_request ORDER BY status');
  expect(rows.map((r) => r.status)).toEqual(
    ['ASSESSED', 'CANCELLED', 'COMPLETED', 'IN_PROGRESS', 'MATCHED', 'NEW', 'ON_HOLD', 'OPEN', 'REFERRED'],
  );
});

test('hulpvragen filter by area (including sub-areas), state and category, within the caller\'s organisation', async () => {
  const { data } = await welzijn.query(
    '{ helpRequests(area: "WK030703", states: [OPEN, IN_PROGRESS], first: 100) { edges { node { status area { code } intakeOrganisation { id } } } } }',
    {},
    matcherOf('org-wz-05'),
  );
  expect(data.helpRequests.edges.length).toBeGreaterThan(0);
  for (const { node } of data.helpRequests.edges) {
    expect(['OPEN', 'IN_PROGRESS']).toContain(node.status);
    expect(node.area.code).toMatch(/^BU030703/);
    expect(node.intakeOrganisation.id).toBe('org-wz-05');
  }
  const [{ count }] = await welzijn.subgraph.db.query(
    "SELECT count(*)::int AS count FROM help_request WHERE area_code LIKE 'BU030703%' AND status IN ('OPEN', 'IN_PROGRESS') AND intake_organisation_id = 'org-wz-05'",
  );
  expect(data.helpRequests.edges).toHaveLength(count);
  const garden = await welzijn.query('{ helpRequests(categories: [GARDEN], first: 100) { edges { node { category } } } }', {}, matcherOf('org-wz-01'));
  for (const { node } of garden.data.helpRequests.edges) expect(node.category).toBe('GARDEN');
});

test('a match links a hulpvraag and a volunteer; each organisation sees its own side', async () => {
  // match-001: hulpvraag 006 taken in by org-wz-06, volunteer-001 of org-wz-01 (hub/demo/welzijn.ts)
  const requestSide = await welzijn.query('{ match(id: "match-001") { status madeBy helpRequest { id status matches { id } } } }', {}, matcherOf('org-wz-06'));
  expect(requestSide.errors).toBeUndefined();
  expect(requestSide.data.match.helpRequest.matches.map((m: any) => m.id)).toContain('match-001');
  expect(['MATCHED', 'IN_PROGRESS', 'COMPLETED']).toContain(requestSide.data.match.helpRequest.status);
  const volunteerSide = await welzijn.query('{ match(id: "match-001") { volunteer { id matches(first: 100) { edges { node { id } } } } } }', {}, matcherOf('org-wz-01'));
  expect(volunteerSide.data.match.volunteer.matches.edges.map((e: any) => e.node.id)).toContain('match-001');
  const notTheirs = await welzijn.query('{ match(id: "match-001") { volunteer { id } } }', {}, matcherOf('org-wz-06'));
  expect(notTheirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

test('Area.helpRequests for many areas costs the same statements as for two', async () => {
  const selection = 'code helpRequests(first: 3) { edges { node { id matches { id } } } }';
  const codes = ['BU03070101', 'BU03070102', 'BU03070201', 'BU03070202', 'BU03070301', 'BU03070302', 'BU03070401', 'BU03070402', 'WK030701', 'GM0307'];
  let response: any;
  const few = await countStatements(welzijn.subgraph, async () => {
    response = await welzijn.entities('Area', codes.slice(0, 2).map((code) => ({ code })), selection, matcherOf('org-wz-01'));
  });
  const many = await countStatements(welzijn.subgraph, async () => {
    response = await welzijn.entities('Area', codes.map((code) => ({ code })), selection, matcherOf('org-wz-01'));
  });
  expect(response.errors).toBeUndefined();
  expect(response.data._entities).toHaveLength(codes.length);
  expect(response.data._entities[9].helpRequests.edges).toHaveLength(3); // the gemeente holds all
  expect(many).toBe(few);
  expect(many).toBeLessThanOrEqual(4); // page ids, hulpvragen, matches, processing log
});

test('an invalid area key in a reference is refused', async () => {
  const response = await welzijn.entities('Area', [{ code: 'XX1' }], 'code');
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
});
