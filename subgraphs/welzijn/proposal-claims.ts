// welzijn's half of the handshake with bewoners about a neighbour's offer (issue 15, see
// bewoners/offer-ending.ts for the whole): before welzijn asks bewoners whether the offer may be proposed, it
// commits a claim on the offer; the transaction that records the match removes the claim; bewoners' question
// about open matches counts the claims as matches being recorded. So an end that bewoners starts after the
// offer check passed hears about the match before it ends the offer; one it started before, the offer check
// hears (ENDING). Nothing is locked or held open while bewoners is asked.
// A claim counts for CLAIM_LIFETIME_SECONDS (a proposal that died leaves one behind); the recording
// transaction removes only a live one, so a claim bewoners no longer counted never becomes a match.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { conflict } from '../../platform/errors';
import type { Database } from '../kit/database';
import { MATCH_BEING_RECORDED } from '../kit/matching/offer-check';
import { OPEN_MATCH_STATES } from './entities/match';

/** Well over the 5 s the offer check may take, and the recording transaction after it. */
export const CLAIM_LIFETIME_SECONDS = 60;

export interface ProposalClaim {
  /** In the recording transaction: removes the claim, or refuses when it is no longer live. */
  consume(manager: EntityManager): Promise<void>;
}

/** Commits a claim on the offer, runs `propose` with it, and removes it afterwards when the match was not recorded. */
export async function withProposalClaim<T>(db: Database, offerId: string, propose: (claim: ProposalClaim) => Promise<T>): Promise<T> {
  const id = `proposal-claim-${randomUUID()}`;
  await db.query('INSERT INTO neighbour_proposal_claim (id, help_offer_id) VALUES ($1, $2)', [id, offerId]);
  try {
    return await propose({
      async consume(manager) {
        // clock_timestamp(), not now(): the transaction may have begun before the claim ran out
        const [live] = await manager.query(
          `WITH gone AS (DELETE FROM neighbour_proposal_claim WHERE id = $1 AND claimed_at > clock_timestamp() - make_interval(secs => $2) RETURNING id)
           SELECT id FROM gone`,
          [id, CLAIM_LIFETIME_SECONDS],
        );
        if (!live) throw conflict(`Recording the match with help offer ${offerId} took too long; try again`, 'input.helperId');
      },
    });
  } finally {
    await db.query('DELETE FROM neighbour_proposal_claim WHERE id = $1', [id]); // nothing left when it was consumed
  }
}

/**
 * The states of a neighbour's offer's open matches, and one MATCH_BEING_RECORDED per live claim. A recording
 * transaction that has removed its claim holds that row: the share lock waits for it to commit, so its
 * match is counted in the statements after (each sees what was committed when it began).
 */
export function openMatchStates(db: Database, offerId: string): Promise<string[]> {
  return db.transaction(async (manager) => {
    await manager.query('SELECT id FROM neighbour_proposal_claim WHERE help_offer_id = $1 FOR SHARE', [offerId]);
    const [{ live }] = await manager.query(
      'SELECT count(*)::int AS live FROM neighbour_proposal_claim WHERE help_offer_id = $1 AND claimed_at > clock_timestamp() - make_interval(secs => $2)',
      [offerId, CLAIM_LIFETIME_SECONDS],
    );
    const rows: { status: string }[] = await manager.query(
      "SELECT status FROM match WHERE pool = 'NEIGHBOUR' AND help_offer_id = $1 AND status = ANY($2) ORDER BY id",
      [offerId, OPEN_MATCH_STATES],
    );
    return [...rows.map((row) => row.status), ...Array<string>(live).fill(MATCH_BEING_RECORDED)];
  });
}
