// bewoners answers welzijn's question before a match with a neighbour's offer (kit/matching/offer-check.ts):
// UNKNOWN when there is no such offer or the caller may not see it (the same rule as HelpOffer, policies.ts),
// else ENDED, ENDING (an end is asking welzijn right now, offer-ending.ts), PAUSED, or whether it is switched
// on. Read without a lock: an end in progress is seen by its committed claim, never waited for. A disclosed
// answer is a processing-log line on the offer ("check").
import type { Database } from '../kit/database';
import type { Caller } from '../../platform/caller';
import { PersonalDataAccess, recordOf } from '../kit/access/personal-data';
import { consentLoader, type ConsentLookup } from '../kit/access/consent';
import { ProcessingLog } from '../kit/access/processing-log';
import { CONSENT_REGISTER_UNAVAILABLE } from '../kit/access/errors';
import type { OfferStatus } from '../kit/matching/offer-check';
import { effectiveStatus } from '../kit/helper-profile';
import { HelpOffer } from './entities';
import { helpOfferPolicy } from './policies';

export function answerOfferCheck(db: Database, consentLookup: ConsentLookup) {
  return async (caller: Caller, offerId: string): Promise<OfferStatus> => {
    const offer = await db.getRepository(HelpOffer).findOneBy({ id: offerId });
    if (!offer) return 'UNKNOWN';
    const access = new PersonalDataAccess(caller, consentLoader(consentLookup, caller), new ProcessingLog());
    const record = recordOf(helpOfferPolicy, offer);
    try {
      await access.authorize(record);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      // refused: as if there were none; the register down is no answer (welzijn records nothing)
      if (code && code !== CONSENT_REGISTER_UNAVAILABLE) return 'UNKNOWN';
      throw error;
    }
    access.log.record(record, 'available', caller, 'check');
    await access.log.write(db); // before the answer leaves, as for every disclosure
    return statusOf(offer);
  };
}

function statusOf(offer: HelpOffer): OfferStatus {
  const status = effectiveStatus(offer.status, offer.pausedUntil);
  if (status === 'ENDED') return 'ENDED';
  if (offer.endingClaim) return 'ENDING';
  if (status === 'PAUSED') return 'PAUSED';
  return offer.available ? 'AVAILABLE' : 'UNAVAILABLE';
}
