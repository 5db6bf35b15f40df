import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An activity keeps the fingerprint of the input it was created with, so a retry key reused with other input
 * is refused (kit/idempotent-create.ts). Keys were already unique per cooperative (migration 6).
 */
export class RetryFingerprint1763900000013 implements MigrationInterface {
  name = 'RetryFingerprint1763900000013';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE activity ADD COLUMN client_mutation_hash text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE activity DROP COLUMN client_mutation_hash');
  }
}
