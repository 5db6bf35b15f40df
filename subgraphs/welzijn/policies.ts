// Personal data in welzijn and who holds it. The rules are in kit/access/personal-data.ts.
import type { PersonalDataPolicy } from '../kit/access/personal-data';
import type { PersonRecords } from '../kit/access/data-subject';
import type { HelpRequest, Match, Volunteer } from './entities';

export const helpRequestPolicy: PersonalDataPolicy<HelpRequest> = {
  // A hulpvraag is about its requester, held by the organisation that took it in; other partners read it
  // with the requester's consent, recorded by a holder, for matching, referral or coordination.
  type: 'HelpRequest',
  personOf: (request) => request.requesterId,
  // a professional who referred the resident to informal help keeps sight of the request
  holdersOf: (request) => (request.referredByOrganisationId ? [request.intakeOrganisationId, request.referredByOrganisationId] : [request.intakeOrganisationId]),
  consentPurposes: ['MATCHING', 'REFERRAL', 'COORDINATION'],
  // the resident's own words, the vraag achter de vraag, and the holder's staff and reasons for each step
  holderOnly: ['description', 'underlyingNeed', 'transitions.by', 'transitions.reason'],
};

/** A volunteer's data stays with their own organisation. */
export const volunteerPolicy: PersonalDataPolicy<Volunteer> = {
  type: 'Volunteer',
  personOf: () => null,
  holdersOf: (volunteer) => [volunteer.organisationId],
  consentPurposes: [],
};

export const matchPolicy: PersonalDataPolicy<Match> = {
  type: 'Match',
  personOf: () => null,
  holdersOf: (match) => (match.volunteerOrganisationId ? [match.requestOrganisationId, match.volunteerOrganisationId] : [match.requestOrganisationId]),
  consentPurposes: [],
};

export const policies = [helpRequestPolicy, volunteerPolicy, matchPolicy] as PersonalDataPolicy[];

/** What welzijn holds about a resident, for the AVG export and erasure (matches first: they refer to requests). */
export const personRecords: PersonRecords[] = [
  {
    entity: 'match',
    select: 'SELECT m.* FROM match m JOIN help_request h ON h.id = m.help_request_id WHERE h.requester_id = $1 ORDER BY m.id',
    erase: 'DELETE FROM match m USING help_request h WHERE h.id = m.help_request_id AND h.requester_id = $1 RETURNING m.id',
  },
  {
    entity: 'help_request',
    select: 'SELECT id, category, intensity, status, channel, area_code, intake_organisation_id, created_at FROM help_request WHERE requester_id = $1 ORDER BY id',
    erase: 'DELETE FROM help_request WHERE requester_id = $1 RETURNING id',
  },
];
