// Personal data in gemeente: consents (about a resident, held by the organisation it is given to and by
// the gemeente that keeps the register). The rules are in kit/access/personal-data.ts.
import type { PersonalDataPolicy } from '../kit/access/personal-data';
import type { PersonRecords } from '../kit/access/data-subject';
import { municipalityOrganisationId } from './config';
import type { Consent } from './entities';

export const policies: PersonalDataPolicy[] = [
  {
    type: 'Consent',
    personOf: (consent: Consent) => consent.personId,
    holdersOf: (consent: Consent) => [consent.organisationId, municipalityOrganisationId()],
    consentPurposes: [],
  },
];

/** What gemeente holds about a resident, for the AVG export and erasure. */
export const personRecords: PersonRecords[] = [
  { entity: 'consent', select: 'SELECT * FROM consent WHERE person_id = $1 ORDER BY id', erase: 'DELETE FROM consent WHERE person_id = $1 RETURNING id' },
  { entity: 'person', select: 'SELECT * FROM person WHERE id = $1', erase: 'DELETE FROM person WHERE id = $1 RETURNING id' },
];
