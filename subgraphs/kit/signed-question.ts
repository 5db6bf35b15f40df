// A question one subgraph asks another over HTTP (POST) about one record, without reading its database:
// signed with OFFER_CHECK_SECRET for one minute under the question's own audience (its tokens answer no other
// question), carrying the caller, so the answering side decides and logs under the caller's own name,
// purpose and trace. Used by kit/matching/offer-check.ts and kit/activity-check.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../../platform/caller';
import { callerFromClaim } from '../../platform/identity';
import { hmacKey, signJwt, verifyHs256 } from '../../platform/jwt';
import type { Logger } from '../../platform/log';

/** A question's audience and its name in logs and errors. */
export interface Question {
  audience: string;
  name: string;
}

/** Asks `url` one signed question about record `about` for `caller`; the answer's body, or a throw when there is none (fail closed). */
export async function askSigned(url: string, secret: string, question: Question, caller: Caller, about: string): Promise<Record<string, unknown>> {
  const now = Math.floor(Date.now() / 1000);
  const token = signJwt({ aud: question.audience, iat: now, exp: now + 60, caller, about }, secret);
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`the ${question.name} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** The answering side of a signed question: verifies it and replies with what `answer` says (which decides and logs). */
export function answerSignedRoute(secret: string, question: Question, answer: (caller: Caller, about: string) => Promise<Record<string, unknown>>, log: Logger) {
  const key = hmacKey(secret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return reply(405, { error: 'POST only' });
    let caller: Caller;
    let about: unknown;
    try {
      const claims = await verifyHs256((req.headers.authorization ?? '').replace(/^Bearer /, ''), key, { audience: question.audience, maxLifetimeSeconds: 60 });
      caller = callerFromClaim(claims.caller);
      about = claims.about;
    } catch {
      return reply(401, { error: `not signed for the ${question.name}` });
    }
    if (typeof about !== 'string' || !about) return reply(400, { error: 'the question names no record' });
    if (!caller.subject || !caller.organisationId) return reply(401, { error: 'the question names no caller' });
    try {
      reply(200, await answer(caller, about));
    } catch (error) {
      log.warn({ traceId: caller.traceId, err: error }, `${question.name} not answered`);
      reply(503, { error: `the ${question.name} could not be answered` });
    }
  };
}
