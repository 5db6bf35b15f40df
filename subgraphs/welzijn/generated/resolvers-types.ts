import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ContactRecord as ContactRecordModel } from '../../kit/contact-details';
import type { CapacityRecord as CapacityRecordModel } from '../../kit/capacity';
import type { Training as TrainingModel } from '../../kit/helper-profile';
import type { HelpRequest as HelpRequestModel, VolunteerVacancy as VolunteerVacancyModel, Volunteer as VolunteerModel, VacancyResponse as VacancyResponseModel, Match as MatchModel, HelpRequestTransfer as HelpRequestTransferModel, Cascade as CascadeModel, CascadeStep as CascadeStepModel, CascadeRule as CascadeRuleModel } from '../entities';
import type { BoardItem as BoardItemModel } from '../board';
import type { CascadeAskItem as CascadeAskItemModel } from '../cascade';
import type { RankedCandidate as RankedCandidateModel } from '../candidates';
import type { AreaRef as AreaRefModel, OrganisationRef as OrganisationRefModel, PersonRef as PersonRefModel } from '../../kit/references';
import type { ProcessingLogEntry as ProcessingLogEntryModel } from '../../kit/access/inzage';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 YYYY-MM-DD (e.g. 2026-11-23); dates that do not exist (30 February) are refused. */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with a time zone (e.g. 2026-11-23T09:30:00.000Z); input needs the zone (Z or ±hh:mm), output is always UTC. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value, output only (used for the AVG data export of a resident). */
  JSON: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A postal address in the Netherlands (HSDS address, address_type physical). */
export type Address = {
  __typename?: 'Address';
  /** Second line (address_2), e.g. a building or entrance; null when none. */
  addition?: Maybe<Scalars['String']['output']>;
  /** Woonplaats. */
  city: Scalars['String']['output'];
  /** Country, ISO 3166-1 alpha-2 (NL). */
  country: Scalars['String']['output'];
  /** Postcode, 1234 AB. */
  postalCode: Scalars['String']['output'];
  /** Provincie (HSDS state_province); null when not given. */
  province?: Maybe<Scalars['String']['output']>;
  /** Street and house number (address_1), e.g. Hogeweg 12. */
  street: Scalars['String']['output'];
};

/** A postal address to record. */
export type AddressInput = {
  /** Second line, at most 200 characters. */
  addition?: InputMaybe<Scalars['String']['input']>;
  /** Woonplaats, 1–100 characters. */
  city: Scalars['String']['input'];
  /** Country, ISO 3166-1 alpha-2 (default NL). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Postcode: four digits (not starting with 0) and two letters, e.g. 3812 AB; spaces and case do not matter. */
  postalCode: Scalars['String']['input'];
  /** Provincie, at most 100 characters. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Street and house number, 1–200 characters. */
  street: Scalars['String']['input'];
};

/** An asked helper's answer. */
export type AnswerCascadeInput = {
  /** Yes (true) or no (false). */
  accept: Scalars['Boolean']['input'];
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation sending it). */
  clientMutationId: Scalars['String']['input'];
  /** The ask (CascadeAsk.id). */
  stepId: Scalars['ID']['input'];
};

/** What answerCascade answers. */
export type AnswerCascadePayload = {
  __typename?: 'AnswerCascadePayload';
  /** The answer (or, on a retry, the one recorded before); null when there are userErrors. */
  answered?: Maybe<CascadeAnswerResult>;
  /** What was wrong (an ask that is not your helper's: NOT_FOUND; expired, not current, or the helper no longer proposable: CONFLICT); empty when it went through. When not empty, nothing was written, except that a helper no longer proposable is SKIPPED. */
  userErrors: Array<UserError>;
};

