import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ask-and-cascade (cascade.ts): a matcher's ranked list of candidates, asked one after another. The cascade
 * row is what a step's answer and its deadline job lock (FOR UPDATE), so two processes cannot both advance
 * it; the deadline itself is a graphile-worker job, so it survives restarts. At most one cascade of a
 * hulpvraag is ASKING at a time.
 */
export class Cascade1763900000630 implements MigrationInterface {
  name = 'Cascade1763900000630';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cascade (
        id text PRIMARY KEY,
        help_request_id text NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
        organisation_id text NOT NULL,
        started_by text NOT NULL,
        status text NOT NULL CHECK (status IN ('ASKING', 'MATCHED', 'EXHAUSTED', 'CANCELLED')),
        answer_within_hours integer NOT NULL CHECK (answer_within_hours BETWEEN 1 AND 168),
        match_id text REFERENCES match (id) ON DELETE SET NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        client_mutation_id text,
        client_mutation_hash text
      );
      CREATE UNIQUE INDEX cascade_client_mutation ON cascade (organisation_id, client_mutation_id);
      CREATE UNIQUE INDEX cascade_asking ON cascade (help_request_id) WHERE status = 'ASKING';
      CREATE INDEX cascade_of_request ON cascade (help_request_id, started_at);

      CREATE TABLE cascade_step (
        id text PRIMARY KEY,
        cascade_id text NOT NULL REFERENCES cascade (id) ON DELETE CASCADE,
        position integer NOT NULL,
        pool text NOT NULL CHECK (pool IN ('VOLUNTEER', 'NEIGHBOUR')),
        helper_id text NOT NULL,
        asked_at timestamptz,
        deadline timestamptz,
        answer text CHECK (answer IN ('ACCEPTED', 'DECLINED', 'EXPIRED', 'SKIPPED')),
        answered_at timestamptz,
        answered_by_organisation_id text,
        answer_client_mutation_id text,
        UNIQUE (cascade_id, position),
        UNIQUE (cascade_id, pool, helper_id)
      );
      -- the open asks of a helper's organisation (cascadeAsks)
      CREATE INDEX cascade_step_open ON cascade_step (helper_id) WHERE asked_at IS NOT NULL AND answer IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE cascade_step; DROP TABLE cascade;');
  }
}
