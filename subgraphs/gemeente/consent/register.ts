// gemeente keeps the consent register: it answers its own consent questions straight from its table and
// serves POST /internal/consent-check for the other subgraphs (kit/access/consent-api.ts is their client).
// Each asking subgraph signs with its own secret; the register answers only what that subgraph may ask
// (for the caller it names, for that caller's purpose, a purpose its policies unlock with consent), and
// writes every question it answers to gemeente's processing log: who asked, for whom, about whom, why.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../../kit/database';
import type { Caller, Purpose } from '../../../platform/caller';
import { isPurpose } from '../../../platform/caller';
import { MAX_CONSENT_QUESTIONS, type ConsentLookup, type ConsentQuestion } from '../../kit/access/consent';
import { CONSENT_API_AUDIENCE } from '../../kit/access/consent-api';
import { callerFromClaim } from '../../../platform/identity';
import { ProcessingLog } from '../../kit/access/processing-log';
import { hmacKey, unverifiedIssuer, verifyHs256, type JwtClaims } from '../../../platform/jwt';
import { sendJson } from '../../../platform/http';

/**
 * What each subgraph may ask the register: the purposes for which its policies open a record with consent
 * (welzijn: hulpvragen; zorg: referrals; bewoners: neighbours' offers and memberships; and every one of them
 * COORDINATION for "who is involved"). test/subgraphs/consent-register.test.ts checks it against the policies.
 */
export const MAY_ASK: Readonly<Record<'welzijn' | 'zorg' | 'bewoners', readonly Purpose[]>> = {
  welzijn: ['MATCHING', 'REFERRAL', 'COORDINATION'],
  zorg: ['REFERRAL', 'COORDINATION'],
  bewoners: ['MATCHING', 'COORDINATION'],
};
export type ConsentAsker = keyof typeof MAY_ASK;
export const CONSENT_ASKERS = Object.keys(MAY_ASK) as ConsentAsker[];

const MAX_HOLDERS = 10;
const ORGANISATION_ID = /^[^,\s]{1,100}$/;

/**
 * The SQL that answers consent questions on the `consent` table: a consent of the person, recorded for
 * one of the named holders, naming the recipient and the purpose; given, not revoked, not expired. A
 * lateral lookup per question keeps PostgreSQL on the consent_lookup index however many questions come in
 * one batch. $2 holds each question's holders joined by commas (organisation ids have none).
 */
export const CONSENT_SQL = `
  SELECT q.i, c.id
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS q(person_id, holders, recipient, purpose, i)
  LEFT JOIN LATERAL (
    SELECT c.id FROM consent c
    WHERE c.person_id = q.person_id AND c.recipient_organisation_id = q.recipient AND c.purpose = q.purpose
      AND c.holder_organisation_id = ANY (string_to_array(q.holders, ','))
      AND c.revoked_at IS NULL AND c.granted_at <= now() AND c.valid_until > now()
    ORDER BY c.id
    LIMIT 1
  ) c ON true
  ORDER BY q.i`;

/** Answers the questions one subgraph asked for `caller`, and logs each one before the answer leaves. */
async function answer(db: Database, asker: string, caller: Caller, questions: readonly ConsentQuestion[]): Promise<boolean[]> {
  if (!questions.length) return [];
  const rows: { id: string | null }[] = await db.query(CONSENT_SQL, [
    questions.map((q) => q.personId),
    questions.map((q) => q.holderOrganisationIds.join(',')),
    questions.map((q) => q.recipientOrganisationId),
    questions.map((q) => q.purpose),
  ]);
  // One line per question, of kind "check": the caller (organisation, user, roles, purpose and so its
  // processing activity, trace) it was asked for, the resident, the holders asked about (entity id), which
  // subgraph asked and the answer (fields). The resident sees them in their inzage (Person.processingLog).
  const log = new ProcessingLog();
  questions.forEach((q, i) => {
    const record = { type: 'ConsentCheck', id: `${q.personId}:${q.holderOrganisationIds.join('+')}`, personId: q.personId, holders: q.holderOrganisationIds, consentPurposes: [] };
    log.record(record, `askedBy:${asker}`, caller, 'check');
    log.record(record, `answer:${rows[i].id ? `yes (${rows[i].id})` : 'no'}`, caller, 'check');
  });
  await log.write(db);
  return rows.map((row) => row.id !== null);
}

