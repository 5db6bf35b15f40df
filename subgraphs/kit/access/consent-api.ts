// The consent register over HTTP: gemeente serves POST /internal/consent-check; the other subgraphs call it.
// Callers sign a short-lived token with CONSENT_API_SECRET; the answer is yes/no per question.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../database';
import { isPurpose } from './caller';
import { CONSENT_SQL, type ConsentLookup, type ConsentQuestion } from './consent';
import { signJwt, verifyJwt } from './jwt';

export const CONSENT_CHECK_PATH = '/internal/consent-check';
const AUDIENCE = 'gemeente-consent';

/** gemeente's own lookup: straight from its table. */
export function databaseConsentLookup(db: Database): ConsentLookup {
  return async (questions) => {
    if (!questions.length) return [];
    const rows: { granted: boolean }[] = await db.query(CONSENT_SQL, [
      questions.map((q) => q.personId),
      questions.map((q) => q.organisationId),
      questions.map((q) => q.purpose),
    ]);
    return rows.map((row) => row.granted);
  };
}

/** The HTTP route gemeente serves for the other subgraphs. */
export function consentCheckRoute(db: Database, secret: string) {
  const lookup = databaseConsentLookup(db);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    try {
      verifyJwt(token, secret, { aud: AUDIENCE });
    } catch {
      return reply(401, { error: 'not signed with the consent API secret' });
    }
    let questions: ConsentQuestion[];
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      questions = JSON.parse(Buffer.concat(chunks).toString('utf8')).questions;
      if (!Array.isArray(questions) || questions.length > 1000 || !questions.every((q) => typeof q.personId === 'string' && typeof q.organisationId === 'string' && isPurpose(q.purpose))) {
        throw new Error('bad questions');
      }
    } catch {
      return reply(400, { error: 'expected {"questions": [{personId, organisationId, purpose}]} (at most 1000)' });
    }
    reply(200, { granted: await lookup(questions) });
  };
}

/** The other subgraphs' lookup: ask gemeente. A failure denies (fail closed) by throwing. */
export function httpConsentLookup(url: string, secret: string, caller: string): ConsentLookup {
  return async (questions) => {
    if (!questions.length) return [];
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt({ iss: caller, aud: AUDIENCE, iat: now, exp: now + 60 }, secret);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ questions }),
    });
    if (!response.ok) throw new Error(`the consent register answered ${response.status}`);
    const { granted } = (await response.json()) as { granted: boolean[] };
    return granted;
  };
}
