// A helper's location is both coordinates or neither: the scoring treats half a location as none, and the
// reach prefilter (reach.ts) finds helpers without a location by a NULL latitude.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export function helperLocationCheckMigration(table: string) {
  return class HelperLocationCheck1763900000010 implements MigrationInterface {
    name = 'HelperLocationCheck1763900000010';

    async up(db: QueryRunner): Promise<void> {
      await db.query(`UPDATE ${table} SET latitude = NULL, longitude = NULL WHERE (latitude IS NULL) <> (longitude IS NULL)`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_location_pair CHECK ((latitude IS NULL) = (longitude IS NULL))`);
    }

    async down(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_location_pair`);
    }
  };
}
