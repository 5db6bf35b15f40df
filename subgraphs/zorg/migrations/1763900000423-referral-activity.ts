import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A referral to informal help may name an activity of a cooperative (bewoners) instead of, or with, a
 * hulpvraag: afschalen to the buurtkamer's coffee morning rather than to a volunteer. bewoners confirms the
 * activity before it is recorded (activities.ts).
 */
export class ReferralActivity1763900000423 implements MigrationInterface {
  name = 'ReferralActivity1763900000423';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE referral ADD COLUMN activity_id text,
        ADD CONSTRAINT referral_activity_is_afschalen CHECK (activity_id IS NULL OR direction = 'TO_INFORMAL_HELP')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE referral DROP COLUMN activity_id');
  }
}
