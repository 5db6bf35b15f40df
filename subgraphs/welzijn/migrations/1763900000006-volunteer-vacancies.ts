import type { MigrationInterface, QueryRunner } from 'typeorm';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

/** Volunteer vacancies (vrijwilligersvacatures): public, on the sociale kaart through the change feed. */
export class VolunteerVacancies1763900000006 implements MigrationInterface {
  name = 'VolunteerVacancies1763900000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE volunteer_vacancy (
        id text PRIMARY KEY,
        organisation_id text NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        categories text[] NOT NULL DEFAULT '{}',
        area_code text NOT NULL CHECK (area_code ~ '^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        hours_per_week integer CHECK (hours_per_week BETWEEN 1 AND 40),
        published boolean NOT NULL DEFAULT false
      );
      CREATE INDEX volunteer_vacancy_organisation ON volunteer_vacancy (organisation_id) WHERE published;
    `);
    await db.query(
      publicChangeTriggerSql(
        'volunteer_vacancy',
        'VOLUNTEER_VACANCY',
        (r) => `${r}.published`,
        (r) => `jsonb_build_object('title', ${r}.title, 'description', ${r}.description, 'themes', jsonb_build_array('VOLUNTEERING'),
          'targetGroups', jsonb_build_array('EVERYONE'), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id, 'free', true)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE volunteer_vacancy; DROP FUNCTION volunteer_vacancy_public_change()');
  }
}
