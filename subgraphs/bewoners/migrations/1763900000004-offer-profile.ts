import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the shared scoring function needs of a neighbour's offer. */
export class OfferProfile1763900000004 implements MigrationInterface {
  name = 'OfferProfile1763900000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE help_offer
        ADD COLUMN latitude double precision,
        ADD COLUMN longitude double precision,
        ADD COLUMN max_distance_km double precision NOT NULL DEFAULT 1 CHECK (max_distance_km > 0),
        ADD COLUMN availability text[] NOT NULL DEFAULT '{}',
        ADD COLUMN languages text[] NOT NULL DEFAULT '{nl}',
        ADD COLUMN limits text[] NOT NULL DEFAULT '{}';
      CREATE INDEX help_offer_pool ON help_offer USING gin (categories) WHERE available;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE help_offer DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN max_distance_km,
      DROP COLUMN availability, DROP COLUMN languages, DROP COLUMN limits`);
  }
}
