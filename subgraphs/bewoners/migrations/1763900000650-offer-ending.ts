import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An end in progress on a neighbour's offer (offer-ending.ts): the claim of the endHelpOffer call that is
 * asking welzijn for open matches, and since when. While it is there, welzijn's offer check hears ENDING.
 */
export class OfferEnding1763900000650 implements MigrationInterface {
  name = 'OfferEnding1763900000650';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE help_offer
        ADD COLUMN ending_claim text,
        ADD COLUMN ending_since timestamptz,
        ADD CONSTRAINT help_offer_ending_dated CHECK ((ending_claim IS NULL) = (ending_since IS NULL))
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE help_offer DROP CONSTRAINT help_offer_ending_dated, DROP COLUMN ending_claim, DROP COLUMN ending_since');
  }
}
