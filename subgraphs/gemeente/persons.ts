// Residents as pseudonymous keys. Intake: an organisation taking a resident in registers them under its own
// reference (its client number; never a BSN), and the same reference always gives the same key. Merge: when
// two keys turn out to be the same resident (two organisations took them in), the gemeente's hub
// administrator makes them one, with a reason. What a merge does:
// - here: the merged key points at the surviving one (person.merged_into; earlier merges into the merged key
//   follow), its consents and references move to the surviving key, and a person_merge row records it;
// - elsewhere: nothing at once. Each partner keeps its own records under the keys it holds; it follows
//   Query.personMerges (or asks Person.mergedInto for a key) and moves its rows to the surviving key itself.
//   Until it does, consent questions about the merged key are answered "no" (the consents moved), so a
//   merge never gives anyone more than before: it fails closed.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { forbidden } from '../kit/access/errors';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { logPersonalDataWrite } from '../kit/access/write-log';
import { assertBuurt } from '../kit/areas';
import { refuseBsn } from '../kit/bsn';
import { createOnce } from '../kit/idempotent-create';
import { checkId, requiredText } from '../kit/validation';
import { Area, Person, PersonMerge, PersonReference } from './entities';
import type { MergePersonsInput, RegisterPersonInput } from './generated/resolvers-types';
import { personMergePolicy, personReferencePolicy, type PersonMergeRow } from './policies';

const MAX_REFERENCE = 100;

export async function registerPerson(
  manager: EntityManager,
  input: RegisterPersonInput,
  caller: Caller,
  personalData: PersonalDataAccess,
): Promise<{ person: Person; created: boolean }> {
  const reference = refuseBsn(requiredText(input.reference, 'input.reference', MAX_REFERENCE), 'input.reference');
  const homeArea = assertBuurt(input.homeArea, 'input.homeArea');
  const organisationId = caller.organisationId!;
  // retries of one reference wait for each other, so the second finds what the first registered
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`person_reference|${organisationId}|${reference}`]);
  const earlier = await manager.findOneBy(PersonReference, { organisationId, reference });
  if (earlier) return { person: await manager.findOneByOrFail(Person, { id: earlier.personId }), created: false };
  if (!(await manager.existsBy(Area, { code: homeArea }))) throw badInput(`no buurt "${homeArea}"`, 'input.homeArea');
  const person = manager.create(Person, { id: `person-${randomUUID()}`, homeAreaCode: homeArea, createdAt: new Date(), mergedInto: null, mergedAt: null });
  await manager.insert(Person, person);
  const registration = manager.create(PersonReference, { organisationId, reference, personId: person.id, registeredAt: new Date(), registeredBy: caller.subject! });
  await manager.insert(PersonReference, registration);
  await logPersonalDataWrite(manager, personalData, personReferencePolicy, registration, ['reference', 'person']);
  return { person, created: true };
}

/** The organisations that know either key from the gemeente (registered it, or hold a consent for it): they may read the merge. */
export async function mergeRow(manager: Pick<EntityManager, 'query'>, merge: PersonMerge): Promise<PersonMergeRow> {
  return (await mergeRows(manager, [merge]))[0];
}

/** `mergeRow` for a page of merges, in one statement. */
export async function mergeRows(manager: Pick<EntityManager, 'query'>, merges: PersonMerge[]): Promise<PersonMergeRow[]> {
  const rows: { person_id: string; organisation_id: string }[] = await manager.query(
    `SELECT person_id, organisation_id FROM person_reference WHERE person_id = ANY($1)
     UNION SELECT person_id, holder_organisation_id FROM consent WHERE person_id = ANY($1)
     UNION SELECT person_id, recipient_organisation_id FROM consent WHERE person_id = ANY($1)`,
    [merges.flatMap((merge) => [merge.mergedId, merge.survivorId])],
  );
  const knownBy = (keys: string[]) => [...new Set(rows.filter((row) => keys.includes(row.person_id)).map((row) => row.organisation_id))];
  return merges.map((merge) => Object.assign(merge, { knownBy: knownBy([merge.mergedId, merge.survivorId]) }));
}

async function lockPerson(manager: EntityManager, id: string, field: string): Promise<Person> {
  const person = await manager.findOne(Person, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!person) throw notFound('Person', id, field);
  return person;
}

export async function mergePersons(
  manager: EntityManager,
  input: MergePersonsInput,
  caller: Caller,
  personalData: PersonalDataAccess,
  municipalityOrganisationId: string,
): Promise<PersonMergeRow> {
  if (caller.organisationId !== municipalityOrganisationId) throw forbidden("Merging residents' keys is for the gemeente's hub administrator");
  const mergedId = checkId(input.mergedId, 'input.mergedId');
  const survivorId = checkId(input.survivorId, 'input.survivorId');
  if (mergedId === survivorId) throw badInput('survivorId must be another key than mergedId', 'input.survivorId');
  const reason = requiredText(input.reason, 'input.reason');
  const { record, created } = await createOnce(manager, {
    entity: PersonMerge,
    scope: 'mergedByOrganisationId',
    owner: caller.organisationId,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      // both rows locked, in key order, so two merges of the same keys cannot cross
      const [first, second] = [mergedId, survivorId].sort();
      await lockPerson(manager, first, first === mergedId ? 'input.mergedId' : 'input.survivorId');
      await lockPerson(manager, second, second === mergedId ? 'input.mergedId' : 'input.survivorId');
      const merged = await manager.findOneByOrFail(Person, { id: mergedId });
      const survivor = await manager.findOneByOrFail(Person, { id: survivorId });
      if (merged.mergedInto) throw conflict(`Person ${mergedId} was merged into ${merged.mergedInto} before`, 'input.mergedId');
      if (survivor.mergedInto) throw conflict(`Person ${survivorId} was itself merged into ${survivor.mergedInto}; merge into that key`, 'input.survivorId');
      const now = new Date();
      await manager.query('UPDATE person SET merged_into = $2, merged_at = $3 WHERE id = $1 OR merged_into = $1', [mergedId, survivorId, now]);
      await manager.query('UPDATE consent SET person_id = $2 WHERE person_id = $1', [mergedId, survivorId]);
      await manager.query('UPDATE consent_without_holder SET person_id = $2 WHERE person_id = $1', [mergedId, survivorId]);
      await manager.query('UPDATE person_reference SET person_id = $2 WHERE person_id = $1', [mergedId, survivorId]);
      return manager.create(PersonMerge, {
        id: `person-merge-${randomUUID()}`,
        mergedId,
        survivorId,
        reason,
        mergedAt: now,
        mergedBy: caller.subject!,
        mergedByOrganisationId: caller.organisationId!,
      });
    },
  });
  const row = await mergeRow(manager, created ? await manager.findOneByOrFail(PersonMerge, { id: record.id }) : record);
  if (created) await logPersonalDataWrite(manager, personalData, personMergePolicy(municipalityOrganisationId), row, ['merged', 'survivor', 'reason']);
  return row;
}
