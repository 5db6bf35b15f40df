import type { PersonResolvers } from '../generated/resolvers-types';
import { loadExisting } from '../../kit/loaders';
import { personRecordsField } from '../../kit/access/data-subject';
import { readableRows } from '../../kit/access/personal-data';
import { requiredFields } from '../../kit/access/representations';
import { assertCoordination } from '../../kit/access/involvement';
import { consentPolicy, personRecords } from '../policies';

/** The involvement fields that welzijn, zorg and bewoners send along (@requires). */
interface Involvement {
  welzijnInvolvement: { id: string }[] | null;
  zorgInvolvement: { id: string }[] | null;
  bewonersInvolvement: { id: string }[] | null;
}

// A Person is its key: any key answers, known to the register or not, so keys cannot be tried out; each
// field shows only what the caller may see.
export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),

  // the resident's own, the officer's, or those the caller's organisation holds or receives (consentPolicy)
  consents: async (person, _args, { loaders, personalData, config }) =>
    readableRows(personalData, consentPolicy(config), await loaders.consentsOfPerson.load(person.id)),

  // The lists come from the representation (@requires), so they are not trusted: each partner in them is
  // shown only when the register holds its consent to COORDINATION for the caller. The caller's own
  // organisation is not listed (gemeente cannot tell whether it really is involved).
  involvedOrganisations: async (person, _args, { loaders, personalData, caller }, info) => {
    assertCoordination({ caller, personalData }, 'involvedOrganisations');
    const sent = requiredFields<Involvement>(person);
    const named = [...new Set([sent.welzijnInvolvement, sent.zorgInvolvement, sent.bewonersInvolvement].flatMap((list) => (list ?? []).map((o) => o.id)))];
    const others = named.filter((id) => id !== caller.organisationId).sort();
    const consented = await Promise.all(others.map((id) => personalData.consented(person.id, [id], 'COORDINATION')));
    const shown = others.filter((_, i) => consented[i]);
    personalData.served({ type: 'Person', id: person.id, personId: person.id, holders: shown, consentPurposes: ['COORDINATION'] }, 'involvedOrganisations', info);
    return loadExisting(loaders.organisationById, shown);
  },

  gemeenteRecords: (person, _args, context) => personRecordsField(context, person.id, 'gemeenteRecords', personRecords),
};
