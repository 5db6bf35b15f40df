// Matches: proposing a helper for a hulpvraag and moving the match through its life. Each mutation is one
// transaction that locks the hulpvraag (and the volunteer), so two matchers acting at once cannot overfill
// a hulpvraag or push a volunteer past their load cap; unique indexes back this up (migration 4).
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../platform/errors';
import { forbidden } from '../kit/access/errors';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import type { ProposeMatchInput } from './generated/resolvers-types';
import { HelpRequest, Match, Volunteer } from './entities';
import { OPEN_MATCH_STATES, type MatchStatus } from './entities/match';
import { lockHelpRequest, moveHelpRequest } from './intake';
import { assertTransition } from '../kit/state-machine';
import { MATCH_TRANSITIONS } from './state-machine';

const FOLLOW_UP_AFTER_MS = 17 * 24 * 3600 * 1000; // 2½ weeks: between the 2 and 3 weeks of practice

const openMatchesOf = (manager: EntityManager, where: Record<string, string>) =>
  manager.countBy(Match, { ...where, status: In([...OPEN_MATCH_STATES]) });

export async function proposeMatch(manager: EntityManager, input: ProposeMatchInput, caller: Caller, personalData: PersonalDataAccess): Promise<Match> {
  if (!input.clientMutationId.trim() || input.clientMutationId.length > 100) throw badInput('clientMutationId must be 1–100 characters', 'clientMutationId');
  const earlier = await manager.findOneBy(Match, { clientMutationId: input.clientMutationId });
  if (earlier) return earlier;

  const request = await lockHelpRequest(manager, input.helpRequestId, personalData);
  if (request.status !== 'OPEN') throw conflict(`Hulpvraag ${request.id} is ${request.status}; only an OPEN hulpvraag gets new matches`);
  if ((await openMatchesOf(manager, { helpRequestId: request.id })) >= request.helpersNeeded) {
    throw conflict(`Hulpvraag ${request.id} already has the ${request.helpersNeeded} helper(s) it needs`);
  }

  let volunteer: Volunteer | null = null;
  if (input.pool === 'VOLUNTEER') {
    volunteer = await manager.findOne(Volunteer, { where: { id: input.helperId }, lock: { mode: 'pessimistic_write' } });
    if (!volunteer) throw badInput(`no volunteer "${input.helperId}"`, 'helperId');
    if (volunteer.organisationId !== caller.organisationId) throw forbidden('Only the volunteer\'s own organisation proposes them');
    if (!volunteer.available) throw conflict(`Volunteer ${volunteer.id} has switched availability off`);
    if ((await openMatchesOf(manager, { volunteerId: volunteer.id })) >= volunteer.loadCap) {
      throw conflict(`Volunteer ${volunteer.id} is at their load cap of ${volunteer.loadCap}`);
    }
  }

  const match = manager.create(Match, {
    id: `match-${randomUUID()}`,
    helpRequestId: request.id,
    pool: input.pool,
    volunteerId: volunteer?.id ?? null,
    helpOfferId: volunteer ? null : input.helperId,
    requestOrganisationId: request.intakeOrganisationId,
    volunteerOrganisationId: volunteer?.organisationId ?? null,
    status: 'PROPOSED',
    madeBy: input.madeBy,
    proposedAt: new Date(),
    clientMutationId: input.clientMutationId,
  });
  try {
    await manager.insert(Match, match);
  } catch (error) {
    // the unique indexes: this helper is already on this hulpvraag, or the neighbour's offer is taken
    if ((error as { code?: string }).code === '23505') throw conflict(`Helper ${input.helperId} is already matched (here or, for a neighbour, elsewhere)`);
    throw error;
  }
  if ((await openMatchesOf(manager, { helpRequestId: request.id })) >= request.helpersNeeded) {
    await moveHelpRequest(manager, request, 'MATCHED', caller, 'enough helpers proposed');
  }
  return match;
}

export async function lockMatch(manager: EntityManager, id: string, caller: Caller): Promise<Match> {
  const match = await manager.findOne(Match, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!match) throw notFound('Match', id);
  if (caller.organisationId !== match.requestOrganisationId && caller.organisationId !== match.volunteerOrganisationId) {
    throw forbidden(`Match ${id} belongs to other organisations`);
  }
  return match;
}

export async function transitionMatch(
  manager: EntityManager,
  args: { id: string; to: MatchStatus; declineReason?: string | null; note?: string | null },
  caller: Caller,
): Promise<Match> {
  const match = await lockMatch(manager, args.id, caller);
  assertTransition(MATCH_TRANSITIONS, 'match', match.status, args.to);
  if (args.to === 'DECLINED' && !args.declineReason) throw badInput('declining needs a declineReason', 'declineReason');
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
    match.endedAt = now;
  }
  await manager.save(match);

  const stillOpen = await openMatchesOf(manager, { helpRequestId: request.id });
  const reason = args.note ?? `match ${match.id} ${args.to.toLowerCase()}`;
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

export async function recordFollowUp(
  manager: EntityManager,
  args: { id: string; outcome: string; satisfaction: number; note?: string | null },
  caller: Caller,
): Promise<Match> {
  if (!Number.isInteger(args.satisfaction) || args.satisfaction < 1 || args.satisfaction > 5) throw badInput('satisfaction is 1 to 5', 'satisfaction');
  const match = await lockMatch(manager, args.id, caller);
  if (match.status !== 'ACTIVE' && match.status !== 'ENDED') throw conflict(`Match ${match.id} is ${match.status}; a follow-up is for a match that started`);
  Object.assign(match, { followUpOutcome: args.outcome, satisfaction: args.satisfaction, followUpNote: args.note ?? null });
  return manager.save(match);
}
