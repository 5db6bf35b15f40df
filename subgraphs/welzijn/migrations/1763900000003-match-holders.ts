import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A match is held by the organisation of the hulpvraag and by the volunteer's; both are kept on the row. */
export class MatchHolders1763900000003 implements MigrationInterface {
  name = 'MatchHolders1763900000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE match ADD COLUMN request_organisation_id text, ADD COLUMN volunteer_organisation_id text;
      UPDATE match m SET request_organisation_id = h.intake_organisation_id FROM help_request h WHERE h.id = m.help_request_id;
      UPDATE match m SET volunteer_organisation_id = v.organisation_id FROM volunteer v WHERE v.id = m.volunteer_id;
      ALTER TABLE match ALTER COLUMN request_organisation_id SET NOT NULL, ALTER COLUMN volunteer_organisation_id SET NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE match DROP COLUMN request_organisation_id, DROP COLUMN volunteer_organisation_id');
  }
}
