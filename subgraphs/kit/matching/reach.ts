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
 * One reach box per helper, tested against the bounding box of the requests' locations (one probe of the
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
 */
export function reachablePoolSql(table: string, columns: string, where: string, params: unknown[], requests: readonly PoolRequest[]): { sql: string; params: unknown[] } {
  const n = params.length;
  const pairs = `EXISTS (
      SELECT 1 FROM unnest($${n + 1}::text[], $${n + 2}::float8[], $${n + 3}::float8[], $${n + 4}::text[]) AS r(category, latitude, longitude, wished)
      WHERE r.category = ANY (h.categories) AND NOT r.category = ANY (h.limits) AND (h.has_vog OR NOT r.category = ANY ($${n + 5}::text[]))
        AND (r.wished = '' OR cardinality(h.availability) = 0 OR h.availability && string_to_array(r.wished, ','))
        AND (r.latitude IS NULL OR h.latitude IS NULL OR reach.box @> point(r.longitude, r.latitude)))`;
  const pairParams = [
    requests.map((r) => r.category),
    requests.map((r) => r.location?.latitude ?? null),
    requests.map((r) => r.location?.longitude ?? null),
    requests.map((r) => r.wishedTimes.join(',')),
    VOG_CATEGORIES,
  ];
  // the helper's box once per helper, not once per pair (OFFSET 0 keeps PostgreSQL from inlining it back)
  const available = `SELECT ${columns} FROM ${table} h CROSS JOIN LATERAL (SELECT reach_box(h.latitude, h.longitude, h.max_distance_km) AS box OFFSET 0) reach
    WHERE h.available AND ${where} AND ${pairs}`;
  const located = requests.map((r) => r.location);
  if (located.some((point) => point === null)) return { sql: available, params: [...params, ...pairParams] };
  const points = located as GeoPoint[];
  const latitudes = points.map((point) => point.latitude);
  const longitudes = points.map((point) => point.longitude);
  const bounds = [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)];
  return {
    sql: `${available} AND h.latitude IS NULL
      UNION ALL
      ${available} AND h.latitude IS NOT NULL
        AND reach_box(h.latitude, h.longitude, h.max_distance_km) && box(point($${n + 6}, $${n + 7}), point($${n + 8}, $${n + 9}))`,
    params: [...params, ...pairParams, ...bounds],
  };
}
