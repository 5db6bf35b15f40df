// Personal data in welzijn and who holds it. The rules are in kit/access/personal-data.ts.
import { recordOf, type PersonalDataPolicy } from '../kit/access/personal-data';
import type { Disclosure } from '../kit/access/disclosures';
import type { PersonRecords } from '../kit/access/data-subject';
import type { Connection, Edge } from '../kit/pagination';
import type { HelpRequest, HelpRequestTransfer, Match, VacancyResponse, Volunteer } from './entities';
import type { RankedCandidate } from './candidates';

export const helpRequestPolicy: PersonalDataPolicy<HelpRequest> = {
  // A hulpvraag is about its requester, held by the organisation that took it in; other partners read it
  // with the requester's consent, recorded by a holder, for matching, referral or coordination.
  type: 'HelpRequest',
  personOf: (request) => request.requesterId,
  // a professional who referred the resident to informal help keeps sight of the request
  holdersOf: (request) => (request.referredByOrganisationId ? [request.intakeOrganisationId, request.referredByOrganisationId] : [request.intakeOrganisationId]),
  consentPurposes: ['MATCHING', 'REFERRAL', 'COORDINATION'],
  // the resident's own words, the vraag achter de vraag, the holder's staff and reasons for each step, and
  // which neighbours helped the resident before
  // which neighbours helped the resident before, and the point-of-attention note (health data)
  holderOnly: ['description', 'underlyingNeed', 'transitions.by', 'transitions.reason', 'earlierHelpOffers', 'attentionNote', 'cascade'],
  parts: [
    {
      // after a transfer the sender keeps what it recorded itself and needs to account for its work: that it
      // held the hulpvraag (key, kind, how and when it came in, for whom), its own matches (the Match policy)
      // and the hand-over; not the resident's words, where, when, the state or anything the receiver records
      name: 'the part a former holder keeps',
      readersOf: (request) => request.formerHolderOrganisationIds ?? [],
      fields: ['id', 'category', 'intensity', 'channel', 'area', 'requester', 'createdAt', 'matches', 'transfers'],
    },
    {
      // the helper's organisation learns the point of attention before the introduction, while its match is open
      name: 'the attention note for the helper of an open match',
      readersOf: (request) => request.helperOrganisationIds ?? [],
      fields: ['id', 'category', 'attentionNote'],
      purposes: ['MATCHING'],
    },
  ],
};

