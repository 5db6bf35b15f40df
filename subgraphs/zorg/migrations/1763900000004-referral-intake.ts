import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Referrals made through the hub: a private note, idempotent creation, and when the state last changed. */
export class ReferralIntake1763900000004 implements MigrationInterface {
  name = 'ReferralIntake1763900000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE referral
        ADD COLUMN note text,
        ADD COLUMN client_mutation_id text,
        ADD COLUMN status_changed_at timestamptz NOT NULL DEFAULT now();
      CREATE UNIQUE INDEX referral_client_mutation ON referral (referrer_organisation_id, client_mutation_id);
      CREATE INDEX referral_organisation ON referral (organisation_id, status);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE referral DROP COLUMN note, DROP COLUMN client_mutation_id, DROP COLUMN status_changed_at');
  }
}
