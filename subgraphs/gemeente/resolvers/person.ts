import type { PersonResolvers } from '../generated/resolvers-types';
import { loadExisting } from '../../kit/loaders';
import { municipalityOrganisationId } from '../config';
import { personRecordsField } from '../../kit/access/data-subject';
import { personRecords } from '../policies';

/** The involvement fields that welzijn, zorg and bewoners send along (@requires). */
interface PersonWithInvolvement {
  id: string;
  welzijnInvolvement?: { id: string }[] | null;
  zorgInvolvement?: { id: string }[] | null;
  bewonersInvolvement?: { id: string }[] | null;
}

export const Person: PersonResolvers = {
  __resolveReference: async (ref, { loaders }) => {
    const person = await loaders.personById.load(ref.id);
    // Keep what the other subgraphs sent along (@requires) next to the row.
    return person && Object.assign(Object.create(person), ref);
  },

  consents: async (person, _args, { loaders, caller }) => {
    const consents = await loaders.consentsOfPerson.load(person.id);
    return caller.organisationId === municipalityOrganisationId()
      ? consents
      : consents.filter((consent) => consent.organisationId === caller.organisationId);
  },

  involvedOrganisations: async (person, _args, { loaders, personalData }) => {
    const sent = person as unknown as PersonWithInvolvement;
    const ids = [...new Set([sent.welzijnInvolvement, sent.zorgInvolvement, sent.bewonersInvolvement].flatMap((list) => (list ?? []).map((o) => o.id)))];
    await personalData.read({ type: 'Person', id: person.id, personId: person.id, holders: [], consentPurposes: ['COORDINATION'] }, 'involvedOrganisations');
    return loadExisting(loaders.organisationById, ids.sort());
  },

  gemeenteRecords: (person, _args, context) => personRecordsField(context, person.id, 'gemeenteRecords', personRecords),
};
