// Need-to-know for events: who may hear that something happened to a subject, asked of the subgraph that owns
// it at the moment of delivery. Every subgraph serves POST EVENT_AUDIENCE_PATH, signed with EVENTS_SECRET for
// one minute under its own audience (its tokens answer no other question): per question (subject, organisation,
// the purpose its webhook was registered for) yes or no. The answer is the subject's declared policy
// (<subgraph>/policies.ts) as a read by that organisation for that purpose would get it (personal-data.ts):
// a holder, or a recipient with a holder's consent for the purpose, asked of the register now, so a revoked
// consent stops the events at once. A subject that is gone, or of a type without events here, is a no, and
// so is an event no longer in the outbox (withdrawn before it happened, outbox.ts withdrawPendingEvents).
// The answer carries yes/no only, nothing of the subject.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { isPurpose, newTrace, type Caller, type Purpose } from '../../../platform/caller';
import { sendJson } from '../../../platform/http';
import { hmacKey, signJwt, verifyHs256 } from '../../../platform/jwt';
import type { Logger } from '../../../platform/log';
import type { Database } from '../database';
import { byKeyLoader } from '../loaders';
import { consentLoader, type ConsentLookup } from '../access/consent';
import { PersonalDataAccess, recordOf, type PersonalDataPolicy } from '../access/personal-data';
import { ProcessingLog } from '../access/processing-log';

export const EVENT_AUDIENCE_PATH = '/internal/event-audience';
const AUDIENCE = 'event-audience';
const LIFETIME_SECONDS = 60;
/** The most questions one request carries (the route refuses more; askAudience splits). */
export const MAX_AUDIENCE_QUESTIONS = 500;
const MAX_BODY_BYTES = 256_000;
const ID = /^[^\s]{1,200}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AudienceQuestion {
  /** The GraphQL type of the event's subject (DomainEvent.subject.type). */
  subjectType: string;
  subjectId: string;
  /** The organisation whose webhook would receive the event. */
  organisationId: string;
  /** The purpose that webhook was registered for. */
  purpose: Purpose;
  /** The event about to be delivered (its outbox id): one that was withdrawn, or is not about this subject, is a no. */
  eventId?: string;
}

/** The types a subgraph records events about, each with the entity (keyed by `id`) that holds its rows. */
export type EventSubjects = Readonly<Record<string, EntityTarget<ObjectLiteral>>>;

/** Who hears of an event: the caller a read by the webhook's organisation for its purpose would be (a partner's system). */
const webhookCaller = (organisationId: string, purpose: Purpose, trace: { traceId: string; spanId: string }): Caller => ({
  organisationId,
  subject: 'event-delivery',
  roles: ['partner-system'],
  personId: null,
  purpose,
  ...trace,
});

/** Refusals that mean "may not read it"; anything else (the register down) is no answer at all. */
const REFUSALS = new Set(['FORBIDDEN', 'PURPOSE_NOT_ALLOWED']);

/**
 * The answer of one subgraph: for each subject type its entity and the policy declared for that type (one
 * policy per type: a type with events but without a policy is a mistake, refused at start).
 */
export function eventAudience(db: Database, subjects: EventSubjects, policies: readonly PersonalDataPolicy[], lookup: ConsentLookup) {
  const types = new Map(
    Object.entries(subjects).map(([type, entity]) => {
      const policy = policies.find((p) => p.type === type);
      if (!policy) throw new Error(`events about ${type}, but no personal-data policy declares who may read it`);
      return [type, { policy, repository: db.getRepository(entity) }] as const;
    }),
  );
  return async (questions: readonly AudienceQuestion[]): Promise<boolean[]> => {
    const standing = await standingEvents(db, questions);
    const trace = newTrace();
    const loaders = new Map([...types].map(([type, { repository }]) => [type, byKeyLoader(repository)]));
    // one caller per organisation and purpose, each asking the register in batches (decisions cached per subject)
    const accesses = new Map<string, PersonalDataAccess>();
    const accessOf = (organisationId: string, purpose: Purpose) => {
      const key = `${organisationId}|${purpose}`;
      let access = accesses.get(key);
      if (!access) {
        const caller = webhookCaller(organisationId, purpose, trace);
        access = new PersonalDataAccess(caller, consentLoader(lookup, caller), new ProcessingLog(trace.spanId));
        accesses.set(key, access);
      }
      return access;
    };
    return Promise.all(
      questions.map(async (q) => {
        if (q.eventId !== undefined && !standing.has(eventKey(q.eventId, q.subjectType, q.subjectId))) return false;
        const type = types.get(q.subjectType);
        const row = type && (await loaders.get(q.subjectType)!.load(q.subjectId));
        if (!type || !row) return false;
        try {
          await accessOf(q.organisationId, q.purpose).authorize(recordOf(type.policy, row));
          return true;
        } catch (error) {
          if (REFUSALS.has((error as { extensions?: { code?: string } }).extensions?.code ?? '')) return false;
          throw error;
        }
      }),
    );
  };
}

