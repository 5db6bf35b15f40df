import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sociale kaart index: references to the partners' public items plus their public summary fields, with
 * Dutch full-text search (unaccent), trigram similarity for typos and prefixes, distance (earthdistance)
 * and the occurrences of recurring activities; and per partner the cursor of its change feed.
 */
export class SocialMapIndex1763900000007 implements MigrationInterface {
  name = 'SocialMapIndex1763900000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE EXTENSION IF NOT EXISTS cube;
      CREATE EXTENSION IF NOT EXISTS earthdistance;

      CREATE TABLE social_map_item (
        kind text NOT NULL CHECK (kind IN ('ACTIVITY', 'SERVICE', 'VENUE', 'VOLUNTEER_VACANCY')),
        item_id text NOT NULL,
        partner text NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        themes text[] NOT NULL,
        target_groups text[] NOT NULL,
        area_code text NOT NULL,
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        organisation_id text NOT NULL,
        venue_id text,
        free boolean NOT NULL,
        latitude double precision,
        longitude double precision,
        starts_at timestamptz,
        ends_at timestamptz,
        recurrence text,
        search tsvector NOT NULL,
        title_norm text NOT NULL,
        source_seq bigint NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, item_id)
      );
      CREATE INDEX social_map_item_search ON social_map_item USING gin (search);
      CREATE INDEX social_map_item_title ON social_map_item USING gin (title_norm gin_trgm_ops);
      CREATE INDEX social_map_item_area ON social_map_item (area_key);
      CREATE INDEX social_map_item_area_code ON social_map_item (area_code);
      CREATE INDEX social_map_item_earth ON social_map_item USING gist (ll_to_earth(latitude, longitude));
      CREATE INDEX social_map_item_themes ON social_map_item USING gin (themes);
      CREATE INDEX social_map_item_target_groups ON social_map_item USING gin (target_groups);
      CREATE INDEX social_map_item_organisation ON social_map_item (organisation_id);

      CREATE TABLE social_map_occurrence (
        kind text NOT NULL,
        item_id text NOT NULL,
        starts_at timestamptz NOT NULL,
        PRIMARY KEY (kind, item_id, starts_at),
        FOREIGN KEY (kind, item_id) REFERENCES social_map_item (kind, item_id) ON DELETE CASCADE
      );
      CREATE INDEX social_map_occurrence_time ON social_map_occurrence (starts_at);

      CREATE TABLE social_map_feed (
        partner text PRIMARY KEY,
        last_seq bigint NOT NULL DEFAULT 0,
        last_pulled_at timestamptz,
        last_change_at timestamptz,
        last_error text,
        changes_applied bigint NOT NULL DEFAULT 0
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE social_map_occurrence, social_map_item, social_map_feed');
  }
}
