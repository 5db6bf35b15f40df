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

/**
 * What gemeente holds about a resident, for the AVG export and erasure. A consent is exported to its holder,
 * its recipient and the gemeente, which keeps the register, and erased with the holder's records (it is the
 * holder's say-so that opens them); one recorded before consents named a holder (consent_without_holder)
 * goes with the organisation it named. An organisation's client number (person_reference) goes with that
 * organisation. The Person key, with the keys merged into it and the merges, links every partner's records, so
 * only a hub-wide request (the gemeente's data-protection officer) erases it (after the consents).
 */
const consentHeldBy = (columns: string) => `($2::text IS NULL OR $2 IN (${columns}, $3))`;
const municipality = (config: SubgraphConfig) => [config.municipalityOrganisationId];
export const personRecords: PersonRecords[] = [
  {
    entity: 'consent',
    select: `SELECT * FROM consent WHERE person_id = $1 AND ${consentHeldBy('holder_organisation_id, recipient_organisation_id')} ORDER BY id`,
    selectParams: municipality,
    erase: 'DELETE FROM consent WHERE person_id = $1 AND ($2::text IS NULL OR holder_organisation_id = $2) RETURNING *',
  },
  {
    entity: 'consent_without_holder',
    select: `SELECT * FROM consent_without_holder WHERE person_id = $1 AND ${consentHeldBy('organisation_id')} ORDER BY id`,
    selectParams: municipality,
    erase: 'DELETE FROM consent_without_holder WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) RETURNING *',
  },
  {
    // an organisation's client number: exported to and erased with that organisation's records
    entity: 'person_reference',
    select: `SELECT * FROM person_reference WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) ORDER BY organisation_id, reference`,
    erase: 'DELETE FROM person_reference WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) RETURNING *',
    keyColumns: ['organisation_id', 'reference'],
  },
  {
    // a merge links two keys: exported to the gemeente and the organisation that merged them, erased hub-wide only
    entity: 'person_merge',
    select: `SELECT * FROM person_merge WHERE (survivor_id = $1 OR merged_id = $1)
      AND ($2::text IS NULL OR $2 IN (merged_by_organisation_id, $3)) ORDER BY seq`,
    selectParams: municipality,
    erase: 'DELETE FROM person_merge WHERE (survivor_id = $1 OR merged_id = $1) AND $2::text IS NULL RETURNING *',
  },
  {
    // the keys merged into this one are the same resident
    entity: 'person',
    select: 'SELECT * FROM person WHERE (id = $1 OR merged_into = $1) AND ($2::text IS NULL OR $2 = $3) ORDER BY id',
    selectParams: municipality,
    erase: 'DELETE FROM person WHERE (id = $1 OR merged_into = $1) AND $2::text IS NULL RETURNING *',
  },
];