/** gemeente's own lookup: straight from its table, logged like every other question. */
export function databaseConsentLookup(db: Database): ConsentLookup {
  return (questions, caller) => answer(db, 'gemeente', caller, questions);
}

/**
 * Which asking subgraph signed the token, or null. The token names its subgraph (iss, read unverified), so
 * it is verified against that subgraph's key alone, not tried against each key in turn.
 */
async function verifyAsker(token: string, keys: ReadonlyMap<ConsentAsker, Uint8Array>): Promise<{ asker: ConsentAsker; claims: JwtClaims } | null> {
  const named = unverifiedIssuer(token);
  const asker = CONSENT_ASKERS.find((candidate) => candidate === named);
  if (!asker) return null;
  try {
    return { asker, claims: await verifyHs256(token, keys.get(asker)!, { issuer: asker, audience: CONSENT_API_AUDIENCE, maxLifetimeSeconds: 60 }) };
  } catch {
    return null; // not signed with that subgraph's secret, expired, or for another audience
  }
}

function isQuestion(q: unknown): q is ConsentQuestion {
  const question = q as ConsentQuestion;
  return (
    typeof question?.personId === 'string' && question.personId !== '' &&
    typeof question.recipientOrganisationId === 'string' && ORGANISATION_ID.test(question.recipientOrganisationId) &&
    Array.isArray(question.holderOrganisationIds) && question.holderOrganisationIds.length > 0 && question.holderOrganisationIds.length <= MAX_HOLDERS &&
    question.holderOrganisationIds.every((id) => typeof id === 'string' && ORGANISATION_ID.test(id)) &&
    isPurpose(question.purpose)
  );
}

/** Why `asker` may not ask this question for `caller`, or null when it may. */
function refusal(asker: ConsentAsker, caller: Caller, q: ConsentQuestion): string | null {
  if (!caller.subject) return 'a question names the signed-in caller it is asked for';
  if (!MAY_ASK[asker].includes(q.purpose)) return `${asker} has no records that consent to ${q.purpose} opens`;
  if (caller.organisationId === null || q.recipientOrganisationId !== caller.organisationId) return 'a question names the caller’s own organisation as the recipient';
  if (q.purpose !== caller.purpose) return 'a question names the caller’s own purpose';
  if (q.holderOrganisationIds.includes(q.recipientOrganisationId)) return 'a holder needs no consent for its own records';
  return null;
}

/** The HTTP route gemeente serves for the other subgraphs. */
export function consentCheckRoute(db: Database, secrets: Readonly<Record<ConsentAsker, string>>) {
  const keys = new Map(CONSENT_ASKERS.map((asker) => [asker, hmacKey(secrets[asker])] as const));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => sendJson(res, status, body);
    const verified = await verifyAsker((req.headers.authorization ?? '').replace(/^Bearer /, ''), keys);
    if (!verified) return reply(401, { error: 'not signed with an asking subgraph’s consent API secret' });
    const caller = callerFromClaim(verified.claims.caller);
    let questions: ConsentQuestion[];
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      questions = JSON.parse(Buffer.concat(chunks).toString('utf8')).questions;
      if (!Array.isArray(questions) || questions.length > MAX_CONSENT_QUESTIONS || !questions.every(isQuestion)) throw new Error('bad questions');
    } catch {
      return reply(400, { error: `expected {"questions": [{personId, holderOrganisationIds, recipientOrganisationId, purpose}]} (at most ${MAX_CONSENT_QUESTIONS})` });
    }
    for (const [i, q] of questions.entries()) {
      const why = refusal(verified.asker, caller, q);
      if (why) return reply(403, { error: `question ${i} refused: ${why}` });
    }
    reply(200, { granted: await answer(db, verified.asker, caller, questions) });
  };
}
