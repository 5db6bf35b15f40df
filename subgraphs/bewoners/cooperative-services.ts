// Ongoing services a cooperative runs (klussendienst, boodschappendienst, vervoersdienst): on the sociale
// kaart next to its dated activities, with contact details, opening or telephone hours and capacity.
// Create (published at once), update, withdraw; only the cooperative running one changes it.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { lockOwnRow, type WriteRule } from '../kit/access/own-row';
import { assertAreaCode } from '../kit/areas';
import { capacityOf, initialCapacity } from '../kit/capacity';
import { contactDetails } from '../kit/contact-details';
import { createOnce } from '../kit/idempotent-create';
import { MAX_TEXT, optionalId, requiredText } from '../kit/validation';
import { CooperativeService } from './entities';
import type { CreateCooperativeServiceInput, UpdateCooperativeServiceInput } from './generated/resolvers-types';

const MAX_NAME = 200;

function description(value: string, field: string): string {
  if (value.length > MAX_TEXT) throw badInput(`${field} is at most ${MAX_TEXT} characters`, field);
  return value.trim();
}

function servedArea(code: string, field: string): string {
  if (assertAreaCode(code, field).startsWith('GM')) throw badInput(`${field} must be a wijk or buurt`, field);
  return code;
}

export async function createCooperativeService(manager: EntityManager, input: CreateCooperativeServiceInput, caller: Caller): Promise<CooperativeService> {
  const now = new Date();
  const fields = {
    name: requiredText(input.name, 'input.name', MAX_NAME),
    description: description(input.description ?? '', 'input.description'),
    kind: input.kind,
    categories: [...new Set(input.categories ?? [])],
    themes: [...new Set(input.themes ?? [])],
    targetGroups: [...new Set(input.targetGroups ?? [])],
    areaCode: servedArea(input.area, 'input.area'),
    venueId: optionalId(input.venueId, 'input.venueId'),
    free: input.free ?? true,
    contact: contactDetails(input.contact, 'input.contact'),
    capacity: initialCapacity(input.capacity, 'input.capacity', now),
  };
  const { record } = await createOnce(manager, {
    entity: CooperativeService,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: () => manager.create(CooperativeService, { id: `cooperative-service-${randomUUID()}`, ...fields, published: true, withdrawnAt: null, updatedAt: now }),
  });
  return record;
}

const RUNNER_WRITES: WriteRule<CooperativeService> = {
  type: 'CooperativeService',
  writersOf: (service) => [service.organisationId],
  mayRead: (service) => service.published,
  refusal: 'only the cooperative running a service changes it',
};

function ownService(manager: EntityManager, id: string, caller: Caller): Promise<CooperativeService> {
  return lockOwnRow(manager, CooperativeService, id, RUNNER_WRITES, caller, 'id');
}

export async function updateCooperativeService(manager: EntityManager, id: string, input: UpdateCooperativeServiceInput, caller: Caller): Promise<CooperativeService> {
  const now = new Date();
  const changes: Partial<CooperativeService> = {};
  if (input.name != null) changes.name = requiredText(input.name, 'input.name', MAX_NAME);
  if (input.description != null) changes.description = description(input.description, 'input.description');
  if (input.categories != null) changes.categories = [...new Set(input.categories)];
  if (input.themes != null) changes.themes = [...new Set(input.themes)];
  if (input.targetGroups != null) changes.targetGroups = [...new Set(input.targetGroups)];
  if (input.area != null) changes.areaCode = servedArea(input.area, 'input.area');
  if (input.free != null) changes.free = input.free;
  if (input.contact != null) changes.contact = contactDetails(input.contact, 'input.contact');
  if (input.capacity != null) changes.capacity = capacityOf(input.capacity, 'input.capacity', now);
  const service = await ownService(manager, id, caller);
  if (service.withdrawnAt) throw conflict(`Service ${id} was withdrawn; create a new one instead`, 'id');
  Object.assign(service, changes, { updatedAt: now });
  return manager.save(service);
}

export async function withdrawCooperativeService(manager: EntityManager, id: string, caller: Caller): Promise<CooperativeService> {
  const service = await ownService(manager, id, caller);
  if (service.withdrawnAt) return service; // safe to retry
  Object.assign(service, { published: false, withdrawnAt: new Date(), updatedAt: new Date() });
  return manager.save(service);
}
