// Ask-and-cascade: the holder's matcher puts an OPEN hulpvraag to a ranked list of candidates, one at a time.
// Each ask has a deadline; on a no, or no answer by then, the next candidate is asked, until one says yes (a
// match through the one proposal path, matching.ts recordProposal) or the list runs out (EXHAUSTED; the
// hulpvraag stays OPEN). Every step is a row of cascade_step.
//
// Restarts and several processes: the deadline is a graphile-worker job (kit/jobs.ts, one job key per
// cascade, run_at = the deadline) added in the transaction that asks, so it lives in PostgreSQL. Whatever
// advances a cascade (an answer, a deadline job) first locks its cascade row (SELECT ... FOR UPDATE) and then
// re-reads the step, so of two processes (or a late answer racing the deadline) one advances and the other
// sees the step already answered; the deadline job is idempotent for the same reason.
import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { In, IsNull, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { lockOwnRow } from '../kit/access/own-row';
import { logPersonalDataWrite } from '../kit/access/write-log';
import { checkClientMutationId, createOnce } from '../kit/idempotent-create';
import { checkId } from '../kit/validation';
import { cancelJob, scheduleJob } from '../kit/jobs';
import { effectiveStatus } from '../kit/helper-profile';
import { readPage, toConnection } from '../kit/pagination';
import type { Database } from '../kit/database';
import { Cascade, CascadeStep, HelpRequest, Match, Volunteer, type CascadeRule } from './entities';
import type { RankedCandidate } from './candidates';
import type { CascadeAnswer, CascadeStatus } from './entities/cascade';
import { OPEN_MATCH_STATES } from './entities/match';
import { intakeOrganisationProposes, recordProposal, type ProposalAccess } from './matching';
import { helpRequestPolicy } from './policies';
import type { NeighbourOffers } from './neighbour-offers';
import type { AnswerCascadeInput, StartCascadeInput } from './generated/resolvers-types';

/** The deadline job's task name (welzijn/index.ts runs it). */
export const CASCADE_DEADLINE_TASK = 'welzijn.cascade-deadline';
/** Most candidates in one cascade (Cascade.steps' bound, list-bounds.ts). */
export const MAX_CASCADE_CANDIDATES = 20;
const HOUR_MS = 3600 * 1000;

export type Candidate = { pool: 'VOLUNTEER' | 'NEIGHBOUR'; helperId: string };

/** One job per cascade: asking the next candidate moves it to the new deadline, ending the cascade removes it. */
const jobKeyOf = (cascadeId: string) => `cascade:${cascadeId}`;

/** A cascade's open ask as its helper's organisation sees it (cascadeAsks): nothing that names the resident. */
export interface CascadeAskItem {
  id: string;
  pool: 'VOLUNTEER' | 'NEIGHBOUR';
  helperId: string;
  category: string;
  areaCode: string;
  wishedTimes: string[];
  deadline: Date;
}

/** How long each candidate has to answer, for a cascade and for a rule. */
export function checkAnswerWithinHours(hours: number): number {
  if (!Number.isInteger(hours) || hours < 1 || hours > 168) throw badInput('answerWithinHours is 1 to 168', 'input.answerWithinHours');
  return hours;
}

function checkCandidates(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length < 1 || candidates.length > MAX_CASCADE_CANDIDATES) throw badInput(`a cascade has 1–${MAX_CASCADE_CANDIDATES} candidates`, 'input.candidates');
  const seen = new Set<string>();
  return candidates.map((candidate, i) => {
    checkId(candidate.helperId, `input.candidates.${i}.helperId`);
    const key = `${candidate.pool}:${candidate.helperId}`;
    if (seen.has(key)) throw badInput(`helper ${candidate.helperId} is in the list twice`, `input.candidates.${i}.helperId`);
    seen.add(key);
    return { pool: candidate.pool, helperId: candidate.helperId };
  });
}

/** A matcher's list names only their own organisation's volunteers, as proposeMatch does (offers are bewoners' to confirm, on a yes). */
async function assertOwnVolunteers(manager: EntityManager, candidates: readonly Candidate[], caller: Caller): Promise<void> {
  const ids = candidates.filter((candidate) => candidate.pool === 'VOLUNTEER').map((candidate) => candidate.helperId);
  const own = new Set((await manager.findBy(Volunteer, { id: In(ids), organisationId: caller.organisationId! })).map((volunteer) => volunteer.id));
  const i = candidates.findIndex((candidate) => candidate.pool === 'VOLUNTEER' && !own.has(candidate.helperId));
  if (i >= 0) throw notFound('Volunteer', candidates[i].helperId, `input.candidates.${i}.helperId`);
}

