// Ending a neighbour's offer while welzijn may be proposing it (issue 15). Two services, two databases, so no
// lock covers both; instead each side publishes what it is about to do before it asks the other, and the
// other's answer reads it (the two-flag handshake):
// 1. bewoners commits a claim on the offer (ending_claim, ending_since): from then on welzijn's offer check
//    hears ENDING and records nothing (offer-check.ts);
// 2. it asks welzijn for the offer's open matches; welzijn counts the proposals it is recording as well
//    (welzijn/proposal-claims.ts: a proposal commits its own claim before it asks bewoners);
// 3. none: the offer ends, in a transaction that checks the claim is still this call's; else the claim goes
//    and the end is a CONFLICT.
// Whichever of the two published first is seen by the other, so at least one refuses; both may (then
// neither happened). No transaction or lock is held while welzijn is asked.
// An end that died between 1 and 3 leaves its claim: the offer stays unproposable (fail closed) until the
// next endHelpOffer takes the stale claim over (ENDING_TAKEOVER_SECONDS) and finishes.
import { randomUUID } from 'node:crypto';
import { conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { Database } from '../kit/database';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { logPersonalDataWrite } from '../kit/access/write-log';
import { helperStatusMove, openMatchesConflict } from '../kit/helper-profile';
import { MATCH_BEING_RECORDED } from '../kit/matching/offer-check';
import type { HelpOffer } from './entities';
import { ownHelpOffer } from './offers';
import type { OfferMatches } from './offer-matches';
import { helpOfferPolicy } from './policies';

/** After this long a claim is taken to be from an end that died: well over the 5 s the question to welzijn may take. */
export const ENDING_TAKEOVER_SECONDS = 60;

export async function endHelpOffer(db: Database, id: string, reason: string | null | undefined, caller: Caller, personalData: PersonalDataAccess, matches: OfferMatches): Promise<HelpOffer> {
  const move = helperStatusMove('ENDED', { reason });
  const claim = await db.transaction(async (manager) => {
    const offer = await ownHelpOffer(manager, id, caller, personalData);
    move.apply(offer, 'help offer'); // refuses an offer that cannot end before welzijn is asked; saved in step 3
    const claimed = randomUUID();
    const [taken] = await manager.query(
      `WITH taken AS (UPDATE help_offer SET ending_claim = $2, ending_since = clock_timestamp()
         WHERE id = $1 AND (ending_claim IS NULL OR ending_since < clock_timestamp() - make_interval(secs => $3)) RETURNING id)
       SELECT id FROM taken`,
      [id, claimed, ENDING_TAKEOVER_SECONDS],
    );
    if (!taken) throw conflict(`Help offer ${id} is being ended by another call right now; try again shortly`, 'id');
    return claimed;
  });
  try {
    const states = await matches.openStates(id, { ...caller, spanId: personalData.log.spanId });
    if (states.includes(MATCH_BEING_RECORDED)) throw conflict(`A match with help offer ${id} is being recorded in welzijn right now; try again shortly`, 'id');
    const refused = openMatchesConflict('Help offer', id, states);
    if (refused) throw refused;
    return await db.transaction(async (manager) => {
      const offer = await ownHelpOffer(manager, id, caller, personalData);
      if (offer.endingClaim !== claim) throw conflict(`Help offer ${id}: ending it took too long and another call took over; try again`, 'id');
      move.apply(offer, 'help offer');
      Object.assign(offer, { endingClaim: null, endingSince: null });
      const saved = await manager.save(offer);
      await logPersonalDataWrite(manager, personalData, helpOfferPolicy, saved, move.written);
      return saved;
    });
  } catch (error) {
    // not ended: the claim goes, so the offer can be proposed again (only this call's claim)
    await db.query('UPDATE help_offer SET ending_claim = NULL, ending_since = NULL WHERE id = $1 AND ending_claim = $2', [id, claim]);
    throw error;
  }
}
