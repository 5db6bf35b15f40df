// Intake and the state of a hulpvraag: every change is one transaction that also records who, when, why.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../platform/errors';
import { assertAreaCode } from '../kit/areas';
import { roundLocation } from '../kit/matching/location';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { recordOf } from '../kit/access/personal-data';
import type { CreateHelpRequestInput } from './generated/resolvers-types';
import { HelpRequest, HelpRequestTransition } from './entities';
import type { HelpRequestStatus } from './entities/help-request';
import { assertTransition } from '../kit/state-machine';
import { HELP_REQUEST_TRANSITIONS } from './state-machine';
import { helpRequestPolicy } from './policies';

const DAY_MS = 24 * 3600 * 1000;
const MAX_TEXT = 4000;

/** Moves a locked hulpvraag to `to` and records the step. */
export async function moveHelpRequest(manager: EntityManager, request: HelpRequest, to: HelpRequestStatus, caller: Caller, reason: string | null): Promise<HelpRequest> {
  assertTransition(HELP_REQUEST_TRANSITIONS, 'hulpvraag', request.status, to);
  const from = request.status;
  request.status = to;
  await manager.update(HelpRequest, { id: request.id }, { status: to });
  await manager.insert(HelpRequestTransition, { helpRequestId: request.id, fromStatus: from, toStatus: to, at: new Date(), bySubject: caller.subject!, byOrganisationId: caller.organisationId!, reason });
  return request;
}

/** Loads and locks a hulpvraag the caller may work on (it holds it, or has the resident's consent). */
export async function lockHelpRequest(manager: EntityManager, id: string, personalData: PersonalDataAccess): Promise<HelpRequest> {
  const request = await manager.findOne(HelpRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!request) throw notFound('HelpRequest', id);
  await personalData.authorize(recordOf(helpRequestPolicy, request));
  return request;
}

function checkText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw badInput(`${field} must not be empty`, field);
  if (text.length > MAX_TEXT) throw badInput(`${field} is at most ${MAX_TEXT} characters`, field);
  return text;
}

function validate(input: CreateHelpRequestInput): void {
  if (!input.clientMutationId.trim() || input.clientMutationId.length > 100) throw badInput('clientMutationId must be 1–100 characters', 'clientMutationId');
  checkText(input.description, 'description');
  if (assertAreaCode(input.area, 'area').slice(0, 2) !== 'BU') throw badInput('area must be a buurt (BUxxxxxxxx)', 'area');
  const helpers = input.helpersNeeded ?? 1;
  if (!Number.isInteger(helpers) || helpers < 1 || helpers > 5) throw badInput('helpersNeeded must be 1–5', 'helpersNeeded');
  const location = input.location;
  if (location && (Math.abs(location.latitude) > 90 || Math.abs(location.longitude) > 180)) throw badInput('location is not a point on earth', 'location');
  if ((input.languages ?? []).some((language) => !/^[a-z]{2}$/.test(language))) throw badInput('languages are ISO 639-1 codes such as nl, en, tr', 'languages');
  if (input.respondBy && input.respondBy < new Date().toISOString().slice(0, 10)) throw badInput('respondBy must not be in the past', 'respondBy');
}

export async function createHelpRequest(manager: EntityManager, input: CreateHelpRequestInput, caller: Caller): Promise<HelpRequest> {
  validate(input);
  const intakeOrganisationId = input.forOrganisationId ?? caller.organisationId!;
  const referred = intakeOrganisationId !== caller.organisationId;
  if (referred && input.channel !== 'PROFESSIONAL') {
    throw badInput('forOrganisationId is for a professional referring a resident (channel PROFESSIONAL)', 'forOrganisationId');
  }
  const earlier = await manager.findOneBy(HelpRequest, { intakeOrganisationId, clientMutationId: input.clientMutationId });
  if (earlier) return earlier;
  const now = new Date();
  const request = manager.create(HelpRequest, {
    id: `help-request-${randomUUID()}`,
    category: input.category,
    intensity: input.intensity,
    status: 'NEW',
    channel: input.channel,
    description: checkText(input.description, 'description'),
    underlyingNeed: null,
    areaCode: input.area,
    ...(input.location ? roundLocation(input.location) : { latitude: null, longitude: null }),
    wishedTimes: [...new Set(input.wishedTimes ?? [])],
    languages: [...new Set(input.languages ?? ['nl'])],
    requesterId: input.requesterId,
    intakeOrganisationId,
    referredByOrganisationId: referred ? caller.organisationId : null,
    helpersNeeded: input.helpersNeeded ?? 1,
    createdAt: now,
    respondBy: input.respondBy ?? new Date(now.getTime() + 5 * DAY_MS).toISOString().slice(0, 10),
    clientMutationId: input.clientMutationId,
  });
  // ON CONFLICT: a concurrent retry with the same clientMutationId wins the race; we return its row.
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(HelpRequest)
    .values(request)
    .orIgnore()
    .returning('id')
    .execute();
  if (inserted.raw.length === 0) return manager.findOneByOrFail(HelpRequest, { intakeOrganisationId, clientMutationId: input.clientMutationId });
  await manager.insert(HelpRequestTransition, { helpRequestId: request.id, fromStatus: null, toStatus: 'NEW', at: now, bySubject: caller.subject!, byOrganisationId: caller.organisationId!, reason: `intake via ${input.channel}` });
  return request;
}

export function clarifiedNeed(underlyingNeed: string): string {
  return checkText(underlyingNeed, 'underlyingNeed');
}
