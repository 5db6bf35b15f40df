// Which helpers can reach a hulpvraag at all. The scoring (scoring.ts) excludes a helper who lives further
// away than their own maxDistanceKm, so a candidate pool needs only the helpers whose reach holds one of
// the hulpvragen being matched, plus those without a location (their distance counts as neutral). A
// helper's reach is stored as a box around their location, a little larger than the circle the scoring
// allows; a GiST index on it lets a pool read those helpers instead of every helper in town. The scoring
// still applies the exact distance filter to whoever the box lets through.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { GeoPoint } from './location';

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
 * A SELECT of `columns` from the available helpers in `table` matching `where` (over alias h, parameters
 * `params`) who can reach one of `points`. A hulpvraag without a location can be reached by everyone, so
 * then `where` alone decides.
 */
export function reachablePoolSql(table: string, columns: string, where: string, params: unknown[], points: (GeoPoint | null)[]): { sql: string; params: unknown[] } {
  const available = `SELECT ${columns} FROM ${table} h WHERE h.available AND ${where}`;
  if (points.some((point) => point === null)) return { sql: available, params };
  const latitudes = `$${params.length + 1}::float8[]`;
  const longitudes = `$${params.length + 2}::float8[]`;
  return {
    sql: `${available} AND h.latitude IS NULL
      UNION ALL
      ${available} AND h.id IN (
        SELECT x.id FROM unnest(${latitudes}, ${longitudes}) AS r(latitude, longitude)
        JOIN ${table} x ON x.available AND x.latitude IS NOT NULL AND reach_box(x.latitude, x.longitude, x.max_distance_km) @> box(point(r.longitude, r.latitude), point(r.longitude, r.latitude)))`,
    params: [...params, points.map((point) => point!.latitude), points.map((point) => point!.longitude)],
  };
}