/** A cascade's list without a matcher's: the holder's volunteers as the match view ranks them (candidates.ts). */
export const rankVolunteers =
  (ranked: DataLoader<HelpRequest, RankedCandidate[], string>) =>
  async (request: HelpRequest): Promise<Candidate[]> =>
    (await ranked.load(request)).map(({ pool, helperId }) => ({ pool, helperId }));

/** A new cascade's row, ASKING; the caller sets whose it is. */
const newCascade = (request: HelpRequest, answerWithinHours: number, startedBy: string, ruleId: string | null) => ({
  id: `cascade-${randomUUID()}`,
  helpRequestId: request.id,
  startedBy,
  ruleId,
  status: 'ASKING' as const,
  answerWithinHours,
  matchId: null,
  startedAt: new Date(),
  endedAt: null,
});

/** Records a new cascade's candidates in order, logs the write on the hulpvraag and asks the first candidate. */
async function beginCascade(manager: EntityManager, cascade: Cascade, list: readonly Candidate[], request: HelpRequest, writer: Pick<PersonalDataAccess, 'caller' | 'log'>): Promise<void> {
  await manager.insert(
    CascadeStep,
    list.map((candidate, i) => ({ id: `cascade-step-${randomUUID()}`, cascadeId: cascade.id, position: i + 1, pool: candidate.pool, helperId: candidate.helperId })),
  );
  await logPersonalDataWrite(manager, writer, helpRequestPolicy, request, ['cascade']);
  await askNext(manager, cascade);
}

/**
 * Starts a cascade on the caller's OPEN hulpvraag and asks its first candidate. `rank` gives the list when
 * the matcher sends none (the caller's volunteers, by the shared scoring function).
 */
export async function startCascade(
  manager: EntityManager,
  input: StartCascadeInput,
  caller: Caller,
  personalData: PersonalDataAccess,
  rank: (request: HelpRequest) => Promise<Candidate[]>,
): Promise<Cascade> {
  checkId(input.helpRequestId, 'input.helpRequestId');
  const hours = checkAnswerWithinHours(input.answerWithinHours);
  const given = input.candidates ? checkCandidates(input.candidates) : null;
  let list: Candidate[] = [];
  let request: HelpRequest | undefined;
  const { record, created } = await createOnce(manager, {
    entity: Cascade,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      request = await lockOwnRow(manager, HelpRequest, input.helpRequestId, intakeOrganisationProposes(personalData), caller, 'input.helpRequestId');
      if (request.status !== 'OPEN') throw conflict(`Hulpvraag ${request.id} is ${request.status}; only an OPEN hulpvraag is put to candidates`, 'input.helpRequestId');
      if (given) await assertOwnVolunteers(manager, given, caller);
      if (await isAsking(manager, request.id)) {
        throw conflict(`Hulpvraag ${request.id} has a cascade asking already; cancel it first`, 'input.helpRequestId');
      }
      list = given ?? (await rank(request)).slice(0, MAX_CASCADE_CANDIDATES);
      if (!list.length) throw conflict(`No candidates for hulpvraag ${request.id}; send a list of candidates`, 'input.candidates');
      return manager.create(Cascade, newCascade(request, hours, caller.subject!, null));
    },
  });
  if (created) await beginCascade(manager, record, list, request!, personalData);
  return record;
}

/** Whether the hulpvraag has a cascade asking (at most one does: the index cascade_asking). */
export const isAsking = (manager: EntityManager, helpRequestId: string) => manager.existsBy(Cascade, { helpRequestId, status: 'ASKING' });

/**
 * Starts a cascade rule's cascade on a locked OPEN hulpvraag of the rule's organisation (cascade-rules.ts
 * checked it), with `list` ranked for it; `writer` is the rule acting for its organisation.
 */
export async function startRuleCascade(
  manager: EntityManager,
  request: HelpRequest,
  rule: CascadeRule,
  list: readonly Candidate[],
  writer: Pick<PersonalDataAccess, 'caller' | 'log'>,
): Promise<Cascade> {
  const cascade = manager.create(Cascade, { ...newCascade(request, rule.answerWithinHours, writer.caller.subject!, rule.id), organisationId: rule.organisationId });
  await manager.insert(Cascade, cascade);
  await beginCascade(manager, cascade, list.slice(0, MAX_CASCADE_CANDIDATES), request, writer);
  return cascade;
}

