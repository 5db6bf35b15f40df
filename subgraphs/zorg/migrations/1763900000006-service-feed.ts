import type { MigrationInterface, QueryRunner } from 'typeorm';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

/** Published services go to the sociale kaart through the change feed. */
export class ServiceFeed1763900000006 implements MigrationInterface {
  name = 'ServiceFeed1763900000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      publicChangeTriggerSql(
        'service',
        'SERVICE',
        (r) => `${r}.published`,
        (r) => `jsonb_build_object('title', ${r}.name, 'description', ${r}.description, 'themes', to_jsonb(${r}.themes),
          'targetGroups', to_jsonb(${r}.target_groups), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id, 'free', ${r}.free)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER service_public_change ON service; DROP FUNCTION service_public_change()');
  }
}