const eventKey = (id: string, subjectType: string, subjectId: string) => `${id.toLowerCase()}|${subjectType}|${subjectId}`;

/** The questions' events that are in the outbox, about the subject each question names. */
async function standingEvents(db: Database, questions: readonly AudienceQuestion[]): Promise<Set<string>> {
  const ids = [...new Set(questions.flatMap((q) => (q.eventId === undefined ? [] : [q.eventId])))];
  if (!ids.length) return new Set();
  const rows: { id: string; subject_type: string; subject_id: string }[] = await db.query(
    'SELECT id::text, subject_type, subject_id FROM outbox WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Set(rows.map((row) => eventKey(row.id, row.subject_type, row.subject_id)));
}

function isQuestion(value: unknown): value is AudienceQuestion {
  const q = value as Partial<AudienceQuestion> | null;
  return (
    typeof q?.subjectType === 'string' && ID.test(q.subjectType) &&
    typeof q.subjectId === 'string' && ID.test(q.subjectId) &&
    typeof q.organisationId === 'string' && ID.test(q.organisationId) &&
    isPurpose(q.purpose) &&
    (q.eventId === undefined || (typeof q.eventId === 'string' && UUID.test(q.eventId)))
  );
}

/** The questions of a request body, or null when it is not `{questions: [...]}` within the bound. */
async function readQuestions(req: IncomingMessage): Promise<AudienceQuestion[] | null | 'too large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      req.resume(); // the rest is discarded, so the sender reads the refusal rather than a reset
      return 'too large';
    }
    chunks.push(chunk as Buffer);
  }
  try {
    const { questions } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { questions?: unknown };
    if (Array.isArray(questions) && questions.length <= MAX_AUDIENCE_QUESTIONS && questions.every(isQuestion)) return questions;
  } catch {
    // not JSON: as below
  }
  return null;
}

/** POST EVENT_AUDIENCE_PATH: verifies the token, answers `{allowed: boolean[]}` in the questions' order. */
export function eventAudienceRoute(secret: string, answer: (questions: readonly AudienceQuestion[]) => Promise<boolean[]>, log: Logger) {
  const key = hmacKey(secret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST the questions' });
    try {
      await verifyHs256((req.headers.authorization ?? '').replace(/^Bearer /, ''), key, { audience: AUDIENCE, maxLifetimeSeconds: LIFETIME_SECONDS });
    } catch {
      req.resume();
      return sendJson(res, 401, { error: 'not signed for the event audience (EVENTS_SECRET)' });
    }
    const questions = await readQuestions(req);
    if (questions === 'too large') return sendJson(res, 413, { error: `the questions are larger than ${MAX_BODY_BYTES} bytes` });
    if (!questions) {
      return sendJson(res, 400, { error: `expected {"questions": [{subjectType, subjectId, organisationId, purpose, eventId?}]} (at most ${MAX_AUDIENCE_QUESTIONS})` });
    }
    try {
      sendJson(res, 200, { allowed: await answer(questions) });
    } catch (error) {
      log.warn({ err: error }, 'event audience not answered');
      sendJson(res, 503, { error: 'the event audience could not be answered now' });
    }
  };
}

/** The token for one request of questions. */
export function audienceToken(secret: string): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({ aud: AUDIENCE, iat: now, exp: now + LIFETIME_SECONDS }, secret);
}

/**
 * Asks the subgraph at `baseUrl` (its GraphQL URL) who may hear of its events, in batches within the bound;
 * one yes/no per question, in order. Throws when there is no proper answer (fail closed: nothing is delivered).
 */
export async function askAudience(baseUrl: string, secret: string, questions: readonly AudienceQuestion[]): Promise<boolean[]> {
  const url = baseUrl.replace(/\/graphql$/, EVENT_AUDIENCE_PATH);
  const answers: boolean[] = [];
  for (let start = 0; start < questions.length; start += MAX_AUDIENCE_QUESTIONS) {
    const batch = questions.slice(start, start + MAX_AUDIENCE_QUESTIONS);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${audienceToken(secret)}` },
      body: JSON.stringify({ questions: batch }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`the event audience at ${url} answered HTTP ${response.status}`);
    const { allowed } = (await response.json()) as { allowed?: unknown };
    if (!Array.isArray(allowed) || allowed.length !== batch.length || !allowed.every((yes) => typeof yes === 'boolean')) {
      throw new Error(`the event audience at ${url} did not answer one yes or no per question`);
    }
    answers.push(...allowed);
  }
  return answers;
}
