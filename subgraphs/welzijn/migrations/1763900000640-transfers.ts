import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Handing a hulpvraag over to another informal organisation (transfer.ts): the receiver becomes its holder
 * (intake_organisation_id now names the holding organisation), the senders are kept as former holders (who
 * read their own part, policies.ts), and every hand-over is a record with who, to whom, why and when. And
 * the point-of-attention note (a disability, something the helper must know), special category data.
 */
export class Transfers1763900000640 implements MigrationInterface {
  name = 'Transfers1763900000640';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE help_request
        ADD COLUMN attention_note text CHECK (char_length(attention_note) BETWEEN 1 AND 500),
        ADD COLUMN former_holder_organisation_ids text[] NOT NULL DEFAULT '{}';
      CREATE TABLE help_request_transfer (
        id text PRIMARY KEY,
        help_request_id text NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
        requester_id text NOT NULL,
        from_organisation_id text NOT NULL,
        to_organisation_id text NOT NULL CHECK (to_organisation_id <> from_organisation_id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
        by_subject text NOT NULL,
        at timestamptz NOT NULL,
        client_mutation_id text,
        recorded_by_organisation_id text,
        client_mutation_hash text
      );
      CREATE INDEX help_request_transfer_request ON help_request_transfer (help_request_id, at);
      CREATE INDEX help_request_transfer_requester ON help_request_transfer (requester_id);
      CREATE UNIQUE INDEX help_request_transfer_client_mutation ON help_request_transfer (recorded_by_organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE help_request_transfer;
      ALTER TABLE help_request DROP COLUMN former_holder_organisation_ids, DROP COLUMN attention_note;
    `);
  }
}