async function endCascade(manager: EntityManager, cascade: Cascade, status: Exclude<CascadeStatus, 'ASKING'>, matchId: string | null = null): Promise<void> {
  Object.assign(cascade, { status, endedAt: new Date(), matchId });
  await manager.save(cascade);
  await cancelJob(manager, jobKeyOf(cascade.id));
}

/**
 * Whether a candidate can still be proposed when their turn comes, from welzijn's own rows: not on this
 * hulpvraag already (or declined for it), and a volunteer switched on, active and under their load cap. A
 * neighbour's offer is confirmed by bewoners when the neighbour says yes (recordProposal asks it then).
 */
async function proposable(manager: EntityManager, request: HelpRequest, step: CascadeStep): Promise<boolean> {
  const column = step.pool === 'VOLUNTEER' ? 'volunteerId' : 'helpOfferId';
  if (await manager.existsBy(Match, { helpRequestId: request.id, [column]: step.helperId })) return false;
  if (step.pool === 'NEIGHBOUR') return true;
  const volunteer = await manager.findOneBy(Volunteer, { id: step.helperId });
  if (!volunteer || !volunteer.available || effectiveStatus(volunteer.status, volunteer.pausedUntil) !== 'ACTIVE') return false;
  return (await manager.countBy(Match, { volunteerId: volunteer.id, status: In([...OPEN_MATCH_STATES]) })) < volunteer.loadCap;
}

/** Asks the next candidate still proposable (skipping the others), or ends the cascade; the cascade is locked by the caller. */
async function askNext(manager: EntityManager, cascade: Cascade): Promise<void> {
  const request = await manager.findOneBy(HelpRequest, { id: cascade.helpRequestId });
  // matched, put on hold, cancelled or handed over another way meanwhile: nobody else is asked
  if (!request || request.status !== 'OPEN' || request.intakeOrganisationId !== cascade.organisationId) return endCascade(manager, cascade, 'CANCELLED');
  const waiting = await manager.find(CascadeStep, { where: { cascadeId: cascade.id, askedAt: IsNull(), answer: IsNull() }, order: { position: 'ASC' } });
  for (const step of waiting) {
    const now = new Date();
    if (!(await proposable(manager, request, step))) {
      await manager.save(Object.assign(step, { answer: 'SKIPPED', answeredAt: now }));
      continue;
    }
    const deadline = new Date(now.getTime() + cascade.answerWithinHours * HOUR_MS);
    await manager.save(Object.assign(step, { askedAt: now, deadline }));
    await scheduleJob(manager, CASCADE_DEADLINE_TASK, { cascadeId: cascade.id, stepId: step.id }, { jobKey: jobKeyOf(cascade.id), runAt: deadline });
    return;
  }
  await endCascade(manager, cascade, 'EXHAUSTED');
}

const lockCascade = (manager: EntityManager, id: string) => manager.findOne(Cascade, { where: { id }, lock: { mode: 'pessimistic_write' } });

/** The deadline job: an ask still open at its deadline EXPIRES and the next candidate is asked. Idempotent. */
export async function expireAsk(db: Database, payload: { cascadeId: string; stepId: string }): Promise<void> {
  await db.transaction(async (manager) => {
    const cascade = await lockCascade(manager, payload.cascadeId);
    if (!cascade || cascade.status !== 'ASKING') return;
    const step = await manager.findOneBy(CascadeStep, { id: payload.stepId });
    if (!step || step.answer || !step.deadline) return; // answered (or expired by another run) meanwhile
    if (step.deadline.getTime() > Date.now()) {
      // a job run before its ask's deadline (e.g. an earlier one left behind): wait for the real one
      await scheduleJob(manager, CASCADE_DEADLINE_TASK, payload, { jobKey: jobKeyOf(cascade.id), runAt: step.deadline });
      return;
    }
    await manager.save(Object.assign(step, { answer: 'EXPIRED', answeredAt: new Date() }));
    await askNext(manager, cascade);
  });
}

/** What an answer did. */
export interface CascadeAnswerResult {
  stepId: string;
  answer: CascadeAnswer;
  matchId: string | null;
}

/** A yes from a helper who can no longer be proposed: the ask is SKIPPED (after the refused transaction). */
class NotProposable extends Error {
  constructor(readonly refusal: GraphQLError) {
    super(refusal.message);
  }
}

const isHelperRefusal = (error: unknown) =>
  error instanceof GraphQLError && error.extensions?.code === 'CONFLICT' && error.extensions?.field === 'input.helperId';

/**
 * Whether the step's helper is the caller's to answer for: their organisation's volunteer. A neighbour's
 * offer is bewoners' to confirm, which recordProposal asks before a yes is recorded (an offer the caller may
 * not propose is NOT_FOUND there too). Anything else is NOT_FOUND, like a step that does not exist.
 */
