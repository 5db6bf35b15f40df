import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cooperative's subscription to a calendar it already keeps (an .ics URL): pulled on a schedule into its
 * activities, each remembered by the calendar's UID and the SEQUENCE last taken.
 */
export class CalendarSubscriptions1763900000421 implements MigrationInterface {
  name = 'CalendarSubscriptions1763900000421';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar_subscription (
        id text PRIMARY KEY,
        organisation_id text NOT NULL,
        url text NOT NULL CHECK (url ~ '^https?://'),
        area_code text NOT NULL CHECK (area_code ~ '^(WK[0-9]{6}|BU[0-9]{8})$'),
        kind text NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        interval_minutes integer NOT NULL CHECK (interval_minutes BETWEEN 5 AND 1440),
        last_pulled_at timestamptz,
        last_error text,
        client_mutation_id text,
        client_mutation_hash text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX calendar_subscription_client_mutation ON calendar_subscription (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;
      ALTER TABLE activity
        ADD COLUMN source_subscription_id text REFERENCES calendar_subscription (id) ON DELETE SET NULL,
        ADD COLUMN source_uid text,
        ADD COLUMN source_sequence integer;
      CREATE UNIQUE INDEX activity_source ON activity (source_subscription_id, source_uid) WHERE source_subscription_id IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE activity DROP COLUMN source_subscription_id, DROP COLUMN source_uid, DROP COLUMN source_sequence;
      DROP TABLE calendar_subscription;
    `);
  }
}
