// The reach prefilter may only leave out helpers the scoring would exclude anyway: every helper whose
// haversine distance to a hulpvraag is within their maxDistanceKm must be in the pool, at any latitude.
import { Client } from 'pg';
import { createTestDatabases, type TestDatabases } from '../support/databases';
import { REACH_BOX_FUNCTION_SQL, reachablePoolSql } from '../../subgraphs/kit/matching/reach';
import { distanceKm, scoreHelper, type GeoPoint } from '../../subgraphs/kit/matching/scoring';
import { seededRandom } from '../../hub/demo/random';
import { helperLocationCheckMigration } from '../../subgraphs/kit/matching/location-check';
import type { QueryRunner } from 'typeorm';

let databases: TestDatabases;
let client: Client;

beforeAll(async () => {
  databases = await createTestDatabases(['bewoners']);
  client = new Client({ connectionString: databases.urls.bewoners });
  await client.connect();
  await client.query(REACH_BOX_FUNCTION_SQL);
  await client.query(`CREATE TABLE helper (id text PRIMARY KEY, available boolean NOT NULL, latitude float8, longitude float8, max_distance_km float8 NOT NULL,
    categories text[] NOT NULL DEFAULT '{SHOPPING}', limits text[] NOT NULL DEFAULT '{}', has_vog boolean NOT NULL DEFAULT false, availability text[] NOT NULL DEFAULT '{}')`);
});
afterAll(async () => {
  await client?.end();
  await databases?.drop();
});

async function pool(points: (GeoPoint | null)[]): Promise<string[]> {
  const { sql, params } = reachablePoolSql('helper', 'id', 'true', [], points.map((location) => ({ category: 'SHOPPING', location, wishedTimes: [] })));
  return (await client.query(sql, params)).rows.map((row) => row.id).sort();
}

test.each([0, 52.15, 67.9, -45])('at latitude %d every helper within their own distance is in the pool', async (latitude) => {
  const random = seededRandom(1000 + Math.round(latitude * 100));
  await client.query('TRUNCATE helper');
  const helpers = Array.from({ length: 400 }, (_, i) => ({
    id: `h${String(i).padStart(3, '0')}`,
    latitude: latitude + (random.next() - 0.5) * 0.4,
    longitude: 5 + (random.next() - 0.5) * 0.6,
    km: random.pick([0.5, 1, 2, 5, 10]),
  }));
  for (const h of helpers) await client.query('INSERT INTO helper VALUES ($1, true, $2, $3, $4)', [h.id, h.latitude, h.longitude, h.km]);
  for (let i = 0; i < 20; i++) {
    const request = { latitude: latitude + (random.next() - 0.5) * 0.4, longitude: 5 + (random.next() - 0.5) * 0.6 };
    const reachable = helpers.filter((h) => distanceKm(request, h) <= h.km).map((h) => h.id);
    const found = await pool([request]);
    expect(found).toEqual(expect.arrayContaining(reachable));
    // and it is a real filter: far fewer than everyone
    expect(found.length).toBeLessThan(helpers.length / 2);
  }
});

/** The point `km` away from `from` in direction `bearing` (degrees from north), on the scoring's sphere. */
function destination(from: GeoPoint, km: number, bearing: number): GeoPoint {
  const rad = Math.PI / 180;
  const angle = km / 6371;
  const lat = Math.asin(Math.sin(from.latitude * rad) * Math.cos(angle) + Math.cos(from.latitude * rad) * Math.sin(angle) * Math.cos(bearing * rad));
  const lon = from.longitude * rad + Math.atan2(Math.sin(bearing * rad) * Math.sin(angle) * Math.cos(from.latitude * rad), Math.cos(angle) - Math.sin(from.latitude * rad) * Math.sin(lat));
  return { latitude: lat / rad, longitude: lon / rad };
}

test.each([0, 52.15, 67.9, -45])('at latitude %d a helper just inside their distance, in any direction, is in the pool', async (latitude) => {
  await client.query('TRUNCATE helper');
  const request = { latitude, longitude: 5 };
  for (const km of [0.5, 10, 50]) {
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const at = destination(request, km * 0.999, bearing);
      await client.query('INSERT INTO helper VALUES ($1, true, $2, $3, $4)', [`${km}-${bearing}`, at.latitude, at.longitude, km]);
      expect(distanceKm(request, at)).toBeLessThanOrEqual(km);
    }
  }
  expect(await pool([request])).toHaveLength(3 * 24);
});

