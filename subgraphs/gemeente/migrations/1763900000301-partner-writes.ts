import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CONTACT_COLUMN_SQL } from '../../kit/contact-details';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

/**
 * The gemeente's write side: residents taken in by an organisation's own reference (never a BSN) and merged
 * with a logged reason; organisations onboarded by the hub administrator with contact details; venues with
 * a structured address, phones, opening hours and accessibility. The sociale kaart index keeps every item's
 * contact details and capacity (for its HSDS export) and knows the cooperatives' ongoing services.
 */
export class PartnerWrites1763900000301 implements MigrationInterface {
  name = 'PartnerWrites1763900000301';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE person
        ADD COLUMN merged_into text REFERENCES person (id),
        ADD COLUMN merged_at timestamptz,
        ADD CONSTRAINT person_not_merged_into_itself CHECK (merged_into <> id);
      CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;

      -- an organisation's own reference for a resident (its client number), the key of intake
      CREATE TABLE person_reference (
        organisation_id text NOT NULL REFERENCES organisation (id),
        reference text NOT NULL,
        person_id text NOT NULL REFERENCES person (id),
        registered_at timestamptz NOT NULL DEFAULT now(),
        registered_by text NOT NULL,
        PRIMARY KEY (organisation_id, reference)
      );
      CREATE INDEX person_reference_person ON person_reference (person_id);

      -- two keys of the same resident made one: the merged key points at the surviving one from then on
      CREATE TABLE person_merge (
        id text PRIMARY KEY,
        seq bigserial UNIQUE,
        merged_id text NOT NULL UNIQUE REFERENCES person (id),
        survivor_id text NOT NULL REFERENCES person (id),
        reason text NOT NULL,
        merged_at timestamptz NOT NULL DEFAULT now(),
        merged_by text NOT NULL,
        merged_by_organisation_id text NOT NULL,
        client_mutation_id text,
        client_mutation_hash text
      );
      CREATE UNIQUE INDEX person_merge_client_mutation ON person_merge (merged_by_organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;
      CREATE INDEX person_merge_survivor ON person_merge (survivor_id);

      ALTER TABLE organisation
        ADD COLUMN ${CONTACT_COLUMN_SQL},
        ADD COLUMN onboarded_by_organisation_id text,
        ADD COLUMN onboarded_at timestamptz,
        ADD COLUMN client_mutation_id text,
        ADD COLUMN client_mutation_hash text;
      CREATE UNIQUE INDEX organisation_kvk ON organisation (kvk_number) WHERE kvk_number IS NOT NULL;
      CREATE UNIQUE INDEX organisation_client_mutation ON organisation (onboarded_by_organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;

      ALTER TABLE venue
        ADD COLUMN ${CONTACT_COLUMN_SQL},
        ADD COLUMN accessibility jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN recorded_by_organisation_id text,
        ADD COLUMN client_mutation_id text,
        ADD COLUMN client_mutation_hash text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      CREATE UNIQUE INDEX venue_client_mutation ON venue (recorded_by_organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;

      ALTER TABLE social_map_item
        ADD COLUMN contact jsonb,
        ADD COLUMN capacity jsonb,
        DROP CONSTRAINT social_map_item_kind_check,
        ADD CONSTRAINT social_map_item_kind_check CHECK (kind IN ('ACTIVITY', 'SERVICE', 'VENUE', 'VOLUNTEER_VACANCY', 'COOPERATIVE_SERVICE'));

      DROP TRIGGER venue_public_change ON venue;
      DROP FUNCTION venue_public_change();
    `);
    await db.query(
      publicChangeTriggerSql(
        'venue',
        'VENUE',
        () => 'true',
        (r) => `jsonb_build_object('title', ${r}.name, 'description', ${r}.address, 'themes', jsonb_build_array('SOCIAL_CONTACT'),
          'targetGroups', jsonb_build_array('EVERYONE'), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id,
          'free', true, 'venueId', ${r}.id, 'latitude', ${r}.latitude, 'longitude', ${r}.longitude, 'contact', ${r}.contact)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER venue_public_change ON venue; DROP FUNCTION venue_public_change();
      DELETE FROM social_map_item WHERE kind = 'COOPERATIVE_SERVICE';
      ALTER TABLE social_map_item DROP COLUMN contact, DROP COLUMN capacity, DROP CONSTRAINT social_map_item_kind_check,
        ADD CONSTRAINT social_map_item_kind_check CHECK (kind IN ('ACTIVITY', 'SERVICE', 'VENUE', 'VOLUNTEER_VACANCY'));
      ALTER TABLE venue DROP COLUMN contact, DROP COLUMN accessibility, DROP COLUMN recorded_by_organisation_id, DROP COLUMN client_mutation_id,
        DROP COLUMN client_mutation_hash, DROP COLUMN updated_at;
      ALTER TABLE organisation DROP COLUMN contact, DROP COLUMN onboarded_by_organisation_id, DROP COLUMN onboarded_at,
        DROP COLUMN client_mutation_id, DROP COLUMN client_mutation_hash;
      DROP INDEX organisation_kvk;
      DROP TABLE person_merge, person_reference;
      ALTER TABLE person DROP COLUMN merged_into, DROP COLUMN merged_at;
    `);
  }
}
