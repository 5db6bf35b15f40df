// Intake and merge of residents' pseudonymous keys (persons.ts), and what partners follow of a merge.
import type { MutationResolvers, PersonMergeResolvers, PersonReferenceResolvers, QueryResolvers } from '../generated/resolvers-types';
import { readableRows } from '../../kit/access/personal-data';
import { payload } from '../../kit/mutation-payload';
import { decodeCursor, pageSize, toConnection } from '../../kit/pagination';
import { PersonMerge as PersonMergeEntity, PersonReference as PersonReferenceEntity } from '../entities';
import { mergePersons, mergeRows, registerPerson } from '../persons';
import { personMergePolicy } from '../policies';

const isSeq = (value: unknown): value is string => typeof value === 'string' && /^[0-9]{1,18}$/.test(value);

export const personIntakeQueries: Pick<QueryResolvers, 'personByReference' | 'personMerges'> = {
  personByReference: async (_root, { reference }, { db, caller }) => {
    const registration = await db.getRepository(PersonReferenceEntity).findOneBy({ organisationId: caller.organisationId!, reference });
    return registration ? { id: registration.personId } : null;
  },

  // Oldest first by seq; only the merges the caller's organisation may read (the policy: it knows one of the
  // keys from the gemeente), filtered in SQL so a page is full, then checked and logged by the policy.
  personMerges: async (_root, { first, after }, { db, caller, personalData, config }) => {
    const limit = pageSize(first);
    const afterSeq = after ? decodeCursor(after, isSeq) : '0';
    const merges = await db
      .getRepository(PersonMergeEntity)
      .createQueryBuilder('m')
      .where('m.seq > :afterSeq', { afterSeq })
      .andWhere(
        `(:everything OR EXISTS (SELECT 1 FROM person_reference r WHERE r.person_id IN (m.merged_id, m.survivor_id) AND r.organisation_id = :organisation)
          OR EXISTS (SELECT 1 FROM consent c WHERE c.person_id IN (m.merged_id, m.survivor_id)
            AND :organisation IN (c.holder_organisation_id, c.recipient_organisation_id)))`,
        { everything: caller.organisationId === config.municipalityOrganisationId, organisation: caller.organisationId },
      )
      .orderBy('m.seq')
      .limit(limit + 1)
      .getMany();
    const rows = await mergeRows(db, merges);
    return toConnection(await readableRows(personalData, personMergePolicy(config.municipalityOrganisationId), rows), limit, (merge) => String(merge.seq), after);
  },
};

export const personIntakeMutations: Pick<MutationResolvers, 'registerPerson' | 'mergePersons'> = {
  registerPerson: async (_root, { input }, { db, caller, personalData }) => {
    let created: boolean | null = null;
    const result = await payload('person', async () => {
      const registration = await db.transaction((manager) => registerPerson(manager, input, caller, personalData));
      created = registration.created;
      return registration.person;
    });
    return { ...result, created };
  },
  mergePersons: (_root, { input }, { db, caller, personalData, config }) =>
    payload('merge', () => db.transaction((manager) => mergePersons(manager, input, caller, personalData, config.municipalityOrganisationId))),
};

export const PersonMerge: PersonMergeResolvers = {
  merged: (merge) => ({ id: merge.mergedId }),
  survivor: (merge) => ({ id: merge.survivorId }),
  reason: (merge, _args, { caller, config }) => (caller.organisationId === config.municipalityOrganisationId ? merge.reason : null),
};

export const PersonReference: PersonReferenceResolvers = {
  organisation: (registration, _args, { loaders }) => loaders.organisationById.load(registration.organisationId) as never,
};
