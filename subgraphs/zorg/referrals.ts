// Referrals made through the hub, both ways: "aan de mouw trekken" (TO_PROFESSIONAL) and afschalen
// (TO_INFORMAL_HELP). Each change is one transaction; the receiving organisation moves a referral on.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../platform/errors';
import { forbidden } from '../kit/access/errors';
import { lockOwnRow, personalDataWriteRule } from '../kit/access/own-row';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { createOnce } from '../kit/idempotent-create';
import { checkId, optionalId, optionalText } from '../kit/validation';
import { assertTransition, type StateMachine } from '../kit/state-machine';
import { assertAreaCode } from '../kit/areas';
import type { Caller } from '../../platform/caller';
import type { CreateReferralInput, ReferralStatus } from './generated/resolvers-types';
import { Professional, Referral } from './entities';
import { referralPolicy } from './policies';
import { referredService } from './services';
import { checkSignalWithoutPerson } from './signals';
import type { Activities } from './activities';
import { recordEvent } from '../kit/events/outbox';
import type { EventType } from '../kit/events/event-types';

export const REFERRAL_TRANSITIONS: StateMachine<ReferralStatus> = {
  SENT: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['IN_CARE', 'DECLINED'],
  IN_CARE: ['CLOSED', 'RETURNED_TO_INFORMAL_HELP'],
  CLOSED: [],
  DECLINED: [],
  RETURNED_TO_INFORMAL_HELP: [],
};

export async function createReferral(manager: EntityManager, input: CreateReferralInput, caller: Caller, activities: Activities): Promise<Referral> {
  if (input.personId == null) checkSignalWithoutPerson(input);
  else checkId(input.personId, 'input.personId');
  const helpRequestId = optionalId(input.helpRequestId, 'input.helpRequestId');
  const activityId = optionalId(input.activityId, 'input.activityId');
  if (activityId && input.direction !== 'TO_INFORMAL_HELP') throw badInput('an activity is referred to only to informal help (afschalen)', 'input.activityId');
  checkId(input.toOrganisationId, 'input.toOrganisationId');
  const note = optionalText(input.note, 'input.note');
  const areaCode = input.area ? assertAreaCode(input.area, 'input.area') : null;
  if (input.toOrganisationId === caller.organisationId) throw badInput('a referral goes to another organisation', 'input.toOrganisationId');
  if (input.direction === 'TO_INFORMAL_HELP') {
    if (!caller.roles.includes('professional')) throw forbidden('Referring to informal help is done by a professional');
    if (!helpRequestId && !activityId) throw badInput('a referral to informal help names the hulpvraag created for it, or an activity', 'input.helpRequestId');
    if (input.serviceId) throw badInput('a referral to informal help names no care service', 'input.serviceId');
  }
  const serviceId = input.serviceId ? await referredService(manager, checkId(input.serviceId, 'input.serviceId'), input.toOrganisationId, 'input.serviceId') : null;
  const now = new Date();
  const { record, created } = await createOnce(manager, {
    entity: Referral,
    scope: 'referrerOrganisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      // bewoners holds the activities and answers over HTTP: asked only for a new key
      if (activityId) await activities.assertReferable(activityId, input.toOrganisationId, caller);
      return manager.create(Referral, {
        id: `referral-${randomUUID()}`,
        kind: input.kind,
        direction: input.direction,
        reason: input.reason,
        urgency: input.urgency ?? 'NORMAL',
        status: 'SENT',
        helpRequestId,
        personId: input.personId ?? null,
        professionalId: null,
        organisationId: input.toOrganisationId,
        areaCode,
        createdAt: now,
        note,
        statusChangedAt: now,
        serviceId,
        activityId,
      });
    },
  });
  if (created) await recordEvent(manager, { type: 'REFERRAL_CREATED', subject: referralSubject(record) });
  return record;
}

export async function transitionReferral(
  manager: EntityManager,
  args: { id: string; to: ReferralStatus; professionalId?: string | null; reason?: string | null },
  caller: Caller,
  personalData: PersonalDataAccess,
): Promise<Referral> {
  const reason = optionalText(args.reason, 'reason');
  const professionalId = optionalId(args.professionalId, 'professionalId');
  const referral = await lockOwnRow(manager, Referral, args.id, receiverWrites(personalData), caller, 'id');
  assertTransition(REFERRAL_TRANSITIONS, 'referral', referral.status as ReferralStatus, args.to);
  if (professionalId) {
    const professional = await manager.findOneBy(Professional, { id: professionalId });
    if (!professional || professional.organisationId !== caller.organisationId) {
      throw badInput('professionalId must be a professional of your organisation', 'professionalId');
    }
    referral.professionalId = professional.id;
  }
  referral.status = args.to;
  referral.statusChangedAt = new Date();
  referral.statusReason = reason;
  const saved = await manager.save(referral);
  const event = REFERRAL_EVENTS[args.to];
  if (event) await recordEvent(manager, { type: event, subject: referralSubject(saved) });
  return saved;
}

const referralSubject = (referral: Referral) => ({ type: 'Referral', id: referral.id });

/** The events of a referral's steps: accepted, and closed however it ends (care done, back to informal help, declined). */
const REFERRAL_EVENTS: Partial<Record<ReferralStatus, EventType>> = {
  ACCEPTED: 'REFERRAL_ACCEPTED',
  CLOSED: 'REFERRAL_CLOSED',
  RETURNED_TO_INFORMAL_HELP: 'REFERRAL_CLOSED',
  DECLINED: 'REFERRAL_CLOSED',
};

/** A referral is moved on by the organisation it was sent to; the referrer and consented partners only read it. */
const receiverWrites = (personalData: PersonalDataAccess) =>
  personalDataWriteRule(referralPolicy, personalData, {
    writersOf: (referral) => [referral.organisationId],
    refusal: 'only the organisation a referral was sent to moves it on',
  });
