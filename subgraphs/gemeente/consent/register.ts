// gemeente keeps the consent register: it answers its own consent questions straight from its table and
// serves POST /internal/consent-check for the other subgraphs (kit/access/consent-api.ts is their client).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../../kit/database';
import { isPurpose } from '../../../platform/caller';
import type { ConsentLookup, ConsentQuestion } from '../../kit/access/consent';
import { CONSENT_API_AUDIENCE } from '../../kit/access/consent-api';
import { verifyJwt } from '../../../platform/jwt';

/**
 * The SQL that answers consent questions on the `consent` table: granted, not revoked, not expired.
 * A lateral lookup per question keeps PostgreSQL on the consent_lookup index however many questions come
 * in one batch (an EXISTS subquery turns into a hash join over the whole table beyond about a hundred).
 */
export const CONSENT_SQL = `
  SELECT q.i, c.id IS NOT NULL AS granted
  FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS q(person_id, organisation_id, purpose, i)
  LEFT JOIN LATERAL (
    SELECT c.id FROM consent c
    WHERE c.person_id = q.person_id AND c.organisation_id = q.organisation_id AND c.purpose = q.purpose
      AND c.revoked_at IS NULL AND c.granted_at <= now() AND c.valid_until > now()
    LIMIT 1
  ) c ON true
  ORDER BY q.i`;

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
      verifyJwt(token, secret, { aud: CONSENT_API_AUDIENCE });
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