test('helpers without a location, and everyone for a hulpvraag without one; switched-off helpers never', async () => {
  await client.query('TRUNCATE helper');
  await client.query(`INSERT INTO helper VALUES ('near', true, 52.15, 5.38, 1), ('far', true, 53.2, 6.5, 1), ('nowhere', true, NULL, NULL, 1), ('off', false, 52.15, 5.38, 1)`);
  expect(await pool([{ latitude: 52.15, longitude: 5.385 }])).toEqual(['near', 'nowhere']);
  expect(await pool([{ latitude: 52.15, longitude: 5.385 }, null])).toEqual(['far', 'near', 'nowhere']);
});

test('a helper has both coordinates or neither (half a location would slip past the prefilter)', async () => {
  await client.query('CREATE TABLE volunteer (id text PRIMARY KEY, latitude float8, longitude float8)');
  await client.query("INSERT INTO volunteer VALUES ('half', 52.1, NULL), ('whole', 52.1, 5.3)");
  const Migration = helperLocationCheckMigration('volunteer');
  await new Migration().up(client as unknown as QueryRunner);
  expect((await client.query('SELECT id, latitude, longitude FROM volunteer ORDER BY id')).rows).toEqual([
    { id: 'half', latitude: null, longitude: null },
    { id: 'whole', latitude: 52.1, longitude: 5.3 },
  ]);
  await expect(client.query("INSERT INTO volunteer VALUES ('again', NULL, 5.3)")).rejects.toMatchObject({ code: '23514' });
});

test('the hard filters per pair leave out only helpers the scoring excludes for every hulpvraag of the batch', async () => {
  const random = seededRandom(4242);
  const categories = ['SHOPPING', 'BUDDY', 'GARDEN', 'PAPERWORK'];
  const slots = ['MON_MORNING', 'TUE_EVENING', 'SAT_AFTERNOON'];
  const some = (values: string[]) => values.filter(() => random.next() < 0.4);
  await client.query('TRUNCATE helper');
  const helpers = Array.from({ length: 400 }, (_, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    location: i % 10 === 0 ? null : { latitude: 52.15 + (random.next() - 0.5) * 0.1, longitude: 5.38 + (random.next() - 0.5) * 0.15 },
    maxDistanceKm: random.pick([1, 2, 5]),
    categories: [random.pick(categories), random.pick(categories)],
    limits: random.next() < 0.2 ? [random.pick(categories)] : [],
    hasVog: random.next() < 0.5,
    availability: some(slots),
  }));
  for (const h of helpers) {
    await client.query('INSERT INTO helper VALUES ($1, true, $2, $3, $4, $5, $6, $7, $8)', [
      h.id, h.location?.latitude ?? null, h.location?.longitude ?? null, h.maxDistanceKm, h.categories, h.limits, h.hasVog, h.availability,
    ]);
  }
  const requests = Array.from({ length: 8 }, () => ({
    category: random.pick(categories),
    intensity: random.pick(['LIGHT_ONE_OFF', 'LONG_TERM'] as const),
    tasks: random.next() < 0.3 ? [random.pick(['PERSONAL_CARE', 'HOUSEHOLD', 'MONEY'])] : [],
    notDirectNeighbour: random.next() < 0.3,
    location: { latitude: 52.15 + (random.next() - 0.5) * 0.1, longitude: 5.38 + (random.next() - 0.5) * 0.15 },
    wishedTimes: some(slots),
    languages: [],
    requesterId: null,
  }));
  const { sql, params } = reachablePoolSql('helper', 'id', 'true', [], requests);
  const found: string[] = (await client.query(sql, params)).rows.map((row) => row.id);
  const eligible = helpers
    .filter((h) => requests.some((r) => scoreHelper(r, { ...h, languages: [], available: true, activeMatches: 0, loadCap: 1, earlierRequesters: [], insured: random.next() < 0.5 }).eligible))
    .map((h) => h.id);
  expect(eligible.length).toBeGreaterThan(0);
  expect(found).toEqual(expect.arrayContaining(eligible));
  // each helper once, though many offer a category twice or pass for several hulpvragen
  expect(new Set(found).size).toBe(found.length);
  // and the pair filters bite: far fewer than those passing the bounding box alone
  expect(found.length).toBeLessThan(helpers.length / 2);
});
