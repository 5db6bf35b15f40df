// Personal data in gemeente: consents (about a resident; held by the organisation whose records they open
// and by the recipient). The rules are in kit/access/personal-data.ts.
import type { PersonalDataPolicy } from '../kit/access/personal-data';
import type { PersonRecords } from '../kit/access/data-subject';
import type { Caller } from '../../platform/caller';
import type { SubgraphConfig } from '../../platform/config';
import type { Consent, PersonMerge, PersonReference } from './entities';

/** The gemeente's functionaris gegevensbescherming (MUNICIPALITY_ORGANISATION_ID), handling an AVG request. */
export const isDataProtectionOfficer = (caller: Caller, config: Pick<SubgraphConfig, 'municipalityOrganisationId'>): boolean =>
  caller.roles.includes('data-protection-officer') &&
  caller.organisationId === config.municipalityOrganisationId &&
  caller.purpose === 'DATA_SUBJECT_REQUEST';

/** A consent is read by its holder and its recipient, by the resident (the kit's rule) and by the officer. */
export const consentPolicy = (config: Pick<SubgraphConfig, 'municipalityOrganisationId'>): PersonalDataPolicy<Consent> => ({
  type: 'Consent',
  personOf: (consent) => consent.personId,
  holdersOf: (consent) => [consent.holderOrganisationId, consent.recipientOrganisationId],
  consentPurposes: [],
  alsoReadableBy: (caller) => isDataProtectionOfficer(caller, config),
});

/** An organisation's client number for a resident links the key to its own files: that organisation only. */
export const personReferencePolicy: PersonalDataPolicy<PersonReference> = {
  type: 'PersonReference',
  idOf: (registration) => `${registration.organisationId}:${registration.reference}`,
  personOf: (registration) => registration.personId,
  holdersOf: (registration) => [registration.organisationId],
  consentPurposes: [],
};

/** A merge, with the organisations that know either key from the gemeente (registered it, or hold a consent for it). */
export type PersonMergeRow = PersonMerge & { knownBy: string[] };

/** A merge says two keys are one resident: for the gemeente, and for the organisations that know one of the keys. */
export const personMergePolicy = (municipalityOrganisationId: string): PersonalDataPolicy<PersonMergeRow> => ({
  type: 'PersonMerge',
  personOf: (merge) => merge.survivorId,
  holdersOf: (merge) => [municipalityOrganisationId, ...merge.knownBy],
  consentPurposes: [],
});

export const policies = (config: SubgraphConfig): PersonalDataPolicy[] =>
  [consentPolicy(config), personReferencePolicy, personMergePolicy(config.municipalityOrganisationId)] as PersonalDataPolicy[];

/** What gemeente holds about a resident, for the AVG export and erasure. */
export const personRecords: PersonRecords[] = [
  { entity: 'consent', select: 'SELECT * FROM consent WHERE person_id = $1 ORDER BY id', erase: 'DELETE FROM consent WHERE person_id = $1 RETURNING id' },
  {
    entity: 'consent_without_holder',
    select: 'SELECT * FROM consent_without_holder WHERE person_id = $1 ORDER BY id',
    erase: 'DELETE FROM consent_without_holder WHERE person_id = $1 RETURNING id',
  },
  {
    entity: 'person_reference',
    select: 'SELECT * FROM person_reference WHERE person_id = $1 ORDER BY organisation_id, reference',
    erase: 'DELETE FROM person_reference WHERE person_id = $1 RETURNING reference',
  },
  {
    entity: 'person_merge',
    select: 'SELECT * FROM person_merge WHERE survivor_id = $1 OR merged_id = $1 ORDER BY seq',
    erase: 'DELETE FROM person_merge WHERE survivor_id = $1 OR merged_id = $1 RETURNING id',
  },
  {
    // the keys merged into this one are the same resident
    entity: 'person',
    select: 'SELECT * FROM person WHERE id = $1 OR merged_into = $1 ORDER BY id',
    erase: 'DELETE FROM person WHERE id = $1 OR merged_into = $1 RETURNING id',
  },
];
