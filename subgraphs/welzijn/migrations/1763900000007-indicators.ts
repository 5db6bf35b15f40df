import type { MigrationInterface, QueryRunner } from 'typeorm';

/** For the dashboard: when volunteers registered, and area and time indexes for the counts. */
export class Indicators1763900000007 implements MigrationInterface {
  name = 'Indicators1763900000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE volunteer
        ADD COLUMN registered_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN area_key text COLLATE "C" GENERATED ALWAYS AS (substring(home_area_code from 3)) STORED;
      CREATE INDEX volunteer_area_key ON volunteer (area_key, registered_at);
      CREATE INDEX help_request_area_created ON help_request (area_key, created_at);
      CREATE INDEX match_proposed ON match (help_request_id, proposed_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX help_request_area_created, match_proposed; ALTER TABLE volunteer DROP COLUMN registered_at, DROP COLUMN area_key');
  }
}
