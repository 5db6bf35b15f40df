import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HelpRequest as HelpRequestModel, VolunteerVacancy as VolunteerVacancyModel, Volunteer as VolunteerModel, Match as MatchModel } from '../entities';
import type { AreaRef as AreaRefModel, OrganisationRef as OrganisationRefModel, PersonRef as PersonRefModel } from '../../kit/references';
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

/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type Area = {
  __typename?: 'Area';
  /** CBS code: GMxxxx (gemeente), WKxxxxxx (wijk) or BUxxxxxxxx (buurt). */
  code: Scalars['ID']['output'];
  /** Your organisation's hulpvragen in this area and its sub-areas, in id order. */
  helpRequests?: Maybe<HelpRequestConnection>;
  /**
   * Hulpvragen, matches, time to match, backlog and volunteers here (welzijn). Indicators: requestsOpened (by
   * category), requestsByChannel, matchesMade (by MatchMaker), followUpOutcomes, activeVolunteers,
   * newVolunteers, openBacklog and overdueResponses (at the end of each bucket); measures medianDaysToMatch and
   * p90DaysToMatch (days from intake to the first proposed match, by bucket of intake). UTC days. Small counts
   * are suppressed. Roles analyst or hub-admin.
   */
  welzijnIndicators?: Maybe<IndicatorSet>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaHelpRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<HelpRequestStatus>>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaWelzijnIndicatorsArgs = {
  period: PeriodInput;
};

/** An indicator's count for one child area. */
export type AreaCount = {
  __typename?: 'AreaCount';
  /** CBS code of the wijk (under a gemeente) or buurt (under a wijk). */
  areaCode: Scalars['ID']['output'];
  /** The count in that area (suppressed together with the total and the other areas). */
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
  /** The proposed pairs, by hulpvraag and then volunteer. */
  assignments: Array<ProposedAssignment>;
  /** What taking the best pair first would have given, for comparison. */
  greedyTotalScore: Scalars['Float']['output'];
  /** Sum of the proposed pairs' scores (3 decimals). */
  totalScore: Scalars['Float']['output'];
};

/** Which pool a match candidate comes from. */
export type CandidatePool =
  /** aanbod van buren (bewoners) */
  | 'NEIGHBOUR'
  /** vrijwilligers of welzijn */
  | 'VOLUNTEER';

/** What clarifyHelpRequest answers. */
export type ClarifyHelpRequestPayload = {
  __typename?: 'ClarifyHelpRequestPayload';
  /** The clarified hulpvraag (ASSESSED); null when there are userErrors. */
  helpRequest?: Maybe<HelpRequest>;
  /** What was wrong with the input or the hulpvraag's state; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Purposes a resident can consent to for another partner (doelbinding). */
export type ConsentPurpose =
  /** afstemmen wie er betrokken is */
  | 'COORDINATION'
  /** koppelen aan een vrijwilliger of buur */
  | 'MATCHING'
  /** doorverwijzen naar of van een professional */
  | 'REFERRAL';

/** A count, or suppressed when it could point at a person (small-count suppression). */
export type Count = {
  __typename?: 'Count';
  /**
   * True when the count is hidden: it is below the threshold (SMALL_COUNT_THRESHOLD, default 5), or it would
   * let a hidden count be worked out from a total and the other parts, or the parent area's breakdown hides it.
   */
  suppressed: Scalars['Boolean']['output'];
  /** The count; null when suppressed. Zero is shown as 0. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** A hulpvraag to take in. */
export type CreateHelpRequestInput = {
  /** The buurt (BUxxxxxxxx) the help is needed in. */
  area: Scalars['ID']['input'];
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
  /** The resident (pseudonymous Person key). */
  requesterId: Scalars['ID']['input'];
  /** Promised response date, not in the past; default five days from now. */
  respondBy?: InputMaybe<Scalars['Date']['input']>;
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
  /** Per kind of record, how many were deleted (0 when there were none). */
  erased: Array<ErasedCount>;
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
  /** maatje */
  | 'BUDDY'
  /** respijt voor een mantelzorger */
  | 'CARER_RESPITE'
  /** gezelschap, bezoek */
  | 'COMPANY'
  /** digitale hulp */
  | 'DIGITAL_HELP'
  /** tuin */
  | 'GARDEN'
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
   * Helpers from every pool, ranked with the shared scoring function: your organisation's available volunteers
   * (the best 20), merged with the neighbours bewoners ranks (the best 20; only their pseudonymous key, score
   * and reasons cross over). Best score first, ties by pool and key. Roles matcher or partner-system.
   */
  candidates: Array<MatchCandidate>;
  /** What kind of help is asked. */
  category: HelpCategory;
  /** How it came in. */
  channel: IntakeChannel;
  /** When it was taken in. */
  createdAt: Scalars['DateTime']['output'];
  /** What the resident asked, in their words. Holders only: null for anyone else (a partner reading with consent). */
  description?: Maybe<Scalars['String']['output']>;
  /** How many helpers it needs (1–5). */
  helpersNeeded: Scalars['Int']['output'];
  /** The hulpvraag's key. */
  id: Scalars['ID']['output'];
  /** The organisation that took in the request. */
  intakeOrganisation: Organisation;
  /** How heavy and how long the help is. */
  intensity: Intensity;
  /** Languages the resident speaks (ISO 639-1); empty means no preference. */
  languages: Array<Scalars['String']['output']>;
  /** Approximate location (rounded to about 500 m); null when not given. */
  location?: Maybe<GeoPoint>;
  /** Its matches that the caller's organisation holds (as the hulpvraag's or the volunteer's organisation), in id order. */
  matches: Array<Match>;
  /** Neighbours ranked by bewoners for this request (pseudonymous). */
  neighbourCandidates?: Maybe<Array<NeighbourCandidate>>;
  /** The organisation that referred the resident here, if any (it holds the request too). */
  referredBy?: Maybe<Organisation>;
  /** The resident asking (pseudonymous). */
  requester: Person;
  /** Promised response date. */
  respondBy?: Maybe<Scalars['Date']['output']>;
  /** Where it is in its life (see HelpRequestStatus). */
  status: HelpRequestStatus;
  /** Every state change, oldest first (who made it and why: holders only). */
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

/** A counted indicator for one period bucket, with its breakdowns (all suppressed together). */
export type Indicator = {
  __typename?: 'Indicator';
  /** Start of the bucket (week, month or quarter). */
  bucket: Scalars['Date']['output'];
  /** Per wijk (for a gemeente) or buurt (for a wijk), sorted by code; empty for a buurt. */
  byChildArea: Array<AreaCount>;
  /** The count per breakdown key, sorted by key; empty when the indicator has no breakdown. */
  byKey: Array<KeyCount>;
  /** Which indicator, e.g. requestsOpened, matchesMade, referralsByReason, activitiesHeld (each subgraph's *Indicators field lists its own). */
  name: Scalars['String']['output'];
  /** The count in the whole area in this bucket. */
  total: Count;
};

/** One subgraph's dashboard figures for an area and period: counts with small-count suppression, and other statistics. */
export type IndicatorSet = {
  __typename?: 'IndicatorSet';
  /** One entry per indicator and bucket. */
  indicators: Array<Indicator>;
  /** Statistics that are not counts; empty when the subgraph has none. */
  measures: Array<Measure>;
};

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

/** Period bucket size of an indicator. */
export type Interval =
  /** calendar months (maanden) */
  | 'MONTH'
  /** calendar quarters (kwartalen) */
  | 'QUARTER'
  /** weken, Monday to Sunday (UTC dates) */
  | 'WEEK';

/** An indicator's count for one breakdown key. */
export type KeyCount = {
  __typename?: 'KeyCount';
  /** The count for this key (suppressed together with the total and the other keys). */
  count: Count;
  /** The breakdown value, e.g. a HelpCategory, IntakeChannel, MatchMaker, ReferralReason, ActivityKind or grant purpose, depending on the indicator. */
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
  /** One readable line per score component: distance, category, availability, language, load, continuity (e.g. "lives 1.2 km away (within 3 km)"). */
  reasons: Array<Scalars['String']['output']>;
  /** 0–1, higher is a better fit, rounded to 3 decimals; every eligible helper scores at least 0.15. */
  score: Scalars['Float']['output'];
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
  /** Start of the bucket (week, month or quarter). */
  bucket: Scalars['Date']['output'];
  /** Which statistic, e.g. medianDaysToMatch, p90DaysToMatch. */
  name: Scalars['String']['output'];
  /** True when it rests on fewer cases than the small-count threshold (default 5). */
  suppressed: Scalars['Boolean']['output'];
  /** The value, rounded to one decimal; null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records the vraag achter de vraag after clarification (NEW or ON_HOLD → ASSESSED). By an organisation holding the hulpvraag. Roles matcher or partner-system. */
  clarifyHelpRequest: ClarifyHelpRequestPayload;
  /**
   * Intake of a hulpvraag, by partner staff on behalf of a resident (phone, walk-in, home visit, via family
   * or a professional) or from the resident's web form. Retrying with the same clientMutationId and the same
   * input returns the same hulpvraag; the key with other input is a CONFLICT. It starts as NEW. Roles matcher,
   * professional or partner-system (taking it in for another organisation: professional).
   */
  createHelpRequest: CreateHelpRequestPayload;
  /** AVG: erases the resident's welzijn records (hulpvragen and their matches); the processing log is kept. Role hub-admin with purpose DATA_SUBJECT_REQUEST. */
  eraseWelzijnRecords: ErasureReport;
  /**
   * Proposes a helper for an OPEN hulpvraag your organisation took in (by a matcher, or SELF when the helper
   * responded). Respects helpers needed and load caps (CONFLICT otherwise); the hulpvraag becomes MATCHED once
   * it has the helpers it needs. Safe to retry with the same clientMutationId. Roles matcher or partner-system.
   */
  proposeMatch: ProposeMatchPayload;
  /** Records the follow-up of an active or ended match (due 17 days after the start); recording again overwrites it. By the hulpvraag's or the volunteer's organisation. Roles matcher or partner-system. */
  recordFollowUp: RecordFollowUpPayload;
  /** The volunteer's availability switch (beschikbaar / even niet), set by their organisation. Roles matcher or partner-system. */
  setVolunteerAvailable: SetVolunteerAvailablePayload;
  /** Moves a hulpvraag to another state; refused (INVALID_TRANSITION) when the state machine does not allow it. Recorded with who, when, why. By an organisation holding the hulpvraag. Roles matcher or partner-system. */
  transitionHelpRequest: TransitionHelpRequestPayload;
  /**
   * Moves a match on: INTRODUCED (koppelingsgesprek), ACTIVE, ENDED, or DECLINED with a reason; the hulpvraag
   * follows (ACTIVE → IN_PROGRESS, the last ENDED → COMPLETED, DECLINED → back to OPEN). By the hulpvraag's or
   * the volunteer's organisation. Roles matcher or partner-system.
   */
  transitionMatch: TransitionMatchPayload;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationClarifyHelpRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  underlyingNeed: Scalars['String']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateHelpRequestArgs = {
  input: CreateHelpRequestInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEraseWelzijnRecordsArgs = {
  personId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationProposeMatchArgs = {
  input: ProposeMatchInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRecordFollowUpArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: FollowUpOutcome;
  satisfaction: Scalars['Int']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationSetVolunteerAvailableArgs = {
  available: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
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
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: MatchStatus;
};

/**
 * A neighbour's help offer ranked for a hulpvraag by bewoners with the shared scoring function, before welzijn
 * merges it into HelpRequest.candidates as a MatchCandidate of pool NEIGHBOUR.
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

/** A period for indicators, cut into buckets. */
export type PeriodInput = {
  /** First day, inclusive. The first bucket starts at the week, month or quarter that holds it. */
  from: Scalars['Date']['input'];
  /** Bucket size (default MONTH). */
  interval?: InputMaybe<Interval>;
  /** Last day, inclusive; not before from and at most three years after it. */
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
  /** Welfare organisations holding hulpvragen of this resident (needs purpose COORDINATION and the resident's consent to it). */
  welzijnInvolvement?: Maybe<Array<Organisation>>;
  /** AVG inzage: what welzijn holds about the resident, with its processing log. Role hub-admin with purpose DATA_SUBJECT_REQUEST. */
  welzijnRecords?: Maybe<Scalars['JSON']['output']>;
};

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

/** What setVolunteerAvailable answers. */
export type SetVolunteerAvailablePayload = {
  __typename?: 'SetVolunteerAvailablePayload';
  /** What was wrong (NOT_FOUND for a volunteer that is not your organisation's); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The volunteer with the switch set; null when there are userErrors. */
  volunteer?: Maybe<Volunteer>;
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
  /** The volunteer's matches that the caller's organisation holds, in id order. */
  matches: Array<Match>;
  /** How far from home the volunteer will go, in km; hulpvragen further away are not offered to them. */
  maxDistanceKm: Scalars['Float']['output'];
  /** The welfare organisation the volunteer is registered with. */
  organisation: Organisation;
};

/** A vrijwilligersvacature: volunteer work a welfare organisation offers. Public. */
export type VolunteerVacancy = {
  __typename?: 'VolunteerVacancy';
  /** Where the work is. */
  area: Area;
  /** Kinds of help the work involves. */
  categories: Array<HelpCategory>;
  /** What the work is. */
  description: Scalars['String']['output'];
  /** Hours per week, when stated. */
  hoursPerWeek?: Maybe<Scalars['Int']['output']>;
  /** The vacancy's key. */
  id: Scalars['ID']['output'];
  /** The welfare organisation offering it. */
  organisation: Organisation;
  /** Title of the vacancy. */
  title: Scalars['String']['output'];
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
    & GraphQLRecursivePick<FederationTypes['Area'], {"code":true}> );
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



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Area: ResolverTypeWrapper<AreaRefModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaCount: ResolverTypeWrapper<AreaCount>;
  AreaLevel: AreaLevel;
  BatchProposal: ResolverTypeWrapper<Omit<BatchProposal, 'assignments'> & { assignments: Array<ResolversTypes['ProposedAssignment']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CandidatePool: CandidatePool;
  ClarifyHelpRequestPayload: ResolverTypeWrapper<Omit<ClarifyHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversTypes['HelpRequest']> }>;
  ConsentPurpose: ConsentPurpose;
  Count: ResolverTypeWrapper<Count>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateHelpRequestInput: CreateHelpRequestInput;
  CreateHelpRequestPayload: ResolverTypeWrapper<Omit<CreateHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversTypes['HelpRequest']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineReason: DeclineReason;
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
  HelpRequestTransition: ResolverTypeWrapper<Omit<HelpRequestTransition, 'organisation'> & { organisation: ResolversTypes['Organisation'] }>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorSet: ResolverTypeWrapper<IndicatorSet>;
  IntakeChannel: IntakeChannel;
  Intensity: Intensity;
  Interval: Interval;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyCount: ResolverTypeWrapper<KeyCount>;
  Match: ResolverTypeWrapper<MatchModel>;
  MatchCandidate: ResolverTypeWrapper<MatchCandidate>;
  MatchMaker: MatchMaker;
  MatchStatus: MatchStatus;
  MatchViewConnection: ResolverTypeWrapper<Omit<MatchViewConnection, 'edges'> & { edges: Array<ResolversTypes['MatchViewEdge']> }>;
  MatchViewEdge: ResolverTypeWrapper<Omit<MatchViewEdge, 'node'> & { node: ResolversTypes['MatchViewItem'] }>;
  MatchViewItem: ResolverTypeWrapper<Omit<MatchViewItem, 'helpRequest'> & { helpRequest: ResolversTypes['HelpRequest'] }>;
  Measure: ResolverTypeWrapper<Measure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourCandidate: ResolverTypeWrapper<NeighbourCandidate>;
  Organisation: ResolverTypeWrapper<OrganisationRefModel>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRefModel>;
  ProposeMatchInput: ProposeMatchInput;
  ProposeMatchPayload: ResolverTypeWrapper<Omit<ProposeMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  ProposedAssignment: ResolverTypeWrapper<Omit<ProposedAssignment, 'helpRequest' | 'volunteer'> & { helpRequest: ResolversTypes['HelpRequest'], volunteer: ResolversTypes['Volunteer'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordFollowUpPayload: ResolverTypeWrapper<Omit<RecordFollowUpPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  SetVolunteerAvailablePayload: ResolverTypeWrapper<Omit<SetVolunteerAvailablePayload, 'volunteer'> & { volunteer?: Maybe<ResolversTypes['Volunteer']> }>;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
  TransitionHelpRequestPayload: ResolverTypeWrapper<Omit<TransitionHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversTypes['HelpRequest']> }>;
  TransitionMatchPayload: ResolverTypeWrapper<Omit<TransitionMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  Volunteer: ResolverTypeWrapper<VolunteerModel>;
  VolunteerVacancy: ResolverTypeWrapper<VolunteerVacancyModel>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Area: AreaRefModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AreaCount: AreaCount;
  BatchProposal: Omit<BatchProposal, 'assignments'> & { assignments: Array<ResolversParentTypes['ProposedAssignment']> };
  Float: Scalars['Float']['output'];
  ClarifyHelpRequestPayload: Omit<ClarifyHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversParentTypes['HelpRequest']> };
  Count: Count;
  Boolean: Scalars['Boolean']['output'];
  CreateHelpRequestInput: CreateHelpRequestInput;
  CreateHelpRequestPayload: Omit<CreateHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversParentTypes['HelpRequest']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ErasedCount: ErasedCount;
  ErasureReport: ErasureReport;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  HelpRequest: HelpRequestModel;
  HelpRequestConnection: Omit<HelpRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['HelpRequestEdge']> };
  HelpRequestEdge: Omit<HelpRequestEdge, 'node'> & { node: ResolversParentTypes['HelpRequest'] };
  HelpRequestTransition: Omit<HelpRequestTransition, 'organisation'> & { organisation: ResolversParentTypes['Organisation'] };
  Indicator: Indicator;
  IndicatorSet: IndicatorSet;
  JSON: Scalars['JSON']['output'];
  KeyCount: KeyCount;
  Match: MatchModel;
  MatchCandidate: MatchCandidate;
  MatchViewConnection: Omit<MatchViewConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchViewEdge']> };
  MatchViewEdge: Omit<MatchViewEdge, 'node'> & { node: ResolversParentTypes['MatchViewItem'] };
  MatchViewItem: Omit<MatchViewItem, 'helpRequest'> & { helpRequest: ResolversParentTypes['HelpRequest'] };
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  NeighbourCandidate: NeighbourCandidate;
  Organisation: OrganisationRefModel;
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRefModel;
  ProposeMatchInput: ProposeMatchInput;
  ProposeMatchPayload: Omit<ProposeMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  ProposedAssignment: Omit<ProposedAssignment, 'helpRequest' | 'volunteer'> & { helpRequest: ResolversParentTypes['HelpRequest'], volunteer: ResolversParentTypes['Volunteer'] };
  Query: Record<PropertyKey, never>;
  RecordFollowUpPayload: Omit<RecordFollowUpPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  SetVolunteerAvailablePayload: Omit<SetVolunteerAvailablePayload, 'volunteer'> & { volunteer?: Maybe<ResolversParentTypes['Volunteer']> };
  TransitionHelpRequestPayload: Omit<TransitionHelpRequestPayload, 'helpRequest'> & { helpRequest?: Maybe<ResolversParentTypes['HelpRequest']> };
  TransitionMatchPayload: Omit<TransitionMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  UserError: UserError;
  Volunteer: VolunteerModel;
  VolunteerVacancy: VolunteerVacancyModel;
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

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area'], FederationReferenceType extends FederationReferenceTypes['Area'] = FederationReferenceTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  helpRequests?: Resolver<Maybe<ResolversTypes['HelpRequestConnection']>, ParentType, ContextType, RequireFields<AreaHelpRequestsArgs, 'first'>>;
  welzijnIndicators?: Resolver<Maybe<ResolversTypes['IndicatorSet']>, ParentType, ContextType, RequireFields<AreaWelzijnIndicatorsArgs, 'period'>>;
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

export type ClarifyHelpRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClarifyHelpRequestPayload'] = ResolversParentTypes['ClarifyHelpRequestPayload']> = ResolversObject<{
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CreateHelpRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateHelpRequestPayload'] = ResolversParentTypes['CreateHelpRequestPayload']> = ResolversObject<{
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErasedCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErasedCount'] = ResolversParentTypes['ErasedCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErasureReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErasureReport'] = ResolversParentTypes['ErasureReport']> = ResolversObject<{
  erased?: Resolver<Array<ResolversTypes['ErasedCount']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type HelpRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequest'] = ResolversParentTypes['HelpRequest'], FederationReferenceType extends FederationReferenceTypes['HelpRequest'] = FederationReferenceTypes['HelpRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HelpRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['MatchCandidate']>, ParentType, ContextType, RequireFields<HelpRequestCandidatesArgs, 'first'>>;
  category?: Resolver<ResolversTypes['HelpCategory'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  helpersNeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intakeOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  intensity?: Resolver<ResolversTypes['Intensity'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType>;
  referredBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  respondBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HelpRequestStatus'], ParentType, ContextType>;
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

export type HelpRequestTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequestTransition'] = ResolversParentTypes['HelpRequestTransition']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['HelpRequestStatus']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['HelpRequestStatus'], ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  bucket?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byChildArea?: Resolver<Array<ResolversTypes['AreaCount']>, ParentType, ContextType>;
  byKey?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type IndicatorSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorSet'] = ResolversParentTypes['IndicatorSet']> = ResolversObject<{
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
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
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  clarifyHelpRequest?: Resolver<ResolversTypes['ClarifyHelpRequestPayload'], ParentType, ContextType, RequireFields<MutationClarifyHelpRequestArgs, 'id' | 'underlyingNeed'>>;
  createHelpRequest?: Resolver<ResolversTypes['CreateHelpRequestPayload'], ParentType, ContextType, RequireFields<MutationCreateHelpRequestArgs, 'input'>>;
  eraseWelzijnRecords?: Resolver<ResolversTypes['ErasureReport'], ParentType, ContextType, RequireFields<MutationEraseWelzijnRecordsArgs, 'personId'>>;
  proposeMatch?: Resolver<ResolversTypes['ProposeMatchPayload'], ParentType, ContextType, RequireFields<MutationProposeMatchArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['RecordFollowUpPayload'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'id' | 'outcome' | 'satisfaction'>>;
  setVolunteerAvailable?: Resolver<ResolversTypes['SetVolunteerAvailablePayload'], ParentType, ContextType, RequireFields<MutationSetVolunteerAvailableArgs, 'available' | 'id'>>;
  transitionHelpRequest?: Resolver<ResolversTypes['TransitionHelpRequestPayload'], ParentType, ContextType, RequireFields<MutationTransitionHelpRequestArgs, 'id' | 'to'>>;
  transitionMatch?: Resolver<ResolversTypes['TransitionMatchPayload'], ParentType, ContextType, RequireFields<MutationTransitionMatchArgs, 'id' | 'to'>>;
}>;

export type NeighbourCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourCandidate'] = ResolversParentTypes['NeighbourCandidate']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  welzijnInvolvement?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  welzijnRecords?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
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
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType, RequireFields<QueryHelpRequestArgs, 'id'>>;
  helpRequests?: Resolver<ResolversTypes['HelpRequestConnection'], ParentType, ContextType, RequireFields<QueryHelpRequestsArgs, 'first'>>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<QueryMatchArgs, 'id'>>;
  matchView?: Resolver<ResolversTypes['MatchViewConnection'], ParentType, ContextType, RequireFields<QueryMatchViewArgs, 'area' | 'first'>>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<QueryVolunteerArgs, 'id'>>;
  volunteerVacancy?: Resolver<Maybe<ResolversTypes['VolunteerVacancy']>, ParentType, ContextType, RequireFields<QueryVolunteerVacancyArgs, 'id'>>;
}>;

export type RecordFollowUpPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordFollowUpPayload'] = ResolversParentTypes['RecordFollowUpPayload']> = ResolversObject<{
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SetVolunteerAvailablePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetVolunteerAvailablePayload'] = ResolversParentTypes['SetVolunteerAvailablePayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
}>;

export type TransitionHelpRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionHelpRequestPayload'] = ResolversParentTypes['TransitionHelpRequestPayload']> = ResolversObject<{
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TransitionMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionMatchPayload'] = ResolversParentTypes['TransitionMatchPayload']> = ResolversObject<{
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VolunteerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Volunteer'] = ResolversParentTypes['Volunteer'], FederationReferenceType extends FederationReferenceTypes['Volunteer'] = FederationReferenceTypes['Volunteer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volunteer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['TimeSlot']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['HelpCategory']>, ParentType, ContextType>;
  hasVog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  homeArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  limits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  loadCap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType>;
  maxDistanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type VolunteerVacancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerVacancy'] = ResolversParentTypes['VolunteerVacancy'], FederationReferenceType extends FederationReferenceTypes['VolunteerVacancy'] = FederationReferenceTypes['VolunteerVacancy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerVacancy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['HelpCategory']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  Area?: AreaResolvers<ContextType>;
  AreaCount?: AreaCountResolvers<ContextType>;
  BatchProposal?: BatchProposalResolvers<ContextType>;
  ClarifyHelpRequestPayload?: ClarifyHelpRequestPayloadResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CreateHelpRequestPayload?: CreateHelpRequestPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ErasedCount?: ErasedCountResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  HelpRequest?: HelpRequestResolvers<ContextType>;
  HelpRequestConnection?: HelpRequestConnectionResolvers<ContextType>;
  HelpRequestEdge?: HelpRequestEdgeResolvers<ContextType>;
  HelpRequestTransition?: HelpRequestTransitionResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyCount?: KeyCountResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  MatchViewConnection?: MatchViewConnectionResolvers<ContextType>;
  MatchViewEdge?: MatchViewEdgeResolvers<ContextType>;
  MatchViewItem?: MatchViewItemResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCandidate?: NeighbourCandidateResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  ProposeMatchPayload?: ProposeMatchPayloadResolvers<ContextType>;
  ProposedAssignment?: ProposedAssignmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordFollowUpPayload?: RecordFollowUpPayloadResolvers<ContextType>;
  SetVolunteerAvailablePayload?: SetVolunteerAvailablePayloadResolvers<ContextType>;
  TransitionHelpRequestPayload?: TransitionHelpRequestPayloadResolvers<ContextType>;
  TransitionMatchPayload?: TransitionMatchPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Volunteer?: VolunteerResolvers<ContextType>;
  VolunteerVacancy?: VolunteerVacancyResolvers<ContextType>;
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