async function assertAnswersFor(manager: EntityManager, step: CascadeStep, caller: Caller): Promise<void> {
  if (step.pool !== 'VOLUNTEER') return;
  const volunteer = await manager.findOneBy(Volunteer, { id: step.helperId });
  if (!volunteer || volunteer.organisationId !== caller.organisationId) throw notFound('CascadeStep', step.id, 'input.stepId');
}

/** An ask as it is under the cascade's lock: the earlier answer when this is a retry, or refused unless open and in time. */
async function openAsk(manager: EntityManager, stepId: string, input: AnswerCascadeInput, caller: Caller) {
  const asked = await manager.findOneBy(CascadeStep, { id: stepId });
  if (!asked) throw notFound('CascadeStep', stepId, 'input.stepId');
  await assertAnswersFor(manager, asked, caller);
  const cascade = (await lockCascade(manager, asked.cascadeId))!;
  const step = (await manager.findOneBy(CascadeStep, { id: asked.id }))!; // as it is now, under the lock
  const result = (): CascadeAnswerResult => ({ stepId: step.id, answer: step.answer!, matchId: step.answer === 'ACCEPTED' ? cascade.matchId : null });
  if (step.answer && step.answeredByOrganisationId === caller.organisationId && step.answerClientMutationId === input.clientMutationId) {
    if ((step.answer === 'ACCEPTED') !== input.accept) {
      throw conflict(`clientMutationId "${input.clientMutationId}" was used before for a different answer; send a new key for a new request`, 'input.clientMutationId');
    }
    return { cascade, step, result, retry: true };
  }
  if (step.answer) throw conflict(`This ask is no longer open: it ended ${step.answer}${step.answer === 'EXPIRED' ? ` at its deadline ${step.deadline!.toISOString()}` : ''}`, 'input.stepId');
  if (cascade.status !== 'ASKING') throw conflict(`The cascade is ${cascade.status}; nobody is asked any more`, 'input.stepId');
  if (!step.askedAt) throw conflict('This helper is not asked (yet): it is another candidate\'s turn', 'input.stepId');
  if (step.deadline!.getTime() <= Date.now()) {
    throw conflict(`This ask expired at ${step.deadline!.toISOString()}; the next candidate is asked`, 'input.stepId');
  }
  return { cascade, step, result, retry: false };
}

const answeredBy = (input: AnswerCascadeInput, caller: Caller) => ({
  answeredAt: new Date(),
  answeredByOrganisationId: caller.organisationId,
  answerClientMutationId: input.clientMutationId,
});

/** A no: recorded, and the next candidate asked at once. */
function decline(db: Database, input: AnswerCascadeInput, caller: Caller): Promise<CascadeAnswerResult> {
  return db.transaction(async (manager) => {
    const { cascade, step, result, retry } = await openAsk(manager, input.stepId, input, caller);
    if (retry) return result();
    await manager.save(Object.assign(step, { answer: 'DECLINED', ...answeredBy(input, caller) }));
    await askNext(manager, cascade);
    return result();
  });
}

/**
 * A yes: a match through the one proposal path. The ask is checked under the cascade's lock, taken before
 * the hulpvraag's (the order the deadline job keeps), in the transaction that records the match; a refusal
 * after the match was built rolls it back too.
 */
async function accept(db: Database, input: AnswerCascadeInput, caller: Caller, personalData: PersonalDataAccess, offers: NeighbourOffers): Promise<CascadeAnswerResult> {
  const asked = await db.manager.findOneBy(CascadeStep, { id: input.stepId });
  if (!asked) throw notFound('CascadeStep', input.stepId, 'input.stepId');
  await assertAnswersFor(db.manager, asked, caller);
  let ask: Awaited<ReturnType<typeof openAsk>> | undefined;
  const access = (manager: EntityManager): ProposalAccess => ({
    check: async () => undefined, // the caller answers for the helper (assertAnswersFor; bewoners for an offer)
    lock: async () => {
      ask = await openAsk(manager, input.stepId, input, caller);
      return (await manager.findOne(HelpRequest, { where: { id: ask.cascade.helpRequestId }, lock: { mode: 'pessimistic_write' } }))!;
    },
    field: 'input.stepId',
  });
  const proposal = { clientMutationId: input.clientMutationId, pool: asked.pool, helperId: asked.helperId, madeBy: 'MATCHER' as const, input };
  try {
    return await recordProposal(db, proposal, access, caller, personalData, offers, async (manager, { record, created }) => {
      if (!created) return (await openAsk(manager, input.stepId, input, caller)).result(); // a retry: the match was recorded before
      const { cascade, step, result } = ask!;
      await manager.save(Object.assign(step, { answer: 'ACCEPTED', ...answeredBy(input, caller) }));
      await endCascade(manager, cascade, 'MATCHED', record.id);
      return result();
    });
  } catch (error) {
    if (isHelperRefusal(error)) throw new NotProposable(error as GraphQLError);
    if ((error as GraphQLError).extensions?.code === 'BAD_USER_INPUT' && (error as GraphQLError).extensions?.field === 'input.helperId') {
      throw notFound('CascadeStep', input.stepId, 'input.stepId'); // an offer the caller may not propose
    }
    throw error;
  }
}

