// Intake and the state of a hulpvraag: every change is one transaction that also records who, when, why.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../platform/errors';
import { assertBuurt } from '../kit/areas';
import { checkPoint, roundLocation } from '../kit/matching/location';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { forbidden } from '../kit/access/errors';
import { lockOwnRow, personalDataWriteRule } from '../kit/access/own-row';
import { createOnce } from '../kit/idempotent-create';
import { checkId, optionalId, optionalText, requiredText } from '../kit/validation';
import type { CreateHelpRequestInput } from './generated/resolvers-types';
import { HelpRequest, HelpRequestTransition } from './entities';
import type { HelpRequestStatus } from './entities/help-request';
import { assertTransition } from '../kit/state-machine';
import { HELP_REQUEST_TRANSITIONS } from './state-machine';
import { helpRequestPolicy } from './policies';
import { recordEvent } from '../kit/events/outbox';
import { attentionNote, logAttentionNoteWrite } from './attention-note';
import { scheduleRuleCascade } from './cascade-rule-trigger';

const DAY_MS = 24 * 3600 * 1000;
const MAX_LANGUAGES = 20;

/** Moves a locked hulpvraag to `to` and records the step; one that becomes OPEN may start a cascade rule's job. */
export async function moveHelpRequest(manager: EntityManager, request: HelpRequest, to: HelpRequestStatus, caller: Caller, reason: string | null): Promise<HelpRequest> {
  assertTransition(HELP_REQUEST_TRANSITIONS, 'hulpvraag', request.status, to);
  const from = request.status;
  request.status = to;
  await manager.update(HelpRequest, { id: request.id }, { status: to });
  await manager.insert(HelpRequestTransition, { helpRequestId: request.id, fromStatus: from, toStatus: to, at: new Date(), bySubject: caller.subject!, byOrganisationId: caller.organisationId!, reason });
  await recordEvent(manager, { type: 'HELP_REQUEST_STATUS_CHANGED', subject: { type: 'HelpRequest', id: request.id } });
  if (to === 'OPEN') await scheduleRuleCascade(manager, request);
  return request;
}

/** Loads and locks a hulpvraag the caller's organisation holds; a partner reading it with consent may not change it. */
export function lockHelpRequest(manager: EntityManager, id: string, caller: Caller, personalData: PersonalDataAccess, field = 'id'): Promise<HelpRequest> {
  return lockOwnRow(manager, HelpRequest, id, personalDataWriteRule(helpRequestPolicy, personalData), caller, field);
}

/** The reason given for a step in the life of a hulpvraag (at most 4000 characters). */
export function transitionReason(reason: string | null | undefined, field = 'reason'): string | null {
  return optionalText(reason, field);
}

function validate(input: CreateHelpRequestInput): void {
  checkId(input.requesterId, 'input.requesterId');
  requiredText(input.description, 'input.description');
  assertBuurt(input.area, 'input.area');
  const helpers = input.helpersNeeded ?? 1;
  if (!Number.isInteger(helpers) || helpers < 1 || helpers > 5) throw badInput('helpersNeeded must be 1–5', 'input.helpersNeeded');
  const location = input.location;
  if (location) checkPoint(location, 'input.location');
  const languages = input.languages ?? [];
  if (languages.some((language) => !/^[a-z]{2}$/.test(language))) throw badInput('languages are ISO 639-1 codes such as nl, en, tr', 'input.languages');
  if (new Set(languages).size > MAX_LANGUAGES) throw badInput(`at most ${MAX_LANGUAGES} languages`, 'input.languages');
  if (input.respondBy && input.respondBy < new Date().toISOString().slice(0, 10)) throw badInput('respondBy must not be in the past', 'input.respondBy');
  optionalId(input.forOrganisationId, 'input.forOrganisationId');
  attentionNote(input.attentionNote, 'input.attentionNote');
}

export async function createHelpRequest(manager: EntityManager, input: CreateHelpRequestInput, caller: Caller, personalData: PersonalDataAccess): Promise<HelpRequest> {
  validate(input);
  const intakeOrganisationId = input.forOrganisationId ?? caller.organisationId!;
  const referred = intakeOrganisationId !== caller.organisationId;
  if (referred) {
    if (input.channel !== 'PROFESSIONAL') throw badInput('forOrganisationId is for a professional referring a resident (channel PROFESSIONAL)', 'input.forOrganisationId');
    // a record in another organisation's care: only the role the mutation names for it
    if (!caller.roles.includes('professional')) throw forbidden('Taking a hulpvraag in for another organisation is for a professional referring a resident');
  }
  const now = new Date();
  const { record, created } = await createOnce(manager, {
    entity: HelpRequest,
    scope: 'recordedByOrganisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: () =>
      manager.create(HelpRequest, {
        id: `help-request-${randomUUID()}`,
        category: input.category,
        intensity: input.intensity,
        status: 'NEW',
        channel: input.channel,
        description: requiredText(input.description, 'input.description'),
        underlyingNeed: null,
        areaCode: input.area,
        ...(input.location ? roundLocation(input.location) : { latitude: null, longitude: null }),
        wishedTimes: [...new Set(input.wishedTimes ?? [])],
        languages: [...new Set(input.languages ?? ['nl'])],
        tasks: [...new Set(input.tasks ?? [])],
        notDirectNeighbour: input.notDirectNeighbour ?? false,
        attentionNote: attentionNote(input.attentionNote, 'input.attentionNote'),
        formerHolderOrganisationIds: [],
        requesterId: input.requesterId,
        intakeOrganisationId,
        referredByOrganisationId: referred ? caller.organisationId : null,
        helpersNeeded: input.helpersNeeded ?? 1,
        createdAt: now,
        respondBy: input.respondBy ?? new Date(now.getTime() + 5 * DAY_MS).toISOString().slice(0, 10),
      }),
  });
  if (created) {
    await manager.insert(HelpRequestTransition, { helpRequestId: record.id, fromStatus: null, toStatus: 'NEW', at: now, bySubject: caller.subject!, byOrganisationId: caller.organisationId!, reason: `intake via ${input.channel}` });
    if (record.attentionNote) await logAttentionNoteWrite(manager, personalData, record);
  }
  return record;
}

export function clarifiedNeed(underlyingNeed: string): string {
  return requiredText(underlyingNeed, 'underlyingNeed');
}
