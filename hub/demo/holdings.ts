// Who holds which resident's records in the demo town. The partners' seeds take their keys from here, and
// gemeente's seed records the demo consents from these holders (a consent opens only its holder's records).
import { PEOPLE, organisationsOfKind } from './town';

const welfare = organisationsOfKind('WELFARE');
const care = organisationsOfKind('CARE');
const cooperatives = organisationsOfKind('COOPERATIVE');

export const DEMO_COUNTS = { helpRequests: 60, helpOffers: 30, memberships: 40, referrals: 12 } as const;

/** Hulpvraag i (0-based): its requester and the welfare organisation that took it in. */
export const helpRequestHolding = (i: number) => ({ requesterId: PEOPLE[(i * 7) % PEOPLE.length].id, intakeOrganisationId: welfare[i % welfare.length].id });

/** Help offer i: the neighbour offering and the cooperative they offer through. */
export const helpOfferHolding = (i: number) => ({ helperId: PEOPLE[(i * 3 + 1) % PEOPLE.length].id, organisationId: cooperatives[i % cooperatives.length].id });

/** Membership i: the member and the cooperative. */
export const membershipHolding = (i: number) => ({ personId: PEOPLE[i * 2].id, organisationId: cooperatives[i % cooperatives.length].id });

/** Referrals 0–4 come from the REFERRED hulpvragen (every 11th); the others did not start from a hulpvraag. */
export const referralFromRequest = (i: number): number | null => (i < 5 ? 11 * (i + 1) : null);

/** Referral i: the resident, the care organisation it was sent to, and the organisation that referred. */
export function referralHolding(i: number) {
  const requestNumber = referralFromRequest(i);
  return {
    // the requester of that hulpvraag, else someone else
    personId: requestNumber ? helpRequestHolding(requestNumber - 1).requesterId : PEOPLE[(i * 11) % PEOPLE.length].id,
    organisationId: care[i % care.length].id,
    // the welfare organisation that took in the hulpvraag, or a care partner
    referrerOrganisationId: requestNumber ? helpRequestHolding(requestNumber - 1).intakeOrganisationId : care[(i + 3) % care.length].id,
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Every organisation holding a record about the resident, in any partner's demo data. */
export function holdersOfPerson(personId: string): string[] {
  const holders = [
    ...range(DEMO_COUNTS.helpRequests).map(helpRequestHolding).filter((h) => h.requesterId === personId).map((h) => h.intakeOrganisationId),
    ...range(DEMO_COUNTS.helpOffers).map(helpOfferHolding).filter((h) => h.helperId === personId).map((h) => h.organisationId),
    ...range(DEMO_COUNTS.memberships).map(membershipHolding).filter((h) => h.personId === personId).map((h) => h.organisationId),
    ...range(DEMO_COUNTS.referrals).map(referralHolding).filter((h) => h.personId === personId).flatMap((h) => [h.organisationId, h.referrerOrganisationId]),
  ];
  return [...new Set(holders)].sort();
}

/** The help offers' neighbours and their cooperatives. */
export const helpOfferHoldings = () => range(DEMO_COUNTS.helpOffers).map(helpOfferHolding);
