import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A resident's own offers, for "who is involved" and the AVG export and erasure. */
export class HelpOfferHelper1763900000009 implements MigrationInterface {
  name = 'HelpOfferHelper1763900000009';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX help_offer_helper ON help_offer (helper_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX help_offer_helper');
  }
}
