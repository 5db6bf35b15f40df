import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retry keys (clientMutationId) are unique per organisation that sent them, never across organisations:
 * a hulpvraag's key belongs to the organisation that recorded it (the referring professional's, when it was
 * taken in for another organisation; before, the intake organisation's, so a professional's key could meet
 * the welfare organisation's own), a match's to the hulpvraag's organisation, which proposes it (before: one
 * global key space for matches). Each record also keeps the fingerprint of the input it was created with, so
 * a reused key with other input is refused (kit/idempotent-create.ts).
 */
export class ScopedRetryKeys1763900000013 implements MigrationInterface {
  name = 'ScopedRetryKeys1763900000013';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE help_request ADD COLUMN recorded_by_organisation_id text, ADD COLUMN client_mutation_hash text;
      UPDATE help_request SET recorded_by_organisation_id = coalesce(referred_by_organisation_id, intake_organisation_id)
        WHERE client_mutation_id IS NOT NULL;
      DROP INDEX help_request_client_mutation;
      CREATE UNIQUE INDEX help_request_client_mutation ON help_request (recorded_by_organisation_id, client_mutation_id);

      ALTER TABLE match ADD COLUMN client_mutation_hash text;
      ALTER TABLE match DROP CONSTRAINT match_client_mutation_id_key;
      CREATE UNIQUE INDEX match_client_mutation ON match (request_organisation_id, client_mutation_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX match_client_mutation;
      ALTER TABLE match ADD CONSTRAINT match_client_mutation_id_key UNIQUE (client_mutation_id);
      ALTER TABLE match DROP COLUMN client_mutation_hash;
      DROP INDEX help_request_client_mutation;
      CREATE UNIQUE INDEX help_request_client_mutation ON help_request (intake_organisation_id, client_mutation_id);
      ALTER TABLE help_request DROP COLUMN recorded_by_organisation_id, DROP COLUMN client_mutation_hash;
    `);
  }
}
