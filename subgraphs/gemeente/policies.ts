// Personal data in gemeente: consents (about a resident; held by the organisation whose records they open
// and by the recipient). The rules are in kit/access/personal-data.ts.
import type { PersonalDataPolicy } from '../kit/access/personal-data';
import type { PersonRecords } from '../kit/access/data-subject';
import type { Caller } from '../../platform/caller';
import type { SubgraphConfig } from '../../platform/config';
import type { Consent } from './entities';

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

export const policies = (config: SubgraphConfig): PersonalDataPolicy[] => [consentPolicy(config) as PersonalDataPolicy];

/** What gemeente holds about a resident, for the AVG export and erasure. */
export const personRecords: PersonRecords[] = [
  { entity: 'consent', select: 'SELECT * FROM consent WHERE person_id = $1 ORDER BY id', erase: 'DELETE FROM consent WHERE person_id = $1 RETURNING id' },
  {
    entity: 'consent_without_holder',
    select: 'SELECT * FROM consent_without_holder WHERE person_id = $1 ORDER BY id',
    erase: 'DELETE FROM consent_without_holder WHERE person_id = $1 RETURNING id',
  },
  { entity: 'person', select: 'SELECT * FROM person WHERE id = $1', erase: 'DELETE FROM person WHERE id = $1 RETURNING id' },
];
