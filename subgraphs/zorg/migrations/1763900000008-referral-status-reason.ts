import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a referral last changed status (e.g. why it was declined), as the receiving professional wrote it. */
export class ReferralStatusReason1763900000008 implements MigrationInterface {
  name = 'ReferralStatusReason1763900000008';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE referral ADD COLUMN status_reason text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE referral DROP COLUMN status_reason');
  }
}
