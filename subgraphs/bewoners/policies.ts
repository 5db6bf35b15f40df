// Personal data in bewoners and who holds it. The rules are in kit/access/personal-data.ts.
import { recordOf, type PersonalDataPolicy } from '../kit/access/personal-data';
import type { Disclosure } from '../kit/access/disclosures';
import type { PersonRecords } from '../kit/access/data-subject';
import type { HelpOffer, Membership } from './entities';
import type { NeighbourCandidateRow } from './candidates';
import type { Connection, Edge } from '../kit/pagination';

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

/** A membership list's cursor is a membership's key; a ranked neighbour shows their offer (its key; score and reasons from where they live and when they can). */
export const disclosures: Disclosure[] = [
  // a membership's cursor is its key
  { type: 'MembershipEdge', fields: ['cursor'], recordsOf: (edge: Edge<Membership>) => [recordOf(membershipPolicy, edge.node)] },
  {
    type: 'MembershipConnection',
    fields: ['pageInfo'],
    recordsOf: (connection: Connection<Membership>) => (connection.pageInfo.endCursor ? connection.edges.slice(-1).map((edge) => recordOf(membershipPolicy, edge.node)) : []),
  },
  { type: 'NeighbourCandidate', recordsOf: (candidate: NeighbourCandidateRow) => [recordOf(helpOfferPolicy, candidate.offer as HelpOffer)] },
];

/** What bewoners holds about a resident, for the AVG export and erasure: every column, per cooperative. */
export const personRecords: PersonRecords[] = [
  {
    entity: 'help_offer',
    select: 'SELECT * FROM help_offer WHERE helper_id = $1 AND ($2::text IS NULL OR organisation_id = $2) ORDER BY id',
    erase: 'DELETE FROM help_offer WHERE helper_id = $1 AND ($2::text IS NULL OR organisation_id = $2) RETURNING *',
  },
  {
    entity: 'membership',
    select: 'SELECT * FROM membership WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) ORDER BY id',
    erase: 'DELETE FROM membership WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) RETURNING *',
  },
];
