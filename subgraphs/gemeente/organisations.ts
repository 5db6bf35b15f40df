// The partner registry's write side: the gemeente's hub administrator onboards organisations (kind, KvK
// number, areas served, contact details) and keeps them up to date. One transaction each, validated first.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { forbidden } from '../kit/access/errors';
import { assertAreaCode } from '../kit/areas';
import { contactDetails, type ContactInput, type ContactRecord } from '../kit/contact-details';
import { createOnce } from '../kit/idempotent-create';
import { requiredText } from '../kit/validation';
import { Area, Organisation } from './entities';
import type { OnboardOrganisationInput, UpdateOrganisationInput } from './generated/resolvers-types';

const MAX_NAME = 200;

/** The registry is the gemeente's: only its hub administrator changes it (the mutations name the role). */
export function assertRegistryAdmin(caller: Caller, municipalityOrganisationId: string): void {
  if (caller.organisationId !== municipalityOrganisationId) throw forbidden("The partner registry is kept by the gemeente's hub administrator");
}

/** A KvK-nummer: 8 digits (spaces and dots as people write them are dropped). */
export function kvkNumber(value: string, field: string): string {
  const digits = value.replace(/[\s.]/g, '');
  if (!/^[0-9]{8}$/.test(digits) || /^0+$/.test(digits)) throw badInput(`${field} must be a KvK-nummer of 8 digits`, field);
  return digits;
}

async function assertKvkFree(manager: EntityManager, kvk: string, except: string | null, field: string): Promise<void> {
  // two onboardings of the same number wait for each other, then the second sees the first
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`organisation_kvk|${kvk}`]);
  const holder = await manager.findOneBy(Organisation, { kvkNumber: kvk });
  if (holder && holder.id !== except) throw conflict(`KvK-nummer ${kvk} is already registered (${holder.id})`, field);
}

/** Organisation.areasServed is a plain list: its SDL says "Bounded: at most 100". */
const MAX_AREAS_SERVED = 100;

async function areasServed(manager: EntityManager, codes: readonly string[], field: string): Promise<string[]> {
  if (!codes.length) throw badInput(`${field} needs at least one area`, field);
  if (codes.length > MAX_AREAS_SERVED) throw badInput(`${field}: at most ${MAX_AREAS_SERVED} areas`, field);
  const distinct = [...new Set(codes.map((code, i) => assertAreaCode(code, `${field}.${i}`)))];
  const known = new Set((await manager.findBy(Area, distinct.map((code) => ({ code })))).map((area) => area.code));
  const unknown = distinct.find((code) => !known.has(code));
  if (unknown) throw badInput(`${field}: no area "${unknown}"`, `${field}.${codes.indexOf(unknown)}`);
  return distinct;
}

/** The website lives in its own column (it was there before contact details); the rest in `contact`. */
function splitContact(input: ContactInput | null | undefined, field: string): { website: string | null; contact: ContactRecord } {
  const { website, ...contact } = contactDetails(input, field);
  return { website, contact: { ...contact, website: null } };
}

export async function onboardOrganisation(manager: EntityManager, input: OnboardOrganisationInput, caller: Caller, municipalityOrganisationId: string): Promise<Organisation> {
  assertRegistryAdmin(caller, municipalityOrganisationId);
  const name = requiredText(input.name, 'input.name', MAX_NAME);
  const kvk = input.kvkNumber == null ? null : kvkNumber(input.kvkNumber, 'input.kvkNumber');
  const { website, contact } = splitContact(input.contact, 'input.contact');
  const { record } = await createOnce(manager, {
    entity: Organisation,
    scope: 'onboardedByOrganisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      const areaCodes = await areasServed(manager, input.areasServed, 'input.areasServed');
      if (kvk) await assertKvkFree(manager, kvk, null, 'input.kvkNumber');
      return manager.create(Organisation, {
        id: `org-${randomUUID()}`,
        name,
        kind: input.kind,
        kvkNumber: kvk,
        website,
        covenantSigned: input.covenantSigned ?? false,
        areaCodes,
        contact,
        onboardedAt: new Date(),
      });
    },
  });
  return record;
}

export async function updateOrganisation(
  manager: EntityManager,
  id: string,
  input: UpdateOrganisationInput,
  caller: Caller,
  municipalityOrganisationId: string,
): Promise<Organisation> {
  assertRegistryAdmin(caller, municipalityOrganisationId);
  const organisation = await manager.findOne(Organisation, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!organisation) throw notFound('Organisation', id, 'id');
  if (input.name != null) organisation.name = requiredText(input.name, 'input.name', MAX_NAME);
  if (input.kvkNumber != null) {
    organisation.kvkNumber = kvkNumber(input.kvkNumber, 'input.kvkNumber');
    await assertKvkFree(manager, organisation.kvkNumber, id, 'input.kvkNumber');
  }
  if (input.areasServed != null) organisation.areaCodes = await areasServed(manager, input.areasServed, 'input.areasServed');
  if (input.covenantSigned != null) organisation.covenantSigned = input.covenantSigned;
  if (input.contact != null) Object.assign(organisation, splitContact(input.contact, 'input.contact'));
  return manager.save(organisation);
}
