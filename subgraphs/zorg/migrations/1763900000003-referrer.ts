import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The organisation that made a referral holds it too (it may follow up); kept on the row. */
export class Referrer1763900000003 implements MigrationInterface {
  name = 'Referrer1763900000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE referral ADD COLUMN referrer_organisation_id text;
      UPDATE referral SET referrer_organisation_id = organisation_id WHERE referrer_organisation_id IS NULL;
      ALTER TABLE referral ALTER COLUMN referrer_organisation_id SET NOT NULL;
      CREATE INDEX referral_referrer ON referral (referrer_organisation_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE referral DROP COLUMN referrer_organisation_id');
  }
}
