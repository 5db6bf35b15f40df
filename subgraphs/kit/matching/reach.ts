// Which helpers can reach a hulpvraag at all. The scoring (scoring.ts) excludes a helper who lives further
// away than their own maxDistanceKm, so a candidate pool needs only the helpers whose reach holds one of
// the hulpvragen being matched, plus those without a location (their distance counts as neutral). A
// helper's reach is stored as a box around their location, a little larger than the circle the scoring
// allows; a GiST index on it lets a pool read those helpers instead of every helper in town. The scoring
// still applies the exact distance filter to whoever the box lets through.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { GeoPoint } from './location';
import { VOG_CATEGORIES } from './scoring';

/** Kilometres per degree of latitude on the sphere the scoring's haversine uses (radius 6371 km). */
const KM_PER_DEGREE = 111.195;

/**
 * SQL defining reach_box(latitude, longitude, km). East–west a degree is shorter away
 * from the equator; the box uses the width at its poleward edge, where a degree is shortest, and adds 1%.
 */
export const REACH_BOX_FUNCTION_SQL = `
  CREATE OR REPLACE FUNCTION reach_box(latitude double precision, longitude double precision, km double precision) RETURNS box
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN box(
    point(longitude - 1.01 * km / (${KM_PER_DEGREE} * cos(radians(least(abs(latitude) + km / ${KM_PER_DEGREE}, 89)))), latitude - 1.01 * km / ${KM_PER_DEGREE}),
    point(longitude + 1.01 * km / (${KM_PER_DEGREE} * cos(radians(least(abs(latitude) + km / ${KM_PER_DEGREE}, 89)))), latitude + 1.01 * km / ${KM_PER_DEGREE}))`;

/** The migration that indexes a helper table's reach (and its helpers without a location) among the available helpers. */
export function helperReachMigration(table: string) {
  return class HelperReach1763900000008 implements MigrationInterface {
    name = 'HelperReach1763900000008';

    async up(db: QueryRunner): Promise<void> {
      await db.query(REACH_BOX_FUNCTION_SQL);
      await db.query(`
        CREATE INDEX ${table}_reach ON ${table} USING gist (reach_box(latitude, longitude, max_distance_km)) WHERE available AND latitude IS NOT NULL;
        CREATE INDEX ${table}_unlocated ON ${table} (id) WHERE available AND latitude IS NULL`);
    }

    async down(db: QueryRunner): Promise<void> {
      await db.query(`DROP INDEX ${table}_reach, ${table}_unlocated; DROP FUNCTION reach_box`);
    }
  };
}

/**
 * A helper's text[] column as a pool selects it: as JSON, which node-postgres hands to JSON.parse, instead of
 * an array literal it parses character by character (4× slower; a pool returns a thousand helpers with
 * four arrays each, 8% of welzijn's CPU on the bench's match view).
 */
export const arrayColumn = (column: string) => `to_json(${column}) AS ${column}`;

/** What the pool statement needs of a hulpvraag to leave out the helpers the scoring would exclude for it. */
export interface PoolRequest {
  category: string;
  location: GeoPoint | null;
  wishedTimes: readonly string[];
}

/**
 * A SELECT of `columns` from the available helpers in `table` matching `where` (over alias h, parameters
 * `params`) who pass the hard filters for at least one of `requests`.
 *
 * The helper's reach box is tested against the bounding box of the requests' locations (one probe of the
 * GiST index, or the rows `where` picks, e.g. by organisation): probing the index once per hulpvraag read
 * the helpers near several of them several times over. A hulpvraag without a location can be reached by
 * everyone, so then `where` and the hard filters alone decide.
 *
 * The hard filters, per pair of helper and hulpvraag, are the scoring's (scoring.ts) in a weaker form, so
 * they only leave out whom the scoring would exclude for every hulpvraag of the batch, and the scoring still
 * applies the exact rules to whoever passes: offers the category and does not list it among their limits
 * (limits that rule out further categories are left to the scoring), a VOG on record for a VOG category
 * (whether it has expired is left to the scoring), a wished time in their availability when both are
 * stated, and the hulpvraag inside the reach box (the exact distance is left to the scoring).
 *
 * The pairs are a hash join on the category (a helper's categories against the batch's hulpvragen, built
 * once), so each helper is checked against only the hulpvragen of a category they offer; a correlated
 * EXISTS over every hulpvraag cost bewoners' pool 45 of its 50 ms on the bench. GROUP BY the key returns each
 * helper once, however many of their pairs pass.
 */
export function reachablePoolSql(table: string, columns: string, where: string, params: unknown[], requests: readonly PoolRequest[]): { sql: string; params: unknown[] } {
  const n = params.length;
  // the helper's reach, spelled as the GiST index spells it (helperReachMigration), so the bounding-box test below uses it
  const reach = 'reach_box(h.latitude, h.longitude, h.max_distance_km)';
  // the batch's hulpvragen once, named apart from the helper's columns (which `columns` and `where` use bare)
  const batch = `WITH request AS MATERIALIZED (
      SELECT category AS request_category, point(longitude, latitude) AS request_at, string_to_array(nullif(wished, ''), ',') AS request_wished
      FROM unnest($${n + 1}::text[], $${n + 2}::float8[], $${n + 3}::float8[], $${n + 4}::text[]) AS r(category, latitude, longitude, wished))`;
  const pairs = `CROSS JOIN LATERAL unnest(h.categories) AS offered(category) JOIN request ON request_category = offered.category`;
  const filters = `NOT request_category = ANY (h.limits) AND (h.has_vog OR NOT request_category = ANY ($${n + 5}::text[]))
        AND (request_wished IS NULL OR cardinality(h.availability) = 0 OR h.availability && request_wished)
        AND (request_at IS NULL OR h.latitude IS NULL OR ${reach} @> request_at)`;
  const pairParams = [
    requests.map((r) => r.category),
    requests.map((r) => r.location?.latitude ?? null),
    requests.map((r) => r.location?.longitude ?? null),
    requests.map((r) => r.wishedTimes.join(',')),
    VOG_CATEGORIES,
  ];
  const available = (also: string) => `SELECT ${columns} FROM ${table} h ${pairs}
    WHERE h.available AND ${where} AND ${filters}${also} GROUP BY h.id`;
  const located = requests.map((r) => r.location);
  if (located.some((point) => point === null)) return { sql: `${batch} ${available('')}`, params: [...params, ...pairParams] };
  const points = located as GeoPoint[];
  const latitudes = points.map((point) => point.latitude);
  const longitudes = points.map((point) => point.longitude);
  const bounds = [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)];
  return {
    sql: `${batch}
      ${available(' AND h.latitude IS NULL')}
      UNION ALL
      ${available(` AND h.latitude IS NOT NULL
        AND ${reach} && box(point($${n + 6}, $${n + 7}), point($${n + 8}, $${n + 9}))`)}`,
    params: [...params, ...pairParams, ...bounds],
  };
}
