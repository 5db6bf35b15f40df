import type { MigrationInterface, QueryRunner } from 'typeorm';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

/**
 * Services imported from HSDS (importHsdsServices) keep their HSDS id, unique per organisation, so importing
 * the same document again finds them; the feed's summary carries it to the kaart and its HSDS export.
 */
export class ServiceHsdsId1763900000656 implements MigrationInterface {
  name = 'ServiceHsdsId1763900000656';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE service ADD COLUMN hsds_id text;
      CREATE UNIQUE INDEX service_hsds_id ON service (organisation_id, hsds_id) WHERE hsds_id IS NOT NULL;
      DROP TRIGGER service_public_change ON service;
      DROP FUNCTION service_public_change();
    `);
    await db.query(
      publicChangeTriggerSql(
        'service',
        'SERVICE',
        (r) => `${r}.published`,
        (r) => `jsonb_build_object('title', ${r}.name, 'description', ${r}.description, 'themes', to_jsonb(${r}.themes),
          'targetGroups', to_jsonb(${r}.target_groups), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id, 'free', ${r}.free,
          'contact', ${r}.contact, 'capacity', ${r}.capacity, 'hsdsId', ${r}.hsds_id)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER service_public_change ON service; DROP FUNCTION service_public_change()');
    await db.query(
      publicChangeTriggerSql(
        'service',
        'SERVICE',
        (r) => `${r}.published`,
        (r) => `jsonb_build_object('title', ${r}.name, 'description', ${r}.description, 'themes', to_jsonb(${r}.themes),
          'targetGroups', to_jsonb(${r}.target_groups), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id, 'free', ${r}.free,
          'contact', ${r}.contact, 'capacity', ${r}.capacity)`,
      ),
    );
    await db.query('DROP INDEX service_hsds_id; ALTER TABLE service DROP COLUMN hsds_id');
  }
}
