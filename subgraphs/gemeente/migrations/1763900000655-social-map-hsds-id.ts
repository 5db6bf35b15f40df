import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A kaart item imported from HSDS keeps its HSDS id (zorg's importHsdsServices): the feed summary carries it
 * and the HSDS export uses it as the service's id, so ids survive an export, an import and an export again.
 */
export class SocialMapHsdsId1763900000655 implements MigrationInterface {
  name = 'SocialMapHsdsId1763900000655';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE social_map_item ADD COLUMN hsds_id text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE social_map_item DROP COLUMN hsds_id');
  }
}
