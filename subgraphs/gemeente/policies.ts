// Personal data in gemeente: consents (about a resident, held by the organisation it is given to and by
// the gemeente that keeps the register, MUNICIPALITY_ORGANISATION_ID). The rules are in kit/access/personal-data.ts.
import type { PersonalDataPolicy } from '../kit/access/personal-data';
import type { PersonRecords } from '../kit/access/data-subject';
import type { SubgraphConfig } from '../../platform/config';
import type { Consent } from './entities';

export const policies = (config: SubgraphConfig): PersonalDataPolicy[] => [
  {
    type: 'Consent',
    personOf: (consent: Consent) => consent.personId,
    holdersOf: (consent: Consent) => [consent.organisationId, config.municipalityOrganisationId],
    consentPurposes: [],
  },
];

/**
 * What gemeente holds about a resident, for the AVG export and erasure. A consent is held by the organisation
 * it is for and by the gemeente, which keeps the register; the Person key links every partner's records, so
 * only a hub-wide request (the gemeente's data-protection officer) erases it (after the consents).
 */
const consentHeldBy = '($2::text IS NULL OR $2 IN (organisation_id, $3))';
const municipality = (config: SubgraphConfig) => [config.municipalityOrganisationId];
export const personRecords: PersonRecords[] = [
  {
    entity: 'consent',
    select: `SELECT * FROM consent WHERE person_id = $1 AND ${consentHeldBy} ORDER BY id`,
    selectParams: municipality,
    erase: 'DELETE FROM consent WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) RETURNING *',
  },
  {
    entity: 'person',
    select: 'SELECT * FROM person WHERE id = $1 AND ($2::text IS NULL OR $2 = $3)',
    selectParams: municipality,
    erase: 'DELETE FROM person WHERE id = $1 AND $2::text IS NULL RETURNING *',
  },
];
