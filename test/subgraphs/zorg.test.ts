// The zorg subgraph on its own database: services, referrals, and batching.
import { countStatements, startTestSubgraph, type TestSubgraph } from '../support/hub';

let zorg: TestSubgraph;

beforeAll(async () => {
  zorg = await startTestSubgraph('zorg');
});
afterAll(() => zorg?.close());

test('services available in a buurt: offered there, in its wijk or to the whole gemeente; published only', async () => {
  const { data } = await zorg.query('{ services(area: "BU03070301", first: 100) { edges { node { id area { code } } } } }');
  const codes = new Set(data.services.edges.map((e: any) => e.node.area.code));
  expect(codes).toEqual(new Set(['GM0307', 'WK030703']));
  const [{ count }] = await zorg.subgraph.db.query(
    "SELECT count(*)::int AS count FROM service WHERE published AND area_code IN ('GM0307', 'WK030703', 'BU03070301')",
  );
  expect(data.services.edges).toHaveLength(count);
});

test('an unpublished service is invisible, also by reference', async () => {
  const [{ id }] = await zorg.subgraph.db.query('SELECT id FROM service WHERE NOT published ORDER BY id LIMIT 1');
  const direct = await zorg.query('query ($id: ID!) { service(id: $id) { id } }', { id });
  expect(direct.data.service).toBeNull();
  const byReference = await zorg.entities('Service', [{ id }], 'id');
  expect(byReference.data._entities).toEqual([null]);
});

test('services filter by theme and target group', async () => {
  const { data } = await zorg.query('{ services(themes: [HEALTH], targetGroups: [OLDER_65, OLDER_75], first: 100) { edges { node { themes targetGroups } } } }');
  for (const { node } of data.services.edges) {
    expect(node.themes).toContain('HEALTH');
    expect(node.targetGroups.some((g: string) => g === 'OLDER_65' || g === 'OLDER_75')).toBe(true);
  }
});

test('referrals of many hulpvragen load in one statement; a care organisation sees only what it holds', async () => {
  const ids = Array.from({ length: 60 }, (_, i) => ({ id: `help-request-${String(i + 1).padStart(3, '0')}` }));
  const professional = { org: 'org-zg-01', roles: ['professional' as const], purpose: 'SERVICE_DELIVERY' as const };
  let response: any;
  const statements = await countStatements(zorg.subgraph, async () => {
    response = await zorg.entities('HelpRequest', ids, 'id referrals { kind status direction organisation { id } referrer { id } }', professional);
  });
  expect(response.errors).toBeUndefined();
  expect(statements).toBe(2); // the referrals, and the processing log
  const held: { help_request_id: string }[] = await zorg.subgraph.db.query(
    "SELECT help_request_id FROM referral WHERE help_request_id IS NOT NULL AND 'org-zg-01' IN (organisation_id, referrer_organisation_id) ORDER BY 1",
  );
  const withReferrals = response.data._entities.filter((r: any) => r.referrals.length > 0).map((r: any) => r.id);
  expect(withReferrals).toEqual(held.map((row) => row.help_request_id));
  expect(withReferrals.length).toBeGreaterThan(0);
});

test('Area.services for many areas costs the same statements as for two', async () => {
  const codes = ['BU03070101', 'BU03070102', 'BU03070201', 'BU03070202', 'BU03070301', 'BU03070302', 'WK030701', 'GM0307'];
  const selection = 'code services(first: 2) { edges { node { id name } } }';
  const few = await countStatements(zorg.subgraph, () => zorg.entities('Area', codes.slice(0, 2).map((code) => ({ code })), selection));
  const many = await countStatements(zorg.subgraph, () => zorg.entities('Area', codes.map((code) => ({ code })), selection));
  expect(many).toBe(few);
});
