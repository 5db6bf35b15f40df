import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sociale kaart's own index changing is an event too (SOCIAL_MAP_ITEM_CHANGED, public): an item indexed,
 * updated from its partner's feed, or removed. The subject is the kaart item, "<kind>:<item id>".
 */
export class SocialMapEvents1763900000471 implements MigrationInterface {
  name = 'SocialMapEvents1763900000471';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION social_map_item_event() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE item social_map_item := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      BEGIN
        INSERT INTO outbox (type, subject_type, subject_id, public) VALUES ('SOCIAL_MAP_ITEM_CHANGED', 'SocialMapItem', item.kind || ':' || item.item_id, true);
        RETURN NULL;
      END $$;
      CREATE TRIGGER social_map_item_event AFTER INSERT OR UPDATE OR DELETE ON social_map_item FOR EACH ROW EXECUTE FUNCTION social_map_item_event();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER social_map_item_event ON social_map_item; DROP FUNCTION social_map_item_event()');
  }
}