/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type Area = {
  __typename?: 'Area';
  /** CBS code: GMxxxx (gemeente), WKxxxxxx (wijk) or BUxxxxxxxx (buurt). */
  code: Scalars['ID']['output'];
  /** Your organisation's hulpvragen in this area and its sub-areas, in id order. */
  helpRequests?: Maybe<HelpRequestConnection>;
  /** How finely the figures of this gemeente's areas may be cut (gemeente's; needed for the indicators). Bounded: one per CBS area of the gemeente (the CBS division, not written through the graph: a few hundred at most). */
  statisticsGrid: Array<StatisticsArea>;
  /**
   * Hulpvragen, matches, time to match, hours given, supply and demand, reciprocity and volunteers here
   * (welzijn): the indicators and measures of WelzijnIndicatorName. UTC days. Published under the disclosure
   * rules (CountState). Roles analyst or hub-admin.
   */
  welzijnIndicators?: Maybe<WelzijnIndicatorSet>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaHelpRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<HelpRequestStatus>>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaWelzijnIndicatorsArgs = {
  names?: InputMaybe<Array<WelzijnIndicatorName>>;
  period: PeriodInput;
};

/** An indicator's figure for one child area. */
export type AreaCount = {
  __typename?: 'AreaCount';
  /** CBS code of the wijk (under a gemeente) or buurt (under a wijk). */
  areaCode: Scalars['ID']['output'];
  /** The figure in that area. */
  count: Count;
};

/** Level of an area in the CBS hierarchy: gemeente → wijk → buurt. */
export type AreaLevel =
  /** wijk (WKxxxxxx) */
  | 'DISTRICT'
  /** gemeente (GMxxxx) */
  | 'MUNICIPALITY'
  /** buurt (BUxxxxxxxx) */
  | 'NEIGHBOURHOOD';

/** A proposed assignment of an area's open hulpvragen to volunteers; nothing is written. */
export type BatchProposal = {
  __typename?: 'BatchProposal';
  /** The proposed pairs, by hulpvraag and then volunteer. Bounded: at most 1000 (the first 200 open hulpvragen, each needing at most 5 helpers). */
  assignments: Array<ProposedAssignment>;
  /** What taking the best pair first would have given, for comparison. */
  greedyTotalScore: Scalars['Float']['output'];
  /** Sum of the proposed pairs' scores (3 decimals). */
  totalScore: Scalars['Float']['output'];
};

/** A hulpvraag on the self-matching board: pseudonymous, with its own key (not the hulpvraag's). */
export type BoardListing = {
  __typename?: 'BoardListing';
  /** The buurt the help is needed in. */
  area: Area;
  /** What kind of help is asked. */
  category: HelpCategory;
  /** How many helpers it needs. */
  helpersNeeded: Scalars['Int']['output'];
  /** The listing's key. */
  id: Scalars['ID']['output'];
  /** Places not yet taken by a proposed, introduced or active match. */
  placesLeft: Scalars['Int']['output'];
  /** When it was released to the board. */
  releasedAt: Scalars['DateTime']['output'];
  /** Dagdelen the help is wished in; empty means any time. Bounded: at most 21 (the dagdelen of a week). */
  wishedTimes: Array<TimeSlot>;
};

/** A page of the board. */
export type BoardListingConnection = {
  __typename?: 'BoardListingConnection';
  /** The listings on this page. */
  edges: Array<BoardListingEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A board listing with its cursor. */
export type BoardListingEdge = {
  __typename?: 'BoardListingEdge';
  /** Cursor of this listing, for `after`. */
  cursor: Scalars['String']['output'];
  /** The listing. */
  node: BoardListing;
};

/** A response to the board, recorded as a SELF match pending review. */
export type BoardResponse = {
  __typename?: 'BoardResponse';
  /** The helper who responded. */
  helperId: Scalars['ID']['output'];
  /** The match's key. */
  id: Scalars['ID']['output'];
  /** The listing responded to. */
  listing: BoardListing;
  /** Which pool the helper comes from. */
  pool: CandidatePool;
};

/** What cancelCascade answers. */
export type CancelCascadePayload = {
  __typename?: 'CancelCascadePayload';
  /** The cascade, CANCELLED; null when there are userErrors. */
  cascade?: Maybe<Cascade>;
  /** What was wrong (another organisation's cascade: NOT_FOUND; one that ended MATCHED or EXHAUSTED: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Which pool a match candidate comes from. */
export type CandidatePool =
  /** aanbod van buren (bewoners) */
  | 'NEIGHBOUR'
  /** vrijwilligers of welzijn */
  | 'VOLUNTEER';

/** Whether a service or vacancy can take someone now, so a matcher or wijkteam refers to one that can. */
export type Capacity = {
  __typename?: 'Capacity';
  /** Takes new clients (a service) or new volunteers (a vacancy) now. */
  acceptsNew: Scalars['Boolean']['output'];
  /** When the organisation last stated this. */
  updatedAt: Scalars['DateTime']['output'];
  /** Current waiting time in days before a newcomer can start; null when not stated. */
  waitingDays?: Maybe<Scalars['Int']['output']>;
};

/** The capacity to record. */
export type CapacityInput = {
  /** Takes new clients (or volunteers) now. */
  acceptsNew: Scalars['Boolean']['input'];
  /** Current waiting time in days, 0–730; leave out when not known. */
  waitingDays?: InputMaybe<Scalars['Int']['input']>;
};

/** An ask-and-cascade: a hulpvraag put to a ranked list of candidates, one after another, by a matcher or a cascade rule. */
export type Cascade = {
  __typename?: 'Cascade';
  /** How long each candidate has to answer, in hours (1–168). */
  answerWithinHours: Scalars['Int']['output'];
  /** When it ended (MATCHED, EXHAUSTED or CANCELLED). */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The cascade's key. */
  id: Scalars['ID']['output'];
  /** The match made when a candidate accepted. */
  match?: Maybe<Match>;
  /** When it was started. */
  startedAt: Scalars['DateTime']['output'];
  /** Who started it: a matcher (startCascade) or your organisation's cascade rule. */
  startedBy: CascadeStarter;
  /** Where it stands. */
  status: CascadeStatus;
  /** Every candidate in the order they are asked, each with its ask and answer. Bounded: at most 20 (the list it was started with). */
  steps: Array<CascadeStep>;
};

/** How an asked candidate's step ended. */
export type CascadeAnswer =
  /** ja: the match is recorded */
  | 'ACCEPTED'
  /** nee */
  | 'DECLINED'
  /** no answer by the deadline */
  | 'EXPIRED'
  /** no longer proposable when their turn came (or when they said yes), so not asked */
  | 'SKIPPED';

/** What became of an answer. */
export type CascadeAnswerResult = {
  __typename?: 'CascadeAnswerResult';
  /** ACCEPTED or DECLINED. */
  answer: CascadeAnswer;
  /** The match recorded on a yes. */
  matchId?: Maybe<Scalars['ID']['output']>;
  /** The ask answered. */
  stepId: Scalars['ID']['output'];
};

/** A cascade's open ask to one of your helpers, pseudonymous like the board. */
export type CascadeAsk = {
  __typename?: 'CascadeAsk';
  /** The buurt the help is needed in. */
  area: Area;
  /** What kind of help is asked. */
  category: HelpCategory;
  /** Until when the helper may answer. */
  deadline: Scalars['DateTime']['output'];
  /** Your helper who is asked. */
  helperId: Scalars['ID']['output'];
  /** The ask's key (the step's, for answerCascade). */
  id: Scalars['ID']['output'];
  /** Which pool the helper comes from. */
  pool: CandidatePool;
  /** Dagdelen the help is wished in; empty means any time. Bounded: at most 21 (the dagdelen of a week). */
  wishedTimes: Array<TimeSlot>;
};

/** A page of open asks. */
export type CascadeAskConnection = {
  __typename?: 'CascadeAskConnection';
  /** The asks on this page. */
  edges: Array<CascadeAskEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** An open ask with its cursor. */
export type CascadeAskEdge = {
  __typename?: 'CascadeAskEdge';
  /** Cursor of this ask, for `after`. */
  cursor: Scalars['String']['output'];
  /** The ask. */
  node: CascadeAsk;
};

/** A candidate for a cascade, as the matcher picked it from the match view. */
export type CascadeCandidateInput = {
  /** Your organisation's volunteer, or a neighbour's help offer. */
  helperId: Scalars['ID']['input'];
  /** Which pool the helper comes from. */
  pool: CandidatePool;
};

/** A cascade rule: the organisation's hulpvragen of one category are put to an ask-and-cascade as they become OPEN. */
export type CascadeRule = {
  __typename?: 'CascadeRule';
  /** How long each candidate has to answer, in hours (1–168). */
  answerWithinHours: Scalars['Int']['output'];
  /** The hulpvragen it is for. */
  category: HelpCategory;
  /** The rule's key. */
  id: Scalars['ID']['output'];
  /** When it was set again or removed; null while it is in force. */
  replacedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was set. */
  setAt: Scalars['DateTime']['output'];
};

/** Who started a cascade. */
export type CascadeStarter =
  /** a matcher (or partner system) with startCascade */
  | 'MATCHER'
  /** a cascade rule (setCascadeRule), when the hulpvraag became OPEN */
  | 'RULE';

/** Where an ask-and-cascade stands. */
export type CascadeStatus =
  /** a candidate is asked now */
  | 'ASKING'
  /** stopped by the matcher, or the hulpvraag stopped being OPEN another way */
  | 'CANCELLED'
  /** every candidate declined, did not answer in time or was skipped; the hulpvraag stays OPEN */
  | 'EXHAUSTED'
  /** a candidate accepted: the match is recorded */
  | 'MATCHED';

/** One candidate of a cascade. */
export type CascadeStep = {
  __typename?: 'CascadeStep';
  /** How the step ended; null while it is open or not reached. */
  answer?: Maybe<CascadeAnswer>;
  /** When it ended. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When they were asked; null while it is not their turn (or when they were skipped). */
  askedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Until when they may answer. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** The volunteer's or the neighbour's offer's key. */
  helperId: Scalars['ID']['output'];
  /** The step's key (the ask's, for answerCascade). */
  id: Scalars['ID']['output'];
  /** Which pool the helper comes from. */
  pool: CandidatePool;
  /** Its place in the list, from 1. */
  position: Scalars['Int']['output'];
};

/** What clarifyHelpRequest answers. */
export type ClarifyHelpRequestPayload = {
  __typename?: 'ClarifyHelpRequestPayload';
  /** The clarified hulpvraag (ASSESSED); null when there are userErrors. */
  helpRequest?: Maybe<HelpRequest>;
  /** What was wrong with the input or the hulpvraag's state; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What closeVolunteerVacancy answers. */
export type CloseVolunteerVacancyPayload = {
  __typename?: 'CloseVolunteerVacancyPayload';
  /** What was wrong; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The vacancy, closed; null when there are userErrors. */
  volunteerVacancy?: Maybe<VolunteerVacancy>;
};

/** Purposes a resident can consent to for another partner (doelbinding). */
export type ConsentPurpose =
  /** afstemmen wie er betrokken is */
  | 'COORDINATION'
  /** koppelen aan een vrijwilliger of buur */
  | 'MATCHING'
  /** doorverwijzen naar of van een professional */
  | 'REFERRAL';

/** How to reach a kaart item: for the residents who do not use the web and the staff who answer for them. */
export type ContactDetails = {
  __typename?: 'ContactDetails';
  /** Postal address (for a venue: where it is); null when none. */
  address?: Maybe<Address>;
  /** E-mail address; null when none. */
  email?: Maybe<Scalars['String']['output']>;
  /** Weekly opening hours (or telephone hours); empty when not stated. Bounded: at most 21 (contact details with more are refused). */
  openingHours: Array<OpeningHours>;
  /** Phone numbers, in the order given. Bounded: at most 10 (contact details with more are refused). */
  phones: Array<Phone>;
  /** Website (http or https); null when none. */
  website?: Maybe<Scalars['String']['output']>;
};

/** Contact details to record; a change replaces all of them. */
export type ContactDetailsInput = {
  /** Postal address. */
  address?: InputMaybe<AddressInput>;
  /** E-mail address, at most 254 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Weekly opening hours, at most 21 periods. */
  openingHours?: InputMaybe<Array<OpeningHoursInput>>;
  /** Phone numbers, at most 10. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** Website, an http or https address of at most 500 characters. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A published figure of an indicator. */
export type Count = {
  __typename?: 'Count';
  /** How it is published: shown, zero, suppressed or not allowed. */
  state: CountState;
  /** True when the figure is hidden (SUPPRESSED or NOT_ALLOWED). */
  suppressed: Scalars['Boolean']['output'];
  /** The figure when SHOWN (rounded) or ZERO (0); null otherwise. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** How a count is published (the disclosure rules in README "Municipal dashboards"). */
export type CountState =
  /** Not published at this interval: the area is too small to be cut this finely (Area.statisticsGrid). */
  | 'NOT_ALLOWED'
  /** Shown: at least the threshold, rounded to a multiple of the rounding base (IndicatorSet.roundingBase). */
  | 'SHOWN'
  /**
   * Hidden: from 1 to the threshold minus 1, or hidden as well so that no total minus the shown parts gives away
   * a hidden one (along areas, periods and keys).
   */
  | 'SUPPRESSED'
  /** Nothing was counted: exactly 0. */
  | 'ZERO';

/** A hulpvraag to take in. */
export type CreateHelpRequestInput = {
  /** The buurt (BUxxxxxxxx) the help is needed in. */
  area: Scalars['ID']['input'];
  /** Aandachtspunt for the helper: a disability or a point of attention (health data), 1–500 characters; shown to the holders, and to the helper's organisation once a match is proposed. */
  attentionNote?: InputMaybe<Scalars['String']['input']>;
  /** What kind of help is asked. */
  category: HelpCategory;
  /** How the hulpvraag came in (PROFESSIONAL when forOrganisationId is given). */
  channel: IntakeChannel;
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation sending it; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** What the resident asks, in their words, 1–4000 characters (private: the holding organisations only). */
  description: Scalars['String']['input'];
  /** A welfare organisation taking the request in for the caller (a professional referring to informal help; role professional, channel PROFESSIONAL). */
  forOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** How many helpers are needed, 1–5 (default 1). */
  helpersNeeded?: InputMaybe<Scalars['Int']['input']>;
  /** How heavy and how long the help is. */
  intensity: Intensity;
  /** Languages the resident speaks (ISO 639-1, e.g. nl, tr); empty means no preference. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where, approximately; rounded to about 500 m before it is stored. */
  location?: InputMaybe<GeoPointInput>;
  /** The resident would rather not be helped by a direct neighbour (helpers in the same 500 m cell are not offered). */
  notDirectNeighbour?: InputMaybe<Scalars['Boolean']['input']>;
  /** The resident (pseudonymous Person key). */
  requesterId: Scalars['ID']['input'];
  /** Promised response date, not in the past; default five days from now. */
  respondBy?: InputMaybe<Scalars['Date']['input']>;
  /** What the help involves beyond its category (helpers whose limits exclude it are not offered). */
  tasks?: InputMaybe<Array<HelpTask>>;
  /** Dagdelen the resident would like help in; empty means any time. */
  wishedTimes?: InputMaybe<Array<TimeSlot>>;
};

/** What createHelpRequest answers. */
export type CreateHelpRequestPayload = {
  __typename?: 'CreateHelpRequestPayload';
  /** The hulpvraag taken in (or, on a retry, the one taken in before); null when there are userErrors. */
  helpRequest?: Maybe<HelpRequest>;
  /** What was wrong with the input; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** A vacancy to put on the sociale kaart. */
export type CreateVolunteerVacancyInput = {
  /** Where the work is (a gemeente, wijk or buurt). */
  area: Scalars['ID']['input'];
  /** Whether it takes new volunteers and how long until one can start (default: takes new volunteers). */
  capacity?: InputMaybe<CapacityInput>;
  /** Kinds of help the work involves. */
  categories?: InputMaybe<Array<HelpCategory>>;
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** Phones, e-mail, website, address and hours to call. */
  contact?: InputMaybe<ContactDetailsInput>;
  /** What the work is, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Hours per week, 1–40, when stated. */
  hoursPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** What createVolunteerVacancy answers. */
export type CreateVolunteerVacancyPayload = {
  __typename?: 'CreateVolunteerVacancyPayload';
  /** What was wrong with the input; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The vacancy (or, on a retry, the one created before); null when there are userErrors. */
  volunteerVacancy?: Maybe<VolunteerVacancy>;
};

/** Why a match did not go ahead. */
export type DeclineReason =
  /** al geholpen */
  | 'ALREADY_HELPED'
  /** geen klik */
  | 'NO_CLICK'
  /** anders */
  | 'OTHER'
  /** te ver */
  | 'TOO_FAR'
  /** onduidelijke vraag */
  | 'UNCLEAR';

/** Who said no to a match. */
export type DeclinedBy =
  /** de helper: the volunteer or neighbour */
  | 'HELPER'
  /** de matcher (coordinator), e.g. after the koppelingsgesprek */
  | 'MATCHER'
  /** de hulpvrager: the resident */
  | 'RESIDENT';

/** What endVolunteer answers. */
export type EndVolunteerPayload = {
  __typename?: 'EndVolunteerPayload';
  /** What was wrong (open matches: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The volunteer, ended; null when there are userErrors. */
  volunteer?: Maybe<Volunteer>;
};

/** What eraseWelzijnRecords did: the erasure report, or why nothing was erased. */
export type EraseWelzijnRecordsPayload = {
  __typename?: 'EraseWelzijnRecordsPayload';
  /** What was erased; null when nothing was (see userErrors). */
  erasure?: Maybe<ErasureReport>;
  /** Problems with the input; empty when the erasure ran. */
  userErrors: Array<UserError>;
};

/** How many records of one kind an AVG erasure deleted. */
export type ErasedCount = {
  __typename?: 'ErasedCount';
  /** Number of records deleted. */
  count: Scalars['Int']['output'];
  /** The kind of record: the table it was in (e.g. consent, person, help_request, match, referral, help_offer, membership). */
  entity: Scalars['String']['output'];
};

/** What an AVG erasure removed in one subgraph, per kind of record (the processing log is kept). */
export type ErasureReport = {
  __typename?: 'ErasureReport';
  /** Per kind of record, how many were deleted (0 when there were none). Bounded: one per kind of record the subgraph holds about a resident. */
  erased: Array<ErasedCount>;
  /** The organisation whose records were erased; null when the gemeente's data-protection officer erased hub-wide. */
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** The resident (pseudonymous Person key) whose records were erased. */
  personId: Scalars['ID']['output'];
};

/** How a match is going at the follow-up. */
export type FollowUpOutcome =
  /** loopt goed */
  | 'GOING_WELL'
  /** heeft aandacht nodig */
  | 'NEEDS_ATTENTION'
  /** gestopt */
  | 'STOPPED';

/** A WGS84 point. Locations of people are rounded before they are stored. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Degrees north. */
  latitude: Scalars['Float']['output'];
  /** Degrees east. */
  longitude: Scalars['Float']['output'];
};

/** A WGS84 point given by a caller. */
export type GeoPointInput = {
  /** Degrees north, −90 to 90. */
  latitude: Scalars['Float']['input'];
  /** Degrees east, −180 to 180. */
  longitude: Scalars['Float']['input'];
};

/** Category of a hulpvraag or of help on offer. */
export type HelpCategory =
  /** oppassen op kinderen (needs a VOG) */
  | 'BABYSITTING'
  /** maatje */
  | 'BUDDY'
  /** respijt voor een mantelzorger */
  | 'CARER_RESPITE'
  /** gezelschap, bezoek */
  | 'COMPANY'
  /** dagelijks belcontact: a short check-in call every day */
  | 'DAILY_CALL'
  /** digitale hulp */
  | 'DIGITAL_HELP'
  /** tuin */
  | 'GARDEN'
  /** huiswerkbegeleiding (needs a VOG) */
  | 'HOMEWORK_HELP'
  /** begeleiding naar het ziekenhuis of de huisarts (needs insurance) */
  | 'HOSPITAL_ESCORT'
  /** taal */
  | 'LANGUAGE'
  /** maaltijden, koken */
  | 'MEALS'
  /** verhuizen */
  | 'MOVING'
  /** klusjes */
  | 'ODD_JOBS'
  /** administratie, formulieren */
  | 'PAPERWORK'
  /** huisdieren */
  | 'PETS'
  /** boodschappen */
  | 'SHOPPING'
  /** vervoer, een lift */
  | 'TRANSPORT'
  /** wandelen */
  | 'WALKING';

/**
 * A hulpvraag: a resident asks for help with something concrete. Personal data: roles matcher, professional,
 * cooperative-coordinator or partner-system, and readable by the organisation that took it in (and one that
 * referred it), by another partner only with the resident's consent, recorded by a holder naming that partner,
 * for the caller's purpose (MATCHING, REFERRAL or COORDINATION). Rules in welzijn's policies.ts.
 */
export type HelpRequest = {
  __typename?: 'HelpRequest';
  /** The buurt the help is needed in. */
  area: Area;
  /**
   * Aandachtspunt: a disability or a point of attention the helper should know (health data). Holders only: null
   * for anyone else, except the organisation of a volunteer whose match with it is proposed, introduced or
   * active (for MATCHING), which reads it before the introduction. Never on the board.
   */
  attentionNote?: Maybe<Scalars['String']['output']>;
  /**
   * Helpers from every pool, ranked with the shared scoring function: your organisation's available volunteers
   * (the best 20), merged with the neighbours bewoners ranks (the best 20; only their pseudonymous key, score
   * and reasons cross over). Best score first, ties by pool and key. Roles matcher or partner-system.
   * Bounded: at most 100 (first).
   */
  candidates: Array<MatchCandidate>;
  /** The hulpvraag's latest ask-and-cascade (startCascade), with its steps. Holders only: null for anyone else, and when it had none. */
  cascade?: Maybe<Cascade>;
  /** What kind of help is asked. */
  category: HelpCategory;
  /** How it came in. */
  channel: IntakeChannel;
  /** When it was taken in. */
  createdAt: Scalars['DateTime']['output'];
  /** What the resident asked, in their words. Holders only: null for anyone else (a partner reading with consent). */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Neighbours' help offers that helped this resident before (a match that became active), for continuity in
   * the neighbours' ranking (bewoners reads it through @requires). Holders only: null for anyone else.
   * Bounded: at most 50, the most recent.
   */
  earlierHelpOffers?: Maybe<Array<Scalars['ID']['output']>>;
  /** How many helpers it needs (1–5). */
  helpersNeeded: Scalars['Int']['output'];
  /** The hulpvraag's key. */
  id: Scalars['ID']['output'];
  /** The organisation holding the request: the one that took it in, or the one it was last handed over to (transfers). */
  intakeOrganisation: Organisation;
  /** How heavy and how long the help is. */
  intensity: Intensity;
  /** Languages the resident speaks (ISO 639-1); empty means no preference. */
  languages: Array<Scalars['String']['output']>;
  /** Approximate location (rounded to about 500 m); null when not given. */
  location?: Maybe<GeoPoint>;
  /** Its matches that the caller's organisation holds (as the hulpvraag's or the volunteer's organisation), in id order. Bounded: at most 100 (1–5 helpers, and the proposals that did not go ahead); more fails with LIST_TOO_LONG. */
  matches: Array<Match>;
  /** Neighbours ranked by bewoners for this request (pseudonymous). Bounded: at most 20, the best. */
  neighbourCandidates?: Maybe<Array<NeighbourCandidate>>;
  /** The resident would rather not be helped by a direct neighbour. */
  notDirectNeighbour: Scalars['Boolean']['output'];
  /** The organisation that referred the resident here, if any (it holds the request too). */
  referredBy?: Maybe<Organisation>;
  /** The resident asking (pseudonymous). */
  requester: Person;
  /** Promised response date. */
  respondBy?: Maybe<Scalars['Date']['output']>;
  /** Where it is in its life (see HelpRequestStatus). */
  status: HelpRequestStatus;
  /** What the help involves beyond its category; helpers whose limits exclude it are not offered. */
  tasks: Array<HelpTask>;
  /** Its hand-overs to other organisations (overdrachten), oldest first, for the organisations that sent or received them. Bounded: at most 50 (a hulpvraag changes hands a few times at most); more fails with LIST_TOO_LONG. */
  transfers: Array<HelpRequestTransfer>;
  /** Every state change, oldest first (who made it and why: holders only). Bounded: at most 200 (a life cycle of a handful of states); more fails with LIST_TOO_LONG. */
  transitions: Array<HelpRequestTransition>;
  /** The vraag achter de vraag, after clarification; null before it. Holders only: null for anyone else (a partner reading with consent). */
  underlyingNeed?: Maybe<Scalars['String']['output']>;
  /** Dagdelen the resident would like help in; empty means any time. */
  wishedTimes: Array<TimeSlot>;
};


/**
 * A hulpvraag: a resident asks for help with something concrete. Personal data: roles matcher, professional,
 * cooperative-coordinator or partner-system, and readable by the organisation that took it in (and one that
 * referred it), by another partner only with the resident's consent, recorded by a holder naming that partner,
 * for the caller's purpose (MATCHING, REFERRAL or COORDINATION). Rules in welzijn's policies.ts.
 */
export type HelpRequestCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of hulpvragen. */
export type HelpRequestConnection = {
  __typename?: 'HelpRequestConnection';
  /** The hulpvragen on this page. */
  edges: Array<HelpRequestEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A hulpvraag with its cursor. */
export type HelpRequestEdge = {
  __typename?: 'HelpRequestEdge';
  /** Cursor of this hulpvraag, for `after`. */
  cursor: Scalars['String']['output'];
  /** The hulpvraag. */
  node: HelpRequest;
};

/** State of a hulpvraag. */
export type HelpRequestStatus =
  /** beoordeeld: de vraag achter de vraag is verhelderd */
  | 'ASSESSED'
  /** geannuleerd */
  | 'CANCELLED'
  /** afgerond */
  | 'COMPLETED'
  /** hulp loopt */
  | 'IN_PROGRESS'
  /** gekoppeld: enough helpers proposed */
  | 'MATCHED'
  /** nieuw */
  | 'NEW'
  /** on hold */
  | 'ON_HOLD'
  /** open voor een match */
  | 'OPEN'
  /** doorverwezen naar een professional */
  | 'REFERRED';

/**
 * A hand-over (overdracht) of a hulpvraag from one organisation to another. Personal data: readable by the
 * sending and the receiving organisation.
 */
export type HelpRequestTransfer = {
  __typename?: 'HelpRequestTransfer';
  /** When it was handed over. */
  at: Scalars['DateTime']['output'];
  /** Who handed it over (the sender's staff member: token subject). */
  by: Scalars['String']['output'];
  /** The organisation that held it and handed it over. */
  from: Organisation;
  /** The hulpvraag handed over (the sender reads only its own part of it). */
  helpRequest: HelpRequest;
  /** The hand-over's key. */
  id: Scalars['ID']['output'];
  /** Why it was handed over. */
  reason: Scalars['String']['output'];
  /** The organisation that holds it since. */
  to: Organisation;
};

/** One step in the life of a hulpvraag. */
export type HelpRequestTransition = {
  __typename?: 'HelpRequestTransition';
  /** When the step was made. */
  at: Scalars['DateTime']['output'];
  /** Who made the step (the holder's staff member: token subject). Holders only: null for anyone else. */
  by?: Maybe<Scalars['String']['output']>;
  /** The state before; null for the intake. */
  from?: Maybe<HelpRequestStatus>;
  /** The organisation the step was made from. */
  organisation: Organisation;
  /** Why: as given, or a default such as "intake via PHONE" or "enough helpers proposed". Holders only: null for anyone else. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The state after. */
  to: HelpRequestStatus;
};

/** Something a hulpvraag involves beyond its category; a helper whose HelperLimit excludes it is not offered. */
export type HelpTask =
  /** huishoudelijk werk: cooking, cleaning */
  | 'HOUSEHOLD'
  /** geldzaken: the resident's money, pin pass or accounts */
  | 'MONEY'
  /** persoonlijke verzorging: washing, dressing, help to the toilet */
  | 'PERSONAL_CARE';

/** Something a helper will not do, whatever the category (the scoring function leaves them out of the categories and the HelpTask it names). */
export type HelperLimit =
  /** geen huishoudelijk werk (koken, schoonmaken): not for MEALS, nor a hulpvraag with the task HOUSEHOLD */
  | 'NO_HOUSEHOLD'
  /** geen geldzaken (pinnen, betalen, administratie): not for SHOPPING or PAPERWORK, nor a hulpvraag with the task MONEY */
  | 'NO_MONEY'
  /** geen persoonlijke verzorging (wassen, aankleden): not for CARER_RESPITE or BABYSITTING, nor a hulpvraag with the task PERSONAL_CARE */
  | 'NO_PERSONAL_CARE';

/** Changes to a helper's profile; fields left out (or null) stay as they are, lists given replace the old ones. */
export type HelperProfileChanges = {
  /** Dagdelen the helper can help in. */
  availability?: InputMaybe<Array<TimeSlot>>;
  /** Kinds of help offered, at least one. */
  categories?: InputMaybe<Array<HelpCategory>>;
  /** Set true to remove the VOG on record (e.g. it was withdrawn); not together with vogIssuedOn. */
  clearVog?: InputMaybe<Scalars['Boolean']['input']>;
  /** Competences in the helper's own words. */
  competences?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Covered by a volunteer insurance. */
  insured?: InputMaybe<Scalars['Boolean']['input']>;
  /** Languages the helper speaks (ISO 639-1). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Things the helper will not do. */
  limits?: InputMaybe<Array<HelperLimit>>;
  /** How far from home the helper will go, more than 0 and at most 50 km. */
  maxDistanceKm?: InputMaybe<Scalars['Float']['input']>;
  /** Trainings completed. */
  trainings?: InputMaybe<Array<TrainingInput>>;
  /** Date of issue of a (new) VOG; not in the future. */
  vogIssuedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A helper's profile when registering: what they offer, where, when and under which conditions. */
export type HelperProfileInput = {
  /** Dagdelen the helper can help in; empty means not stated. */
  availability?: InputMaybe<Array<TimeSlot>>;
  /** Kinds of help offered, at least one. */
  categories: Array<HelpCategory>;
  /** Competences in the helper's own words (e.g. rijbewijs B, EHBO), each 1–100 characters, at most 30. */
  competences?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Covered by a volunteer insurance (vrijwilligersverzekering). */
  insured?: InputMaybe<Scalars['Boolean']['input']>;
  /** Languages the helper speaks (ISO 639-1, default nl), at most 20. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Things the helper will not do. */
  limits?: InputMaybe<Array<HelperLimit>>;
  /** How far from home the helper will go, more than 0 and at most 50 km (default 3). */
  maxDistanceKm?: InputMaybe<Scalars['Float']['input']>;
  /** Trainings completed, at most 50. */
  trainings?: InputMaybe<Array<TrainingInput>>;
  /** Date of issue of the helper's VOG (verklaring omtrent het gedrag), when the organisation checked one; not in the future. */
  vogIssuedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Where a helper is in their time with the organisation. */
export type HelperStatus =
  /** actief: offered for matching when the availability switch is on */
  | 'ACTIVE'
  /** gestopt: no longer offered, kept for the record */
  | 'ENDED'
  /** gepauzeerd until a date (even niet): not offered for matching meanwhile */
  | 'PAUSED';

/** A CSV import of volunteers. */
export type ImportVolunteersInput = {
  /** The CSV text, UTF-8, at most 5000 rows; a header row names the columns. */
  csv: Scalars['String']['input'];
  /** true: check every row and report what would happen, writing nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What importVolunteers answers. */
export type ImportVolunteersPayload = {
  __typename?: 'ImportVolunteersPayload';
  /** What was (or, in a dry run, would be) done with each row; also given when rows are refused, so they can be fixed. */
  import?: Maybe<VolunteerImport>;
  /** The refused rows' faults, each with its field as input.csv.<line>.<column>; when not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** An indicator for one period bucket, with its breakdowns. */
export type Indicator = {
  __typename?: 'Indicator';
  /** First day of the bucket. */
  bucket: Scalars['Date']['output'];
  /** Last day of the bucket. */
  bucketEnd: Scalars['Date']['output'];
  /** Per wijk (for a gemeente) or buurt (for a wijk), every one, sorted by code; empty for a buurt. Bounded: one per child area (Area.children, at most 500). */
  byChildArea: Array<AreaCount>;
  /**
   * The shown figures per breakdown key, sorted by key; a key that is zero or hidden is not listed, so a hidden
   * key is never named. Empty when the indicator has no breakdown.
   * Bounded: one per value of the indicator's breakdown (an enum of the schema).
   */
  byKey: Array<KeyCount>;
  /** Which indicator, e.g. requestsOpened, matchesMade, referralsByReason, activitiesHeld (each subgraph's *Indicators field lists its own). */
  name: Scalars['String']['output'];
  /**
   * The keys not listed in byKey together (zero, shown, or suppressed), when the keys divide the total; null
   * when the indicator has no breakdown or one counted thing can have several keys.
   */
  otherKeys?: Maybe<Count>;
  /** The figure for the whole area in this bucket. */
  total: Count;
  /** What it counts: things and people, hours or euros. */
  unit: IndicatorUnit;
};

/**
 * One subgraph's dashboard figures for an area and period, under the disclosure rules, and other statistics.
 * Each subgraph answers its own type (WelzijnIndicatorSet, …): its field @requires gemeente's statistics grid,
 * and a shared type returned by several @requires fields is refused by other Federation runtimes (Hive).
 */
export type IndicatorSet = {
  /** One entry per indicator and bucket. Bounded: one per indicator asked (names) and bucket of the period, which spans at most three years. */
  indicators: Array<Indicator>;
  /** Statistics that are not counts; empty when the subgraph has none. Bounded: one per measure asked (names) and bucket of the period, which spans at most three years. */
  measures: Array<Measure>;
  /** Shown figures about residents are rounded to a multiple of this (SMALL_COUNT_ROUNDING, default 5). */
  roundingBase: Scalars['Int']['output'];
  /** Counts from 1 to this minus 1 are suppressed (SMALL_COUNT_THRESHOLD, default 5). */
  threshold: Scalars['Int']['output'];
};

/** What an indicator counts. */
export type IndicatorUnit =
  /** Things or people counted. */
  | 'COUNT'
  /** Euros (grants to organisations, published exactly). */
  | 'EUROS'
  /** Hours (e.g. hours given by helpers); whether shown depends on how many matches they come from. */
  | 'HOURS';

/** How a hulpvraag came in. */
export type IntakeChannel =
  /** via familie */
  | 'FAMILY'
  /** huisbezoek */
  | 'HOME_VISIT'
  /** telefonisch */
  | 'PHONE'
  /** via een professional */
  | 'PROFESSIONAL'
  /** binnenloop in een buurtkamer */
  | 'WALK_IN'
  /** via a web form (through a partner system) */
  | 'WEB';

/** How heavy and how long the help is. */
export type Intensity =
  /** licht, eenmalig */
  | 'LIGHT_ONE_OFF'
  /** langdurig, met een vaste vrijwilliger */
  | 'LONG_TERM'
  /** terugkerend */
  | 'RECURRING';

/**
 * Period bucket size of an indicator. Buckets nest: a year holds four quarters, a quarter three months, a
 * month its weeks. UTC dates.
 */
export type Interval =
  /** calendar months (maanden) */
  | 'MONTH'
  /** calendar quarters (kwartalen) */
  | 'QUARTER'
  /** weken, Monday to Sunday, cut at the end of a month: a week that runs into the next month is two buckets */
  | 'WEEK'
  /** calendar years (jaren) */
  | 'YEAR';

/** An indicator's figure for one breakdown key. */
export type KeyCount = {
  __typename?: 'KeyCount';
  /** The figure for this key (always SHOWN: hidden keys are not listed, see Indicator.otherKeys). */
  count: Count;
  /** The breakdown value, e.g. a HelpCategory, IntakeChannel, MatchMaker, DeclineReason, ReferralReason, ActivityKind, TargetGroup, organisation id or grant purpose, depending on the indicator. */
  key: Scalars['String']['output'];
};

/**
 * A koppeling between a hulpvraag and a helper. Personal data: roles matcher or partner-system, readable by the
 * hulpvraag's organisation and the volunteer's organisation only.
 */
export type Match = {
  __typename?: 'Match';
  /** Why it was declined; null unless DECLINED. */
  declineReason?: Maybe<DeclineReason>;
  /** Who said no; null unless DECLINED. */
  declinedBy?: Maybe<DeclinedBy>;
  /** When it ended or was declined; null before. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the follow-up is due: 17 days after the start. */
  followUpDue?: Maybe<Scalars['DateTime']['output']>;
  /** How it was going at the follow-up; null until recorded. */
  followUpOutcome?: Maybe<FollowUpOutcome>;
  /** The neighbour's help offer id, for a NEIGHBOUR match (details in bewoners, with consent). */
  helpOfferId?: Maybe<Scalars['ID']['output']>;
  /** The hulpvraag matched. */
  helpRequest: HelpRequest;
  /** The match's key. */
  id: Scalars['ID']['output'];
  /** Who made it. */
  madeBy: MatchMaker;
  /** Which pool the helper comes from. */
  pool: CandidatePool;
  /** When it was proposed. */
  proposedAt: Scalars['DateTime']['output'];
  /** 1 (poor) to 5 (very good); null until the follow-up is recorded. */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  /** When it became ACTIVE; null before. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the match is in its life. */
  status: MatchStatus;
  /** The volunteer, for a VOLUNTEER match. */
  volunteer?: Maybe<Volunteer>;
};

/**
 * A helper ranked for a hulpvraag by the pool that holds the helper, with the shared scoring function
 * (subgraphs/kit/matching/scoring.ts). Pseudonymous: the helper's key in its pool, a score and reasons.
 */
export type MatchCandidate = {
  __typename?: 'MatchCandidate';
  /** Volunteer id (VOLUNTEER) or help offer id (NEIGHBOUR). */
  helperId: Scalars['ID']['output'];
  /** The pool the helper comes from: welzijn's volunteers or bewoners' neighbours. */
  pool: CandidatePool;
  /** One readable line per score component: distance, category, availability, language, load, continuity (e.g. "lives 1–2 km away"); a distance band, never an exact distance, radius or load. */
  reasons: Array<Scalars['String']['output']>;
  /** 0–1, higher is a better fit, rounded to 3 decimals; every eligible helper scores at least 0.15. */
  score: Scalars['Float']['output'];
};

/** A page of matches. */
export type MatchConnection = {
  __typename?: 'MatchConnection';
  /** The matches on this page. */
  edges: Array<MatchEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A match with its cursor. */
export type MatchEdge = {
  __typename?: 'MatchEdge';
  /** Cursor of this match, for `after`. */
  cursor: Scalars['String']['output'];
  /** The match. */
  node: Match;
};

/** Who made a match. */
export type MatchMaker =
  /** a matcher (coordinator) made it */
  | 'MATCHER'
  /** the helper responded to the request */
  | 'SELF';

/** State of a match. */
export type MatchStatus =
  /** de hulp loopt; the follow-up is due 17 days later */
  | 'ACTIVE'
  /** gaat niet door, with a DeclineReason */
  | 'DECLINED'
  /** beëindigd */
  | 'ENDED'
  /** koppelingsgesprek gehad */
  | 'INTRODUCED'
  /** voorgesteld: a helper is proposed */
  | 'PROPOSED';

/** A page of the matcher's screen. */
export type MatchViewConnection = {
  __typename?: 'MatchViewConnection';
  /** The hulpvragen on this page. */
  edges: Array<MatchViewEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A hulpvraag on the matcher's screen, with its cursor. */
export type MatchViewEdge = {
  __typename?: 'MatchViewEdge';
  /** Cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: MatchViewItem;
};

/** A hulpvraag on the matcher's screen. */
export type MatchViewItem = {
  __typename?: 'MatchViewItem';
  /** Days since intake. */
  ageInDays: Scalars['Int']['output'];
  /** Days until the promised response date (negative: overdue). */
  daysUntilResponseDue?: Maybe<Scalars['Int']['output']>;
  /** The hulpvraag. */
  helpRequest: HelpRequest;
  /** The promised response date has passed (counted in UTC days). */
  responseOverdue: Scalars['Boolean']['output'];
};

/** A statistic that is not a count (e.g. median days to match), hidden when it rests on too few cases. */
export type Measure = {
  __typename?: 'Measure';
  /** First day of the bucket. */
  bucket: Scalars['Date']['output'];
  /** Which statistic, e.g. medianDaysToMatch, p90DaysToMatch. */
  name: Scalars['String']['output'];
  /** SHOWN, or SUPPRESSED when it rests on fewer cases than the threshold. */
  state: CountState;
  /** True when it rests on fewer cases than the threshold. */
  suppressed: Scalars['Boolean']['output'];
  /** The value, rounded to one decimal; null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The asked helper's answer, through their organisation's partner system (its volunteer, or a neighbour's
   * offer it may propose). Yes records the match (madeBy MATCHER: the matcher's cascade made it) and ends the
   * cascade MATCHED; no asks the next candidate at once. An answer after the deadline, or to an ask that is not
   * the current one, is a CONFLICT. A yes from a helper no longer proposable is a CONFLICT too, and then the ask
   * is SKIPPED and the next candidate asked. Safe to retry with the same clientMutationId. Role partner-system.
   */
  answerCascade: AnswerCascadePayload;
  /** Stops your organisation's cascade: nobody else is asked (the open ask lapses). Cancelling again changes nothing; a cascade that ended MATCHED or EXHAUSTED is a CONFLICT. Roles matcher or partner-system. */
  cancelCascade: CancelCascadePayload;
  /** Records the vraag achter de vraag after clarification (NEW or ON_HOLD → ASSESSED). By an organisation holding the hulpvraag. Roles matcher or partner-system. */
  clarifyHelpRequest: ClarifyHelpRequestPayload;
  /** Closes one of your organisation's vacancies: off the sociale kaart for good, no more responses; safe to retry. Responses already in are kept with their holders (a response is not a match: nothing of it stays open to end). Roles matcher or partner-system. */
  closeVolunteerVacancy: CloseVolunteerVacancyPayload;
  /**
   * Intake of a hulpvraag, by partner staff on behalf of a resident (phone, walk-in, home visit, via family
   * or a professional) or from the resident's web form. Retrying with the same clientMutationId and the same
   * input returns the same hulpvraag; the key with other input is a CONFLICT. It starts as NEW. Roles matcher,
   * professional or partner-system (taking it in for another organisation: professional).
   */
  createHelpRequest: CreateHelpRequestPayload;
  /**
   * Puts a vrijwilligersvacature of your organisation on the sociale kaart, with contact details and capacity.
   * Retrying with the same clientMutationId and input returns the same vacancy. Roles matcher or partner-system.
   */
  createVolunteerVacancy: CreateVolunteerVacancyPayload;
  /** Ends a volunteer's time with your organisation (gestopt): never offered again, kept for the record. Refused (CONFLICT, naming their states) while they have proposed, introduced or active matches: end, decline or hand those over first. Roles matcher or partner-system. */
  endVolunteer: EndVolunteerPayload;
  /** AVG: erases the resident's welzijn records (hulpvragen, their steps and matches), each erased record a line in the processing log (which is kept). Roles hub-admin or data-protection-officer, purpose DATA_SUBJECT_REQUEST; your organisation's records, or every organisation's for the gemeente's data-protection officer. */
  eraseWelzijnRecords: EraseWelzijnRecordsPayload;
  /**
   * Imports a volunteer centre's vrijwilligers from a CSV file (one header row; comma or semicolon), each
   * registered as registerVolunteer does, keyed by the centre's own reference (column reference): importing the
   * same file again changes nothing (UNCHANGED rows), the same reference with other data is a CONFLICT. All or
   * nothing: a file with any refused row writes nothing, and dryRun reports what would happen without writing.
   * Columns: reference, homeArea, categories, limits, vogIssuedOn, insured, maxDistanceKm, languages,
   * availability, loadCap (lists separated by |). Roles matcher or partner-system.
   */
  importVolunteers: ImportVolunteersPayload;
  /** Pauses a volunteer until a date (even niet: holiday, illness, a busy time): not offered for matching until the day after; their open matches go on. Pausing again moves the date. Roles matcher or partner-system. */
  pauseVolunteer: PauseVolunteerPayload;
  /**
   * Proposes a helper for an OPEN hulpvraag your organisation took in (by a matcher, or SELF when the helper
   * responded). Respects helpers needed and load caps (CONFLICT otherwise); the hulpvraag becomes MATCHED once
   * it has the helpers it needs. Safe to retry with the same clientMutationId. Roles matcher or partner-system.
   */
  proposeMatch: ProposeMatchPayload;
  /** Records the follow-up of an active or ended match (due 17 days after the start); recording again overwrites it. By the hulpvraag's or the volunteer's organisation. Roles matcher or partner-system. */
  recordFollowUp: RecordFollowUpPayload;
  /**
   * Registers a vrijwilliger with your organisation: where they live, and their profile (categories, limits,
   * VOG with its date, insurance, radius, languages, availability, trainings, competences). They are ACTIVE
   * and offered for matching at once (the availability switch on). Retrying with the same clientMutationId and
   * input returns the same volunteer. Roles matcher or partner-system.
   */
  registerVolunteer: RegisterVolunteerPayload;
  /** Puts an OPEN hulpvraag your organisation took in on the self-matching board (pseudonymous; releasing again changes nothing). Roles matcher or partner-system. */
  releaseToBoard: ReleaseToBoardPayload;
  /** Removes your organisation's cascade rule for a category: hulpvragen that become OPEN from then on are not put to a cascade by it (cascades it started go on). Removing again changes nothing. Roles matcher or partner-system. */
  removeCascadeRule: RemoveCascadeRulePayload;
  /**
   * A helper responds to a board listing through their organisation's partner system: one of its volunteers, or
   * a neighbour's offer it may propose. Records a SELF match pending the matcher's review; only as many helpers
   * as needed get through (CONFLICT after). Safe to retry with the same clientMutationId. Role partner-system.
   */
  respondToBoard: RespondToBoardPayload;
  /**
   * Responds to an open vacancy for someone who would like to do the work: one of your organisation's
   * volunteers, or a newcomer with a name and a phone number or e-mail address (from a web form, through a
   * partner system). The response is held by the vacancy's organisation and yours. Refused (CONFLICT) when
   * the vacancy takes no new volunteers now. Safe to retry with the same clientMutationId. Roles matcher or
   * partner-system.
   */
  respondToVacancy: RespondToVacancyPayload;
  /** Ends a pause early: the volunteer is ACTIVE and offered for matching again. Roles matcher or partner-system. */
  resumeVolunteer: ResumeVolunteerPayload;
  /**
   * A cascade rule: each hulpvraag of the category that becomes OPEN at your organisation (taken in by it, or
   * handed over to it while OPEN) is put to an ask-and-cascade at once, as startCascade without a list would:
   * your volunteers ranked by the shared scoring function, each given answerWithinHours to answer. Nothing is
   * started when none of them can be proposed, or when a cascade is asking already. One rule per category:
   * setting it again replaces it (for hulpvragen that become OPEN from then on). Safe to retry with the same
   * clientMutationId. Roles matcher or partner-system.
   */
  setCascadeRule: SetCascadeRulePayload;
  /** The volunteer's availability switch (beschikbaar / even niet), set by their organisation. Roles matcher or partner-system. */
  setVolunteerAvailable: SetVolunteerAvailablePayload;
  /**
   * Ask-and-cascade: puts an OPEN hulpvraag your organisation took in to its candidates one after another. The
   * first is asked at once, with a deadline; on a no, or no answer by the deadline, the next is asked, until one
   * accepts (a match) or the list runs out (EXHAUSTED; the hulpvraag stays OPEN). A candidate no longer
   * proposable (a paused or unavailable volunteer, one at their load cap) is SKIPPED. One cascade ASKING per
   * hulpvraag. Safe to retry with the same clientMutationId. Roles matcher or partner-system.
   */
  startCascade: StartCascadePayload;
  /**
   * Hands an ASSESSED or OPEN hulpvraag without open matches (overdracht) to another informal organisation (a
   * welfare organisation or a resident cooperative, checked with gemeente's partner registry): the receiver
   * becomes its holder, your organisation keeps only its own part (the hand-over, its own matches, that it held
   * the hulpvraag). A board listing is taken off and your ask-and-cascade for it cancelled. By the holding
   * organisation. Safe to retry with the same clientMutationId. Roles matcher, cooperative-coordinator or
   * partner-system.
   */
  transferHelpRequest: TransferHelpRequestPayload;
  /** Moves a hulpvraag to another state; refused (INVALID_TRANSITION) when the state machine does not allow it. Recorded with who, when, why. By an organisation holding the hulpvraag. Roles matcher or partner-system. */
  transitionHelpRequest: TransitionHelpRequestPayload;
  /**
   * Moves a match on: INTRODUCED (koppelingsgesprek), ACTIVE, ENDED, or DECLINED with a reason and who
   * declined; the hulpvraag follows (ACTIVE → IN_PROGRESS, the last ENDED → COMPLETED, DECLINED → back to OPEN,
   * and the declined helper is not offered or proposed for it again). By the hulpvraag's or the volunteer's
   * organisation. Roles matcher or partner-system.
   */
  transitionMatch: TransitionMatchPayload;
  /** Changes one of your organisation's volunteers (not one who ended: CONFLICT); fields left out stay as they are. The next candidate lists follow. Roles matcher or partner-system. */
  updateVolunteer: UpdateVolunteerPayload;
  /** Changes one of your organisation's vacancies (not a closed one: CONFLICT); fields left out stay as they are. Roles matcher or partner-system. */
  updateVolunteerVacancy: UpdateVolunteerVacancyPayload;
  /** Takes your hulpvraag off the self-matching board (responses already recorded stay for review; withdrawing again changes nothing). Roles matcher or partner-system. */
  withdrawFromBoard: WithdrawFromBoardPayload;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationAnswerCascadeArgs = {
  input: AnswerCascadeInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCancelCascadeArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationClarifyHelpRequestArgs = {
  attentionNote?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  underlyingNeed: Scalars['String']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCloseVolunteerVacancyArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateHelpRequestArgs = {
  input: CreateHelpRequestInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateVolunteerVacancyArgs = {
  input: CreateVolunteerVacancyInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEndVolunteerArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEraseWelzijnRecordsArgs = {
  personId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationImportVolunteersArgs = {
  input: ImportVolunteersInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationPauseVolunteerArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  until: Scalars['Date']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationProposeMatchArgs = {
  input: ProposeMatchInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRecordFollowUpArgs = {
  hoursGiven?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: FollowUpOutcome;
  satisfaction: Scalars['Int']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationReleaseToBoardArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRemoveCascadeRuleArgs = {
  input: RemoveCascadeRuleInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRespondToBoardArgs = {
  input: RespondToBoardInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRespondToVacancyArgs = {
  input: RespondToVacancyInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationResumeVolunteerArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationSetCascadeRuleArgs = {
  input: SetCascadeRuleInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationSetVolunteerAvailableArgs = {
  available: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationStartCascadeArgs = {
  input: StartCascadeInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationTransferHelpRequestArgs = {
  input: TransferHelpRequestInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationTransitionHelpRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: HelpRequestStatus;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationTransitionMatchArgs = {
  declineReason?: InputMaybe<DeclineReason>;
  declinedBy?: InputMaybe<DeclinedBy>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: MatchStatus;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateVolunteerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVolunteerInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateVolunteerVacancyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVolunteerVacancyInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationWithdrawFromBoardArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A neighbour's help offer ranked for a hulpvraag by bewoners with the shared scoring function, before welzijn
 * merges it into HelpRequest.candidates as a MatchCandidate of pool NEIGHBOUR. Only for neighbours who consented
 * to MATCHING by the caller's organisation (or of the caller's own cooperative).
 */
export type NeighbourCandidate = {
  __typename?: 'NeighbourCandidate';
  /** The help offer's id. */
  helperId: Scalars['ID']['output'];
  /** One readable line per score component, as in MatchCandidate.reasons. */
  reasons: Array<Scalars['String']['output']>;
  /** 0–1, higher is a better fit, rounded to 3 decimals (the same scale as MatchCandidate.score). */
  score: Scalars['Float']['output'];
};

/** One period of weekly opening hours (HSDS schedule with freq WEEKLY), in local time (Europe/Amsterdam). */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closing time, HH:MM local time, after opensAt. */
  closesAt: Scalars['String']['output'];
  /** The days it applies to. */
  days: Array<Weekday>;
  /** A note, e.g. "alleen op afspraak" or "niet in de schoolvakanties". */
  description?: Maybe<Scalars['String']['output']>;
  /** Opening time, HH:MM local time. */
  opensAt: Scalars['String']['output'];
  /** First day these hours hold; null: already. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day these hours hold; null: until further notice. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** One period of weekly opening hours to record. */
export type OpeningHoursInput = {
  /** Closing time, HH:MM, after opensAt (24:00 for midnight). */
  closesAt: Scalars['String']['input'];
  /** The days it applies to, at least one. */
  days: Array<Weekday>;
  /** A note, at most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Opening time, HH:MM (00:00–23:59), local time. */
  opensAt: Scalars['String']['input'];
  /** First day these hours hold. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day these hours hold, not before validFrom. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** A partner organisation in the hub's registry. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Hulpvragen this organisation took in, in id order (only for the organisation itself; empty for others). */
  helpRequests?: Maybe<HelpRequestConnection>;
  /** The organisation's key in the partner registry. */
  id: Scalars['ID']['output'];
};


/** A partner organisation in the hub's registry. */
export type OrganisationHelpRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<HelpRequestStatus>>;
};

/** Kind of partner organisation. */
export type OrganisationKind =
  /** zorgaanbieder, wijkteam, huisartsenpraktijk */
  | 'CARE'
  /** bewonerscoöperatie, zorgcoöperatie, buurthuis in zelfbeheer */
  | 'COOPERATIVE'
  /** gemeente */
  | 'MUNICIPALITY'
  /** welzijnsorganisatie or vrijwilligerscentrale */
  | 'WELFARE';

/** Relay pagination info. Lists page forward: `first` (at most 100) and `after` a cursor from this list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow the last edge of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items come before this page: true when it was asked for `after` a cursor (lists page forward only). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** What pauseVolunteer answers. */
export type PauseVolunteerPayload = {
  __typename?: 'PauseVolunteerPayload';
  /** What was wrong (a date in the past, a volunteer who ended: INVALID_TRANSITION); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The volunteer, paused; null when there are userErrors. */
  volunteer?: Maybe<Volunteer>;
};

/**
 * A period for indicators, cut into buckets. It starts on a bucket's first day and ends on a bucket's last
 * day, or it is refused (BAD_USER_INPUT): a period starting inside a bucket would give a single day as the
 * difference of two answers.
 */
export type PeriodInput = {
  /** First day, inclusive: the first day of a week (a Monday, or the 1st of a month), month, quarter or year, as the interval says. */
  from: Scalars['Date']['input'];
  /**
   * Bucket size. Without one: MONTH, or for a small area the finest it may be cut into (Area.statisticsGrid:
   * quarters or years). Finer than the area allows is refused.
   */
  interval?: InputMaybe<Interval>;
  /** Last day, inclusive: the last day of a bucket; not before from and at most three years after it. */
  to: Scalars['Date']['input'];
};

/**
 * A resident, pseudonymous: the key that partners use to link what each of them knows, with the resident's
 * consent. The hub holds no name or address.
 */
export type Person = {
  __typename?: 'Person';
  /** The resident's pseudonymous key; it names no one. */
  id: Scalars['ID']['output'];
  /** Welfare organisations holding hulpvragen of this resident (needs purpose COORDINATION and the resident's consent to it). Bounded: at most 500 (read from the resident's hulpvragen, at most 500); more fails with LIST_TOO_LONG. */
  welzijnInvolvement?: Maybe<Array<Organisation>>;
  /** Inzage: the lines of welzijn's processing log about this resident, newest first (at most 1000). For the resident themself (role resident) and data-protection officers, purpose DATA_SUBJECT_REQUEST; Person.processingLog merges every subgraph's. Bounded: at most 1000, the newest. */
  welzijnProcessingLog?: Maybe<Array<ProcessingLogEntry>>;
  /** AVG export: every column of every record welzijn holds about the resident (with the processing log's lines about them); each exported record is logged. Roles hub-admin or data-protection-officer, purpose DATA_SUBJECT_REQUEST; your organisation's records, or every organisation's for the gemeente's data-protection officer. */
  welzijnRecords?: Maybe<Scalars['JSON']['output']>;
};

/** A phone number to call (HSDS phone). */
export type Phone = {
  __typename?: 'Phone';
  /** When or what for, e.g. "spreekuur ma–vr 9–12". */
  description?: Maybe<Scalars['String']['output']>;
  /** Toestelnummer, if any. */
  extension?: Maybe<Scalars['Int']['output']>;
  /** Kind of line. */
  kind: PhoneKind;
  /** Languages spoken on this line (ISO 639-1). */
  languages: Array<Scalars['String']['output']>;
  /** The number as dialled from the Netherlands or with +, e.g. 033 123 4567 or +31 33 123 4567. */
  number: Scalars['String']['output'];
};

/** A phone number to record. */
export type PhoneInput = {
  /** When or what for, at most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Toestelnummer, 1–99999. */
  extension?: InputMaybe<Scalars['Int']['input']>;
  /** Kind of line (default VOICE). */
  kind?: InputMaybe<PhoneKind>;
  /** Languages spoken on this line (ISO 639-1, e.g. nl, en). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Digits with optional spaces, dashes, dots or brackets: a Dutch number starting with 0 (8–11 digits, e.g. 033 123 4567, 0800 1234), a gemeente's 14 + netnummer (14 033), or an international one starting with + (e.g. +31 6 1234 5678). */
  number: Scalars['String']['input'];
};

/** Kind of phone line, after RFC 6350 (HSDS phone.type). */
export type PhoneKind =
  /** mobiel */
  | 'CELL'
  /** fax */
  | 'FAX'
  /** pieper */
  | 'PAGER'
  /** sms */
  | 'TEXT'
  /** teksttelefoon (voor doven en slechthorenden) */
  | 'TEXTPHONE'
  /** beeldbellen */
  | 'VIDEO'
  /** spraak (gewone telefoon) */
  | 'VOICE';

/** What was done with a record, in a line of the processing log. */
export type ProcessingAction =
  /** checked for another subgraph: a consent question the register answered, or that a neighbour's offer is available before a match */
  | 'CHECK'
  /** passed to another subgraph of the hub (named in recipient) for the caller's request, not shown to the caller: e.g. a hulpvraag's location and wished times sent to bewoners to rank neighbours (@requires) */
  | 'DISCLOSURE'
  /** erased for an AVG request */
  | 'ERASURE'
  /** exported for an AVG request */
  | 'EXPORT'
  /** served in an answer */
  | 'READ'
  /** recorded or changed (a consent granted or revoked) */
  | 'WRITE';

/** A processing activity in the hub's register (verwerkingsregister): what personal data is used for. */
export type ProcessingActivity = {
  __typename?: 'ProcessingActivity';
  /** What the activity is, in Dutch. */
  description: Scalars['String']['output'];
  /** The activity's id in the register (a URN), as each log line names it. */
  id: Scalars['ID']['output'];
  /** Short Dutch name (e.g. "Koppelen van een hulpvraag aan een vrijwilliger of buur"). */
  name: Scalars['String']['output'];
  /** The purpose it serves. */
  purpose: ProcessingPurpose;
};

/**
 * A line of the processing log (verwerkingenlog, after the Logboek Dataverwerkingen standard): which
 * organisation processed which fields of one of the resident's records, when, how and why.
 */
export type ProcessingLogEntry = {
  __typename?: 'ProcessingLogEntry';
  /** What was done with the record. */
  action: ProcessingAction;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The fields served, exported or erased (a field another type showed is named Type.field, e.g. MatchViewEdge.cursor). */
  fields: Array<Scalars['String']['output']>;
  /** The asking partner's own id for the request (header x-partner-operation), when sent. */
  foreignOperation?: Maybe<Scalars['String']['output']>;
  /** The subgraph whose log holds the line (gemeente, welzijn, zorg or bewoners). */
  keptBy: Scalars['String']['output'];
  /** The asking partner's own GraphQL operation name, when the operation had one. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** That organisation; null when it is not in the partner registry. */
  organisation?: Maybe<Organisation>;
  /** The organisation that read, exported or erased the data (its key in the partner registry). */
  organisationId: Scalars['ID']['output'];
  /** The processing activity the line belongs to; null for lines written before the register. */
  processingActivity?: Maybe<ProcessingActivity>;
  /** Why: the purpose given. */
  purpose: ProcessingPurpose;
  /** For a DISCLOSURE: the subgraph the fields were passed to (gemeente, welzijn, zorg or bewoners); null otherwise. */
  recipient?: Maybe<Scalars['String']['output']>;
  /** The record's key. */
  recordId: Scalars['ID']['output'];
  /** The kind of record (e.g. HelpRequest, Referral, HelpOffer, or a table for an export or erasure). */
  recordType: Scalars['String']['output'];
  /** The trace id of the request (W3C, 32 hex digits). */
  traceId: Scalars['String']['output'];
};

/** Why personal data was processed (doelbinding), as the caller said in x-purpose. */
export type ProcessingPurpose =
  /** afstemmen wie er betrokken is */
  | 'COORDINATION'
  /** een AVG-verzoek van de bewoner (inzage, export, wissen) */
  | 'DATA_SUBJECT_REQUEST'
  /** koppelen van hulpvraag en helper */
  | 'MATCHING'
  /** doorverwijzen naar of van een professional */
  | 'REFERRAL'
  /** de eigen hulp of zorg uitvoeren */
  | 'SERVICE_DELIVERY';

/** A helper to propose for a hulpvraag. */
export type ProposeMatchInput = {
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation sending it; a key your organisation used before, with the same input, returns that earlier match). */
  clientMutationId: Scalars['String']['input'];
  /** The hulpvraag (OPEN, and taken in by your organisation). */
  helpRequestId: Scalars['ID']['input'];
  /** Volunteer id (of your organisation, available and below their load cap) or help offer id (taken as given). */
  helperId: Scalars['ID']['input'];
  /** Who made the match. */
  madeBy: MatchMaker;
  /** Which pool the helper comes from. */
  pool: CandidatePool;
};

/** What proposeMatch answers. */
export type ProposeMatchPayload = {
  __typename?: 'ProposeMatchPayload';
  /** The proposed match (or, on a retry, the one proposed before); null when there are userErrors. */
  match?: Maybe<Match>;
  /** What was wrong (bad input, a full hulpvraag, a helper at their cap: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** One pair of a batch proposal. */
export type ProposedAssignment = {
  __typename?: 'ProposedAssignment';
  /** The hulpvraag. */
  helpRequest: HelpRequest;
  /** The pair's score with the shared scoring function (0–1). */
  score: Scalars['Float']['output'];
  /** The volunteer proposed for it. */
  volunteer: Volunteer;
};

/** The hub's read entry points; each subgraph answers its own fields. */
export type Query = {
  __typename?: 'Query';
  /**
   * Batch proposal for an area: an assignment of its open hulpvragen (the first 200 by id) to your volunteers
   * that maximises the total score under load caps (min-cost flow). Nothing is written; propose the matches you
   * agree with. Roles matcher or partner-system.
   */
  batchProposal: BatchProposal;
  /**
   * The self-matching board (public, pseudonymous): hulpvragen their holders released that are still OPEN, in an
   * area and its sub-areas, in key order. Shows only category, buurt, dagdelen and helpers needed, never the
   * resident, description or location; a helper responds with respondToBoard.
   */
  board: BoardListingConnection;
  /**
   * Open asks of an ask-and-cascade (startCascade) to your organisation's volunteers, still unanswered, in key
   * order: pseudonymous like the board (category, buurt, dagdelen and the deadline, never the resident, the
   * description or the location). Answer one with answerCascade. Role partner-system.
   */
  cascadeAsks: CascadeAskConnection;
  /** Your organisation's cascade rules in force (setCascadeRule), by category: never another organisation's. Bounded: at most 18 (one per HelpCategory). Roles matcher or partner-system. */
  cascadeRules: Array<CascadeRule>;
  /**
   * Follow-ups due (nazorg): your organisation's active matches (of hulpvragen it took in) whose 2–3-week check
   * is due (from 14 days after the start) or overdue (past followUpDue) and not yet recorded with
   * recordFollowUp; in id order. Roles matcher or partner-system.
   */
  followUpsDue: MatchConnection;
  /** One hulpvraag (your organisation's, or another's with the resident's consent for your purpose); null when the id is unknown. */
  helpRequest?: Maybe<HelpRequest>;
  /** Your organisation's hulpvragen (those it took in), optionally in one area (including its sub-areas), of some states and categories; ordered by id. */
  helpRequests: HelpRequestConnection;
  /** One match (koppeling) of your organisation (as the hulpvraag's or the volunteer's organisation); null when the id is unknown. */
  match?: Maybe<Match>;
  /**
   * The matcher's screen (matchoverzicht): your organisation's hulpvragen in an area (default: OPEN), in id
   * order, with their age and response-date warnings; ask each for `helpRequest { candidates }`. Roles matcher
   * or partner-system.
   */
  matchView: MatchViewConnection;
  /** Self-made matches (responses to the board) on your organisation's hulpvragen, still PROPOSED: review them with transitionMatch (INTRODUCED, ACTIVE or DECLINED). In id order. Roles matcher or partner-system. */
  selfMatchesToReview: MatchConnection;
  /** One of your organisation's volunteers (another organisation's is refused); null when the id is unknown. */
  volunteer?: Maybe<Volunteer>;
  /** A published volunteer vacancy (public; they are on the sociale kaart too); null when unknown or not published. */
  volunteerVacancy?: Maybe<VolunteerVacancy>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryBatchProposalArgs = {
  area: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area: Scalars['ID']['input'];
  categories?: InputMaybe<Array<HelpCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryCascadeAsksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryFollowUpsDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryHelpRequestArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryHelpRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  categories?: InputMaybe<Array<HelpCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<HelpRequestStatus>>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryMatchArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryMatchViewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area: Scalars['ID']['input'];
  categories?: InputMaybe<Array<HelpCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<HelpRequestStatus>>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QuerySelfMatchesToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryVolunteerArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryVolunteerVacancyArgs = {
  id: Scalars['ID']['input'];
};

/** What recordFollowUp answers. */
export type RecordFollowUpPayload = {
  __typename?: 'RecordFollowUpPayload';
  /** The match with its follow-up; null when there are userErrors. */
  match?: Maybe<Match>;
  /** What was wrong (bad input, a match that has not started: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** A volunteer to register. */
export type RegisterVolunteerInput = {
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** The buurt (BUxxxxxxxx) the volunteer lives in. */
  homeArea: Scalars['ID']['input'];
  /** Most matches at once, 1–10 (default 2). */
  loadCap?: InputMaybe<Scalars['Int']['input']>;
  /** Where the volunteer lives, approximately; rounded to about 500 m before it is stored (without it, distance counts as neutral). */
  location?: InputMaybe<GeoPointInput>;
  /** What they offer, where, when and under which conditions. */
  profile: HelperProfileInput;
};

/** What registerVolunteer answers. */
export type RegisterVolunteerPayload = {
  __typename?: 'RegisterVolunteerPayload';
  /** What was wrong with the input; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The volunteer registered (or, on a retry, the one registered before); null when there are userErrors. */
  volunteer?: Maybe<Volunteer>;
};

/** What releaseToBoard answers. */
export type ReleaseToBoardPayload = {
  __typename?: 'ReleaseToBoardPayload';
  /** The listing as the board shows it; null when there are userErrors. */
  listing?: Maybe<BoardListing>;
  /** What was wrong (a hulpvraag that is not OPEN: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Removes a cascade rule. */
export type RemoveCascadeRuleInput = {
  /** The category whose rule is removed. */
  category: HelpCategory;
  /** Optional: removing is safe to repeat anyway (1–100 characters when given). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** What removeCascadeRule answers. */
export type RemoveCascadeRulePayload = {
  __typename?: 'RemoveCascadeRulePayload';
  /** The rule removed, with replacedAt; null when there was none in force (removed before). */
  cascadeRule?: Maybe<CascadeRule>;
  /** What was wrong; empty when it went through. */
  userErrors: Array<UserError>;
};

/** A helper's response to a board listing. */
export type RespondToBoardInput = {
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation sending it). */
  clientMutationId: Scalars['String']['input'];
  /** Your organisation's volunteer, or a neighbour's help offer your organisation may propose. */
  helperId: Scalars['ID']['input'];
  /** The board listing. */
  listingId: Scalars['ID']['input'];
  /** Which pool the helper comes from. */
  pool: CandidatePool;
};

/** What respondToBoard answers. */
export type RespondToBoardPayload = {
  __typename?: 'RespondToBoardPayload';
  /** The response (or, on a retry, the one recorded before); null when there are userErrors. */
  response?: Maybe<BoardResponse>;
  /** What was wrong (an unknown listing: NOT_FOUND; no place left: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Someone who would like to do the work of a vacancy. */
export type RespondToVacancyInput = {
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation sending it; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** An e-mail address to answer them on. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** What they would like to say, at most 4000 characters. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Name of the newcomer, 1–200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The newcomer's Person key, required with name: registerPerson with your own reference first (as for an intake), so the resident's inzage, export and erasure reach the response. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** A phone number to call them back on. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The vacancy (open, and taking new volunteers). */
  vacancyId: Scalars['ID']['input'];
  /** One of your organisation's volunteers; or leave out and give name with phone or email. */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/** What respondToVacancy answers. */
export type RespondToVacancyPayload = {
  __typename?: 'RespondToVacancyPayload';
  /** The response recorded (or, on a retry, the one recorded before); null when there are userErrors. */
  response?: Maybe<VacancyResponse>;
  /** What was wrong (a closed vacancy or one taking no new volunteers: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What resumeVolunteer answers. */
export type ResumeVolunteerPayload = {
  __typename?: 'ResumeVolunteerPayload';
  /** What was wrong (a volunteer who ended: INVALID_TRANSITION); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The volunteer, active again; null when there are userErrors. */
  volunteer?: Maybe<Volunteer>;
};

/** Sets a cascade rule. */
export type SetCascadeRuleInput = {
  /** How long each candidate has to answer, in hours (1–168). */
  answerWithinHours: Scalars['Int']['input'];
  /** The hulpvragen it is for. */
  category: HelpCategory;
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation). */
  clientMutationId: Scalars['String']['input'];
};

/** What setCascadeRule answers. */
export type SetCascadeRulePayload = {
  __typename?: 'SetCascadeRulePayload';
  /** The rule (or, on a retry, the one set then, with replacedAt when it was set again since); null when there are userErrors. */
  cascadeRule?: Maybe<CascadeRule>;
  /** What was wrong (answerWithinHours out of range: BAD_USER_INPUT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What setVolunteerAvailable answers. */
export type SetVolunteerAvailablePayload = {
  __typename?: 'SetVolunteerAvailablePayload';
  /** What was wrong (NOT_FOUND for a volunteer that is not your organisation's); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The volunteer with the switch set; null when there are userErrors. */
  volunteer?: Maybe<Volunteer>;
};

/** Starts an ask-and-cascade. */
export type StartCascadeInput = {
  /** How long each candidate has to answer, in hours (1–168). */
  answerWithinHours: Scalars['Int']['input'];
  /** The candidates in the order to ask them (1–20, each once). Without it, your organisation's volunteers are ranked by the shared scoring function (the best 20); neighbours' offers are in a cascade only when you list them. */
  candidates?: InputMaybe<Array<CascadeCandidateInput>>;
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation). */
  clientMutationId: Scalars['String']['input'];
  /** The hulpvraag (OPEN, taken in by your organisation). */
  helpRequestId: Scalars['ID']['input'];
};

/** What startCascade answers. */
export type StartCascadePayload = {
  __typename?: 'StartCascadePayload';
  /** The cascade (or, on a retry, the one started before); null when there are userErrors. */
  cascade?: Maybe<Cascade>;
  /** What was wrong (a hulpvraag not OPEN, or with a cascade ASKING: CONFLICT; no candidates: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** An area of a gemeente's statistics grid: how finely its figures may be cut. */
export type StatisticsArea = {
  __typename?: 'StatisticsArea';
  /** CBS code of the area. */
  code: Scalars['ID']['output'];
  /** The finest interval its figures are published at (WEEK for most areas; QUARTER or YEAR for small ones). */
  minimumInterval: Interval;
};

/** Target group (doelgroep) of an activity or service. */
export type TargetGroup =
  /** chronisch zieken */
  | 'CHRONICALLY_ILL'
  /** mensen met dementie */
  | 'DEMENTIA'
  /** iedereen */
  | 'EVERYONE'
  /** mantelzorgers */
  | 'INFORMAL_CARERS'
  /** mensen met een verstandelijke beperking */
  | 'INTELLECTUAL_DISABILITY'
  /** alleenstaanden */
  | 'LIVING_ALONE'
  /** nieuwkomers en migranten */
  | 'NEWCOMERS'
  /** 65-plussers */
  | 'OLDER_65'
  /** 75-plussers */
  | 'OLDER_75'
  /** mensen in armoede of met schulden */
  | 'POVERTY_DEBT'
  /** mensen met een psychische kwetsbaarheid */
  | 'PSYCHIATRIC'
  /** jongeren */
  | 'YOUTH';

/** Theme (thema) of an offer on the sociale kaart. */
export type Theme =
  /** bewegen */
  | 'EXERCISE'
  /** eten */
  | 'FOOD'
  /** gezondheid */
  | 'HEALTH'
  /** wonen */
  | 'HOUSING'
  /** mantelzorg */
  | 'INFORMAL_CARE'
  /** leren */
  | 'LEARNING'
  /** geldzaken en schulden */
  | 'MONEY'
  /** opvoeden en opgroeien */
  | 'PARENTING'
  /** ontmoeting */
  | 'SOCIAL_CONTACT'
  /** vrijwilligerswerk */
  | 'VOLUNTEERING';

/** A part of a weekday (dagdeel), for wished times of a hulpvraag and a helper's availability. */
export type TimeSlot =
  /** Friday afternoon (vrijdagmiddag) */
  | 'FRI_AFTERNOON'
  /** Friday evening (vrijdagavond) */
  | 'FRI_EVENING'
  /** Friday morning (vrijdagochtend) */
  | 'FRI_MORNING'
  /** Monday afternoon (maandagmiddag) */
  | 'MON_AFTERNOON'
  /** Monday evening (maandagavond) */
  | 'MON_EVENING'
  /** Monday morning (maandagochtend) */
  | 'MON_MORNING'
  /** Saturday afternoon (zaterdagmiddag) */
  | 'SAT_AFTERNOON'
  /** Saturday evening (zaterdagavond) */
  | 'SAT_EVENING'
  /** Saturday morning (zaterdagochtend) */
  | 'SAT_MORNING'
  /** Sunday afternoon (zondagmiddag) */
  | 'SUN_AFTERNOON'
  /** Sunday evening (zondagavond) */
  | 'SUN_EVENING'
  /** Sunday morning (zondagochtend) */
  | 'SUN_MORNING'
  /** Thursday afternoon (donderdagmiddag) */
  | 'THU_AFTERNOON'
  /** Thursday evening (donderdagavond) */
  | 'THU_EVENING'
  /** Thursday morning (donderdagochtend) */
  | 'THU_MORNING'
  /** Tuesday afternoon (dinsdagmiddag) */
  | 'TUE_AFTERNOON'
  /** Tuesday evening (dinsdagavond) */
  | 'TUE_EVENING'
  /** Tuesday morning (dinsdagochtend) */
  | 'TUE_MORNING'
  /** Wednesday afternoon (woensdagmiddag) */
  | 'WED_AFTERNOON'
  /** Wednesday evening (woensdagavond) */
  | 'WED_EVENING'
  /** Wednesday morning (woensdagochtend) */
  | 'WED_MORNING';

/** A training or course a helper completed. */
export type Training = {
  __typename?: 'Training';
  /** When it was completed; null when not known. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Name of the training, e.g. Omgaan met dementie. */
  name: Scalars['String']['output'];
};

/** A training to record. */
export type TrainingInput = {
  /** When it was completed (not in the future). */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Name of the training, 1–200 characters. */
  name: Scalars['String']['input'];
};

/** A hand-over of a hulpvraag to another informal organisation. */
export type TransferHelpRequestInput = {
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation sending it; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** The hulpvraag (ASSESSED or OPEN, held by your organisation, without open matches). */
  helpRequestId: Scalars['ID']['input'];
  /** Why it is handed over, 1–1000 characters (kept with the hand-over, for both organisations). */
  reason: Scalars['String']['input'];
  /** The receiving organisation: a welfare organisation or a resident cooperative in the partner registry, not yours. */
  toOrganisationId: Scalars['ID']['input'];
};

/** What transferHelpRequest answers. */
export type TransferHelpRequestPayload = {
  __typename?: 'TransferHelpRequestPayload';
  /** The hand-over (or, on a retry, the one recorded before); null when there are userErrors. */
  transfer?: Maybe<HelpRequestTransfer>;
  /** What was wrong (an unknown or not informal receiver, a state or open match that does not allow it: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What transitionHelpRequest answers. */
export type TransitionHelpRequestPayload = {
  __typename?: 'TransitionHelpRequestPayload';
  /** The hulpvraag in its new state; null when there are userErrors. */
  helpRequest?: Maybe<HelpRequest>;
  /** What was wrong (e.g. INVALID_TRANSITION on ["to"]); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What transitionMatch answers. */
export type TransitionMatchPayload = {
  __typename?: 'TransitionMatchPayload';
  /** The match in its new state; null when there are userErrors. */
  match?: Maybe<Match>;
  /** What was wrong (e.g. INVALID_TRANSITION on ["to"]); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Changes to a volunteer; fields left out (or null) stay as they are. */
export type UpdateVolunteerInput = {
  /** The buurt the volunteer lives in now. */
  homeArea?: InputMaybe<Scalars['ID']['input']>;
  /** Most matches at once, 1–10. */
  loadCap?: InputMaybe<Scalars['Int']['input']>;
  /** Where the volunteer lives now, approximately (rounded to about 500 m). */
  location?: InputMaybe<GeoPointInput>;
  /** Changes to the profile. */
  profile?: InputMaybe<HelperProfileChanges>;
};

/** What updateVolunteer answers. */
export type UpdateVolunteerPayload = {
  __typename?: 'UpdateVolunteerPayload';
  /** What was wrong (bad input, a volunteer who ended: CONFLICT, NOT_FOUND for one who is not your organisation's); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The volunteer as changed; null when there are userErrors. */
  volunteer?: Maybe<Volunteer>;
};

/** Changes to a vacancy; fields left out (or null) stay as they are. */
export type UpdateVolunteerVacancyInput = {
  /** New area (a gemeente, wijk or buurt). */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** New capacity; its updatedAt becomes now. */
  capacity?: InputMaybe<CapacityInput>;
  /** New categories (replace the old ones). */
  categories?: InputMaybe<Array<HelpCategory>>;
  /** New contact details (replace all the old ones). */
  contact?: InputMaybe<ContactDetailsInput>;
  /** New description, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New hours per week, 1–40. */
  hoursPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** New title, 1–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What updateVolunteerVacancy answers. */
export type UpdateVolunteerVacancyPayload = {
  __typename?: 'UpdateVolunteerVacancyPayload';
  /** What was wrong (bad input, a closed vacancy: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The vacancy as changed; null when there are userErrors. */
  volunteerVacancy?: Maybe<VolunteerVacancy>;
};

/**
 * A problem with a mutation's input, or with the state the mutation met (a full hulpvraag, a step the life
 * cycle does not allow). Nothing was written. Refusals of who you are (UNAUTHENTICATED, FORBIDDEN) are
 * GraphQL errors instead, as are faults of the hub itself.
 */
export type UserError = {
  __typename?: 'UserError';
  /** Stable code: BAD_USER_INPUT, NOT_FOUND, CONFLICT or INVALID_TRANSITION. */
  code: Scalars['String']['output'];
  /** Path of the input field at fault, e.g. ["input", "validUntil"]; empty when no single field is at fault. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, in plain words. */
  message: Scalars['String']['output'];
};

/**
 * A response to a vacancy. Personal data: roles matcher or partner-system, readable by the vacancy's
 * organisation and the organisation that recorded it.
 */
export type VacancyResponse = {
  __typename?: 'VacancyResponse';
  /** When it came in. */
  createdAt: Scalars['DateTime']['output'];
  /** An e-mail address to answer on; null when not given. */
  email?: Maybe<Scalars['String']['output']>;
  /** The response's key. */
  id: Scalars['ID']['output'];
  /** What they said; null when nothing. */
  message?: Maybe<Scalars['String']['output']>;
  /** The newcomer's name; null for a volunteer. */
  name?: Maybe<Scalars['String']['output']>;
  /** A phone number to call back on; null when not given. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The organisation that recorded the response. */
  recordedBy: Organisation;
  /** The vacancy responded to. */
  vacancy: VolunteerVacancy;
  /** The volunteer who responded, when it was one of the recording organisation's (visible to that organisation only). */
  volunteer?: Maybe<Volunteer>;
};

/** A page of responses to a vacancy. */
export type VacancyResponseConnection = {
  __typename?: 'VacancyResponseConnection';
  /** The responses on this page. */
  edges: Array<VacancyResponseEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A response to a vacancy with its cursor. */
export type VacancyResponseEdge = {
  __typename?: 'VacancyResponseEdge';
  /** Cursor of this response, for `after`. */
  cursor: Scalars['String']['output'];
  /** The response. */
  node: VacancyResponse;
};

/** A vrijwilliger registered with a welfare organisation. Personal data, for that organisation only (roles matcher or partner-system). */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** Matches now proposed, introduced or active. */
  activeMatches: Scalars['Int']['output'];
  /** Dagdelen the volunteer can help in; empty means not stated. */
  availability: Array<TimeSlot>;
  /** The availability switch: off means 'not now'. */
  available: Scalars['Boolean']['output'];
  /** Kinds of help the volunteer offers. */
  categories: Array<HelpCategory>;
  /** Competences in the volunteer's own words. */
  competences: Array<Scalars['String']['output']>;
  /** Has a valid VOG (verklaring omtrent gedrag). */
  hasVog: Scalars['Boolean']['output'];
  /** The buurt the volunteer lives in. */
  homeArea: Area;
  /** The volunteer's key. */
  id: Scalars['ID']['output'];
  /** Covered by the volunteer insurance (vrijwilligersverzekering). */
  insured: Scalars['Boolean']['output'];
  /** Languages the volunteer speaks (ISO 639-1). */
  languages: Array<Scalars['String']['output']>;
  /** Categories or codes the volunteer will not do (e.g. NO_PERSONAL_CARE). */
  limits: Array<Scalars['String']['output']>;
  /** Most matches at once. */
  loadCap: Scalars['Int']['output'];
  /** Where the volunteer lives, rounded to about 500 m; null when not given. */
  location?: Maybe<GeoPoint>;
  /** The volunteer's matches that the caller's organisation holds, in id order. */
  matches: MatchConnection;
  /** How far from home the volunteer will go, in km; hulpvragen further away are not offered to them. */
  maxDistanceKm: Scalars['Float']['output'];
  /** The welfare organisation the volunteer is registered with. */
  organisation: Organisation;
  /** The last day of the pause; null unless PAUSED. */
  pausedUntil?: Maybe<Scalars['Date']['output']>;
  /** When the volunteer registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** ACTIVE, PAUSED (until pausedUntil) or ENDED; a pause is over after its last day. */
  status: HelperStatus;
  /** Why the volunteer paused or stopped; null when not given. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Trainings completed. Bounded: at most 50 (registerVolunteer and updateVolunteer refuse more). */
  trainings: Array<Training>;
  /** Date of issue of the VOG on record; null when none (or recorded before dates were kept). A VOG counts for three years. */
  vogIssuedOn?: Maybe<Scalars['Date']['output']>;
};


/** A vrijwilliger registered with a welfare organisation. Personal data, for that organisation only (roles matcher or partner-system). */
export type VolunteerMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of a CSV import of volunteers. */
export type VolunteerImport = {
  __typename?: 'VolunteerImport';
  /** Rows that register a new volunteer. */
  created: Scalars['Int']['output'];
  /** true: nothing was written (a dry run, or a file with refused rows). */
  dryRun: Scalars['Boolean']['output'];
  /** Rows refused. */
  refused: Scalars['Int']['output'];
  /** Every row, in file order. Bounded: at most 5000 (the rows one file may hold; a longer file is refused as a whole). */
  rows: Array<VolunteerImportRow>;
  /** Rows already imported before with the same data. */
  unchanged: Scalars['Int']['output'];
};

/** What an import does with a row. */
export type VolunteerImportOutcome =
  /** A new volunteer. */
  | 'CREATED'
  /** Refused: see the payload's userErrors for this line. */
  | 'REFUSED'
  /** Imported before with the same data: nothing changes. */
  | 'UNCHANGED';

/** One row of a CSV import. */
export type VolunteerImportRow = {
  __typename?: 'VolunteerImportRow';
  /** Its line in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  /** What happens to it. */
  outcome: VolunteerImportOutcome;
  /** The centre's own reference for the volunteer. */
  reference: Scalars['String']['output'];
  /** The volunteer's key (null when refused, or created in a dry run). */
  volunteerId?: Maybe<Scalars['ID']['output']>;
};

/** A vrijwilligersvacature: volunteer work a welfare organisation offers. Public. */
export type VolunteerVacancy = {
  __typename?: 'VolunteerVacancy';
  /** Where the work is. */
  area: Area;
  /** Whether it takes new volunteers now, and how long until one can start. */
  capacity: Capacity;
  /** Kinds of help the work involves. */
  categories: Array<HelpCategory>;
  /** When it was closed (only its own organisation sees a closed vacancy); null while it is open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Phones, e-mail, website, address and hours to call. */
  contact: ContactDetails;
  /** What the work is. */
  description: Scalars['String']['output'];
  /** Hours per week, when stated. */
  hoursPerWeek?: Maybe<Scalars['Int']['output']>;
  /** The vacancy's key. */
  id: Scalars['ID']['output'];
  /** The welfare organisation offering it. */
  organisation: Organisation;
  /** Responses to it that the caller's organisation holds (the vacancy's own organisation sees them all), in id order; empty for others. */
  responses?: Maybe<VacancyResponseConnection>;
  /** Title of the vacancy. */
  title: Scalars['String']['output'];
};


/** A vrijwilligersvacature: volunteer work a welfare organisation offers. Public. */
export type VolunteerVacancyResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A day of the week, as RFC 5545 and HSDS schedules name it (BYDAY). */
export type Weekday =
  /** vrijdag */
  | 'FR'
  /** maandag */
  | 'MO'
  /** zaterdag */
  | 'SA'
  /** zondag */
  | 'SU'
  /** donderdag */
  | 'TH'
  /** dinsdag */
  | 'TU'
  /** woensdag */
  | 'WE';

/** welzijn's dashboard indicators (Indicator.name) and measures (Measure.name). */
export type WelzijnIndicatorName =
  /** Volunteers with a match running at some time in the bucket, each counted once. */
  | 'activeVolunteers'
  /** Follow-ups, by FollowUpOutcome, counted on the follow-up's due day. */
  | 'followUpOutcomes'
  /** Hours given by helpers as recorded with the follow-up (recordFollowUp hoursGiven), by the hulpvraag's HelpCategory, on the follow-up's due day. */
  | 'hoursGiven'
  /** Matches declined, by DeclineReason, counted on the day of declining. */
  | 'matchesDeclined'
  /** Matches proposed, by MatchMaker (the helper responded, or a matcher). */
  | 'matchesMade'
  /** Measure: median days from intake to the first proposed match, by bucket of intake (for the area itself). */
  | 'medianDaysToMatch'
  /** Volunteers registered. */
  | 'newVolunteers'
  /** Demand: hulpvragen waiting (new, assessed, open or on hold) at the end of the bucket, by HelpCategory. */
  | 'openBacklog'
  /** Hulpvragen waiting at the end of the bucket past their response date. */
  | 'overdueResponses'
  /** Measure: 90th percentile of the days from intake to the first proposed match. */
  | 'p90DaysToMatch'
  /** Reciprocity: volunteers registered who had asked for help themselves before (by their Person key). */
  | 'requestersWhoHelp'
  /** Hulpvragen taken in, by IntakeChannel. */
  | 'requestsByChannel'
  /** Hulpvragen taken in, by HelpCategory. */
  | 'requestsOpened'
  /** Supply: volunteers available at the end of the bucket, by HelpCategory they help with (a volunteer counts once in the total and in each of their categories). */
  | 'volunteersAvailable';

/** welzijn's dashboard figures for an area and period (IndicatorSet). */
export type WelzijnIndicatorSet = IndicatorSet & {
  __typename?: 'WelzijnIndicatorSet';
  /** One entry per indicator and bucket. Bounded: one per indicator asked (names) and bucket of the period, which spans at most three years. */
  indicators: Array<Indicator>;
  /** Statistics that are not counts; empty when the subgraph has none. Bounded: one per measure asked (names) and bucket of the period, which spans at most three years. */
  measures: Array<Measure>;
  /** Shown figures about residents are rounded to a multiple of this (SMALL_COUNT_ROUNDING, default 5). */
  roundingBase: Scalars['Int']['output'];
  /** Counts from 1 to this minus 1 are suppressed (SMALL_COUNT_THRESHOLD, default 5). */
  threshold: Scalars['Int']['output'];
};

/** What withdrawFromBoard answers. */
export type WithdrawFromBoardPayload = {
  __typename?: 'WithdrawFromBoardPayload';
  /** What was wrong (a hulpvraag that is not yours: NOT_FOUND); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The key of the listing taken off the board; null when the hulpvraag was not on it, or when there are userErrors. */
  withdrawnListingId?: Maybe<Scalars['ID']['output']>;
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Area: Area;
  HelpRequest: HelpRequest;
  Match: Match;
  Organisation: Organisation;
  Person: Person;
  Volunteer: Volunteer;
  VolunteerVacancy: VolunteerVacancy;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Area:
    ( { __typename: 'Area' }
    & GraphQLRecursivePick<FederationTypes['Area'], {"code":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Area'], {"statisticsGrid":{"code":true,"minimumInterval":true}}> ) );
  HelpRequest:
    ( { __typename: 'HelpRequest' }
    & GraphQLRecursivePick<FederationTypes['HelpRequest'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['HelpRequest'], {"neighbourCandidates":{"helperId":true,"score":true,"reasons":true}}> ) );
  Match:
    ( { __typename: 'Match' }
    & GraphQLRecursivePick<FederationTypes['Match'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Volunteer:
    ( { __typename: 'Volunteer' }
    & GraphQLRecursivePick<FederationTypes['Volunteer'], {"id":true}> );
  VolunteerVacancy:
    ( { __typename: 'VolunteerVacancy' }
    & GraphQLRecursivePick<FederationTypes['VolunteerVacancy'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  IndicatorSet: ( WelzijnIndicatorSet );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AnswerCascadeInput: AnswerCascadeInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnswerCascadePayload: ResolverTypeWrapper<AnswerCascadePayload>;
  Area: ResolverTypeWrapper<AreaRefModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaCount: ResolverTypeWrapper<AreaCount>;
  AreaLevel: AreaLevel;
  BatchProposal: ResolverTypeWrapper<Omit<BatchProposal, 'assignments'> & { assignments: Array<ResolversTypes['ProposedAssignment']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BoardListing: ResolverTypeWrapper<BoardItemModel>;
  BoardListingConnection: ResolverTypeWrapper<Omit<BoardListingConnection, 'edges'> & { edges: Array<ResolversTypes['BoardListingEdge']> }>;
  BoardListingEdge: ResolverTypeWrapper<Omit<BoardListingEdge, 'node'> & { node: ResolversTypes['BoardListing'] }>;
  BoardResponse: ResolverTypeWrapper<Omit<BoardResponse, 'listing'> & { listing: ResolversTypes['BoardListing'] }>;
  CancelCascadePayload: ResolverTypeWrapper<Omit<CancelCascadePayload, 'cascade'> & { cascade?: Maybe<ResolversTypes['Cascade']> }>;
  CandidatePool: CandidatePool;
  Capacity: ResolverTypeWrapper<CapacityRecordModel>;
  CapacityInput: CapacityInput;
  Cascade: ResolverTypeWrapper<CascadeModel>;
  CascadeAnswer: CascadeAnswer;
  CascadeAnswerResult: ResolverTypeWrapper<CascadeAnswerResult>;
  CascadeAsk: ResolverTypeWrapper<CascadeAskItemModel>;
  CascadeAskConnection: ResolverTypeWrapper<Omit<CascadeAskConnection, 'edges'> & { edges: Array<ResolversTypes['CascadeAskEdge']> }>;
  CascadeAskEdge: ResolverTypeWrapper<Omit<CascadeAskEdge, 'node'> & { node: ResolversTypes['CascadeAsk'] }>;
  CascadeCandidateInput: CascadeCandidateInput;
  CascadeRule: ResolverTypeWrapper<CascadeRuleModel>;
  CascadeStarter: CascadeStarter;
  CascadeStatus: CascadeStatus;
  CascadeStep: ResolverTypeWrapper<CascadeStepModel>;
  ClarifyHelpRequestPayload: ResolverTypeWrapper<Omit<ClarifyHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversTypes['HelpRequest']> }>;
  CloseVolunteerVacancyPayload: ResolverTypeWrapper<Omit<CloseVolunteerVacancyPayload, 'volunteerVacancy'> & { volunteerVacancy?: Maybe<ResolversTypes['VolunteerVacancy']> }>;
  ConsentPurpose: ConsentPurpose;
  ContactDetails: ResolverTypeWrapper<ContactRecordModel>;
  ContactDetailsInput: ContactDetailsInput;
  Count: ResolverTypeWrapper<Count>;
  CountState: CountState;
  CreateHelpRequestInput: CreateHelpRequestInput;
  CreateHelpRequestPayload: ResolverTypeWrapper<Omit<CreateHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversTypes['HelpRequest']> }>;
  CreateVolunteerVacancyInput: CreateVolunteerVacancyInput;
  CreateVolunteerVacancyPayload: ResolverTypeWrapper<Omit<CreateVolunteerVacancyPayload, 'volunteerVacancy'> & { volunteerVacancy?: Maybe<ResolversTypes['VolunteerVacancy']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineReason: DeclineReason;
  DeclinedBy: DeclinedBy;
  EndVolunteerPayload: ResolverTypeWrapper<Omit<EndVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversTypes['Volunteer']> }>;
  EraseWelzijnRecordsPayload: ResolverTypeWrapper<EraseWelzijnRecordsPayload>;
  ErasedCount: ResolverTypeWrapper<ErasedCount>;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  FollowUpOutcome: FollowUpOutcome;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  HelpCategory: HelpCategory;
  HelpRequest: ResolverTypeWrapper<HelpRequestModel>;
  HelpRequestConnection: ResolverTypeWrapper<Omit<HelpRequestConnection, 'edges'> & { edges: Array<ResolversTypes['HelpRequestEdge']> }>;
  HelpRequestEdge: ResolverTypeWrapper<Omit<HelpRequestEdge, 'node'> & { node: ResolversTypes['HelpRequest'] }>;
  HelpRequestStatus: HelpRequestStatus;
  HelpRequestTransfer: ResolverTypeWrapper<HelpRequestTransferModel>;
  HelpRequestTransition: ResolverTypeWrapper<Omit<HelpRequestTransition, 'organisation'> & { organisation: ResolversTypes['Organisation'] }>;
  HelpTask: HelpTask;
  HelperLimit: HelperLimit;
  HelperProfileChanges: HelperProfileChanges;
  HelperProfileInput: HelperProfileInput;
  HelperStatus: HelperStatus;
  ImportVolunteersInput: ImportVolunteersInput;
  ImportVolunteersPayload: ResolverTypeWrapper<ImportVolunteersPayload>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorSet: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['IndicatorSet']>;
  IndicatorUnit: IndicatorUnit;
  IntakeChannel: IntakeChannel;
  Intensity: Intensity;
  Interval: Interval;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyCount: ResolverTypeWrapper<KeyCount>;
  Match: ResolverTypeWrapper<MatchModel>;
  MatchCandidate: ResolverTypeWrapper<RankedCandidateModel>;
  MatchConnection: ResolverTypeWrapper<Omit<MatchConnection, 'edges'> & { edges: Array<ResolversTypes['MatchEdge']> }>;
  MatchEdge: ResolverTypeWrapper<Omit<MatchEdge, 'node'> & { node: ResolversTypes['Match'] }>;
  MatchMaker: MatchMaker;
  MatchStatus: MatchStatus;
  MatchViewConnection: ResolverTypeWrapper<Omit<MatchViewConnection, 'edges'> & { edges: Array<ResolversTypes['MatchViewEdge']> }>;
  MatchViewEdge: ResolverTypeWrapper<Omit<MatchViewEdge, 'node'> & { node: ResolversTypes['MatchViewItem'] }>;
  MatchViewItem: ResolverTypeWrapper<Omit<MatchViewItem, 'helpRequest'> & { helpRequest: ResolversTypes['HelpRequest'] }>;
  Measure: ResolverTypeWrapper<Measure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourCandidate: ResolverTypeWrapper<NeighbourCandidate>;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  OpeningHoursInput: OpeningHoursInput;
  Organisation: ResolverTypeWrapper<OrganisationRefModel>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PauseVolunteerPayload: ResolverTypeWrapper<Omit<PauseVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversTypes['Volunteer']> }>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRefModel>;
  Phone: ResolverTypeWrapper<Phone>;
  PhoneInput: PhoneInput;
  PhoneKind: PhoneKind;
  ProcessingAction: ProcessingAction;
  ProcessingActivity: ResolverTypeWrapper<ProcessingActivity>;
  ProcessingLogEntry: ResolverTypeWrapper<ProcessingLogEntryModel>;
  ProcessingPurpose: ProcessingPurpose;
  ProposeMatchInput: ProposeMatchInput;
  ProposeMatchPayload: ResolverTypeWrapper<Omit<ProposeMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  ProposedAssignment: ResolverTypeWrapper<Omit<ProposedAssignment, 'helpRequest' | 'volunteer'> & { helpRequest: ResolversTypes['HelpRequest'], volunteer: ResolversTypes['Volunteer'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordFollowUpPayload: ResolverTypeWrapper<Omit<RecordFollowUpPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  RegisterVolunteerInput: RegisterVolunteerInput;
  RegisterVolunteerPayload: ResolverTypeWrapper<Omit<RegisterVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversTypes['Volunteer']> }>;
  ReleaseToBoardPayload: ResolverTypeWrapper<Omit<ReleaseToBoardPayload, 'listing'> & { listing?: Maybe<ResolversTypes['BoardListing']> }>;
  RemoveCascadeRuleInput: RemoveCascadeRuleInput;
  RemoveCascadeRulePayload: ResolverTypeWrapper<Omit<RemoveCascadeRulePayload, 'cascadeRule'> & { cascadeRule?: Maybe<ResolversTypes['CascadeRule']> }>;
  RespondToBoardInput: RespondToBoardInput;
  RespondToBoardPayload: ResolverTypeWrapper<Omit<RespondToBoardPayload, 'response'> & { response?: Maybe<ResolversTypes['BoardResponse']> }>;
  RespondToVacancyInput: RespondToVacancyInput;
  RespondToVacancyPayload: ResolverTypeWrapper<Omit<RespondToVacancyPayload, 'response'> & { response?: Maybe<ResolversTypes['VacancyResponse']> }>;
  ResumeVolunteerPayload: ResolverTypeWrapper<Omit<ResumeVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversTypes['Volunteer']> }>;
  SetCascadeRuleInput: SetCascadeRuleInput;
  SetCascadeRulePayload: ResolverTypeWrapper<Omit<SetCascadeRulePayload, 'cascadeRule'> & { cascadeRule?: Maybe<ResolversTypes['CascadeRule']> }>;
  SetVolunteerAvailablePayload: ResolverTypeWrapper<Omit<SetVolunteerAvailablePayload, 'volunteer'> & { volunteer?: Maybe<ResolversTypes['Volunteer']> }>;
  StartCascadeInput: StartCascadeInput;
  StartCascadePayload: ResolverTypeWrapper<Omit<StartCascadePayload, 'cascade'> & { cascade?: Maybe<ResolversTypes['Cascade']> }>;
  StatisticsArea: ResolverTypeWrapper<StatisticsArea>;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
  Training: ResolverTypeWrapper<TrainingModel>;
  TrainingInput: TrainingInput;
  TransferHelpRequestInput: TransferHelpRequestInput;
  TransferHelpRequestPayload: ResolverTypeWrapper<Omit<TransferHelpRequestPayload, 'transfer'> & { transfer?: Maybe<ResolversTypes['HelpRequestTransfer']> }>;
  TransitionHelpRequestPayload: ResolverTypeWrapper<Omit<TransitionHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversTypes['HelpRequest']> }>;
  TransitionMatchPayload: ResolverTypeWrapper<Omit<TransitionMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  UpdateVolunteerInput: UpdateVolunteerInput;
  UpdateVolunteerPayload: ResolverTypeWrapper<Omit<UpdateVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversTypes['Volunteer']> }>;
  UpdateVolunteerVacancyInput: UpdateVolunteerVacancyInput;
  UpdateVolunteerVacancyPayload: ResolverTypeWrapper<Omit<UpdateVolunteerVacancyPayload, 'volunteerVacancy'> & { volunteerVacancy?: Maybe<ResolversTypes['VolunteerVacancy']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  VacancyResponse: ResolverTypeWrapper<VacancyResponseModel>;
  VacancyResponseConnection: ResolverTypeWrapper<Omit<VacancyResponseConnection, 'edges'> & { edges: Array<ResolversTypes['VacancyResponseEdge']> }>;
  VacancyResponseEdge: ResolverTypeWrapper<Omit<VacancyResponseEdge, 'node'> & { node: ResolversTypes['VacancyResponse'] }>;
  Volunteer: ResolverTypeWrapper<VolunteerModel>;
  VolunteerImport: ResolverTypeWrapper<VolunteerImport>;
  VolunteerImportOutcome: VolunteerImportOutcome;
  VolunteerImportRow: ResolverTypeWrapper<VolunteerImportRow>;
  VolunteerVacancy: ResolverTypeWrapper<VolunteerVacancyModel>;
  Weekday: Weekday;
  WelzijnIndicatorName: WelzijnIndicatorName;
  WelzijnIndicatorSet: ResolverTypeWrapper<WelzijnIndicatorSet>;
  WithdrawFromBoardPayload: ResolverTypeWrapper<WithdrawFromBoardPayload>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: Address;
  AddressInput: AddressInput;
  AnswerCascadeInput: AnswerCascadeInput;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AnswerCascadePayload: AnswerCascadePayload;
  Area: AreaRefModel;
  Int: Scalars['Int']['output'];
  AreaCount: AreaCount;
  BatchProposal: Omit<BatchProposal, 'assignments'> & { assignments: Array<ResolversParentTypes['ProposedAssignment']> };
  Float: Scalars['Float']['output'];
  BoardListing: BoardItemModel;
  BoardListingConnection: Omit<BoardListingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BoardListingEdge']> };
  BoardListingEdge: Omit<BoardListingEdge, 'node'> & { node: ResolversParentTypes['BoardListing'] };
  BoardResponse: Omit<BoardResponse, 'listing'> & { listing: ResolversParentTypes['BoardListing'] };
  CancelCascadePayload: Omit<CancelCascadePayload, 'cascade'> & { cascade?: Maybe<ResolversParentTypes['Cascade']> };
  Capacity: CapacityRecordModel;
  CapacityInput: CapacityInput;
  Cascade: CascadeModel;
  CascadeAnswerResult: CascadeAnswerResult;
  CascadeAsk: CascadeAskItemModel;
  CascadeAskConnection: Omit<CascadeAskConnection, 'edges'> & { edges: Array<ResolversParentTypes['CascadeAskEdge']> };
  CascadeAskEdge: Omit<CascadeAskEdge, 'node'> & { node: ResolversParentTypes['CascadeAsk'] };
  CascadeCandidateInput: CascadeCandidateInput;
  CascadeRule: CascadeRuleModel;
  CascadeStep: CascadeStepModel;
  ClarifyHelpRequestPayload: Omit<ClarifyHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversParentTypes['HelpRequest']> };
  CloseVolunteerVacancyPayload: Omit<CloseVolunteerVacancyPayload, 'volunteerVacancy'> & { volunteerVacancy?: Maybe<ResolversParentTypes['VolunteerVacancy']> };
  ContactDetails: ContactRecordModel;
  ContactDetailsInput: ContactDetailsInput;
  Count: Count;
  CreateHelpRequestInput: CreateHelpRequestInput;
  CreateHelpRequestPayload: Omit<CreateHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversParentTypes['HelpRequest']> };
  CreateVolunteerVacancyInput: CreateVolunteerVacancyInput;
  CreateVolunteerVacancyPayload: Omit<CreateVolunteerVacancyPayload, 'volunteerVacancy'> & { volunteerVacancy?: Maybe<ResolversParentTypes['VolunteerVacancy']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndVolunteerPayload: Omit<EndVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversParentTypes['Volunteer']> };
  EraseWelzijnRecordsPayload: EraseWelzijnRecordsPayload;
  ErasedCount: ErasedCount;
  ErasureReport: ErasureReport;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  HelpRequest: HelpRequestModel;
  HelpRequestConnection: Omit<HelpRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['HelpRequestEdge']> };
  HelpRequestEdge: Omit<HelpRequestEdge, 'node'> & { node: ResolversParentTypes['HelpRequest'] };
  HelpRequestTransfer: HelpRequestTransferModel;
  HelpRequestTransition: Omit<HelpRequestTransition, 'organisation'> & { organisation: ResolversParentTypes['Organisation'] };
  HelperProfileChanges: HelperProfileChanges;
  HelperProfileInput: HelperProfileInput;
  ImportVolunteersInput: ImportVolunteersInput;
  ImportVolunteersPayload: ImportVolunteersPayload;
  Indicator: Indicator;
  IndicatorSet: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorSet'];
  JSON: Scalars['JSON']['output'];
  KeyCount: KeyCount;
  Match: MatchModel;
  MatchCandidate: RankedCandidateModel;
  MatchConnection: Omit<MatchConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchEdge']> };
  MatchEdge: Omit<MatchEdge, 'node'> & { node: ResolversParentTypes['Match'] };
  MatchViewConnection: Omit<MatchViewConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchViewEdge']> };
  MatchViewEdge: Omit<MatchViewEdge, 'node'> & { node: ResolversParentTypes['MatchViewItem'] };
  MatchViewItem: Omit<MatchViewItem, 'helpRequest'> & { helpRequest: ResolversParentTypes['HelpRequest'] };
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  NeighbourCandidate: NeighbourCandidate;
  OpeningHours: OpeningHours;
  OpeningHoursInput: OpeningHoursInput;
  Organisation: OrganisationRefModel;
  PageInfo: PageInfo;
  PauseVolunteerPayload: Omit<PauseVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversParentTypes['Volunteer']> };
  PeriodInput: PeriodInput;
  Person: PersonRefModel;
  Phone: Phone;
  PhoneInput: PhoneInput;
  ProcessingActivity: ProcessingActivity;
  ProcessingLogEntry: ProcessingLogEntryModel;
  ProposeMatchInput: ProposeMatchInput;
  ProposeMatchPayload: Omit<ProposeMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  ProposedAssignment: Omit<ProposedAssignment, 'helpRequest' | 'volunteer'> & { helpRequest: ResolversParentTypes['HelpRequest'], volunteer: ResolversParentTypes['Volunteer'] };
  Query: Record<PropertyKey, never>;
  RecordFollowUpPayload: Omit<RecordFollowUpPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  RegisterVolunteerInput: RegisterVolunteerInput;
  RegisterVolunteerPayload: Omit<RegisterVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversParentTypes['Volunteer']> };
  ReleaseToBoardPayload: Omit<ReleaseToBoardPayload, 'listing'> & { listing?: Maybe<ResolversParentTypes['BoardListing']> };
  RemoveCascadeRuleInput: RemoveCascadeRuleInput;
  RemoveCascadeRulePayload: Omit<RemoveCascadeRulePayload, 'cascadeRule'> & { cascadeRule?: Maybe<ResolversParentTypes['CascadeRule']> };
  RespondToBoardInput: RespondToBoardInput;
  RespondToBoardPayload: Omit<RespondToBoardPayload, 'response'> & { response?: Maybe<ResolversParentTypes['BoardResponse']> };
  RespondToVacancyInput: RespondToVacancyInput;
  RespondToVacancyPayload: Omit<RespondToVacancyPayload, 'response'> & { response?: Maybe<ResolversParentTypes['VacancyResponse']> };
  ResumeVolunteerPayload: Omit<ResumeVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversParentTypes['Volunteer']> };
  SetCascadeRuleInput: SetCascadeRuleInput;
  SetCascadeRulePayload: Omit<SetCascadeRulePayload, 'cascadeRule'> & { cascadeRule?: Maybe<ResolversParentTypes['CascadeRule']> };
  SetVolunteerAvailablePayload: Omit<SetVolunteerAvailablePayload, 'volunteer'> & { volunteer?: Maybe<ResolversParentTypes['Volunteer']> };
  StartCascadeInput: StartCascadeInput;
  StartCascadePayload: Omit<StartCascadePayload, 'cascade'> & { cascade?: Maybe<ResolversParentTypes['Cascade']> };
  StatisticsArea: StatisticsArea;
  Training: TrainingModel;
  TrainingInput: TrainingInput;
  TransferHelpRequestInput: TransferHelpRequestInput;
  TransferHelpRequestPayload: Omit<TransferHelpRequestPayload, 'transfer'> & { transfer?: Maybe<ResolversParentTypes['HelpRequestTransfer']> };
  TransitionHelpRequestPayload: Omit<TransitionHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversParentTypes['HelpRequest']> };
  TransitionMatchPayload: Omit<TransitionMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  UpdateVolunteerInput: UpdateVolunteerInput;
  UpdateVolunteerPayload: Omit<UpdateVolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversParentTypes['Volunteer']> };
  UpdateVolunteerVacancyInput: UpdateVolunteerVacancyInput;
  UpdateVolunteerVacancyPayload: Omit<UpdateVolunteerVacancyPayload, 'volunteerVacancy'> & { volunteerVacancy?: Maybe<ResolversParentTypes['VolunteerVacancy']> };
  UserError: UserError;
  VacancyResponse: VacancyResponseModel;
  VacancyResponseConnection: Omit<VacancyResponseConnection, 'edges'> & { edges: Array<ResolversParentTypes['VacancyResponseEdge']> };
  VacancyResponseEdge: Omit<VacancyResponseEdge, 'node'> & { node: ResolversParentTypes['VacancyResponse'] };
  Volunteer: VolunteerModel;
  VolunteerImport: VolunteerImport;
  VolunteerImportRow: VolunteerImportRow;
  VolunteerVacancy: VolunteerVacancyModel;
  WelzijnIndicatorSet: WelzijnIndicatorSet;
  WithdrawFromBoardPayload: WithdrawFromBoardPayload;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = Context, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = Context, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  addition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnswerCascadePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnswerCascadePayload'] = ResolversParentTypes['AnswerCascadePayload']> = ResolversObject<{
  answered?: Resolver<Maybe<ResolversTypes['CascadeAnswerResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area'], FederationReferenceType extends FederationReferenceTypes['Area'] = FederationReferenceTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  helpRequests?: Resolver<Maybe<ResolversTypes['HelpRequestConnection']>, ParentType, ContextType, RequireFields<AreaHelpRequestsArgs, 'first'>>;
  welzijnIndicators?: Resolver<Maybe<ResolversTypes['WelzijnIndicatorSet']>, ParentType, ContextType, RequireFields<AreaWelzijnIndicatorsArgs, 'period'>>;
}>;

export type AreaCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaCount'] = ResolversParentTypes['AreaCount']> = ResolversObject<{
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type BatchProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchProposal'] = ResolversParentTypes['BatchProposal']> = ResolversObject<{
  assignments?: Resolver<Array<ResolversTypes['ProposedAssignment']>, ParentType, ContextType>;
  greedyTotalScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type BoardListingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardListing'] = ResolversParentTypes['BoardListing']> = ResolversObject<{
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['HelpCategory'], ParentType, ContextType>;
  helpersNeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placesLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  wishedTimes?: Resolver<Array<ResolversTypes['TimeSlot']>, ParentType, ContextType>;
}>;

export type BoardListingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardListingConnection'] = ResolversParentTypes['BoardListingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BoardListingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type BoardListingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardListingEdge'] = ResolversParentTypes['BoardListingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BoardListing'], ParentType, ContextType>;
}>;

export type BoardResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardResponse'] = ResolversParentTypes['BoardResponse']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['BoardListing'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['CandidatePool'], ParentType, ContextType>;
}>;

export type CancelCascadePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelCascadePayload'] = ResolversParentTypes['CancelCascadePayload']> = ResolversObject<{
  cascade?: Resolver<Maybe<ResolversTypes['Cascade']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = ResolversObject<{
  acceptsNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waitingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CascadeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cascade'] = ResolversParentTypes['Cascade']> = ResolversObject<{
  answerWithinHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['CascadeStarter'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CascadeStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['CascadeStep']>, ParentType, ContextType>;
}>;

export type CascadeAnswerResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CascadeAnswerResult'] = ResolversParentTypes['CascadeAnswerResult']> = ResolversObject<{
  answer?: Resolver<ResolversTypes['CascadeAnswer'], ParentType, ContextType>;
  matchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  stepId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CascadeAskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CascadeAsk'] = ResolversParentTypes['CascadeAsk']> = ResolversObject<{
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['HelpCategory'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['CandidatePool'], ParentType, ContextType>;
  wishedTimes?: Resolver<Array<ResolversTypes['TimeSlot']>, ParentType, ContextType>;
}>;

export type CascadeAskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CascadeAskConnection'] = ResolversParentTypes['CascadeAskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CascadeAskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CascadeAskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CascadeAskEdge'] = ResolversParentTypes['CascadeAskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CascadeAsk'], ParentType, ContextType>;
}>;

export type CascadeRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CascadeRule'] = ResolversParentTypes['CascadeRule']> = ResolversObject<{
  answerWithinHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['HelpCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replacedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CascadeStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CascadeStep'] = ResolversParentTypes['CascadeStep']> = ResolversObject<{
  answer?: Resolver<Maybe<ResolversTypes['CascadeAnswer']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  askedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['CandidatePool'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClarifyHelpRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClarifyHelpRequestPayload'] = ResolversParentTypes['ClarifyHelpRequestPayload']> = ResolversObject<{
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CloseVolunteerVacancyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CloseVolunteerVacancyPayload'] = ResolversParentTypes['CloseVolunteerVacancyPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteerVacancy?: Resolver<Maybe<ResolversTypes['VolunteerVacancy']>, ParentType, ContextType>;
}>;

export type ContactDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactDetails'] = ResolversParentTypes['ContactDetails']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  state?: Resolver<ResolversTypes['CountState'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CreateHelpRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateHelpRequestPayload'] = ResolversParentTypes['CreateHelpRequestPayload']> = ResolversObject<{
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateVolunteerVacancyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateVolunteerVacancyPayload'] = ResolversParentTypes['CreateVolunteerVacancyPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteerVacancy?: Resolver<Maybe<ResolversTypes['VolunteerVacancy']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EndVolunteerPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndVolunteerPayload'] = ResolversParentTypes['EndVolunteerPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type EraseWelzijnRecordsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EraseWelzijnRecordsPayload'] = ResolversParentTypes['EraseWelzijnRecordsPayload']> = ResolversObject<{
  erasure?: Resolver<Maybe<ResolversTypes['ErasureReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ErasedCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErasedCount'] = ResolversParentTypes['ErasedCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErasureReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErasureReport'] = ResolversParentTypes['ErasureReport']> = ResolversObject<{
  erased?: Resolver<Array<ResolversTypes['ErasedCount']>, ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type HelpRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequest'] = ResolversParentTypes['HelpRequest'], FederationReferenceType extends FederationReferenceTypes['HelpRequest'] = FederationReferenceTypes['HelpRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HelpRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  attentionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['MatchCandidate']>, ParentType, ContextType, RequireFields<HelpRequestCandidatesArgs, 'first'>>;
  cascade?: Resolver<Maybe<ResolversTypes['Cascade']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['HelpCategory'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  earlierHelpOffers?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  helpersNeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intakeOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  intensity?: Resolver<ResolversTypes['Intensity'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType>;
  notDirectNeighbour?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  referredBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  respondBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HelpRequestStatus'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['HelpTask']>, ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['HelpRequestTransfer']>, ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['HelpRequestTransition']>, ParentType, ContextType>;
  underlyingNeed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wishedTimes?: Resolver<Array<ResolversTypes['TimeSlot']>, ParentType, ContextType>;
}>;

export type HelpRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequestConnection'] = ResolversParentTypes['HelpRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HelpRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HelpRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequestEdge'] = ResolversParentTypes['HelpRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HelpRequest'], ParentType, ContextType>;
}>;

export type HelpRequestTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequestTransfer'] = ResolversParentTypes['HelpRequestTransfer']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  helpRequest?: Resolver<ResolversTypes['HelpRequest'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type HelpRequestTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequestTransition'] = ResolversParentTypes['HelpRequestTransition']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['HelpRequestStatus']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['HelpRequestStatus'], ParentType, ContextType>;
}>;

export type ImportVolunteersPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportVolunteersPayload'] = ResolversParentTypes['ImportVolunteersPayload']> = ResolversObject<{
  import?: Resolver<Maybe<ResolversTypes['VolunteerImport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  bucket?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  bucketEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byChildArea?: Resolver<Array<ResolversTypes['AreaCount']>, ParentType, ContextType>;
  byKey?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherKeys?: Resolver<Maybe<ResolversTypes['Count']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
}>;

export type IndicatorSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorSet'] = ResolversParentTypes['IndicatorSet']> = ResolversObject<{
  __resolveType: TypeResolveFn<'WelzijnIndicatorSet', ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeyCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyCount'] = ResolversParentTypes['KeyCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match'], FederationReferenceType extends FederationReferenceTypes['Match'] = FederationReferenceTypes['Match']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Match']> | FederationReferenceType, FederationReferenceType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['DeclineReason']>, ParentType, ContextType>;
  declinedBy?: Resolver<Maybe<ResolversTypes['DeclinedBy']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  followUpDue?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  followUpOutcome?: Resolver<Maybe<ResolversTypes['FollowUpOutcome']>, ParentType, ContextType>;
  helpOfferId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  helpRequest?: Resolver<ResolversTypes['HelpRequest'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  madeBy?: Resolver<ResolversTypes['MatchMaker'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['CandidatePool'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type MatchCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchCandidate'] = ResolversParentTypes['MatchCandidate']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['CandidatePool'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchConnection'] = ResolversParentTypes['MatchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchEdge'] = ResolversParentTypes['MatchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Match'], ParentType, ContextType>;
}>;

export type MatchViewConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchViewConnection'] = ResolversParentTypes['MatchViewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MatchViewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MatchViewEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchViewEdge'] = ResolversParentTypes['MatchViewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MatchViewItem'], ParentType, ContextType>;
}>;

export type MatchViewItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchViewItem'] = ResolversParentTypes['MatchViewItem']> = ResolversObject<{
  ageInDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysUntilResponseDue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  helpRequest?: Resolver<ResolversTypes['HelpRequest'], ParentType, ContextType>;
  responseOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  bucket?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CountState'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  answerCascade?: Resolver<ResolversTypes['AnswerCascadePayload'], ParentType, ContextType, RequireFields<MutationAnswerCascadeArgs, 'input'>>;
  cancelCascade?: Resolver<ResolversTypes['CancelCascadePayload'], ParentType, ContextType, RequireFields<MutationCancelCascadeArgs, 'id'>>;
  clarifyHelpRequest?: Resolver<ResolversTypes['ClarifyHelpRequestPayload'], ParentType, ContextType, RequireFields<MutationClarifyHelpRequestArgs, 'id' | 'underlyingNeed'>>;
  closeVolunteerVacancy?: Resolver<ResolversTypes['CloseVolunteerVacancyPayload'], ParentType, ContextType, RequireFields<MutationCloseVolunteerVacancyArgs, 'id'>>;
  createHelpRequest?: Resolver<ResolversTypes['CreateHelpRequestPayload'], ParentType, ContextType, RequireFields<MutationCreateHelpRequestArgs, 'input'>>;
  createVolunteerVacancy?: Resolver<ResolversTypes['CreateVolunteerVacancyPayload'], ParentType, ContextType, RequireFields<MutationCreateVolunteerVacancyArgs, 'input'>>;
  endVolunteer?: Resolver<ResolversTypes['EndVolunteerPayload'], ParentType, ContextType, RequireFields<MutationEndVolunteerArgs, 'id'>>;
  eraseWelzijnRecords?: Resolver<ResolversTypes['EraseWelzijnRecordsPayload'], ParentType, ContextType, RequireFields<MutationEraseWelzijnRecordsArgs, 'personId'>>;
  importVolunteers?: Resolver<ResolversTypes['ImportVolunteersPayload'], ParentType, ContextType, RequireFields<MutationImportVolunteersArgs, 'input'>>;
  pauseVolunteer?: Resolver<ResolversTypes['PauseVolunteerPayload'], ParentType, ContextType, RequireFields<MutationPauseVolunteerArgs, 'id' | 'until'>>;
  proposeMatch?: Resolver<ResolversTypes['ProposeMatchPayload'], ParentType, ContextType, RequireFields<MutationProposeMatchArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['RecordFollowUpPayload'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'id' | 'outcome' | 'satisfaction'>>;
  registerVolunteer?: Resolver<ResolversTypes['RegisterVolunteerPayload'], ParentType, ContextType, RequireFields<MutationRegisterVolunteerArgs, 'input'>>;
  releaseToBoard?: Resolver<ResolversTypes['ReleaseToBoardPayload'], ParentType, ContextType, RequireFields<MutationReleaseToBoardArgs, 'id'>>;
  removeCascadeRule?: Resolver<ResolversTypes['RemoveCascadeRulePayload'], ParentType, ContextType, RequireFields<MutationRemoveCascadeRuleArgs, 'input'>>;
  respondToBoard?: Resolver<ResolversTypes['RespondToBoardPayload'], ParentType, ContextType, RequireFields<MutationRespondToBoardArgs, 'input'>>;
  respondToVacancy?: Resolver<ResolversTypes['RespondToVacancyPayload'], ParentType, ContextType, RequireFields<MutationRespondToVacancyArgs, 'input'>>;
  resumeVolunteer?: Resolver<ResolversTypes['ResumeVolunteerPayload'], ParentType, ContextType, RequireFields<MutationResumeVolunteerArgs, 'id'>>;
  setCascadeRule?: Resolver<ResolversTypes['SetCascadeRulePayload'], ParentType, ContextType, RequireFields<MutationSetCascadeRuleArgs, 'input'>>;
  setVolunteerAvailable?: Resolver<ResolversTypes['SetVolunteerAvailablePayload'], ParentType, ContextType, RequireFields<MutationSetVolunteerAvailableArgs, 'available' | 'id'>>;
  startCascade?: Resolver<ResolversTypes['StartCascadePayload'], ParentType, ContextType, RequireFields<MutationStartCascadeArgs, 'input'>>;
  transferHelpRequest?: Resolver<ResolversTypes['TransferHelpRequestPayload'], ParentType, ContextType, RequireFields<MutationTransferHelpRequestArgs, 'input'>>;
  transitionHelpRequest?: Resolver<ResolversTypes['TransitionHelpRequestPayload'], ParentType, ContextType, RequireFields<MutationTransitionHelpRequestArgs, 'id' | 'to'>>;
  transitionMatch?: Resolver<ResolversTypes['TransitionMatchPayload'], ParentType, ContextType, RequireFields<MutationTransitionMatchArgs, 'id' | 'to'>>;
  updateVolunteer?: Resolver<ResolversTypes['UpdateVolunteerPayload'], ParentType, ContextType, RequireFields<MutationUpdateVolunteerArgs, 'id' | 'input'>>;
  updateVolunteerVacancy?: Resolver<ResolversTypes['UpdateVolunteerVacancyPayload'], ParentType, ContextType, RequireFields<MutationUpdateVolunteerVacancyArgs, 'id' | 'input'>>;
  withdrawFromBoard?: Resolver<ResolversTypes['WithdrawFromBoardPayload'], ParentType, ContextType, RequireFields<MutationWithdrawFromBoardArgs, 'id'>>;
}>;

export type NeighbourCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourCandidate'] = ResolversParentTypes['NeighbourCandidate']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OpeningHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = ResolversObject<{
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  helpRequests?: Resolver<Maybe<ResolversTypes['HelpRequestConnection']>, ParentType, ContextType, RequireFields<OrganisationHelpRequestsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PauseVolunteerPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PauseVolunteerPayload'] = ResolversParentTypes['PauseVolunteerPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  welzijnInvolvement?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  welzijnProcessingLog?: Resolver<Maybe<Array<ResolversTypes['ProcessingLogEntry']>>, ParentType, ContextType>;
  welzijnRecords?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type PhoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extension?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PhoneKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProcessingActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessingActivity'] = ResolversParentTypes['ProcessingActivity']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ProcessingPurpose'], ParentType, ContextType>;
}>;

export type ProcessingLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessingLogEntry'] = ResolversParentTypes['ProcessingLogEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ProcessingAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  foreignOperation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keptBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  processingActivity?: Resolver<Maybe<ResolversTypes['ProcessingActivity']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ProcessingPurpose'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  traceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProposeMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposeMatchPayload'] = ResolversParentTypes['ProposeMatchPayload']> = ResolversObject<{
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ProposedAssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedAssignment'] = ResolversParentTypes['ProposedAssignment']> = ResolversObject<{
  helpRequest?: Resolver<ResolversTypes['HelpRequest'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  batchProposal?: Resolver<ResolversTypes['BatchProposal'], ParentType, ContextType, RequireFields<QueryBatchProposalArgs, 'area'>>;
  board?: Resolver<ResolversTypes['BoardListingConnection'], ParentType, ContextType, RequireFields<QueryBoardArgs, 'area' | 'first'>>;
  cascadeAsks?: Resolver<ResolversTypes['CascadeAskConnection'], ParentType, ContextType, RequireFields<QueryCascadeAsksArgs, 'first'>>;
  cascadeRules?: Resolver<Array<ResolversTypes['CascadeRule']>, ParentType, ContextType>;
  followUpsDue?: Resolver<ResolversTypes['MatchConnection'], ParentType, ContextType, RequireFields<QueryFollowUpsDueArgs, 'first'>>;
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType, RequireFields<QueryHelpRequestArgs, 'id'>>;
  helpRequests?: Resolver<ResolversTypes['HelpRequestConnection'], ParentType, ContextType, RequireFields<QueryHelpRequestsArgs, 'first'>>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<QueryMatchArgs, 'id'>>;
  matchView?: Resolver<ResolversTypes['MatchViewConnection'], ParentType, ContextType, RequireFields<QueryMatchViewArgs, 'area' | 'first'>>;
  selfMatchesToReview?: Resolver<ResolversTypes['MatchConnection'], ParentType, ContextType, RequireFields<QuerySelfMatchesToReviewArgs, 'first'>>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<QueryVolunteerArgs, 'id'>>;
  volunteerVacancy?: Resolver<Maybe<ResolversTypes['VolunteerVacancy']>, ParentType, ContextType, RequireFields<QueryVolunteerVacancyArgs, 'id'>>;
}>;

export type RecordFollowUpPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordFollowUpPayload'] = ResolversParentTypes['RecordFollowUpPayload']> = ResolversObject<{
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RegisterVolunteerPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterVolunteerPayload'] = ResolversParentTypes['RegisterVolunteerPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type ReleaseToBoardPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleaseToBoardPayload'] = ResolversParentTypes['ReleaseToBoardPayload']> = ResolversObject<{
  listing?: Resolver<Maybe<ResolversTypes['BoardListing']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RemoveCascadeRulePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveCascadeRulePayload'] = ResolversParentTypes['RemoveCascadeRulePayload']> = ResolversObject<{
  cascadeRule?: Resolver<Maybe<ResolversTypes['CascadeRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RespondToBoardPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RespondToBoardPayload'] = ResolversParentTypes['RespondToBoardPayload']> = ResolversObject<{
  response?: Resolver<Maybe<ResolversTypes['BoardResponse']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RespondToVacancyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RespondToVacancyPayload'] = ResolversParentTypes['RespondToVacancyPayload']> = ResolversObject<{
  response?: Resolver<Maybe<ResolversTypes['VacancyResponse']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ResumeVolunteerPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResumeVolunteerPayload'] = ResolversParentTypes['ResumeVolunteerPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type SetCascadeRulePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetCascadeRulePayload'] = ResolversParentTypes['SetCascadeRulePayload']> = ResolversObject<{
  cascadeRule?: Resolver<Maybe<ResolversTypes['CascadeRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SetVolunteerAvailablePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetVolunteerAvailablePayload'] = ResolversParentTypes['SetVolunteerAvailablePayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type StartCascadePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartCascadePayload'] = ResolversParentTypes['StartCascadePayload']> = ResolversObject<{
  cascade?: Resolver<Maybe<ResolversTypes['Cascade']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StatisticsAreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticsArea'] = ResolversParentTypes['StatisticsArea']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumInterval?: Resolver<ResolversTypes['Interval'], ParentType, ContextType>;
}>;

export type TrainingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TransferHelpRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransferHelpRequestPayload'] = ResolversParentTypes['TransferHelpRequestPayload']> = ResolversObject<{
  transfer?: Resolver<Maybe<ResolversTypes['HelpRequestTransfer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TransitionHelpRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionHelpRequestPayload'] = ResolversParentTypes['TransitionHelpRequestPayload']> = ResolversObject<{
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TransitionMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionMatchPayload'] = ResolversParentTypes['TransitionMatchPayload']> = ResolversObject<{
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateVolunteerPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateVolunteerPayload'] = ResolversParentTypes['UpdateVolunteerPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type UpdateVolunteerVacancyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateVolunteerVacancyPayload'] = ResolversParentTypes['UpdateVolunteerVacancyPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteerVacancy?: Resolver<Maybe<ResolversTypes['VolunteerVacancy']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VacancyResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VacancyResponse'] = ResolversParentTypes['VacancyResponse']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  vacancy?: Resolver<ResolversTypes['VolunteerVacancy'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type VacancyResponseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VacancyResponseConnection'] = ResolversParentTypes['VacancyResponseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VacancyResponseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type VacancyResponseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VacancyResponseEdge'] = ResolversParentTypes['VacancyResponseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VacancyResponse'], ParentType, ContextType>;
}>;

export type VolunteerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Volunteer'] = ResolversParentTypes['Volunteer'], FederationReferenceType extends FederationReferenceTypes['Volunteer'] = FederationReferenceTypes['Volunteer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volunteer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['TimeSlot']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['HelpCategory']>, ParentType, ContextType>;
  competences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hasVog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  homeArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  limits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  loadCap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['MatchConnection'], ParentType, ContextType, RequireFields<VolunteerMatchesArgs, 'first'>>;
  maxDistanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  pausedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HelperStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['Training']>, ParentType, ContextType>;
  vogIssuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type VolunteerImportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerImport'] = ResolversParentTypes['VolunteerImport']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['VolunteerImportRow']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VolunteerImportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerImportRow'] = ResolversParentTypes['VolunteerImportRow']> = ResolversObject<{
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['VolunteerImportOutcome'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  volunteerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type VolunteerVacancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerVacancy'] = ResolversParentTypes['VolunteerVacancy'], FederationReferenceType extends FederationReferenceTypes['VolunteerVacancy'] = FederationReferenceTypes['VolunteerVacancy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerVacancy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['HelpCategory']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['ContactDetails'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  responses?: Resolver<Maybe<ResolversTypes['VacancyResponseConnection']>, ParentType, ContextType, RequireFields<VolunteerVacancyResponsesArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WelzijnIndicatorSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WelzijnIndicatorSet'] = ResolversParentTypes['WelzijnIndicatorSet']> = ResolversObject<{
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  roundingBase?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WithdrawFromBoardPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawFromBoardPayload'] = ResolversParentTypes['WithdrawFromBoardPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  withdrawnListingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  AnswerCascadePayload?: AnswerCascadePayloadResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  AreaCount?: AreaCountResolvers<ContextType>;
  BatchProposal?: BatchProposalResolvers<ContextType>;
  BoardListing?: BoardListingResolvers<ContextType>;
  BoardListingConnection?: BoardListingConnectionResolvers<ContextType>;
  BoardListingEdge?: BoardListingEdgeResolvers<ContextType>;
  BoardResponse?: BoardResponseResolvers<ContextType>;
  CancelCascadePayload?: CancelCascadePayloadResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  Cascade?: CascadeResolvers<ContextType>;
  CascadeAnswerResult?: CascadeAnswerResultResolvers<ContextType>;
  CascadeAsk?: CascadeAskResolvers<ContextType>;
  CascadeAskConnection?: CascadeAskConnectionResolvers<ContextType>;
  CascadeAskEdge?: CascadeAskEdgeResolvers<ContextType>;
  CascadeRule?: CascadeRuleResolvers<ContextType>;
  CascadeStep?: CascadeStepResolvers<ContextType>;
  ClarifyHelpRequestPayload?: ClarifyHelpRequestPayloadResolvers<ContextType>;
  CloseVolunteerVacancyPayload?: CloseVolunteerVacancyPayloadResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CreateHelpRequestPayload?: CreateHelpRequestPayloadResolvers<ContextType>;
  CreateVolunteerVacancyPayload?: CreateVolunteerVacancyPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EndVolunteerPayload?: EndVolunteerPayloadResolvers<ContextType>;
  EraseWelzijnRecordsPayload?: EraseWelzijnRecordsPayloadResolvers<ContextType>;
  ErasedCount?: ErasedCountResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  HelpRequest?: HelpRequestResolvers<ContextType>;
  HelpRequestConnection?: HelpRequestConnectionResolvers<ContextType>;
  HelpRequestEdge?: HelpRequestEdgeResolvers<ContextType>;
  HelpRequestTransfer?: HelpRequestTransferResolvers<ContextType>;
  HelpRequestTransition?: HelpRequestTransitionResolvers<ContextType>;
  ImportVolunteersPayload?: ImportVolunteersPayloadResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyCount?: KeyCountResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  MatchConnection?: MatchConnectionResolvers<ContextType>;
  MatchEdge?: MatchEdgeResolvers<ContextType>;
  MatchViewConnection?: MatchViewConnectionResolvers<ContextType>;
  MatchViewEdge?: MatchViewEdgeResolvers<ContextType>;
  MatchViewItem?: MatchViewItemResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCandidate?: NeighbourCandidateResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PauseVolunteerPayload?: PauseVolunteerPayloadResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  ProcessingActivity?: ProcessingActivityResolvers<ContextType>;
  ProcessingLogEntry?: ProcessingLogEntryResolvers<ContextType>;
  ProposeMatchPayload?: ProposeMatchPayloadResolvers<ContextType>;
  ProposedAssignment?: ProposedAssignmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordFollowUpPayload?: RecordFollowUpPayloadResolvers<ContextType>;
  RegisterVolunteerPayload?: RegisterVolunteerPayloadResolvers<ContextType>;
  ReleaseToBoardPayload?: ReleaseToBoardPayloadResolvers<ContextType>;
  RemoveCascadeRulePayload?: RemoveCascadeRulePayloadResolvers<ContextType>;
  RespondToBoardPayload?: RespondToBoardPayloadResolvers<ContextType>;
  RespondToVacancyPayload?: RespondToVacancyPayloadResolvers<ContextType>;
  ResumeVolunteerPayload?: ResumeVolunteerPayloadResolvers<ContextType>;
  SetCascadeRulePayload?: SetCascadeRulePayloadResolvers<ContextType>;
  SetVolunteerAvailablePayload?: SetVolunteerAvailablePayloadResolvers<ContextType>;
  StartCascadePayload?: StartCascadePayloadResolvers<ContextType>;
  StatisticsArea?: StatisticsAreaResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  TransferHelpRequestPayload?: TransferHelpRequestPayloadResolvers<ContextType>;
  TransitionHelpRequestPayload?: TransitionHelpRequestPayloadResolvers<ContextType>;
  TransitionMatchPayload?: TransitionMatchPayloadResolvers<ContextType>;
  UpdateVolunteerPayload?: UpdateVolunteerPayloadResolvers<ContextType>;
  UpdateVolunteerVacancyPayload?: UpdateVolunteerVacancyPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VacancyResponse?: VacancyResponseResolvers<ContextType>;
  VacancyResponseConnection?: VacancyResponseConnectionResolvers<ContextType>;
  VacancyResponseEdge?: VacancyResponseEdgeResolvers<ContextType>;
  Volunteer?: VolunteerResolvers<ContextType>;
  VolunteerImport?: VolunteerImportResolvers<ContextType>;
  VolunteerImportRow?: VolunteerImportRowResolvers<ContextType>;
  VolunteerVacancy?: VolunteerVacancyResolvers<ContextType>;
  WelzijnIndicatorSet?: WelzijnIndicatorSetResolvers<ContextType>;
  WithdrawFromBoardPayload?: WithdrawFromBoardPayloadResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
