import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent names its holder: the organisation whose records it opens, beside the recipient that may read
 * them, with the evidence (how it was given, a reference, who recorded it, as holder or as the resident, and
 * when). Consents recorded before this could be self-asserted by the recipient and name no holder, so they
 * open nothing any more: they move to consent_without_holder, kept as the record of what was (exported and
 * erased with the resident). The person key is no longer a foreign key: grantConsent must not tell which
 * keys the register knows. Retry keys are unique per recording organisation (or resident), not hub-wide.
 */
export class ConsentHolders1763900000020 implements MigrationInterface {
  name = 'ConsentHolders1763900000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE consent_without_holder AS TABLE consent;
      ALTER TABLE consent_without_holder ADD PRIMARY KEY (id);
      CREATE INDEX consent_without_holder_person ON consent_without_holder (person_id);
      DELETE FROM consent;

      ALTER TABLE consent DROP CONSTRAINT consent_person_id_fkey;
      ALTER TABLE consent DROP CONSTRAINT consent_client_mutation_id_key;
      DROP INDEX consent_lookup;
      ALTER TABLE consent RENAME COLUMN organisation_id TO recipient_organisation_id;
      ALTER TABLE consent
        ADD COLUMN holder_organisation_id text NOT NULL REFERENCES organisation (id),
        ADD COLUMN method text NOT NULL CHECK (method IN ('WRITTEN', 'VERBAL', 'DIGITAL')),
        ADD COLUMN reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
        ADD COLUMN recorded_by_organisation_id text NOT NULL,
        ADD COLUMN recorded_as text NOT NULL CHECK (recorded_as IN ('HOLDER', 'RESIDENT')),
        ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN revoked_by text,
        ADD COLUMN revoked_by_organisation_id text,
        ADD COLUMN retry_scope text,
        ADD COLUMN client_mutation_hash text,
        ADD CONSTRAINT consent_holder_is_not_recipient CHECK (holder_organisation_id <> recipient_organisation_id),
        ADD CONSTRAINT consent_holder_records_it CHECK (recorded_as = 'RESIDENT' OR recorded_by_organisation_id = holder_organisation_id),
        ADD CONSTRAINT consent_revoked_by_someone CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
        ADD CONSTRAINT consent_retry_scoped CHECK (client_mutation_id IS NULL OR retry_scope IS NOT NULL);
      CREATE UNIQUE INDEX consent_retry ON consent (retry_scope, client_mutation_id) WHERE client_mutation_id IS NOT NULL;
      CREATE INDEX consent_lookup ON consent (person_id, recipient_organisation_id, purpose, holder_organisation_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX consent_lookup;
      DROP INDEX consent_retry;
      DELETE FROM consent;
      ALTER TABLE consent
        DROP CONSTRAINT consent_retry_scoped, DROP CONSTRAINT consent_revoked_by_someone,
        DROP CONSTRAINT consent_holder_records_it, DROP CONSTRAINT consent_holder_is_not_recipient,
        DROP COLUMN client_mutation_hash, DROP COLUMN retry_scope, DROP COLUMN revoked_by_organisation_id, DROP COLUMN revoked_by,
        DROP COLUMN recorded_at, DROP COLUMN recorded_as, DROP COLUMN recorded_by_organisation_id,
        DROP COLUMN reference, DROP COLUMN method, DROP COLUMN holder_organisation_id;
      ALTER TABLE consent RENAME COLUMN recipient_organisation_id TO organisation_id;
      INSERT INTO consent SELECT * FROM consent_without_holder;
      DROP TABLE consent_without_holder;
      ALTER TABLE consent ADD CONSTRAINT consent_client_mutation_id_key UNIQUE (client_mutation_id);
      ALTER TABLE consent ADD CONSTRAINT consent_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;
      CREATE INDEX consent_lookup ON consent (person_id, organisation_id, purpose);
    `);
  }
}
