import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cascade rules (cascade-rules.ts): an organisation's standing order to start an ask-and-cascade on each of
 * its hulpvragen of one category as it becomes OPEN. A rule set again or removed is kept, ended
 * (replaced_at), so a cascade's rule_id keeps naming the rule that started it and a retried set gets its own
 * rule back; at most one rule per organisation and category is in force (the partial unique index).
 */
export class CascadeRules1763900000770 implements MigrationInterface {
  name = 'CascadeRules1763900000770';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cascade_rule (
        id text PRIMARY KEY,
        organisation_id text NOT NULL,
        category text NOT NULL,
        answer_within_hours integer NOT NULL CHECK (answer_within_hours BETWEEN 1 AND 168),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL,
        replaced_at timestamptz,
        client_mutation_id text,
        client_mutation_hash text
      );
      CREATE UNIQUE INDEX cascade_rule_in_force ON cascade_rule (organisation_id, category) WHERE replaced_at IS NULL;
      CREATE UNIQUE INDEX cascade_rule_client_mutation ON cascade_rule (organisation_id, client_mutation_id);
      -- the rule that started a cascade; null for one a matcher started
      ALTER TABLE cascade ADD COLUMN rule_id text REFERENCES cascade_rule (id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE cascade DROP COLUMN rule_id; DROP TABLE cascade_rule;');
  }
}
