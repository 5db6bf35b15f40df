// Matches: proposing a helper for a hulpvraag and moving the match through its life. Each mutation is one
// transaction that locks the hulpvraag (and the volunteer), so two matchers acting at once cannot overfill
// a hulpvraag or push a volunteer past their load cap; unique indexes back this up (migration 4). A
// neighbour's offer is confirmed by bewoners before that transaction, under a claim (proposal-claims.ts).
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { assertOwnRow, lockOwnRow, personalDataWriteRule } from '../kit/access/own-row';
import { createOnce } from '../kit/idempotent-create';
import { checkId, optionalText } from '../kit/validation';
import type { ProposeMatchInput } from './generated/resolvers-types';
import { HelpRequest, Match, Volunteer } from './entities';
import { OPEN_MATCH_STATES, type MatchStatus } from './entities/match';
import { moveHelpRequest, transitionReason } from './intake';
import { helpRequestPolicy, matchPolicy, volunteerPolicy } from './policies';
import { assertTransition } from '../kit/state-machine';
import { MATCH_TRANSITIONS } from './state-machine';
import type { NeighbourOffers } from './neighbour-offers';
import { effectiveStatus } from '../kit/helper-profile';
import { recordEvent, withdrawPendingEvents } from '../kit/events/outbox';
import type { Database } from '../kit/database';
import { withProposalClaim, type ProposalClaim } from './proposal-claims';

const FOLLOW_UP_AFTER_MS = 17 * 24 * 3600 * 1000; // 2½ weeks: between the 2 and 3 weeks of practice

const openMatchesOf = (manager: EntityManager, where: Record<string, string>) =>
  manager.countBy(Match, { ...where, status: In([...OPEN_MATCH_STATES]) });

/** How a proposal reaches its hulpvraag: who may propose for it, checked before bewoners is asked, then the row locked. */
export interface ProposalAccess {
  /** The refusals without a lock, before slow work (the offer check). */
  check(): Promise<void>;
  /** Loads and locks the hulpvraag for the rest of the transaction. */
  lock(): Promise<HelpRequest>;
  /** Where the hulpvraag is named in the arguments, for user errors. */
  field: string;
}

/** A proposal, by a matcher or from a helper's response to the board. */
export interface Proposal {
  clientMutationId: string;
  pool: ProposeMatchInput['pool'];
  helperId: string;
  madeBy: ProposeMatchInput['madeBy'];
  /** The mutation's arguments, for the retry fingerprint. */
  input: unknown;
}

export async function proposeMatch(db: Database, input: ProposeMatchInput, caller: Caller, personalData: PersonalDataAccess, offers: NeighbourOffers): Promise<Match> {
  checkId(input.helpRequestId, 'input.helpRequestId');
  const rule = intakeOrganisationProposes(personalData);
  const access = (manager: EntityManager): ProposalAccess => ({
    check: () => assertOwnRow(manager, HelpRequest, input.helpRequestId, rule, caller, 'input.helpRequestId'),
    lock: () => lockOwnRow(manager, HelpRequest, input.helpRequestId, rule, caller, 'input.helpRequestId'),
    field: 'input.helpRequestId',
  });
  return recordProposal(db, { ...input, input }, access, caller, personalData, offers, async (_manager, made) => made.record);
}

/**
 * The one way a match is recorded (proposeMatch, and a helper's response to the board), in a transaction of
 * its own, which ends with `then`. A neighbour's offer is confirmed by bewoners first, with no transaction
 * open, under a claim on the offer (proposal-claims.ts), so that an end of the offer at the same time is
 * refused on one side or the other.
 */
export async function recordProposal<T>(
  db: Database,
  proposal: Proposal,
  access: (manager: EntityManager) => ProposalAccess,
  caller: Caller,
  personalData: PersonalDataAccess,
  offers: NeighbourOffers,
  then: (manager: EntityManager, made: { record: Match; created: boolean }) => Promise<T>,
): Promise<T> {
  checkId(proposal.helperId, 'input.helperId');
  const record = (claim: ProposalClaim | null) =>
    db.transaction(async (manager) => then(manager, await recordInTransaction(manager, proposal, access(manager), caller, personalData, claim)));
  // a retry of a recorded proposal gets its match back (kit/idempotent-create.ts) without asking bewoners
  if (proposal.pool !== 'NEIGHBOUR' || (await db.getRepository(Match).existsBy({ recordedByOrganisationId: caller.organisationId!, clientMutationId: proposal.clientMutationId }))) {
    return record(null);
  }
  // bewoners is asked only for a caller that may propose for this hulpvraag at all
  await access(db.manager).check();
  return withProposalClaim(db, proposal.helperId, async (claim) => {
    await offers.assertProposable(proposal.helperId, { ...caller, spanId: personalData.log.spanId });
    return record(claim);
  });
}

/**
 * Locks the hulpvraag through `access`, refuses a full or not OPEN one, a volunteer who is not the caller's,
 * off, paused or at their cap, or a neighbour's offer without a live claim; the retry key is the caller's
 * organisation's.
 */
