import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The self-matching board (board.ts): a hulpvraag its holder released, shown pseudonymously by its own key
 * (never the hulpvraag's), per area. A match's retry key becomes the recording organisation's: a helper's
 * partner system responding to the board records a match on another organisation's hulpvraag, so the key
 * can no longer be the hulpvraag's organisation's (for a matcher's proposals the two are the same).
 */
export class Board1763900000452 implements MigrationInterface {
  name = 'Board1763900000452';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE board_listing (
        id text PRIMARY KEY,
        help_request_id text NOT NULL UNIQUE REFERENCES help_request (id) ON DELETE CASCADE,
        organisation_id text NOT NULL,
        area_code text NOT NULL,
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        released_at timestamptz NOT NULL,
        released_by text NOT NULL,
        withdrawn_at timestamptz
      );
      CREATE INDEX board_listing_area ON board_listing (area_key, id) WHERE withdrawn_at IS NULL;

      ALTER TABLE match ADD COLUMN recorded_by_organisation_id text;
      UPDATE match SET recorded_by_organisation_id = request_organisation_id WHERE client_mutation_id IS NOT NULL;
      DROP INDEX match_client_mutation;
      CREATE UNIQUE INDEX match_client_mutation ON match (recorded_by_organisation_id, client_mutation_id);
      -- the matchers' review list: self-made proposals on their organisation's hulpvragen
      CREATE INDEX match_self_review ON match (request_organisation_id, id) WHERE made_by = 'SELF' AND status = 'PROPOSED';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX match_self_review;
      DROP INDEX match_client_mutation;
      CREATE UNIQUE INDEX match_client_mutation ON match (request_organisation_id, client_mutation_id);
      ALTER TABLE match DROP COLUMN recorded_by_organisation_id;
      DROP TABLE board_listing;
    `);
  }
}
