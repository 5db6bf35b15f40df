import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CAPACITY_COLUMN_SQL } from '../../kit/capacity';
import { CONTACT_COLUMN_SQL } from '../../kit/contact-details';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

/**
 * Care organisations write their services: contact details and opening hours, capacity (takes new clients,
 * waiting time), idempotent creation, withdrawal. The feed's summary carries contact and capacity, so the
 * kaart and its HSDS export show them; a referral may name the service it refers to.
 */
export class ServiceWrites1763900000301 implements MigrationInterface {
  name = 'ServiceWrites1763900000301';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE service
        ADD COLUMN ${CONTACT_COLUMN_SQL},
        ADD COLUMN ${CAPACITY_COLUMN_SQL},
        ADD COLUMN client_mutation_id text,
        ADD COLUMN client_mutation_hash text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN withdrawn_at timestamptz,
        ADD CONSTRAINT service_withdrawn_unpublished CHECK (withdrawn_at IS NULL OR NOT published);
      CREATE UNIQUE INDEX service_client_mutation ON service (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;
      ALTER TABLE referral ADD COLUMN service_id text REFERENCES service (id);
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
          'contact', ${r}.contact, 'capacity', ${r}.capacity)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER service_public_change ON service; DROP FUNCTION service_public_change()');
    await db.query(`ALTER TABLE referral DROP COLUMN service_id;
      ALTER TABLE service DROP COLUMN contact, DROP COLUMN capacity, DROP COLUMN client_mutation_id, DROP COLUMN client_mutation_hash,
        DROP COLUMN updated_at, DROP COLUMN withdrawn_at`);
  }
}