/** A hand-over of a hulpvraag: about its resident, held by the organisation that sent it and the one that received it. */
export const helpRequestTransferPolicy: PersonalDataPolicy<HelpRequestTransfer> = {
  type: 'HelpRequestTransfer',
  personOf: (transfer) => transfer.requesterId,
  holdersOf: (transfer) => [transfer.fromOrganisationId, transfer.toOrganisationId],
  consentPurposes: [],
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

/** A response to a vacancy names someone who would like to volunteer: the vacancy's organisation and the one that recorded it. */
export const vacancyResponsePolicy: PersonalDataPolicy<VacancyResponse> = {
  type: 'VacancyResponse',
  // the resident who responded (a newcomer's key, or the volunteer's), so their inzage shows the response
  personOf: (response) => response.personId,
  holdersOf: (response) => [response.vacancyOrganisationId, response.recordedByOrganisationId],
  consentPurposes: [],
};

export const policies = [helpRequestPolicy, volunteerPolicy, matchPolicy, vacancyResponsePolicy, helpRequestTransferPolicy] as PersonalDataPolicy[];

const helpRequestRecord = (request: HelpRequest) => recordOf(helpRequestPolicy, request);
const lastNode = <T>(connection: Connection<T>) => (connection.pageInfo.endCursor ? connection.edges.slice(-1).map((edge) => edge.node) : []);
type MatchViewItem = { helpRequest: HelpRequest };

/**
 * Fields of other types that show welzijn's records: a cursor is a hulpvraag's (a match's, a response's) key, a match-view item's age
 * and warnings come from its intake and response dates, a volunteer candidate's score and reasons from the
 * volunteer's profile (a neighbour candidate's are bewoners' records, logged there).
 */
export const disclosures: Disclosure[] = [
  { type: 'HelpRequestEdge', fields: ['cursor'], recordsOf: (edge: Edge<HelpRequest>) => [helpRequestRecord(edge.node)] },
  { type: 'HelpRequestConnection', fields: ['pageInfo'], recordsOf: (connection: Connection<HelpRequest>) => lastNode(connection).map(helpRequestRecord) },
  { type: 'MatchEdge', fields: ['cursor'], recordsOf: (edge: Edge<Match>) => [recordOf(matchPolicy, edge.node)] },
  { type: 'MatchConnection', fields: ['pageInfo'], recordsOf: (connection: Connection<Match>) => lastNode(connection).map((match) => recordOf(matchPolicy, match)) },
  { type: 'VacancyResponseEdge', fields: ['cursor'], recordsOf: (edge: Edge<VacancyResponse>) => [recordOf(vacancyResponsePolicy, edge.node)] },
  {
    type: 'VacancyResponseConnection',
    fields: ['pageInfo'],
    recordsOf: (connection: Connection<VacancyResponse>) => lastNode(connection).map((response) => recordOf(vacancyResponsePolicy, response)),
  },
  { type: 'MatchViewEdge', fields: ['cursor'], recordsOf: (edge: Edge<MatchViewItem>) => [helpRequestRecord(edge.node.helpRequest)] },
  {
    type: 'MatchViewConnection',
    fields: ['pageInfo'],
    recordsOf: (connection: Connection<MatchViewItem>) => lastNode(connection).map((item) => helpRequestRecord(item.helpRequest)),
  },
  { type: 'MatchViewItem', fields: ['ageInDays', 'daysUntilResponseDue', 'responseOverdue'], recordsOf: (item: MatchViewItem) => [helpRequestRecord(item.helpRequest)] },
  {
    type: 'MatchCandidate',
    recordsOf: (candidate: RankedCandidate) => (candidate.volunteer ? [recordOf(volunteerPolicy, candidate.volunteer as Volunteer)] : []),
  },
  {
    type: 'ProposedAssignment',
    fields: ['score'],
    recordsOf: (pair: { helpRequest: HelpRequest; volunteer: Volunteer }) => [helpRequestRecord(pair.helpRequest), recordOf(volunteerPolicy, pair.volunteer)],
  },
];

/**
 * What welzijn holds about a resident, for the AVG export and erasure: every column of their hulpvragen, of
 * each step in their life (transitions) and of their matches. A hulpvraag is held by its intake organisation
 * and the one that referred it, a match by the hulpvraag's and the volunteer's organisation (the policies
 * above); an organisation erases only the hulpvragen it took in, with their steps and matches (dependants
 * first).
 */
const ofRequester = 'h.requester_id = $1';
const requestHeldBy = '($2::text IS NULL OR $2 IN (h.intake_organisation_id, h.referred_by_organisation_id))';
const requestTakenInBy = '($2::text IS NULL OR h.intake_organisation_id = $2)';
const responseOf = '(r.person_id = $1 OR r.volunteer_id IN (SELECT v.id FROM volunteer v WHERE v.person_id = $1))';
export const personRecords: PersonRecords[] = [
  {
    entity: 'help_request_transition',
    select: `SELECT t.* FROM help_request_transition t JOIN help_request h ON h.id = t.help_request_id WHERE ${ofRequester} AND ${requestHeldBy} ORDER BY t.id`,
    erase: `DELETE FROM help_request_transition t USING help_request h WHERE h.id = t.help_request_id AND ${ofRequester} AND ${requestTakenInBy} RETURNING t.*`,
  },
  {
    // a hulpvraag's cascade (cascade.ts) and its steps: held and erased with the hulpvraag, steps first
    entity: 'cascade_step',
    select: `SELECT s.* FROM cascade_step s JOIN cascade c ON c.id = s.cascade_id JOIN help_request h ON h.id = c.help_request_id WHERE ${ofRequester} AND ${requestHeldBy} ORDER BY s.id`,
    erase: `DELETE FROM cascade_step s USING cascade c, help_request h WHERE c.id = s.cascade_id AND h.id = c.help_request_id AND ${ofRequester} AND ${requestTakenInBy} RETURNING s.*`,
  },
  {
    entity: 'cascade',
    select: `SELECT c.* FROM cascade c JOIN help_request h ON h.id = c.help_request_id WHERE ${ofRequester} AND ${requestHeldBy} ORDER BY c.id`,
    erase: `DELETE FROM cascade c USING help_request h WHERE h.id = c.help_request_id AND ${ofRequester} AND ${requestTakenInBy} RETURNING c.*`,
  },
  {
    // the hand-overs of the resident's hulpvragen: held by their sender and receiver, erased with the hulpvraag
    entity: 'help_request_transfer',
    select: `SELECT t.* FROM help_request_transfer t WHERE t.requester_id = $1 AND ($2::text IS NULL OR $2 IN (t.from_organisation_id, t.to_organisation_id)) ORDER BY t.id`,
    erase: `DELETE FROM help_request_transfer t USING help_request h WHERE h.id = t.help_request_id AND ${ofRequester} AND ${requestTakenInBy} RETURNING t.*`,
  },
  {
    // a hulpvraag's place on the self-matching board (board.ts): held and erased with the hulpvraag
    entity: 'board_listing',
    select: `SELECT l.* FROM board_listing l JOIN help_request h ON h.id = l.help_request_id WHERE ${ofRequester} AND ${requestHeldBy} ORDER BY l.id`,
    erase: `DELETE FROM board_listing l USING help_request h WHERE h.id = l.help_request_id AND ${ofRequester} AND ${requestTakenInBy} RETURNING l.*`,
  },
  {
    entity: 'match',
    select: `SELECT m.* FROM match m JOIN help_request h ON h.id = m.help_request_id
             WHERE ${ofRequester} AND ($2::text IS NULL OR $2 IN (m.request_organisation_id, m.volunteer_organisation_id)) ORDER BY m.id`,
    erase: `DELETE FROM match m USING help_request h WHERE h.id = m.help_request_id AND ${ofRequester} AND ${requestTakenInBy} RETURNING m.*`,
  },
  {
    entity: 'help_request',
    select: `SELECT h.* FROM help_request h WHERE ${ofRequester} AND ${requestHeldBy} ORDER BY h.id`,
    erase: `DELETE FROM help_request h WHERE ${ofRequester} AND ${requestTakenInBy} RETURNING h.*`,
  },
  {
    // a response to a vacancy by the resident: a newcomer's carries their key, a volunteer's the volunteer's
    // (or is found through one of the resident's volunteer records): held by the vacancy's organisation and
    // the one that recorded it, erased by the one that recorded it; before the volunteer link below goes
    entity: 'vacancy_response',
    select: `SELECT r.* FROM vacancy_response r
             WHERE ${responseOf} AND ($2::text IS NULL OR $2 IN (r.vacancy_organisation_id, r.recorded_by_organisation_id)) ORDER BY r.id`,
    erase: `DELETE FROM vacancy_response r WHERE ${responseOf} AND ($2::text IS NULL OR r.recorded_by_organisation_id = $2) RETURNING r.*`,
  },
  {
    // the history of the resident's volunteer records (active spans, availability switched on and off), for
    // the indicators: exported with the volunteer record, and kept with it when its link to the resident goes
    entity: 'volunteer_active_span',
    select: `SELECT s.* FROM volunteer_active_span s JOIN volunteer v ON v.id = s.volunteer_id
             WHERE v.person_id = $1 AND ($2::text IS NULL OR v.organisation_id = $2) ORDER BY s.volunteer_id, s.first_day`,
    keyColumns: ['volunteer_id', 'first_day'],
  },
  {
    entity: 'volunteer_availability',
    select: `SELECT a.* FROM volunteer_availability a JOIN volunteer v ON v.id = a.volunteer_id
             WHERE v.person_id = $1 AND ($2::text IS NULL OR v.organisation_id = $2) ORDER BY a.id`,
  },
  {
    // a volunteer who is also a resident the hub knows (for the reciprocity indicator): their profile is
    // exported to their organisation; erasure removes the link to the resident (the volunteer record stays
    // with their organisation, for its matches)
    entity: 'volunteer',
    select: 'SELECT * FROM volunteer WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) ORDER BY id',
    erase: 'UPDATE volunteer SET person_id = NULL WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) RETURNING id, $1::text AS person_id',
  },
];
