import type { MigrationInterface, QueryRunner } from 'typeorm';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

/** Publishing activities: a status (cancelled ones leave the kaart), idempotent creation, the change feed. */
export class ActivityPublishing1763900000006 implements MigrationInterface {
  name = 'ActivityPublishing1763900000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE activity
        ADD COLUMN status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        ADD COLUMN client_mutation_id text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      CREATE UNIQUE INDEX activity_client_mutation ON activity (organisation_id, client_mutation_id);
    `);
    await db.query(
      publicChangeTriggerSql(
        'activity',
        'ACTIVITY',
        (r) => `(${r}.published AND ${r}.status = 'SCHEDULED')`,
        (r) => `jsonb_build_object('title', ${r}.title, 'description', ${r}.description, 'themes', to_jsonb(${r}.themes),
          'targetGroups', to_jsonb(${r}.target_groups), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id,
          'free', ${r}.free, 'venueId', ${r}.venue_id, 'startsAt', ${r}.starts_at, 'endsAt', ${r}.ends_at, 'recurrence', ${r}.recurrence)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER activity_public_change ON activity; DROP FUNCTION activity_public_change();
      ALTER TABLE activity DROP COLUMN status, DROP COLUMN client_mutation_id, DROP COLUMN updated_at`);
  }
}