async function recordInTransaction(
  manager: EntityManager,
  proposal: Proposal,
  access: ProposalAccess,
  caller: Caller,
  personalData: PersonalDataAccess,
  claim: ProposalClaim | null,
): Promise<{ record: Match; created: boolean }> {
  let request: HelpRequest | undefined; // locked by the proposal, when the key is new
  const build = async (): Promise<Match> => {
    request = await access.lock();
    if (request.status !== 'OPEN') throw conflict(`Hulpvraag ${request.id} is ${request.status}; only an OPEN hulpvraag gets new matches`, access.field);
    if ((await openMatchesOf(manager, { helpRequestId: request.id })) >= request.helpersNeeded) {
      throw conflict(`Hulpvraag ${request.id} already has the ${request.helpersNeeded} helper(s) it needs`, access.field);
    }
    const helperColumn = proposal.pool === 'VOLUNTEER' ? 'volunteerId' : 'helpOfferId';
    if (await manager.existsBy(Match, { helpRequestId: request.id, [helperColumn]: proposal.helperId, status: 'DECLINED' })) {
      throw conflict(`Helper ${proposal.helperId} was declined for hulpvraag ${request.id} before; propose another helper`, 'input.helperId');
    }

    let volunteer: Volunteer | null = null;
    if (proposal.pool === 'VOLUNTEER') {
      volunteer = await lockOwnRow(manager, Volunteer, proposal.helperId, personalDataWriteRule(volunteerPolicy, personalData), caller, 'input.helperId');
      if (!volunteer.available) throw conflict(`Volunteer ${volunteer.id} has switched availability off`, 'input.helperId');
      const status = effectiveStatus(volunteer.status, volunteer.pausedUntil);
      if (status !== 'ACTIVE') throw conflict(`Volunteer ${volunteer.id} is ${status === 'PAUSED' ? `paused until ${volunteer.pausedUntil}` : 'no longer active (ended)'}`, 'input.helperId');
      if ((await openMatchesOf(manager, { volunteerId: volunteer.id })) >= volunteer.loadCap) {
        throw conflict(`Volunteer ${volunteer.id} is at their load cap of ${volunteer.loadCap}`, 'input.helperId');
      }
    } else {
      // a key seen before (checked without a claim) but whose match is gone (erased): asked anew on a retry
      if (!claim) throw conflict(`Help offer ${proposal.helperId} was not confirmed by bewoners for this request; try again`, 'input.helperId');
      await claim.consume(manager); // last: holds the claim's row until the match is committed
    }

    return manager.create(Match, {
      id: `match-${randomUUID()}`,
      helpRequestId: request.id,
      pool: proposal.pool,
      volunteerId: volunteer?.id ?? null,
      helpOfferId: volunteer ? null : proposal.helperId,
      requestOrganisationId: request.intakeOrganisationId,
      volunteerOrganisationId: volunteer?.organisationId ?? null,
      status: 'PROPOSED',
      madeBy: proposal.madeBy,
      proposedAt: new Date(),
    });
  };

  let made: { record: Match; created: boolean };
  try {
    // the key is the recording organisation's: the matcher's (the hulpvraag's own), or the responding helper's
    made = await createOnce(manager, { entity: Match, scope: 'recordedByOrganisationId', owner: caller.organisationId!, clientMutationId: proposal.clientMutationId, input: proposal.input, build });
  } catch (error) {
    // the unique indexes: this helper is already on this hulpvraag, or the neighbour's offer is taken
    if ((error as { code?: string }).code === '23505') throw conflict(`Helper ${proposal.helperId} is already matched (here or, for a neighbour, elsewhere)`, 'input.helperId');
    throw error;
  }
  if (made.created) await recordEvent(manager, { type: 'MATCH_PROPOSED', subject: matchSubject(made.record) });
  if (made.created && request && (await openMatchesOf(manager, { helpRequestId: request.id })) >= request.helpersNeeded) {
    await moveHelpRequest(manager, request, 'MATCHED', caller, 'enough helpers proposed');
  }
  return made;
}

/**
 * Helpers are proposed by the organisation that took the hulpvraag in (its matching is that organisation's
 * work); a professional who referred the resident there reads the hulpvraag but does not match it.
 */
export const intakeOrganisationProposes = (personalData: PersonalDataAccess) =>
  personalDataWriteRule(helpRequestPolicy, personalData, {
    writersOf: (request) => [request.intakeOrganisationId],
    refusal: 'helpers are proposed by the organisation that took the hulpvraag in; consent gives reading, not writing',
  });

/** Loads and locks a match the caller's organisation holds (the hulpvraag's or the volunteer's). */
export function lockMatch(manager: EntityManager, id: string, caller: Caller, personalData: PersonalDataAccess): Promise<Match> {
  return lockOwnRow(manager, Match, id, personalDataWriteRule(matchPolicy, personalData), caller, 'id');
}

