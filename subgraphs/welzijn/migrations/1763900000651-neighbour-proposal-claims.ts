import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A proposal of a neighbour's offer in progress (proposal-claims.ts): written before welzijn asks bewoners,
 * removed in the transaction that records the match (or when the proposal fails). bewoners' open-match
 * question counts the fresh ones as matches being recorded.
 */
export class NeighbourProposalClaims1763900000651 implements MigrationInterface {
  name = 'NeighbourProposalClaims1763900000651';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE neighbour_proposal_claim (
        id text PRIMARY KEY,
        help_offer_id text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX neighbour_proposal_claim_offer ON neighbour_proposal_claim (help_offer_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE neighbour_proposal_claim');
  }
}