/** Marks a refused yes SKIPPED and asks the next candidate, when the ask is still the open one. */
async function skipAsk(manager: EntityManager, stepId: string): Promise<void> {
  const { cascadeId } = (await manager.findOneBy(CascadeStep, { id: stepId }))!;
  const cascade = await lockCascade(manager, cascadeId);
  const step = await manager.findOneBy(CascadeStep, { id: stepId });
  if (!cascade || cascade.status !== 'ASKING' || !step || step.answer) return;
  await manager.save(Object.assign(step, { answer: 'SKIPPED', answeredAt: new Date() }));
  await askNext(manager, cascade);
}

/**
 * The asked helper's answer through their organisation's partner system. A yes from a helper who can no
 * longer be proposed writes nothing in its own transaction (the refusal is the answer); a second one then
 * skips the ask, so the cascade does not wait for the deadline.
 */
export async function answerCascade(db: Database, input: AnswerCascadeInput, caller: Caller, personalData: PersonalDataAccess, offers: NeighbourOffers): Promise<CascadeAnswerResult> {
  checkId(input.stepId, 'input.stepId');
  checkClientMutationId(input.clientMutationId);
  try {
    return await (input.accept ? accept(db, input, caller, personalData, offers) : decline(db, input, caller));
  } catch (error) {
    if (!(error instanceof NotProposable)) throw error;
    await db.transaction((manager) => skipAsk(manager, input.stepId));
    throw conflict(`${error.refusal.message}; the ask is SKIPPED and the next candidate asked`, 'input.stepId');
  }
}

/**
 * Stops `organisationId`'s cascade of a hulpvraag it no longer holds (transfer.ts, in its transaction): its
 * helpers are not asked for a hulpvraag of another organisation.
 */
export async function cancelCascadeOfFormerHolder(manager: EntityManager, helpRequestId: string, organisationId: string): Promise<void> {
  const asking = await manager.findOne(Cascade, { where: { helpRequestId, organisationId, status: 'ASKING' }, lock: { mode: 'pessimistic_write' } });
  if (asking) await endCascade(manager, asking, 'CANCELLED');
}

/** Stops the caller's organisation's cascade; cancelling again changes nothing. */
export async function cancelCascade(manager: EntityManager, id: string, caller: Caller): Promise<Cascade> {
  checkId(id, 'id');
  const cascade = await lockCascade(manager, id);
  if (!cascade || cascade.organisationId !== caller.organisationId) throw notFound('Cascade', id, 'id');
  if (cascade.status === 'CANCELLED') return cascade;
  if (cascade.status !== 'ASKING') throw conflict(`Cascade ${id} ended ${cascade.status}`, 'id');
  await endCascade(manager, cascade, 'CANCELLED');
  return cascade;
}

/** The open asks to the caller's organisation's volunteers, in key order. */
export async function cascadeAsks(db: Database, caller: Caller, args: { first?: number | null; after?: string | null }) {
  const { limit, afterId } = readPage(args);
  const rows: CascadeAskItem[] = await db.query(
    `SELECT s.id, s.pool, s.helper_id AS "helperId", h.category, h.area_code AS "areaCode", h.wished_times AS "wishedTimes", s.deadline
     FROM cascade_step s JOIN cascade c ON c.id = s.cascade_id JOIN help_request h ON h.id = c.help_request_id JOIN volunteer v ON v.id = s.helper_id
     WHERE s.asked_at IS NOT NULL AND s.answer IS NULL AND c.status = 'ASKING' AND s.pool = 'VOLUNTEER' AND v.organisation_id = $1
       AND ($2::text IS NULL OR s.id > $2)
     ORDER BY s.id LIMIT $3`,
    [caller.organisationId, afterId, limit + 1],
  );
  return toConnection(rows, limit, (row) => row.id, args.after);
}
