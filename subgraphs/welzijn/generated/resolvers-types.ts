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
  /** A calendar date, ISO 8601 (e.g. 2026-11-23). */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with time zone (e.g. 2026-11-23T09:30:00.000Z). */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value (used for the AVG data export of a resident). */
  JSON: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Area = {
  __typename?: 'Area';
  code: Scalars['ID']['output'];
  /** Your organisation's hulpvragen in this area and its sub-areas. */
  helpRequests?: Maybe<HelpRequestConnection>;
  /** Hulpvragen, matches, time to match, backlog and volunteers here (welzijn). Small counts are suppressed. */
  welzijnIndicators?: Maybe<IndicatorSet>;
};


export type AreaHelpRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<HelpRequestStatus>>;
};


export type AreaWelzijnIndicatorsArgs = {
  period: PeriodInput;
};

export type AreaCount = {
  __typename?: 'AreaCount';
  areaCode: Scalars['ID']['output'];
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

export type BatchProposal = {
  __typename?: 'BatchProposal';
  assignments: Array<ProposedAssignment>;
  /** What taking the best pair first would have given, for comparison. */
  greedyTotalScore: Scalars['Float']['output'];
  totalScore: Scalars['Float']['output'];
};

/** Which pool a match candidate comes from. */
export type CandidatePool =
  /** aanbod van buren (bewoners) */
  | 'NEIGHBOUR'
  /** vrijwilligers of welzijn */
  | 'VOLUNTEER';

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
  suppressed: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Int']['output']>;
};

export type CreateHelpRequestInput = {
  /** The buurt (BUxxxxxxxx) the help is needed in. */
  area: Scalars['ID']['input'];
  category: HelpCategory;
  channel: IntakeChannel;
  /** Makes the mutation safe to retry (unique per organisation). */
  clientMutationId: Scalars['String']['input'];
  /** What the resident asks, in their words (private: the holding organisations only). */
  description: Scalars['String']['input'];
  /** A welfare organisation taking the request in for the caller (a professional referring to informal help). */
  forOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  helpersNeeded?: InputMaybe<Scalars['Int']['input']>;
  intensity: Intensity;
  /** Languages the resident speaks (ISO 639-1, e.g. nl, tr). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where, approximately; rounded to about 500 m before it is stored. */
  location?: InputMaybe<GeoPointInput>;
  /** The resident (pseudonymous Person key). */
  requesterId: Scalars['ID']['input'];
  /** Promised response date; default five days from now. */
  respondBy?: InputMaybe<Scalars['Date']['input']>;
  wishedTimes?: InputMaybe<Array<TimeSlot>>;
};

/** Why a match did not go ahead. */
export type DeclineReason =
  /** al geholpen */
  | 'ALREADY_HELPED'
  /** geen klik */
  | 'NO_CLICK'
  | 'OTHER'
  /** te ver */
  | 'TOO_FAR'
  /** onduidelijke vraag */
  | 'UNCLEAR';

export type ErasedCount = {
  __typename?: 'ErasedCount';
  count: Scalars['Int']['output'];
  entity: Scalars['String']['output'];
};

/** What an AVG erasure removed in one subgraph, per kind of record (the processing log is kept). */
export type ErasureReport = {
  __typename?: 'ErasureReport';
  erased: Array<ErasedCount>;
  personId: Scalars['ID']['output'];
};

/** How a match is going at the follow-up. */
export type FollowUpOutcome =
  | 'GOING_WELL'
  | 'NEEDS_ATTENTION'
  | 'STOPPED';

/** A WGS84 point. Locations of people are rounded before they are stored. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type GeoPointInput = {
  latitude: Scalars['Float']['input'];
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

/** A hulpvraag: a resident asks for help with something concrete. Personal data. */
export type HelpRequest = {
  __typename?: 'HelpRequest';
  /** The buurt the help is needed in. */
  area: Area;
  /**
   * Helpers from every pool, ranked with the shared scoring function: welzijn's volunteers, merged with the
   * neighbours bewoners ranks (only their pseudonymous key, score and reasons cross over).
   */
  candidates: Array<MatchCandidate>;
  category: HelpCategory;
  channel: IntakeChannel;
  createdAt: Scalars['DateTime']['output'];
  /** What the resident asked (holding organisations only). */
  description?: Maybe<Scalars['String']['output']>;
  helpersNeeded: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The organisation that took in the request. */
  intakeOrganisation: Organisation;
  intensity: Intensity;
  languages: Array<Scalars['String']['output']>;
  /** Approximate location (rounded to about 500 m). */
  location?: Maybe<GeoPoint>;
  matches: Array<Match>;
  /** Neighbours ranked by bewoners for this request (pseudonymous). */
  neighbourCandidates?: Maybe<Array<NeighbourCandidate>>;
  /** The organisation that referred the resident here, if any (it holds the request too). */
  referredBy?: Maybe<Organisation>;
  /** The resident asking (pseudonymous). */
  requester: Person;
  /** Promised response date. */
  respondBy?: Maybe<Scalars['Date']['output']>;
  status: HelpRequestStatus;
  /** Every state change, oldest first. */
  transitions: Array<HelpRequestTransition>;
  /** The vraag achter de vraag, after clarification (holding organisations only). */
  underlyingNeed?: Maybe<Scalars['String']['output']>;
  wishedTimes: Array<TimeSlot>;
};


