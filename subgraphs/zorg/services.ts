// A care organisation writes its services on the sociale kaart: create (published at once), update,
// withdraw. Each is one transaction, validated before it writes; only the organisation offering a service
// changes it (kit/access/own-row.ts). Published changes reach the kaart through the change feed (trigger in
// migration 301), with contact details and capacity.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { lockOwnRow, type WriteRule } from '../kit/access/own-row';
import { assertAreaCode } from '../kit/areas';
import { capacityOf, initialCapacity } from '../kit/capacity';
import { contactDetails } from '../kit/contact-details';
import { createOnce } from '../kit/idempotent-create';
import { MAX_TEXT, requiredText } from '../kit/validation';
import type { CreateServiceInput, UpdateServiceInput } from './generated/resolvers-types';
import { Service } from './entities';

const MAX_NAME = 200;

function description(value: string, field: string): string {
  if (value.length > MAX_TEXT) throw badInput(`${field} is at most ${MAX_TEXT} characters`, field);
  return value.trim();
}

export async function createService(manager: EntityManager, input: CreateServiceInput, caller: Caller): Promise<Service> {
  const now = new Date();
  const fields = {
    name: requiredText(input.name, 'input.name', MAX_NAME),
    description: description(input.description ?? '', 'input.description'),
    themes: [...new Set(input.themes ?? [])],
    targetGroups: [...new Set(input.targetGroups ?? [])],
    areaCode: assertAreaCode(input.area, 'input.area'),
    free: input.free ?? true,
    contact: contactDetails(input.contact, 'input.contact'),
    capacity: initialCapacity(input.capacity, 'input.capacity', now),
  };
  const { record } = await createOnce(manager, {
    entity: Service,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: () => manager.create(Service, { id: `service-${randomUUID()}`, ...fields, published: true, updatedAt: now, withdrawnAt: null }),
  });
  return record;
}

/** Services are changed by the organisation offering them; a published one is public, others are not there for anyone else. */
const OFFERER_WRITES: WriteRule<Service> = {
  type: 'Service',
  writersOf: (service) => [service.organisationId],
  mayRead: (service) => service.published,
  refusal: 'only the organisation offering a service changes it',
};

function ownService(manager: EntityManager, id: string, caller: Caller): Promise<Service> {
  return lockOwnRow(manager, Service, id, OFFERER_WRITES, caller, 'id');
}

export async function updateService(manager: EntityManager, id: string, input: UpdateServiceInput, caller: Caller): Promise<Service> {
  const now = new Date();
  const changes: Partial<Service> = {};
  if (input.name != null) changes.name = requiredText(input.name, 'input.name', MAX_NAME);
  if (input.description != null) changes.description = description(input.description, 'input.description');
  if (input.themes != null) changes.themes = [...new Set(input.themes)];
  if (input.targetGroups != null) changes.targetGroups = [...new Set(input.targetGroups)];
  if (input.area != null) changes.areaCode = assertAreaCode(input.area, 'input.area');
  if (input.free != null) changes.free = input.free;
  if (input.contact != null) changes.contact = contactDetails(input.contact, 'input.contact');
  if (input.capacity != null) changes.capacity = capacityOf(input.capacity, 'input.capacity', now);
  const service = await ownService(manager, id, caller);
  if (service.withdrawnAt) throw conflict(`Service ${id} was withdrawn; offer a new service instead`, 'id');
  Object.assign(service, changes, { updatedAt: now });
  return manager.save(service);
}

export async function withdrawService(manager: EntityManager, id: string, caller: Caller): Promise<Service> {
  const service = await ownService(manager, id, caller);
  if (service.withdrawnAt) return service; // safe to retry
  Object.assign(service, { published: false, withdrawnAt: new Date(), updatedAt: new Date() });
  return manager.save(service);
}

/** A referral may name a service: a published one of the organisation it is sent to. */
export async function referredService(manager: EntityManager, serviceId: string, toOrganisationId: string, field: string): Promise<string> {
  const service = await manager.findOneBy(Service, { id: serviceId });
  if (!service?.published) throw badInput(`${field}: no service "${serviceId}" on the sociale kaart`, field);
  if (service.organisationId !== toOrganisationId) throw badInput(`${field}: service "${serviceId}" is not offered by ${toOrganisationId}`, field);
  return service.id;
}
