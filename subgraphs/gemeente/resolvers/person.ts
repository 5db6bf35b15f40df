import type { PersonResolvers } from '../generated/resolvers-types';
import { loadExisting } from '../../kit/loaders';
import { personRecordsField } from '../../kit/access/data-subject';
import { readableRows } from '../../kit/access/personal-data';
import { requiredFields } from '../../kit/access/representations';
import { assertCoordination } from '../../kit/access/involvement';
import { mergeProcessingLogs, processingLogField, type ProcessingLogEntry } from '../../kit/access/inzage';
import { consentPolicy, personRecords, personReferencePolicy } from '../policies';

/** The fields that welzijn, zorg and bewoners send along (@requires); null when one is down or refused. */
interface PersonParts {
  welzijnInvolvement: { id: string }[] | null;
  zorgInvolvement: { id: string }[] | null;
  bewonersInvolvement: { id: string }[] | null;
  welzijnProcessingLog: ProcessingLogEntry[] | null;
  zorgProcessingLog: ProcessingLogEntry[] | null;
  bewonersProcessingLog: ProcessingLogEntry[] | null;
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
    const sent = requiredFields<PersonParts>(person);
    const named = [...new Set([sent.welzijnInvolvement, sent.zorgInvolvement, sent.bewonersInvolvement].flatMap((list) => (list ?? []).map((o) => o.id)))];
    const others = named.filter((id) => id !== caller.organisationId).sort();
    const consented = await Promise.all(others.map((id) => personalData.consented(person.id, [id], 'COORDINATION')));
    const shown = others.filter((_, i) => consented[i]);
    personalData.served({ type: 'Person', id: person.id, personId: person.id, holders: shown, consentPurposes: ['COORDINATION'] }, 'involvedOrganisations', info);
    return loadExisting(loaders.organisationById, shown);
  },

  // a key answers whether it is registered or not; only a merged one names the key it went into
  mergedInto: async (person, _args, { loaders }) => {
    const row = await loaders.personById.load(person.id);
    return row?.mergedInto ? { id: row.mergedInto } : null;
  },

  // each organisation sees its own references only (the policy); others' are left out, not refused
  references: async (person, _args, { loaders, personalData }) =>
    readableRows(personalData, personReferencePolicy, (await loaders.referencesOfPerson.load(person.id)).filter((r) => r.organisationId === personalData.caller.organisationId)),

  // Each subgraph's own lines, sent along (@requires) and merged here; the caller's right to see them was
  // checked by each subgraph, and is checked here too before anything is shown.
  processingLog: async (person, _args, context) => {
    const sent = requiredFields<PersonParts>(person);
    const own = await processingLogField(context, person.id, 'gemeente');
    return mergeProcessingLogs([own, sent.welzijnProcessingLog, sent.zorgProcessingLog, sent.bewonersProcessingLog]);
  },

  gemeenteRecords: (person, _args, context) => personRecordsField(context, person.id, personRecords),
};
