import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Consent1763900000002 implements MigrationInterface {
  name = 'Consent1763900000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE consent (
        id text PRIMARY KEY,
        person_id text NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        organisation_id text NOT NULL REFERENCES organisation (id),
        purpose text NOT NULL CHECK (purpose IN ('MATCHING', 'REFERRAL', 'COORDINATION')),
        granted_at timestamptz NOT NULL DEFAULT now(),
        valid_until timestamptz NOT NULL CHECK (valid_until > granted_at),
        revoked_at timestamptz,
        recorded_by text NOT NULL,
        client_mutation_id text UNIQUE
      );
      CREATE INDEX consent_lookup ON consent (person_id, organisation_id, purpose);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE consent');
  }
}
