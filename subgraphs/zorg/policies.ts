// Personal data in zorg and who holds it. The rules are in kit/access/personal-data.ts.
import type { PersonalDataPolicy } from '../kit/access/personal-data';
import type { PersonRecords } from '../kit/access/data-subject';
import type { Referral } from './entities';

/**
 * A referral is about a resident, held by the organisation it was sent to and by the one that referred;
 * others read it with the resident's consent, recorded by a holder, for referral or coordination.
 */
export const referralPolicy: PersonalDataPolicy<Referral> = {
  type: 'Referral',
  personOf: (referral) => referral.personId,
  holdersOf: (referral) => [referral.organisationId, referral.referrerOrganisationId],
  consentPurposes: ['REFERRAL', 'COORDINATION'],
  // the private note, why its status changed, and which of the holder's staff handles it
  holderOnly: ['note', 'statusReason', 'professional'],
};

export const policies = [referralPolicy] as PersonalDataPolicy[];

/** What zorg holds about a resident, for the AVG export and erasure. */
export const personRecords: PersonRecords[] = [
  {
    entity: 'referral',
    select: 'SELECT * FROM referral WHERE person_id = $1 ORDER BY id',
    erase: 'DELETE FROM referral WHERE person_id = $1 RETURNING id',
  },
];
