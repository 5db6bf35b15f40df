// The two questions about a neighbour's offer that cross between the subgraph that records matches (welzijn)
// and the one that holds the offers (bewoners). Neither reads the other's database: each is a signed question
// (kit/signed-question.ts) carrying the caller, so the answering side decides and logs under the caller's
// own name, purpose and trace.
// - The offer check (OFFER_CHECK_PATH, answered by bewoners): before a match with an offer is recorded, does
//   the offer exist, may the caller's organisation propose it (its own, or the neighbour consented to
//   MATCHING by it), and is it switched on, paused, ended or being ended right now? An offer the caller may
//   not see is answered like one that does not exist.
// - The open-match check (OFFER_MATCHES_PATH, answered by welzijn): before a cooperative ends an offer, which
//   open matches (proposed, introduced, active) does it have, and is one being recorded right now
//   (MATCH_BEING_RECORDED)? Only their states cross, no match or hulpvraag.
// Each side publishes its intent before it asks (bewoners/offer-ending.ts, welzijn/proposal-claims.ts), so
// an end and a proposal at the same time cannot both pass.
import type { Caller } from '../../../platform/caller';
import type { Logger } from '../../../platform/log';
import { answerSignedRoute, askSigned, type Question } from '../signed-question';

export const OFFER_CHECK_PATH = '/internal/offer-check';
export const OFFER_MATCHES_PATH = '/internal/offer-matches';
/** Each question's audience (its tokens answer no other) and its name in logs and errors. */
const OFFER_CHECK: Question = { audience: 'help-offer-check', name: 'offer check' };
const OFFER_MATCHES: Question = { audience: 'help-offer-matches', name: 'open-match check' };

export type OfferStatus = 'AVAILABLE' | 'UNAVAILABLE' | 'PAUSED' | 'ENDING' | 'ENDED' | 'UNKNOWN';
const OFFER_STATUSES: readonly unknown[] = ['AVAILABLE', 'UNAVAILABLE', 'PAUSED', 'ENDING', 'ENDED', 'UNKNOWN'];
/** In the open-match check's answer: a proposal of the offer that welzijn is recording right now. */
export const MATCH_BEING_RECORDED = 'BEING_RECORDED';

/** Asks the offers' holder at `url` about one offer for `caller`; throws when it cannot answer (fail closed). */
export async function checkOffer(url: string, secret: string, caller: Caller, offerId: string): Promise<OfferStatus> {
  const { status } = await askSigned(url, secret, OFFER_CHECK, caller, offerId);
  if (!OFFER_STATUSES.includes(status)) throw new Error('the offer check answered something else');
  return status as OfferStatus;
}

/** The holder's side: verifies the question and answers it with `answer` (which decides and logs). */
export function offerCheckRoute(secret: string, answer: (caller: Caller, offerId: string) => Promise<OfferStatus>, log: Logger) {
  return answerSignedRoute(secret, OFFER_CHECK, async (caller, offerId) => ({ status: await answer(caller, offerId) }), log);
}

/** Asks the matches' holder at `url` for the states of an offer's open matches; throws when it cannot answer (fail closed). */
export async function openMatchesOfOffer(url: string, secret: string, caller: Caller, offerId: string): Promise<string[]> {
  const { open } = await askSigned(url, secret, OFFER_MATCHES, caller, offerId);
  if (!Array.isArray(open) || !open.every((state) => typeof state === 'string')) throw new Error('the open-match check answered something else');
  return open as string[];
}

/** The matches' holder's side: the states of the offer's open matches, from `answer`. */
export function offerMatchesRoute(secret: string, answer: (caller: Caller, offerId: string) => Promise<string[]>, log: Logger) {
  return answerSignedRoute(secret, OFFER_MATCHES, async (caller, offerId) => ({ open: await answer(caller, offerId) }), log);
}
