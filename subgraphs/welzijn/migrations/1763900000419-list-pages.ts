import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Volunteer.matches and VolunteerVacancy.responses are connections (issue 19): a page walks the (parent,
 * id) index. A response to a vacancy carries the resident's Person key (a newcomer's, registered first, or
 * the volunteer's), so inzage, export and erasure reach it; the volunteers' responses get theirs here.
 */
export class ListPages1763900000419 implements MigrationInterface {
  name = 'ListPages1763900000419';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX match_volunteer_page ON match (volunteer_id, id);
      DROP INDEX match_volunteer;
      ALTER TABLE vacancy_response ADD COLUMN person_id text;
      UPDATE vacancy_response r SET person_id = v.person_id FROM volunteer v WHERE v.id = r.volunteer_id AND v.person_id IS NOT NULL;
      CREATE INDEX vacancy_response_person ON vacancy_response (person_id) WHERE person_id IS NOT NULL;
      CREATE INDEX vacancy_response_volunteer ON vacancy_response (volunteer_id) WHERE volunteer_id IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX vacancy_response_volunteer;
      DROP INDEX vacancy_response_person;
      ALTER TABLE vacancy_response DROP COLUMN person_id;
      CREATE INDEX match_volunteer ON match (volunteer_id);
      DROP INDEX match_volunteer_page;
    `);
  }
}
