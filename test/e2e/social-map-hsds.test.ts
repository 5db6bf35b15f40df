// The sociale kaart's HSDS 3.0 routes through the gateway: every Page field on the first, a middle, the
// last and an empty page; the query parameters (each must filter, checked against the index); the item
// routes and taxonomies, validated against the official schemas; unknown parameters refused; the KvK number
// in organization_identifiers; schedules in local time with their offsets; CORS and cache headers.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { graphql, USER_ERRORS } from '../support/graphql';
import { gatewayHeaders } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { hsdsId } from '../../subgraphs/gemeente/social-map/hsds';

let hub: TestHub;
let base: string;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const schemaDir = path.join(__dirname, '..', 'fixtures', 'hsds-3.0', 'schema');
for (const file of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')), file);

function valid(schema: string, record: unknown): void {
  const validate = ajv.getSchema(schema)!;
  if (!validate(record)) throw new Error(`${schema}: ${ajv.errorsText(validate.errors)}`);
}

async function get(route: string): Promise<any> {
  const response = await fetch(`${base}${route}`);
  const body = await response.json();
  if (response.status !== 200) throw new Error(`${route}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}
const status = async (route: string) => (await fetch(`${base}${route}`)).status;
const gemeente = (sql: string, params: unknown[] = []) => hub.subgraphs.gemeente.db.query(sql, params);
/** Every service on the kaart, all pages. */
async function all(route: string): Promise<any[]> {
  const join = route.includes('?') ? '&' : '?';
  const first = await get(`${route}${join}per_page=200`);
  const rest = [];
  for (let n = 2; n <= first.total_pages; n++) rest.push(...(await get(`${route}${join}per_page=200&page=${n}`)).contents);
  return [...first.contents, ...rest];
}

beforeAll(async () => {
  hub = await startTestHub();
  base = hub.gateway.url.replace(/\/graphql$/, '');
  const refreshed = await graphql(hub.gateway.url, `mutation { refreshSocialMap { feeds { partner } ${USER_ERRORS} } }`, {}, gatewayHeaders({ org: 'org-gm-01', roles: ['hub-admin'] }));
  expect(refreshed.errors).toBeUndefined();
});
afterAll(() => hub?.close());

test('all eight Page fields on the first, a middle, the last and an empty page', async () => {
  const [{ n: total }] = await gemeente("SELECT count(*)::int AS n FROM social_map_item WHERE kind IN ('SERVICE', 'ACTIVITY', 'COOPERATIVE_SERVICE')");
  const perPage = 7;
  const pages = Math.ceil(total / perPage);
  expect(pages).toBeGreaterThanOrEqual(3);
  const lastSize = total - (pages - 1) * perPage;
  const expectPage = async (route: string, fields: Record<string, unknown>) => {
    const body = await get(route);
    const { contents, ...envelope } = body;
    expect(envelope).toEqual(fields); // exactly the eight fields, each with its value
    expect(contents).toHaveLength(fields.size as number);
    return contents;
  };
  const first = await expectPage(`/hsds/services?per_page=${perPage}`, { total_items: total, total_pages: pages, page_number: 1, size: perPage, first_page: true, last_page: false, empty: false });
  const middle = await expectPage(`/hsds/services?per_page=${perPage}&page=2`, { total_items: total, total_pages: pages, page_number: 2, size: perPage, first_page: false, last_page: false, empty: false });
  const last = await expectPage(`/hsds/services?per_page=${perPage}&page=${pages}`, { total_items: total, total_pages: pages, page_number: pages, size: lastSize, first_page: false, last_page: true, empty: false });
  // pages do not overlap
  expect(new Set([...first, ...middle, ...last].map((s: any) => s.id)).size).toBe(2 * perPage + lastSize);
  await expectPage('/hsds/services?search=xqzwvbl', { total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true });
  await expectPage(`/hsds/services?per_page=${perPage}&page=${pages + 1}`, { total_items: total, total_pages: pages, page_number: pages + 1, size: 0, first_page: false, last_page: true, empty: true });
});

describe('query parameters filter, each checked against the index', () => {
  test('search: Dutch full text and title', async () => {
    const hits = await all('/hsds/services?search=koffie');
    const expected = await gemeente(
      "SELECT count(*)::int AS n FROM social_map_item WHERE kind IN ('SERVICE', 'ACTIVITY', 'COOPERATIVE_SERVICE') AND (lower(title) LIKE '%koffie%' OR lower(description) LIKE '%koffie%')",
    );
    expect(hits.length).toBe(expected[0].n);
    expect(hits.length).toBeGreaterThan(0);
    for (const s of hits) expect(`${s.name} ${s.description}`.toLowerCase()).toMatch(/koffie/);
    const organisations = await all('/hsds/organizations?search=buurt');
    expect(organisations.length).toBeGreaterThan(0);
    for (const o of organisations) expect(o.name.toLowerCase()).toContain('buurt');
  });

  test('taxonomy_term_id and taxonomy_id: the themes and target groups, with their taxonomy terms', async () => {
    const terms = await all('/hsds/taxonomy_terms');
    const taxonomies = await all('/hsds/taxonomies');
    for (const t of taxonomies) valid('taxonomy.json', t);
    for (const t of terms) valid('taxonomy_term.json', t);
    const food = terms.find((t: any) => t.code === 'FOOD' && t.taxonomy.endsWith('/thema'));
    expect(food).toMatchObject({ name: 'eten', language: 'nl' });
    expect(await get(`/hsds/taxonomy_terms/${food.id}`)).toEqual(food);
    const thema = taxonomies.find((t: any) => t.uri.endsWith('/thema'));
    expect(await get(`/hsds/taxonomies/${thema.id}`)).toEqual(thema);
    const themaTerms = await all(`/hsds/taxonomy_terms?taxonomy_id=${thema.id}`);
    expect(themaTerms.length).toBe(terms.filter((t: any) => t.taxonomy_id === thema.id).length);
    expect(themaTerms.length).toBeLessThan(terms.length);

    const hits = await all(`/hsds/services?taxonomy_term_id=${food.id}`);
    const [{ n }] = await gemeente("SELECT count(*)::int AS n FROM social_map_item WHERE kind IN ('SERVICE', 'ACTIVITY', 'COOPERATIVE_SERVICE') AND 'FOOD' = ANY(themes)");
    expect(hits.length).toBe(n);
    expect(n).toBeGreaterThan(0);
    for (const s of hits) expect(s.attributes.map((a: any) => a.taxonomy_term_id)).toContain(food.id);
    expect(await all(`/hsds/services?taxonomy_term_id=${hsdsId('no such term')}`)).toEqual([]);
  });

  test('organization_id, and full_service nests an organisation’s services', async () => {
    const [{ organisation_id: org, n }] = await gemeente(
      "SELECT organisation_id, count(*)::int AS n FROM social_map_item WHERE kind IN ('SERVICE', 'ACTIVITY', 'COOPERATIVE_SERVICE') GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
    );
    const id = hsdsId(`organisation:${org}`);
    const hits = await all(`/hsds/services?organization_id=${id}`);
    expect(hits.length).toBe(n);
    for (const s of hits) expect(s.organization_id).toBe(id);
    const organisation = await get(`/hsds/organizations/${id}?full_service=true`);
    valid('organization.json', organisation);
    expect(organisation.services.map((s: any) => s.id).sort()).toEqual(hits.map((s: any) => s.id).sort());
    expect((await get(`/hsds/organizations/${id}`)).services).toBeUndefined();
  });

  test('modified_after', async () => {
    const [{ median }] = await gemeente(
      "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY indexed_at) AS median FROM social_map_item WHERE kind IN ('SERVICE', 'ACTIVITY', 'COOPERATIVE_SERVICE')",
    );
    const [{ n }] = await gemeente("SELECT count(*)::int AS n FROM social_map_item WHERE kind IN ('SERVICE', 'ACTIVITY', 'COOPERATIVE_SERVICE') AND indexed_at >= $1", [median]);
    const hits = await all(`/hsds/services?modified_after=${encodeURIComponent(median.toISOString())}`);
    expect(hits.length).toBe(n);
    for (const s of hits) expect(new Date(s.last_modified).getTime()).toBeGreaterThanOrEqual(new Date(median.toISOString()).getTime());
    expect(await all('/hsds/services?modified_after=2999-01-01T00:00:00Z')).toEqual([]);
  });

  test('postcode and proximity on service_at_locations', async () => {
    const everything = await all('/hsds/service_at_locations');
    const [venue] = await gemeente("SELECT id, area_code, contact->'address'->>'postalCode' AS postcode FROM venue WHERE contact->'address' IS NOT NULL ORDER BY id LIMIT 1");
    const served = await all(`/hsds/service_at_locations?postcode=${encodeURIComponent(venue.postcode)}`);
    expect(served.length).toBeGreaterThan(0);
    expect(served.length).toBeLessThan(everything.length);
    const buurt = venue.area_code as string;
    for (const s of served) expect([buurt, `WK${buurt.slice(2, 8)}`, `GM${buurt.slice(2, 6)}`]).toContain(s.service.service_areas[0].extent);
    // within 10 m: only what is at that venue (or one on the same spot)
    const close = await all(`/hsds/service_at_locations?postcode=${encodeURIComponent(venue.postcode)}&proximity=10`);
    expect(close.length).toBeGreaterThan(0);
    expect(close.every((s: any) => s.location_id === hsdsId(`venue:${venue.id}`))).toBe(true);
    const wide = await all(`/hsds/service_at_locations?postcode=${encodeURIComponent(venue.postcode)}&proximity=50000`);
    expect(wide.length).toBe(everything.length);
    expect(await status('/hsds/service_at_locations?postcode=12345')).toBe(400);
    expect(await status('/hsds/service_at_locations?postcode=9999 ZZ')).toBe(400); // no venue there: said, not an empty page
    expect(await status('/hsds/service_at_locations?proximity=100')).toBe(400);
  });

  test('unknown or malformed parameters are refused with a reason, not ignored', async () => {
    for (const route of ['/hsds/services?minimal=true', '/hsds/services?format=ndjson', '/hsds/organizations?postcode=3811', '/hsds/services?postcode=3811 AB', '/hsds/taxonomies?organization_id=x']) {
      const response = await fetch(`${base}${route}`);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/does not take|unknown query parameter/);
    }
    const gateway = await fetch(`${base}/hsds/services?colour=red`);
    expect(gateway.status).toBe(400);
    expect((await gateway.json()).error).toMatch(/unknown query parameter colour/);
    for (const route of ['/hsds/services?organization_id=org-bw-01', '/hsds/services?modified_after=gisteren', '/hsds/organizations?full_service=ja']) {
      expect(await status(route)).toBe(400);
    }
  });
});

test('item routes answer one record, valid, the same as in the list; unknown ids 404', async () => {
  const [firstService] = (await get('/hsds/services?per_page=1')).contents;
  expect(await get(`/hsds/services/${firstService.id}`)).toEqual(firstService);
  valid('service.json', firstService);
  const [firstAt] = (await get('/hsds/service_at_locations?per_page=1')).contents;
  expect(await get(`/hsds/service_at_locations/${firstAt.id}`)).toEqual(firstAt);
  valid('service_at_location.json', firstAt);
  const [firstOrganisation] = (await get('/hsds/organizations?per_page=1')).contents;
  expect(await get(`/hsds/organizations/${firstOrganisation.id}`)).toEqual(firstOrganisation);
  for (const route of ['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms']) {
    expect(await status(`/hsds/${route}/${hsdsId('nothing')}`)).toBe(404);
  }
});

test('the KvK number in organization_identifiers, venues’ addresses in addresses, schedules in local time with offsets', async () => {
  const organisations = await all('/hsds/organizations');
  const withKvk = await gemeente('SELECT id, kvk_number FROM organisation WHERE kvk_number IS NOT NULL');
  expect(withKvk.length).toBeGreaterThan(0);
  for (const { id, kvk_number } of withKvk) {
    const organisation = organisations.find((o: any) => o.id === hsdsId(`organisation:${id}`));
    valid('organization.json', organisation);
    expect(organisation.organization_identifiers).toEqual([expect.objectContaining({ identifier_scheme: 'NL-KVK', identifier: kvk_number, organization_id: organisation.id })]);
  }
  const atLocations = await all('/hsds/service_at_locations');
  const [venue] = await gemeente("SELECT id, contact->'address' AS address FROM venue WHERE contact->'address' IS NOT NULL AND id IN (SELECT venue_id FROM social_map_item) ORDER BY id LIMIT 1");
  const at = atLocations.find((s: any) => s.location_id === hsdsId(`venue:${venue.id}`));
  expect(at.location.addresses).toEqual([expect.objectContaining({ address_1: venue.address.street, postal_code: venue.address.postalCode, city: venue.address.city })]);

  const services = await all('/hsds/services');
  const activities = services.filter((s: any) => s.schedules.some((x: any) => x.dtstart));
  expect(activities.length).toBeGreaterThan(0);
  const [row] = await hub.subgraphs.bewoners.db.query("SELECT id, starts_at FROM activity WHERE published AND status = 'SCHEDULED' ORDER BY id LIMIT 1");
  const schedule = services.find((s: any) => s.id === hsdsId(`ACTIVITY:${row.id}`)).schedules[0];
  valid('schedule.json', schedule);
  const local = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(row.starts_at);
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).format(row.starts_at).slice(-6); // +01:00 or +02:00
  expect(schedule).toMatchObject({ opens_at: `${local}${offset}`, timezone: Number(offset.slice(1, 3)) });
});

test('CORS on the public routes and the subgraph’s cache headers through the gateway', async () => {
  for (const route of ['/hsds/services?per_page=1', '/ical/areas/GM0307.ics']) {
    const response = await fetch(`${base}${route}`, { headers: { origin: 'https://www.amersfoort.nl' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
  }
  const preflight = await fetch(`${base}/hsds/services`, { method: 'OPTIONS', headers: { origin: 'https://www.amersfoort.nl', 'access-control-request-method': 'GET' } });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
});
