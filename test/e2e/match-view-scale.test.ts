// The matcher's screen at scale: an area with 1,000 open hulpvragen and 5,000 helpers (4,000 volunteers,
// 1,000 neighbours' offers). The number of SQL statements per subgraph must not grow with the page size.
import { graphql } from '../support/graphql';
import { gatewayHeaders } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { PARTNERS } from '../../platform/config';

let hub: TestHub;
const MATCHER = { org: 'org-wz-01', roles: ['matcher' as const], purpose: 'MATCHING' as const };
const CATEGORIES = "(ARRAY['SHOPPING','TRANSPORT','ODD_JOBS','GARDEN','COMPANY','WALKING','PAPERWORK','DIGITAL_HELP','MEALS','PETS','CARER_RESPITE','BUDDY','LANGUAGE','MOVING'])";
const SLOTS = "(ARRAY['MON_MORNING','TUE_AFTERNOON','WED_MORNING','THU_EVENING','FRI_MORNING','SAT_AFTERNOON'])";

beforeAll(async () => {
  hub = await startTestHub();
  // Buurten BU03070301 and BU03070302 (wijk WK030703), locations spread over about 2 km.
  await hub.subgraphs.welzijn.db.query(`
    INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, helpers_needed, created_at, respond_by, latitude, longitude, wished_times, languages)
    SELECT 'scale-request-' || lpad(i::text, 4, '0'), ${CATEGORIES}[1 + i % 14], 'LIGHT_ONE_OFF', 'OPEN', 'PHONE',
           CASE WHEN i % 2 = 0 THEN 'BU03070301' ELSE 'BU03070302' END, 'person-' || lpad((1 + i % 80)::text, 3, '0'), 'org-wz-01', 1,
           now() - (i % 30) * interval '1 day', current_date + (i % 10) - 3,
           round((52.165 + (i % 20) * 0.001)::numeric, 3), round((5.395 + (i % 25) * 0.001)::numeric, 3),
           ARRAY[${SLOTS}[1 + i % 6]], '{nl}'
    FROM generate_series(1, 1000) AS i`);
  await hub.subgraphs.welzijn.db.query(`
    INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
    SELECT 'scale-volunteer-' || lpad(i::text, 4, '0'), 'org-wz-01', 'BU03070301', ARRAY[${CATEGORIES}[1 + i % 14], ${CATEGORIES}[1 + (i * 7) % 14]], true, '{nl}',
           round((52.160 + (i % 40) * 0.001)::numeric, 3), round((5.390 + (i % 35) * 0.001)::numeric, 3), 3,
           ARRAY[${SLOTS}[1 + i % 6], ${SLOTS}[1 + (i + 2) % 6]], 2, '{}', i % 3 <> 0, true
    FROM generate_series(1, 4000) AS i`);
  await hub.subgraphs.bewoners.db.query(`
    INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages, limits)
    SELECT 'scale-offer-' || lpad(i::text, 4, '0'), 'person-' || lpad((1 + i % 80)::text, 3, '0'), 'org-bw-03', ARRAY[${CATEGORIES}[1 + i % 14]],
           'BU03070301', true, round((52.165 + (i % 20) * 0.001)::numeric, 3), round((5.395 + (i % 25) * 0.001)::numeric, 3), 1,
           ARRAY[${SLOTS}[1 + i % 6]], '{nl}', '{}'
    FROM generate_series(1, 1000) AS i`);
  for (const partner of ['welzijn', 'bewoners'] as const) await hub.subgraphs[partner].db.query('ANALYZE');
}, 120_000);
afterAll(() => hub?.close());

const MATCH_VIEW = `query ($first: Int) {
  matchView(area: "WK030703", first: $first) {
    edges { node { ageInDays responseOverdue helpRequest { id category area { name } candidates(first: 3) { pool helperId score } } } }
  }
}`;

async function statementsPerSubgraph(first: number) {
  const counts: Record<string, number> = {};
  // the gateway asks gemeente's partner registry once per organisation (then caches it): not the query's SQL
  await graphql(hub.gateway.url, '{ __typename }', undefined, gatewayHeaders(MATCHER));
  const before = Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].db.stats.statements]));
  const response = await graphql(hub.gateway.url, MATCH_VIEW, { first }, gatewayHeaders(MATCHER));
  for (const p of PARTNERS) counts[p] = hub.subgraphs[p].db.stats.statements - before[p];
  return { counts, response };
}

test('the match view for 1,000 open hulpvragen and 5,000 helpers costs the same statements for 10 or 100 rows', async () => {
  const small = await statementsPerSubgraph(10);
  const large = await statementsPerSubgraph(100);
  expect(small.response.errors).toBeUndefined();
  expect(large.response.errors).toBeUndefined();
  const items = large.response.data.matchView.edges.map((e: any) => e.node);
  expect(items).toHaveLength(100);
  const pools = new Set(items.flatMap((item: any) => item.helpRequest.candidates.map((c: any) => c.pool)));
  expect(pools).toEqual(new Set(['VOLUNTEER', 'NEIGHBOUR']));
  expect(large.counts).toEqual(small.counts);
  // the answer's own SQL (8 before the processing log was confirmed) plus, after the answer, the gateway's
  // confirmation of what reached the caller: one transaction of 5 statements per welzijn fetch (kit/access/delivery.ts)
  expect(large.counts.welzijn).toBeLessThanOrEqual(8 + 3 * 5);
  expect(large.counts.bewoners).toBeLessThanOrEqual(2 + 5);
});
