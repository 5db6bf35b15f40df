// The two questions about a neighbour's offer that cross between the subgraph that records matches (welzijn)
// and the one that holds the offers (bewoners). Neither reads the other's database: each question goes over
// HTTP (POST), signed with OFFER_CHECK_SECRET for one minute under its own audience, and carries the caller,
// so the answering side decides and logs under the caller's own name, purpose and trace.
// - The offer check (OFFER_CHECK_PATH, answered by bewoners): before a match with an offer is recorded, does
//   the offer exist, may the caller's organisation propose it (its own, or the neighbour consented to
//   MATCHING by it), and is it switched on? An offer the caller may not see is answered like one that does
//   not exist.
// - The open-match check (OFFER_MATCHES_PATH, answered by welzijn): before a cooperative ends an offer, which
//   open matches (proposed, introduced, active) does it have? Only their states cross, no match or hulpvraag.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../../../platform/caller';
import { callerFromClaim } from '../../../platform/identity';
import { hmacKey, signJwt, verifyHs256 } from '../../../platform/jwt';
import type { Logger } from '../../../platform/log';

export const OFFER_CHECK_PATH = '/internal/offer-check';
export const OFFER_MATCHES_PATH = '/internal/offer-matches';
/** Each question's audience (its tokens answer no other) and its name in logs and errors. */
const OFFER_CHECK = { audience: 'help-offer-check', name: 'offer check' };
const OFFER_MATCHES = { audience: 'help-offer-matches', name: 'open-match check' };
type Question = typeof OFFER_CHECK;

export type OfferStatus = 'AVAILABLE' | 'UNAVAILABLE' | 'UNKNOWN';
const OFFER_STATUSES: readonly unknown[] = ['AVAILABLE', 'UNAVAILABLE', 'UNKNOWN'];

/** Asks `url` one signed question about an offer for `caller`; the answer's body, or a throw when there is none (fail closed). */
async function ask(url: string, secret: string, question: Question, caller: Caller, offerId: string): Promise<Record<string, unknown>> {
  const now = Math.floor(Date.now() / 1000);
  const token = signJwt({ aud: question.audience, iat: now, exp: now + 60, caller, offerId }, secret);
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`the ${question.name} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** The answering side of a signed question: verifies it and replies with what `answer` says (which decides and logs). */
function answerRoute(secret: string, question: Question, answer: (caller: Caller, offerId: string) => Promise<Record<string, unknown>>, log: Logger) {
  const key = hmacKey(secret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return reply(405, { error: 'POST only' });
    let caller: Caller;
    let offerId: unknown;
    try {
      const claims = await verifyHs256((req.headers.authorization ?? '').replace(/^Bearer /, ''), key, { audience: question.audience, maxLifetimeSeconds: 60 });
      caller = callerFromClaim(claims.caller);
      offerId = claims.offerId;
    } catch {
      return reply(401, { error: 'not signed with the offer check secret' });
    }
    if (typeof offerId !== 'string' || !offerId) return reply(400, { error: 'the question names no offer' });
    if (!caller.subject || !caller.organisationId) return reply(401, { error: 'the question names no caller' });
    try {
      reply(200, await answer(caller, offerId));
    } catch (error) {
      log.warn({ traceId: caller.traceId, err: error }, `${question.name} not answered`);
      reply(503, { error: `the ${question.name} could not be answered` });
    }
  };
}

/** Asks the offers' holder at `url` about one offer for `caller`; throws when it cannot answer (fail closed). */
export async function checkOffer(url: string, secret: string, caller: Caller, offerId: string): Promise<OfferStatus> {
  const { status } = await ask(url, secret, OFFER_CHECK, caller, offerId);
  if (!OFFER_STATUSES.includes(status)) throw new Error('the offer check answered something else');
  return status as OfferStatus;
}

/** The holder's side: verifies the question and answers it with `answer` (which decides and logs). */
export function offerCheckRoute(secret: string, answer: (caller: Caller, offerId: string) => Promise<OfferStatus>, log: Logger) {
  return answerRoute(secret, OFFER_CHECK, async (caller, offerId) => ({ status: await answer(caller, offerId) }), log);
}

/** Asks the matches' holder at `url` for the states of an offer's open matches; throws when it cannot answer (fail closed). */
export async function openMatchesOfOffer(url: string, secret: string, caller: Caller, offerId: string): Promise<string[]> {
  const { open } = await ask(url, secret, OFFER_MATCHES, caller, offerId);
  if (!Array.isArray(open) || !open.every((state) => typeof state === 'string')) throw new Error('the open-match check answered something else');
  return open as string[];
}

/** The matches' holder's side: the states of the offer's open matches, from `answer`. */
export function offerMatchesRoute(secret: string, answer: (caller: Caller, offerId: string) => Promise<string[]>, log: Logger) {
  return answerRoute(secret, OFFER_MATCHES, async (caller, offerId) => ({ open: await answer(caller, offerId) }), log);
}
