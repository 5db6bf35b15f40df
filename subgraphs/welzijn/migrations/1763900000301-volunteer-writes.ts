import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CAPACITY_COLUMN_SQL } from '../../kit/capacity';
import { CONTACT_COLUMN_SQL } from '../../kit/contact-details';
import { helperProfileMigration } from '../../kit/helper-profile';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

const HelperProfile = helperProfileMigration('volunteer', 'VolunteerProfile1763900000301');

/**
 * Welfare organisations register their volunteers through the graph (the helper profile, a VOG with its
 * date, pause and end, idempotent registration) and write their vacancies (contact details, capacity,
 * closing), to which people respond. The vacancy feed's summary carries contact and capacity.
 */
export class VolunteerWrites1763900000302 implements MigrationInterface {
  name = 'VolunteerWrites1763900000302';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE volunteer SET vog_issued_on = registered_at::date WHERE has_vog;
      ALTER TABLE volunteer
        ADD COLUMN client_mutation_id text,
        ADD COLUMN client_mutation_hash text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      CREATE UNIQUE INDEX volunteer_client_mutation ON volunteer (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;

      ALTER TABLE volunteer_vacancy
        ADD COLUMN ${CONTACT_COLUMN_SQL},
        ADD COLUMN ${CAPACITY_COLUMN_SQL},
        ADD COLUMN client_mutation_id text,
        ADD COLUMN client_mutation_hash text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN closed_at timestamptz,
        ADD CONSTRAINT volunteer_vacancy_closed_unpublished CHECK (closed_at IS NULL OR NOT published);
      CREATE UNIQUE INDEX volunteer_vacancy_client_mutation ON volunteer_vacancy (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;

      -- someone who would like to do the work: held by the vacancy's organisation and the one that passed it on
      CREATE TABLE vacancy_response (
        id text PRIMARY KEY,
        vacancy_id text NOT NULL REFERENCES volunteer_vacancy (id),
        vacancy_organisation_id text NOT NULL,
        recorded_by_organisation_id text NOT NULL,
        volunteer_id text REFERENCES volunteer (id),
        name text,
        phone text,
        email text,
        message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        client_mutation_id text NOT NULL,
        client_mutation_hash text,
        CHECK (volunteer_id IS NOT NULL OR name IS NOT NULL)
      );
      CREATE UNIQUE INDEX vacancy_response_client_mutation ON vacancy_response (recorded_by_organisation_id, client_mutation_id);
      CREATE INDEX vacancy_response_vacancy ON vacancy_response (vacancy_id, id);

      DROP TRIGGER volunteer_vacancy_public_change ON volunteer_vacancy;
      DROP FUNCTION volunteer_vacancy_public_change();
    `);
    await db.query(
      publicChangeTriggerSql(
        'volunteer_vacancy',
        'VOLUNTEER_VACANCY',
        (r) => `${r}.published`,
        (r) => `jsonb_build_object('title', ${r}.title, 'description', ${r}.description, 'themes', jsonb_build_array('VOLUNTEERING'),
          'targetGroups', jsonb_build_array('EVERYONE'), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id, 'free', true,
          'contact', ${r}.contact, 'capacity', ${r}.capacity)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER volunteer_vacancy_public_change ON volunteer_vacancy; DROP FUNCTION volunteer_vacancy_public_change();
      DROP TABLE vacancy_response;
      ALTER TABLE volunteer_vacancy DROP COLUMN contact, DROP COLUMN capacity, DROP COLUMN client_mutation_id, DROP COLUMN client_mutation_hash,
        DROP COLUMN updated_at, DROP COLUMN closed_at;
      ALTER TABLE volunteer DROP COLUMN client_mutation_id, DROP COLUMN client_mutation_hash, DROP COLUMN updated_at;
    `);
  }
}

export { HelperProfile as VolunteerProfile1763900000301 };
