import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CAPACITY_COLUMN_SQL } from '../../kit/capacity';
import { CONTACT_COLUMN_SQL } from '../../kit/contact-details';
import { helperProfileMigration } from '../../kit/helper-profile';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

const HelperProfile = helperProfileMigration('help_offer', 'HelpOfferProfile1763900000301');

const ACTIVITY_SUMMARY = (r: string) => `jsonb_build_object('title', ${r}.title, 'description', ${r}.description, 'themes', to_jsonb(${r}.themes),
  'targetGroups', to_jsonb(${r}.target_groups), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id,
  'free', ${r}.free, 'venueId', ${r}.venue_id, 'startsAt', ${r}.starts_at, 'endsAt', ${r}.ends_at, 'recurrence', ${r}.recurrence,
  'contact', ${r}.contact)`;

/**
 * Cooperatives write neighbours' offers (the helper profile, a VOG where the cooperative checks one, pause and
 * end), memberships, and the ongoing services they run (klussendienst, boodschappendienst) on the sociale
 * kaart with contact details and capacity; activities carry contact details to the kaart too.
 */
export class CooperativeWrites1763900000302 implements MigrationInterface {
  name = 'CooperativeWrites1763900000302';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE help_offer
        ADD COLUMN client_mutation_id text,
        ADD COLUMN client_mutation_hash text,
        ADD COLUMN registered_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      CREATE UNIQUE INDEX help_offer_client_mutation ON help_offer (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;

      ALTER TABLE membership
        ADD COLUMN ended_on date,
        ADD COLUMN client_mutation_id text,
        ADD COLUMN client_mutation_hash text,
        ADD CONSTRAINT membership_ends_after_start CHECK (ended_on IS NULL OR ended_on >= since);
      CREATE UNIQUE INDEX membership_client_mutation ON membership (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;
      -- one current membership per resident and cooperative; a resident who left may join again
      ALTER TABLE membership DROP CONSTRAINT membership_person_id_organisation_id_key;
      CREATE UNIQUE INDEX membership_current ON membership (organisation_id, person_id) WHERE ended_on IS NULL;

      ALTER TABLE activity ADD COLUMN ${CONTACT_COLUMN_SQL};

      CREATE TABLE cooperative_service (
        id text PRIMARY KEY,
        organisation_id text NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        kind text NOT NULL CHECK (kind IN ('ODD_JOBS', 'SHOPPING', 'TRANSPORT', 'MEALS', 'VISITING', 'GARDENING', 'DIGITAL_HELP', 'OTHER')),
        categories text[] NOT NULL DEFAULT '{}',
        themes text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        area_code text NOT NULL CHECK (area_code ~ '^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        venue_id text,
        free boolean NOT NULL DEFAULT true,
        ${CONTACT_COLUMN_SQL},
        ${CAPACITY_COLUMN_SQL},
        published boolean NOT NULL DEFAULT true,
        withdrawn_at timestamptz,
        client_mutation_id text,
        client_mutation_hash text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (withdrawn_at IS NULL OR NOT published)
      );
      CREATE UNIQUE INDEX cooperative_service_client_mutation ON cooperative_service (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;
      CREATE INDEX cooperative_service_area_key ON cooperative_service (area_key, id) WHERE published;
      CREATE INDEX cooperative_service_organisation ON cooperative_service (organisation_id, id) WHERE published;

      DROP TRIGGER activity_public_change ON activity;
      DROP FUNCTION activity_public_change();
    `);
    await db.query(publicChangeTriggerSql('activity', 'ACTIVITY', (r) => `(${r}.published AND ${r}.status = 'SCHEDULED')`, ACTIVITY_SUMMARY));
    await db.query(
      publicChangeTriggerSql(
        'cooperative_service',
        'COOPERATIVE_SERVICE',
        (r) => `${r}.published`,
        (r) => `jsonb_build_object('title', ${r}.name, 'description', ${r}.description, 'themes', to_jsonb(${r}.themes),
          'targetGroups', to_jsonb(${r}.target_groups), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id,
          'free', ${r}.free, 'venueId', ${r}.venue_id, 'contact', ${r}.contact, 'capacity', ${r}.capacity)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER cooperative_service_public_change ON cooperative_service; DROP FUNCTION cooperative_service_public_change();
      DROP TABLE cooperative_service;
      DROP TRIGGER activity_public_change ON activity; DROP FUNCTION activity_public_change();
      ALTER TABLE activity DROP COLUMN contact;
      DROP INDEX membership_current;
      ALTER TABLE membership DROP COLUMN ended_on, DROP COLUMN client_mutation_id, DROP COLUMN client_mutation_hash,
        ADD CONSTRAINT membership_person_id_organisation_id_key UNIQUE (person_id, organisation_id);
      ALTER TABLE help_offer DROP COLUMN client_mutation_id, DROP COLUMN client_mutation_hash, DROP COLUMN registered_at, DROP COLUMN updated_at;
    `);
  }
}

export { HelperProfile as HelpOfferProfile1763900000301 };
