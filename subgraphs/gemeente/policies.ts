// Personal data in gemeente: consents (about a resident, held by the organisation it is given to and by
// the gemeente that keeps the register, MUNICIPALITY_ORGANISATION_ID). The rules are in kit/access/personal-data.ts.
import type { PersonalDataPolicy } from '../kit/access/personal-data';
import type { PersonRecords } from '../kit/access/data-subject';
import type { SubgraphConfig } from '../../platform/config';
import type { Consent, PersonMerge, PersonReference } from './entities';

export const consentPolicy = (config: SubgraphConfig): PersonalDataPolicy<Consent> => ({
  type: 'Consent',
  personOf: (consent) => consent.personId,
  holdersOf: (consent) => [consent.organisationId, config.municipalityOrganisationId],
  consentPurposes: [],
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
