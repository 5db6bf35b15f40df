// Referrals made through the hub, both ways: "aan de mouw trekken" (TO_PROFESSIONAL) and afschalen
// (TO_INFORMAL_HELP). Each change is one transaction; the receiving organisation moves a referral on.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../platform/errors';
import { forbidden } from '../kit/access/errors';
import { assertTransition, type StateMachine } from '../kit/state-machine';
import { assertAreaCode } from '../kit/areas';
import type { Caller } from '../../platform/caller';
import type { CreateReferralInput, ReferralStatus } from './generated/resolvers-types';
import { Professional, Referral } from './entities';

export const REFERRAL_TRANSITIONS: StateMachine<ReferralStatus> = {
  SENT: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['IN_CARE', 'DECLINED'],
  IN_CARE: ['CLOSED', 'RETURNED_TO_INFORMAL_HELP'],
  CLOSED: [],
  DECLINED: [],
  RETURNED_TO_INFORMAL_HELP: [],
};

const MAX_NOTE = 4000;

export async function createReferral(manager: EntityManager, input: CreateReferralInput, caller: Caller): Promise<Referral> {
  if (!input.clientMutationId.trim() || input.clientMutationId.length > 100) throw badInput('clientMutationId must be 1–100 characters', 'clientMutationId');
  if (input.note && input.note.length > MAX_NOTE) throw badInput(`note is at most ${MAX_NOTE} characters`, 'note');
  if (input.toOrganisationId === caller.organisationId) throw badInput('a referral goes to another organisation', 'toOrganisationId');
  if (input.direction === 'TO_INFORMAL_HELP') {
    if (!caller.roles.includes('professional')) throw forbidden('Referring to informal help is done by a professional');
    if (!input.helpRequestId) throw badInput('a referral to informal help names the hulpvraag created for it', 'helpRequestId');
  }
  const earlier = await manager.findOneBy(Referral, { referrerOrganisationId: caller.organisationId!, clientMutationId: input.clientMutationId });
  if (earlier) return earlier;
  const now = new Date();
  const referral = manager.create(Referral, {
    id: `referral-${randomUUID()}`,
    kind: input.kind,
    direction: input.direction,
    reason: input.reason,
    urgency: input.urgency ?? 'NORMAL',
    status: 'SENT',
    helpRequestId: input.helpRequestId ?? null,
    personId: input.personId,
    professionalId: null,
    organisationId: input.toOrganisationId,
    areaCode: input.area ? assertAreaCode(input.area, 'area') : null,
    referrerOrganisationId: caller.organisationId!,
    createdAt: now,
    note: input.note?.trim() || null,
    clientMutationId: input.clientMutationId,
    statusChangedAt: now,
  });
  // ON CONFLICT: a concurrent retry with the same clientMutationId wins the race; we return its row.
  const inserted = await manager.createQueryBuilder().insert().into(Referral).values(referral).orIgnore().returning('id').execute();
  if (inserted.raw.length === 0) {
    return manager.findOneByOrFail(Referral, { referrerOrganisationId: caller.organisationId!, clientMutationId: input.clientMutationId });
  }
  return referral;
}

export async function transitionReferral(
  manager: EntityManager,
  args: { id: string; to: ReferralStatus; professionalId?: string | null; reason?: string | null },
  caller: Caller,
): Promise<Referral> {
  const referral = await manager.findOne(Referral, { where: { id: args.id }, lock: { mode: 'pessimistic_write' } });
  if (!referral) throw notFound('Referral', args.id);
  if (referral.organisationId !== caller.organisationId) throw forbidden('Only the organisation a referral was sent to moves it on');
  assertTransition(REFERRAL_TRANSITIONS, 'referral', referral.status as ReferralStatus, args.to);
  if (args.reason && args.reason.length > MAX_NOTE) throw badInput(`reason is at most ${MAX_NOTE} characters`, 'reason');
  if (args.professionalId) {
    const professional = await manager.findOneBy(Professional, { id: args.professionalId });
    if (!professional || professional.organisationId !== caller.organisationId) {
      throw badInput('professionalId must be a professional of your organisation', 'professionalId');
    }
    referral.professionalId = professional.id;
  }
  referral.status = args.to;
  referral.statusChangedAt = new Date();
  referral.statusReason = args.reason?.trim() || null;
  return manager.save(referral);
}
