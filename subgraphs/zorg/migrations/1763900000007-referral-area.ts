import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The buurt a referral concerns, so referrals can be counted per area (dashboards). */
export class ReferralArea1763900000007 implements MigrationInterface {
  name = 'ReferralArea1763900000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE referral
        ADD COLUMN area_code text CHECK (area_code ~ '^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        ADD COLUMN area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED;
      CREATE INDEX referral_area_created ON referral (area_key, created_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE referral DROP COLUMN area_code, DROP COLUMN area_key');
  }
}
