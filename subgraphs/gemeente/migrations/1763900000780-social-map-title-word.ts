import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The words of the kaart items' titles (normalised: unaccented, lower case), one row per word and item, in
 * the order a text search takes its candidates: by word, then the shorter title first. Kept by a trigger on
 * social_map_item (an item's words are replaced when its title changes; they follow its key and go with it).
 */
export class SocialMapTitleWord1763900000780 implements MigrationInterface {
  name = 'SocialMapTitleWord1763900000780';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE social_map_title_word (
        word text COLLATE "C" NOT NULL,
        title_length integer NOT NULL,
        kind text NOT NULL,
        item_id text NOT NULL,
        PRIMARY KEY (word, title_length, kind, item_id),
        FOREIGN KEY (kind, item_id) REFERENCES social_map_item (kind, item_id) ON DELETE CASCADE ON UPDATE CASCADE
      );
      CREATE INDEX social_map_title_word_item ON social_map_title_word (kind, item_id);

      -- The words as the simple parser splits them: "koffie-inloop" gives koffie-inloop, koffie and inloop.
      CREATE FUNCTION social_map_title_words(title_norm text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT unnest(tsvector_to_array(to_tsvector('simple', title_norm))) $$;

      CREATE FUNCTION social_map_title_word_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          -- By the new key: a changed key has already moved the old words (ON UPDATE CASCADE fires first).
          DELETE FROM social_map_title_word WHERE kind = NEW.kind AND item_id = NEW.item_id;
        END IF;
        INSERT INTO social_map_title_word (word, title_length, kind, item_id)
          SELECT w, length(NEW.title_norm), NEW.kind, NEW.item_id FROM social_map_title_words(NEW.title_norm) AS w;
        RETURN NULL;
      END $$;
      CREATE TRIGGER social_map_title_word_insert AFTER INSERT ON social_map_item
        FOR EACH ROW EXECUTE FUNCTION social_map_title_word_sync();
      CREATE TRIGGER social_map_title_word_update AFTER UPDATE OF title_norm ON social_map_item
        FOR EACH ROW WHEN (OLD.title_norm IS DISTINCT FROM NEW.title_norm)
        EXECUTE FUNCTION social_map_title_word_sync();

      INSERT INTO social_map_title_word (word, title_length, kind, item_id)
        SELECT w, length(i.title_norm), i.kind, i.item_id FROM social_map_item i, social_map_title_words(i.title_norm) AS w;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER social_map_title_word_update ON social_map_item;
      DROP TRIGGER social_map_title_word_insert ON social_map_item;
      DROP FUNCTION social_map_title_word_sync();
      DROP FUNCTION social_map_title_words(text);
      DROP TABLE social_map_title_word;
    `);
  }
}
