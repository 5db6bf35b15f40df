// Personal data in bewoners and who holds it. The rules are in kit/access/personal-data.ts.
import type { PersonalDataPolicy } from '../kit/access/personal-data';
import type { PersonRecords } from '../kit/access/data-subject';
import type { HelpOffer, Membership } from './entities';

/** A neighbour's offer, held by the cooperative; a matcher elsewhere sees it with consent to MATCHING. */
export const helpOfferPolicy: PersonalDataPolicy<HelpOffer> = {
  type: 'HelpOffer',
  personOf: (offer) => offer.helperId,
  holdersOf: (offer) => [offer.organisationId],
  consentPurposes: ['MATCHING'],
};

export const membershipPolicy: PersonalDataPolicy<Membership> = {
  type: 'Membership',
  personOf: (membership) => membership.personId,
  holdersOf: (membership) => [membership.organisationId],
  consentPurposes: ['COORDINATION'],
};

export const policies = [helpOfferPolicy, membershipPolicy] as PersonalDataPolicy[];

/** Fields that answer about neighbours' offers in another shape: they need a purpose of the caller's roles too. */
export const personalEntryPoints = ['HelpRequest.neighbourCandidates'];

/** What bewoners holds about a resident, for the AVG export and erasure. */
export const personRecords: PersonRecords[] = [
  {
    entity: 'help_offer',
    select: 'SELECT * FROM help_offer WHERE helper_id = $1 ORDER BY id',
    erase: 'DELETE FROM help_offer WHERE helper_id = $1 RETURNING id',
  },
  {
    entity: 'membership',
    select: 'SELECT * FROM membership WHERE person_id = $1 ORDER BY id',
    erase: 'DELETE FROM membership WHERE person_id = $1 RETURNING id',
  },
];