/** A hulpvraag: a resident asks for help with something concrete. Personal data. */
export type HelpRequestCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type HelpRequestConnection = {
  __typename?: 'HelpRequestConnection';
  edges: Array<HelpRequestEdge>;
  pageInfo: PageInfo;
};

export type HelpRequestEdge = {
  __typename?: 'HelpRequestEdge';
  cursor: Scalars['String']['output'];
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
  at: Scalars['DateTime']['output'];
  /** Who (token subject) and from which organisation. */
  by: Scalars['String']['output'];
  from?: Maybe<HelpRequestStatus>;
  organisation: Organisation;
  reason?: Maybe<Scalars['String']['output']>;
  to: HelpRequestStatus;
};

/** A counted indicator for one period bucket, with its breakdowns (all suppressed together). */
export type Indicator = {
  __typename?: 'Indicator';
  /** Start of the bucket (week, month or quarter). */
  bucket: Scalars['Date']['output'];
  /** Per wijk (for a gemeente) or buurt (for a wijk). */
  byChildArea: Array<AreaCount>;
  byKey: Array<KeyCount>;
  name: Scalars['String']['output'];
  total: Count;
};

export type IndicatorSet = {
  __typename?: 'IndicatorSet';
  indicators: Array<Indicator>;
  measures: Array<Measure>;
};

/** How a hulpvraag came in. */
export type IntakeChannel =
  /** via familie */
  | 'FAMILY'
  /** huisbezoek */
  | 'HOME_VISIT'
  | 'PHONE'
  /** via een professional */
  | 'PROFESSIONAL'
  /** binnenloop in een buurtkamer */
  | 'WALK_IN'
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
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK';

export type KeyCount = {
  __typename?: 'KeyCount';
  count: Count;
  key: Scalars['String']['output'];
};

/** A koppeling between a hulpvraag and a helper. Personal data. */
export type Match = {
  __typename?: 'Match';
  declineReason?: Maybe<DeclineReason>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the follow-up is due: 17 days after the start. */
  followUpDue?: Maybe<Scalars['DateTime']['output']>;
  followUpOutcome?: Maybe<FollowUpOutcome>;
  /** The neighbour's help offer id, for a NEIGHBOUR match (details in bewoners, with consent). */
  helpOfferId?: Maybe<Scalars['ID']['output']>;
  helpRequest: HelpRequest;
  id: Scalars['ID']['output'];
  madeBy: MatchMaker;
  pool: CandidatePool;
  proposedAt: Scalars['DateTime']['output'];
  /** 1 (poor) to 5 (very good). */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
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
  pool: CandidatePool;
  reasons: Array<Scalars['String']['output']>;
  /** 0–1, higher is a better fit. */
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
  | 'ACTIVE'
  | 'DECLINED'
  | 'ENDED'
  /** koppelingsgesprek gehad */
  | 'INTRODUCED'
  | 'PROPOSED';

export type MatchViewConnection = {
  __typename?: 'MatchViewConnection';
  edges: Array<MatchViewEdge>;
  pageInfo: PageInfo;
};

export type MatchViewEdge = {
  __typename?: 'MatchViewEdge';
  cursor: Scalars['String']['output'];
  node: MatchViewItem;
};

/** A hulpvraag on the matcher's screen. */
export type MatchViewItem = {
  __typename?: 'MatchViewItem';
  /** Days since intake. */
  ageInDays: Scalars['Int']['output'];
  /** Days until the promised response date (negative: overdue). */
  daysUntilResponseDue?: Maybe<Scalars['Int']['output']>;
  helpRequest: HelpRequest;
  responseOverdue: Scalars['Boolean']['output'];
};

/** A statistic that is not a count (e.g. median days to match), hidden when it rests on too few cases. */
export type Measure = {
  __typename?: 'Measure';
  bucket: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records the vraag achter de vraag after clarification (NEW → ASSESSED). */
  clarifyHelpRequest: HelpRequest;
  /**
   * Intake of a hulpvraag, by partner staff on behalf of a resident (phone, walk-in, home visit, via family
   * or a professional) or from the resident's web form. Retrying with the same clientMutationId returns the
   * same hulpvraag.
   */
  createHelpRequest: HelpRequest;
  /** AVG: erases the resident's welzijn records (hulpvragen and their matches); the processing log is kept. */
  eraseWelzijnRecords: ErasureReport;
  /** Proposes a helper for a hulpvraag (by a matcher, or SELF when the helper responded). Respects helpers needed and load caps. */
  proposeMatch: Match;
  /** Records the follow-up of an active match (2–3 weeks after the start). */
  recordFollowUp: Match;
  /** The volunteer's availability switch (beschikbaar / even niet), set by their organisation. */
  setVolunteerAvailable: Volunteer;
  /** Moves a hulpvraag to another state; refused when the state machine does not allow it. Recorded with who, when, why. */
  transitionHelpRequest: HelpRequest;
  /** Moves a match on: INTRODUCED (koppelingsgesprek), ACTIVE, ENDED, or DECLINED with a reason. */
  transitionMatch: Match;
};


export type MutationClarifyHelpRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  underlyingNeed: Scalars['String']['input'];
};


