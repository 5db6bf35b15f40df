// Before a match with a neighbour's help offer is recorded, the subgraph that records matches asks the one
// that holds the offers: does this offer exist, may the caller's organisation propose it (its own, or the
// neighbour consented to MATCHING by it), and is it switched on? Neither reads the other's database: the
// question goes over HTTP (POST OFFER_CHECK_PATH), signed with OFFER_CHECK_SECRET, for one minute, and
// carries the caller, so the holder decides and logs under the caller's own name, purpose and trace.
// An offer the caller may not see is answered exactly like one that does not exist.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../../../platform/caller';
import { callerFromClaim } from '../../../platform/identity';
import { hmacKey, signJwt, verifyHs256 } from '../../../platform/jwt';
import type { Logger } from '../../../platform/log';

export const OFFER_CHECK_PATH = '/internal/offer-check';
const AUDIENCE = 'help-offer-check';

export type OfferStatus = 'AVAILABLE' | 'UNAVAILABLE' | 'UNKNOWN';

/** Asks the offers' holder at `url` about one offer for `caller`; throws when it cannot answer (fail closed). */
export async function checkOffer(url: string, secret: string, caller: Caller, offerId: string): Promise<OfferStatus> {
  const now = Math.floor(Date.now() / 1000);
  const token = signJwt({ aud: AUDIENCE, iat: now, exp: now + 60, caller, offerId }, secret);
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`the offer check answered ${response.status}`);
  const { status } = (await response.json()) as { status?: unknown };
  if (status !== 'AVAILABLE' && status !== 'UNAVAILABLE' && status !== 'UNKNOWN') throw new Error('the offer check answered something else');
  return status;
}

/** The holder's side: verifies the question and answers it with `answer` (which decides and logs). */
export function offerCheckRoute(secret: string, answer: (caller: Caller, offerId: string) => Promise<OfferStatus>, log: Logger) {
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
      const claims = await verifyHs256((req.headers.authorization ?? '').replace(/^Bearer /, ''), key, { audience: AUDIENCE, maxLifetimeSeconds: 60 });
      caller = callerFromClaim(claims.caller);
      offerId = claims.offerId;
    } catch {
      return reply(401, { error: 'not signed with the offer check secret' });
    }
    if (typeof offerId !== 'string' || !offerId) return reply(400, { error: 'the question names no offer' });
    if (!caller.subject || !caller.organisationId) return reply(401, { error: 'the question names no caller' });
    try {
      reply(200, { status: await answer(caller, offerId) });
    } catch (error) {
      log.warn({ traceId: caller.traceId, err: error }, 'offer check not answered');
      reply(503, { error: 'the offer check could not be answered' });
    }
  };
}