export async function transitionMatch(
  manager: EntityManager,
  args: { id: string; to: MatchStatus; declineReason?: string | null; declinedBy?: Match['declinedBy']; note?: string | null },
  caller: Caller,
  personalData: PersonalDataAccess,
): Promise<Match> {
  const note = transitionReason(args.note, 'note');
  if (args.to === 'DECLINED' && !args.declineReason) throw badInput('declining needs a declineReason', 'declineReason');
  if (args.to !== 'DECLINED' && args.declineReason) throw badInput('a declineReason is only for DECLINED', 'declineReason');
  if (args.to !== 'DECLINED' && args.declinedBy) throw badInput('declinedBy is only for DECLINED', 'declinedBy');
  const match = await lockMatch(manager, args.id, caller, personalData);
  assertTransition(MATCH_TRANSITIONS, 'match', match.status, args.to);
  const request = await manager.findOne(HelpRequest, { where: { id: match.helpRequestId }, lock: { mode: 'pessimistic_write' } });
  if (!request) throw notFound('HelpRequest', match.helpRequestId);

  const now = new Date();
  match.status = args.to;
  if (args.to === 'ACTIVE') {
    match.startedAt = now;
    match.followUpDue = new Date(now.getTime() + FOLLOW_UP_AFTER_MS);
  }
  if (args.to === 'ENDED') match.endedAt = now;
  if (args.to === 'DECLINED') {
    match.declineReason = args.declineReason!;
    match.declinedBy = args.declinedBy ?? 'MATCHER';
    match.endedAt = now;
  }
  await manager.save(match);
  await recordMatchEvents(manager, match);

  const stillOpen = await openMatchesOf(manager, { helpRequestId: request.id });
  const reason = note ?? `match ${match.id} ${args.to.toLowerCase()}`;
  if (args.to === 'ACTIVE' && (request.status === 'MATCHED' || request.status === 'OPEN')) {
    if (request.status === 'OPEN') await moveHelpRequest(manager, request, 'MATCHED', caller, reason);
    await moveHelpRequest(manager, request, 'IN_PROGRESS', caller, reason);
  }
  if (args.to === 'ENDED' && stillOpen === 0 && request.status === 'IN_PROGRESS') await moveHelpRequest(manager, request, 'COMPLETED', caller, reason);
  if (args.to === 'DECLINED' && request.status === 'MATCHED' && stillOpen < request.helpersNeeded) {
    await moveHelpRequest(manager, request, 'OPEN', caller, `${reason}: ${args.declineReason}`);
  }
  return match;
}

const matchSubject = (match: Match) => ({ type: 'Match', id: match.id });

/**
 * A match's events for the step it just took; starting it also dates its follow-up (the event waits until
 * then), and ending it before then withdraws that (no follow-up falls due for a match that ended).
 */
async function recordMatchEvents(manager: EntityManager, match: Match): Promise<void> {
  if (match.status === 'INTRODUCED') await recordEvent(manager, { type: 'MATCH_INTRODUCED', subject: matchSubject(match) });
  if (match.status === 'ENDED' || match.status === 'DECLINED') {
    await recordEvent(manager, { type: 'MATCH_ENDED', subject: matchSubject(match) });
    await withdrawPendingEvents(manager, { type: 'MATCH_FOLLOW_UP_DUE', subject: matchSubject(match) });
  }
  if (match.status === 'ACTIVE' && match.followUpDue) {
    await recordEvent(manager, { type: 'MATCH_FOLLOW_UP_DUE', subject: matchSubject(match), occurredAt: match.followUpDue });
  }
}

export async function recordFollowUp(
  manager: EntityManager,
  args: { id: string; outcome: string; satisfaction: number; note?: string | null; hoursGiven?: number | null },
  caller: Caller,
  personalData: PersonalDataAccess,
): Promise<Match> {
  if (!Number.isInteger(args.satisfaction) || args.satisfaction < 1 || args.satisfaction > 5) throw badInput('satisfaction is 1 to 5', 'satisfaction');
  const note = optionalText(args.note, 'note');
  const hours = args.hoursGiven ?? null;
  if (hours !== null && !(Number.isFinite(hours) && hours >= 0 && hours <= 1000)) throw badInput('hoursGiven is 0 to 1000', 'hoursGiven');
  const match = await lockMatch(manager, args.id, caller, personalData);
  if (match.status !== 'ACTIVE' && match.status !== 'ENDED') throw conflict(`Match ${match.id} is ${match.status}; a follow-up is for a match that started`, 'id');
  Object.assign(match, { followUpOutcome: args.outcome, satisfaction: args.satisfaction, followUpNote: note, hoursGiven: hours === null ? null : Math.round(hours * 10) / 10 });
  const saved = await manager.save(match);
  // recorded before it fell due: the follow-up is done, so it no longer falls due
  await withdrawPendingEvents(manager, { type: 'MATCH_FOLLOW_UP_DUE', subject: matchSubject(match) });
  return saved;
}