export type MutationCreateHelpRequestArgs = {
  input: CreateHelpRequestInput;
};


export type MutationEraseWelzijnRecordsArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationProposeMatchArgs = {
  input: ProposeMatchInput;
};


export type MutationRecordFollowUpArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: FollowUpOutcome;
  satisfaction: Scalars['Int']['input'];
};


export type MutationSetVolunteerAvailableArgs = {
  available: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationTransitionHelpRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: HelpRequestStatus;
};


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
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
};

export type Organisation = {
  __typename?: 'Organisation';
  /** Hulpvragen this organisation took in (only for the organisation itself). */
  helpRequests?: Maybe<HelpRequestConnection>;
  id: Scalars['ID']['output'];
};


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

/** Relay pagination info. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A period for indicators, cut into buckets. */
export type PeriodInput = {
  from: Scalars['Date']['input'];
  interval?: InputMaybe<Interval>;
  to: Scalars['Date']['input'];
};

export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /** Welfare organisations holding hulpvragen of this resident (needs consent to COORDINATION). */
  welzijnInvolvement?: Maybe<Array<Organisation>>;
  /** AVG inzage: what welzijn holds about the resident, with its processing log. */
  welzijnRecords?: Maybe<Scalars['JSON']['output']>;
};

export type ProposeMatchInput = {
  /** Makes the mutation safe to retry. */
  clientMutationId: Scalars['String']['input'];
  helpRequestId: Scalars['ID']['input'];
  /** Volunteer id or help offer id. */
  helperId: Scalars['ID']['input'];
  madeBy: MatchMaker;
  pool: CandidatePool;
};

export type ProposedAssignment = {
  __typename?: 'ProposedAssignment';
  helpRequest: HelpRequest;
  score: Scalars['Float']['output'];
  volunteer: Volunteer;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Batch proposal for an area: an assignment of its open hulpvragen to your volunteers that maximises the
   * total score under load caps (min-cost flow). Nothing is written; propose the matches you agree with.
   */
  batchProposal: BatchProposal;
  /** One hulpvraag (your organisation's, or another's with the resident's consent for your purpose). */
  helpRequest?: Maybe<HelpRequest>;
  /** Your organisation's hulpvragen, optionally in one area (including its sub-areas), of some states and categories. */
  helpRequests: HelpRequestConnection;
  /** One match (koppeling) of your organisation. */
  match?: Maybe<Match>;
  /**
   * The matcher's screen (matchoverzicht): your organisation's hulpvragen in an area (default: OPEN), oldest
   * first, with their age and response-date warnings; ask each for `helpRequest { candidates }`.
   */
  matchView: MatchViewConnection;
  /** One of your organisation's volunteers. */
  volunteer?: Maybe<Volunteer>;
  /** A published volunteer vacancy (public; they are on the sociale kaart too). */
  volunteerVacancy?: Maybe<VolunteerVacancy>;
};


export type QueryBatchProposalArgs = {
  area: Scalars['ID']['input'];
};


export type QueryHelpRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHelpRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  categories?: InputMaybe<Array<HelpCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<HelpRequestStatus>>;
};


export type QueryMatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchViewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area: Scalars['ID']['input'];
  categories?: InputMaybe<Array<HelpCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<HelpRequestStatus>>;
};


export type QueryVolunteerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerVacancyArgs = {
  id: Scalars['ID']['input'];
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
  | 'FRI_AFTERNOON'
  | 'FRI_EVENING'
  | 'FRI_MORNING'
  | 'MON_AFTERNOON'
  | 'MON_EVENING'
  | 'MON_MORNING'
  | 'SAT_AFTERNOON'
  | 'SAT_EVENING'
  | 'SAT_MORNING'
  | 'SUN_AFTERNOON'
  | 'SUN_EVENING'
  | 'SUN_MORNING'
  | 'THU_AFTERNOON'
  | 'THU_EVENING'
  | 'THU_MORNING'
  | 'TUE_AFTERNOON'
  | 'TUE_EVENING'
  | 'TUE_MORNING'
  | 'WED_AFTERNOON'
  | 'WED_EVENING'
  | 'WED_MORNING';

/** A vrijwilliger registered with a welfare organisation. Personal data, for that organisation only. */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** Matches now proposed, introduced or active. */
  activeMatches: Scalars['Int']['output'];
  availability: Array<TimeSlot>;
  /** The availability switch: off means 'not now'. */
  available: Scalars['Boolean']['output'];
  categories: Array<HelpCategory>;
  /** Has a valid VOG (verklaring omtrent gedrag). */
  hasVog: Scalars['Boolean']['output'];
  /** The buurt the volunteer lives in. */
  homeArea: Area;
  id: Scalars['ID']['output'];
  /** Covered by the volunteer insurance (vrijwilligersverzekering). */
  insured: Scalars['Boolean']['output'];
  languages: Array<Scalars['String']['output']>;
  /** Categories or codes the volunteer will not do (e.g. NO_PERSONAL_CARE). */
  limits: Array<Scalars['String']['output']>;
  /** Most matches at once. */
  loadCap: Scalars['Int']['output'];
  matches: Array<Match>;
  maxDistanceKm: Scalars['Float']['output'];
  organisation: Organisation;
};

/** A vrijwilligersvacature: volunteer work a welfare organisation offers. Public. */
export type VolunteerVacancy = {
  __typename?: 'VolunteerVacancy';
  area: Area;
  categories: Array<HelpCategory>;
  description: Scalars['String']['output'];
  hoursPerWeek?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  organisation: Organisation;
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
  ConsentPurpose: ConsentPurpose;
  Count: ResolverTypeWrapper<Count>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateHelpRequestInput: CreateHelpRequestInput;
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
  ProposedAssignment: ResolverTypeWrapper<Omit<ProposedAssignment, 'helpRequest' | 'volunteer'> & { helpRequest: ResolversTypes['HelpRequest'], volunteer: ResolversTypes['Volunteer'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
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
  Count: Count;
  Boolean: Scalars['Boolean']['output'];
  CreateHelpRequestInput: CreateHelpRequestInput;
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
  ProposedAssignment: Omit<ProposedAssignment, 'helpRequest' | 'volunteer'> & { helpRequest: ResolversParentTypes['HelpRequest'], volunteer: ResolversParentTypes['Volunteer'] };
  Query: Record<PropertyKey, never>;
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

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  clarifyHelpRequest?: Resolver<ResolversTypes['HelpRequest'], ParentType, ContextType, RequireFields<MutationClarifyHelpRequestArgs, 'id' | 'underlyingNeed'>>;
  createHelpRequest?: Resolver<ResolversTypes['HelpRequest'], ParentType, ContextType, RequireFields<MutationCreateHelpRequestArgs, 'input'>>;
  eraseWelzijnRecords?: Resolver<ResolversTypes['ErasureReport'], ParentType, ContextType, RequireFields<MutationEraseWelzijnRecordsArgs, 'personId'>>;
  proposeMatch?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<MutationProposeMatchArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'id' | 'outcome' | 'satisfaction'>>;
  setVolunteerAvailable?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType, RequireFields<MutationSetVolunteerAvailableArgs, 'available' | 'id'>>;
  transitionHelpRequest?: Resolver<ResolversTypes['HelpRequest'], ParentType, ContextType, RequireFields<MutationTransitionHelpRequestArgs, 'id' | 'to'>>;
  transitionMatch?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<MutationTransitionMatchArgs, 'id' | 'to'>>;
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
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  welzijnInvolvement?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  welzijnRecords?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
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
  Count?: CountResolvers<ContextType>;
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
  ProposedAssignment?: ProposedAssignmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
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
