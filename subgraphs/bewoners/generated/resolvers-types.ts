import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Activity as ActivityModel, HelpOffer as HelpOfferModel, Membership as MembershipModel } from '../entities';
import type { HelpRequestRef as HelpRequestRefModel, AreaRef as AreaRefModel, OrganisationRef as OrganisationRefModel, PersonRef as PersonRefModel, VenueRef as VenueRefModel } from '../../kit/references';
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

/** An activity of a cooperative or residents' initiative (eettafel, koffieochtend, inloop, cursus). */
export type Activity = {
  __typename?: 'Activity';
  /** The wijk or buurt it takes place in. */
  area: Area;
  /** What happens (may be empty). */
  description: Scalars['String']['output'];
  /** End of the first (or only) occurrence. */
  endsAt: Scalars['DateTime']['output'];
  /** Free of charge for residents. */
  free: Scalars['Boolean']['output'];
  /** The activity's key. */
  id: Scalars['ID']['output'];
  /** Kind of activity. */
  kind: ActivityKind;
  /** The cooperative that organises it. */
  organisation: Organisation;
  /** Drafts are visible to their own cooperative only. */
  published: Scalars['Boolean']['output'];
  /** Recurrence as an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=TU), null for a one-off activity. */
  recurrence?: Maybe<Scalars['String']['output']>;
  /** The same timing in the fields of an HSDS schedule. */
  schedule: Schedule;
  /** Start of the first (or only) occurrence. */
  startsAt: Scalars['DateTime']['output'];
  /** SCHEDULED, or CANCELLED (off the sociale kaart and the calendar feeds). */
  status: ActivityStatus;
  /** Who it is for. */
  targetGroups: Array<TargetGroup>;
  /** Themes on the sociale kaart. */
  themes: Array<Theme>;
  /** Title of the activity. */
  title: Scalars['String']['output'];
  /** The venue it takes place at, if any. */
  venue?: Maybe<Venue>;
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The activities on this page. */
  edges: Array<ActivityEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** An activity with its cursor. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Cursor of this activity, for `after`. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/** Kind of activity. */
export type ActivityKind =
  /** koffieochtend */
  | 'COFFEE_MORNING'
  /** cursus */
  | 'COURSE'
  /** inloop */
  | 'DROP_IN'
  /** tuinieren */
  | 'GARDENING'
  /** repair café */
  | 'REPAIR_CAFE'
  /** eettafel */
  | 'SHARED_MEAL'
  /** wandelgroep */
  | 'WALKING_GROUP';

/** Whether an activity goes ahead. */
export type ActivityStatus =
  /** afgelast */
  | 'CANCELLED'
  /** gepland */
  | 'SCHEDULED';

/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type Area = {
  __typename?: 'Area';
  /** Published activities in this area and its sub-areas (not cancelled), in id order. */
  activities?: Maybe<ActivityConnection>;
  /**
   * Activities held, participants and active cooperatives here (bewoners), from the sessions cooperatives
   * record. Indicators: activitiesHeld and participants (by ActivityKind), activeCooperatives (a cooperative
   * active in two buurten counts in both). Small counts are suppressed. Roles analyst or hub-admin.
   */
  bewonersIndicators?: Maybe<IndicatorSet>;
  /** CBS code: GMxxxx (gemeente), WKxxxxxx (wijk) or BUxxxxxxxx (buurt). */
  code: Scalars['ID']['output'];
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaBewonersIndicatorsArgs = {
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

/** What cancelActivity answers. */
export type CancelActivityPayload = {
  __typename?: 'CancelActivityPayload';
  /** The cancelled activity; null when there are userErrors. */
  activity?: Maybe<Activity>;
  /** What was wrong; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
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
  /**
   * True when the count is hidden: it is below the threshold (SMALL_COUNT_THRESHOLD, default 5), or it would
   * let a hidden count be worked out from a total and the other parts, or the parent area's breakdown hides it.
   */
  suppressed: Scalars['Boolean']['output'];
  /** The count; null when suppressed. Zero is shown as 0. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** A new activity of your cooperative. */
export type CreateActivityInput = {
  /** The buurt or wijk it takes place in. */
  area: Scalars['ID']['input'];
  /** Makes the mutation safe to retry (1–100 characters, unique per cooperative; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** What happens, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End of the first (or only) occurrence: after startsAt, at most a day later. */
  endsAt: Scalars['DateTime']['input'];
  /** Free of charge for residents (default true). */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind of activity. */
  kind: ActivityKind;
  /** RFC 5545 RRULE, FREQ=WEEKLY or FREQ=MONTHLY (e.g. FREQ=WEEKLY;BYDAY=TU,FR). */
  recurrence?: InputMaybe<Scalars['String']['input']>;
  /** Start of the first (or only) occurrence. */
  startsAt: Scalars['DateTime']['input'];
  /** Who it is for. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** Themes on the sociale kaart. */
  themes?: InputMaybe<Array<Theme>>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** The venue (gemeente's key), if it takes place at one. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** What createActivity answers. */
export type CreateActivityPayload = {
  __typename?: 'CreateActivityPayload';
  /** The draft activity created (or, on a retry, the one created before); null when there are userErrors. */
  activity?: Maybe<Activity>;
  /** What was wrong with the input; empty when it went through. When not empty, nothing was written. */
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
  /** Per kind of record, how many were deleted (0 when there were none). */
  erased: Array<ErasedCount>;
  /** The resident (pseudonymous Person key) whose records were erased. */
  personId: Scalars['ID']['output'];
};

/** A WGS84 point. Locations of people are rounded before they are stored. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Degrees north. */
  latitude: Scalars['Float']['output'];
  /** Degrees east. */
  longitude: Scalars['Float']['output'];
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
 * A neighbour's aanbod: help a resident offers to others. Personal data: roles cooperative-coordinator, matcher
 * or partner-system; readable by the neighbour's cooperative, by others with the neighbour's consent to MATCHING.
 */
export type HelpOffer = {
  __typename?: 'HelpOffer';
  /** The buurt the neighbour lives in. */
  area: Area;
  /** Dagdelen the neighbour can help in; empty means not stated. */
  availability: Array<TimeSlot>;
  /** The availability switch. */
  available: Scalars['Boolean']['output'];
  /** Kinds of help offered. */
  categories: Array<HelpCategory>;
  /** The neighbour offering (pseudonymous). */
  helper: Person;
  /** The help offer's key. */
  id: Scalars['ID']['output'];
  /** Languages the neighbour speaks (ISO 639-1). */
  languages: Array<Scalars['String']['output']>;
  /** How far from home the neighbour will go, in km. */
  maxDistanceKm: Scalars['Float']['output'];
  /** The cooperative the neighbour offers help through. */
  organisation: Organisation;
};

/**
 * A hulpvraag: a resident asks for help with something concrete. Personal data: roles matcher, professional,
 * cooperative-coordinator or partner-system, and readable by the organisation that took it in (and one that
 * referred it), by another partner only with the resident's consent, recorded by a holder naming that partner,
 * for the caller's purpose (MATCHING, REFERRAL or COORDINATION). Rules in welzijn's policies.ts.
 */
export type HelpRequest = {
  __typename?: 'HelpRequest';
  /** The buurt the help is needed in (welzijn). */
  area: Area;
  /** What kind of help is asked (welzijn). */
  category: HelpCategory;
  /** The hulpvraag's key. */
  id: Scalars['ID']['output'];
  /** Languages the resident speaks (welzijn). */
  languages: Array<Scalars['String']['output']>;
  /** Approximate location, rounded to about 500 m (welzijn). */
  location?: Maybe<GeoPoint>;
  /**
   * Neighbours' offers ranked for this hulpvraag with the shared scoring function: only the offer's key, the
   * score and the reasons leave bewoners (welzijn merges them into HelpRequest.candidates). At most 20, best
   * first, from available offers within reach. Neighbours have no VOG on record, so they are not ranked for
   * BUDDY, COMPANY, CARER_RESPITE, PAPERWORK or DIGITAL_HELP. Roles matcher or partner-system.
   */
  neighbourCandidates?: Maybe<Array<NeighbourCandidate>>;
  /**
   * Available neighbours' offers in the same buurt for the same category that the caller may see (its own
   * cooperative's, or with the neighbour's consent to MATCHING), in id order; distance, times and limits are not
   * checked here.
   */
  neighbourOffers?: Maybe<Array<HelpOffer>>;
  /** Dagdelen the resident would like help in (welzijn). */
  wishedTimes: Array<TimeSlot>;
};


/**
 * A hulpvraag: a resident asks for help with something concrete. Personal data: roles matcher, professional,
 * cooperative-coordinator or partner-system, and readable by the organisation that took it in (and one that
 * referred it), by another partner only with the resident's consent, recorded by a holder naming that partner,
 * for the caller's purpose (MATCHING, REFERRAL or COORDINATION). Rules in welzijn's policies.ts.
 */
export type HelpRequestNeighbourOffersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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

/**
 * A resident's membership of a cooperative. Personal data: roles cooperative-coordinator or partner-system;
 * readable by the cooperative, by others with the resident's consent to COORDINATION.
 */
export type Membership = {
  __typename?: 'Membership';
  /** The membership's key. */
  id: Scalars['ID']['output'];
  /** The cooperative. */
  organisation: Organisation;
  /** The member (pseudonymous). */
  person: Person;
  /** Role in the cooperative. */
  role: MembershipRole;
  /** Member since. */
  since: Scalars['Date']['output'];
};

/** Role in a cooperative. */
export type MembershipRole =
  /** bestuurslid */
  | 'BOARD'
  /** coördinator */
  | 'COORDINATOR'
  /** lid */
  | 'MEMBER'
  /** vrijwilliger */
  | 'VOLUNTEER';

/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels an activity: it leaves the sociale kaart and the calendar feeds, and can no longer be changed or published. Safe to retry. */
  cancelActivity: CancelActivityPayload;
  /**
   * A cooperative publishes its activities on the sociale kaart: create (a draft), update, publish,
   * unpublish, cancel. Only the cooperative's own coordinator or system (roles cooperative-coordinator or
   * partner-system); another cooperative's activity is FORBIDDEN when published, NOT_FOUND when a draft.
   * Retrying createActivity with the same clientMutationId and input returns the same activity.
   */
  createActivity: CreateActivityPayload;
  /** AVG: erases the resident's bewoners records (help offers and memberships); the processing log is kept. Role hub-admin with purpose DATA_SUBJECT_REQUEST. */
  eraseBewonersRecords: ErasureReport;
  /** Puts one of your cooperative's activities on the sociale kaart and the calendar feeds (not a cancelled one: CONFLICT); publishing again changes nothing. */
  publishActivity: PublishActivityPayload;
  /** A neighbour's availability switch for their help offer, set by their cooperative. Roles cooperative-coordinator or partner-system. */
  setHelpOfferAvailable: SetHelpOfferAvailablePayload;
  /** Takes one of your cooperative's activities off the sociale kaart, back to a draft; safe to retry. */
  unpublishActivity: UnpublishActivityPayload;
  /** Changes one of your cooperative's activities (not a cancelled one: CONFLICT); fields left out stay as they are. Published changes reach the sociale kaart through the feed. */
  updateActivity: UpdateActivityPayload;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEraseBewonersRecordsArgs = {
  personId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationPublishActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationSetHelpOfferAvailableArgs = {
  available: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUnpublishActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
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
  /** Published activities of this organisation (not cancelled), in id order. */
  activities?: Maybe<ActivityConnection>;
  /** The organisation's key in the partner registry. */
  id: Scalars['ID']['output'];
  /** Memberships the caller may see (the cooperative's own staff, or others with the member's consent to COORDINATION). */
  memberships?: Maybe<Array<Membership>>;
};


/** A partner organisation in the hub's registry. */
export type OrganisationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** Cooperatives this resident is a member of or offers help through (needs purpose COORDINATION and the resident's consent to it). */
  bewonersInvolvement?: Maybe<Array<Organisation>>;
  /** AVG inzage: what bewoners holds about the resident, with its processing log. Role hub-admin with purpose DATA_SUBJECT_REQUEST. */
  bewonersRecords?: Maybe<Scalars['JSON']['output']>;
  /** The resident's pseudonymous key; it names no one. */
  id: Scalars['ID']['output'];
};

/** What publishActivity answers. */
export type PublishActivityPayload = {
  __typename?: 'PublishActivityPayload';
  /** The activity, published; null when there are userErrors. */
  activity?: Maybe<Activity>;
  /** What was wrong (a cancelled activity: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** The hub's read entry points; each subgraph answers its own fields. */
export type Query = {
  __typename?: 'Query';
  /** Published activities that are not cancelled, optionally in one area (including its sub-areas) and from a given moment, in id order. Public. */
  activities: ActivityConnection;
  /** One published activity (or your cooperative's draft); null otherwise. Cancelled ones are returned too, with status CANCELLED. Public. */
  activity?: Maybe<Activity>;
  /** One help offer (your cooperative's, or with the neighbour's consent to MATCHING); null when the id is unknown. */
  helpOffer?: Maybe<HelpOffer>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryHelpOfferArgs = {
  id: Scalars['ID']['input'];
};

/** When an activity takes place, in the fields of an Open Referral HSDS 3 schedule (RFC 5545). */
export type Schedule = {
  __typename?: 'Schedule';
  /** The RRULE's BYDAY (e.g. TU,FR or 1MO); null when it has none. */
  byDay?: Maybe<Scalars['String']['output']>;
  /** The RRULE's BYMONTHDAY (e.g. 15); null when it has none. */
  byMonthDay?: Maybe<Scalars['String']['output']>;
  /** End time, HH:MM, UTC. */
  closesAt: Scalars['String']['output'];
  /** How many occurrences in all (RRULE COUNT); null when it has none. */
  count?: Maybe<Scalars['Int']['output']>;
  /** First date (YYYY-MM-DD). */
  dtstart: Scalars['String']['output'];
  /** WEEKLY or MONTHLY; null for a one-off activity. */
  freq?: Maybe<Scalars['String']['output']>;
  /** Every how many weeks or months (1 unless the RRULE says otherwise); null for a one-off activity. */
  interval?: Maybe<Scalars['Int']['output']>;
  /** HH:MM, UTC. */
  opensAt: Scalars['String']['output'];
  /** The last moment of the recurrence (RRULE UNTIL); null when it has none. */
  until?: Maybe<Scalars['DateTime']['output']>;
};

/** What setHelpOfferAvailable answers. */
export type SetHelpOfferAvailablePayload = {
  __typename?: 'SetHelpOfferAvailablePayload';
  /** The help offer with the switch set; null when there are userErrors. */
  helpOffer?: Maybe<HelpOffer>;
  /** What was wrong (NOT_FOUND for an offer you cannot see); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
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

/** What unpublishActivity answers. */
export type UnpublishActivityPayload = {
  __typename?: 'UnpublishActivityPayload';
  /** The activity, back to a draft; null when there are userErrors. */
  activity?: Maybe<Activity>;
  /** What was wrong; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Changes to an activity; fields left out (or null) stay as they are. Kind, venue and area cannot be changed. */
export type UpdateActivityInput = {
  /** New description, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end of the first occurrence: after the start, at most a day later. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Free of charge for residents. */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** An RRULE, or an empty string to make the activity one-off. */
  recurrence?: InputMaybe<Scalars['String']['input']>;
  /** New start of the first occurrence. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New target groups (replace the old ones). */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** New themes (replace the old ones). */
  themes?: InputMaybe<Array<Theme>>;
  /** New title, 1–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What updateActivity answers. */
export type UpdateActivityPayload = {
  __typename?: 'UpdateActivityPayload';
  /** The activity as changed; null when there are userErrors. */
  activity?: Maybe<Activity>;
  /** What was wrong (bad input, a cancelled activity: CONFLICT); empty when it went through. When not empty, nothing was written. */
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

/** A place where residents meet or find help. */
export type Venue = {
  __typename?: 'Venue';
  /** Published activities held at this venue (not cancelled), in id order. */
  activities?: Maybe<ActivityConnection>;
  /** The venue's key. */
  id: Scalars['ID']['output'];
};


/** A place where residents meet or find help. */
export type VenueActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Activity: Activity;
  Area: Area;
  HelpOffer: HelpOffer;
  HelpRequest: HelpRequest;
  Membership: Membership;
  Organisation: Organisation;
  Person: Person;
  Venue: Venue;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Area:
    ( { __typename: 'Area' }
    & GraphQLRecursivePick<FederationTypes['Area'], {"code":true}> );
  HelpOffer:
    ( { __typename: 'HelpOffer' }
    & GraphQLRecursivePick<FederationTypes['HelpOffer'], {"id":true}> );
  HelpRequest:
    ( { __typename: 'HelpRequest' }
    & GraphQLRecursivePick<FederationTypes['HelpRequest'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['HelpRequest'], {"category":true,"location":{"latitude":true,"longitude":true},"wishedTimes":true,"languages":true}>
        | GraphQLRecursivePick<FederationTypes['HelpRequest'], {"category":true,"location":{"latitude":true,"longitude":true},"wishedTimes":true,"languages":true,"area":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['HelpRequest'], {"category":true,"area":{"code":true}}> ) );
  Membership:
    ( { __typename: 'Membership' }
    & GraphQLRecursivePick<FederationTypes['Membership'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityEdge']> }>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityKind: ActivityKind;
  ActivityStatus: ActivityStatus;
  Area: ResolverTypeWrapper<AreaRefModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaCount: ResolverTypeWrapper<AreaCount>;
  AreaLevel: AreaLevel;
  CancelActivityPayload: ResolverTypeWrapper<Omit<CancelActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  CandidatePool: CandidatePool;
  ConsentPurpose: ConsentPurpose;
  Count: ResolverTypeWrapper<Count>;
  CreateActivityInput: CreateActivityInput;
  CreateActivityPayload: ResolverTypeWrapper<Omit<CreateActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErasedCount: ResolverTypeWrapper<ErasedCount>;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HelpCategory: HelpCategory;
  HelpOffer: ResolverTypeWrapper<HelpOfferModel>;
  HelpRequest: ResolverTypeWrapper<HelpRequestRefModel>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorSet: ResolverTypeWrapper<IndicatorSet>;
  Intensity: Intensity;
  Interval: Interval;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyCount: ResolverTypeWrapper<KeyCount>;
  MatchCandidate: ResolverTypeWrapper<MatchCandidate>;
  Measure: ResolverTypeWrapper<Measure>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipRole: MembershipRole;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourCandidate: ResolverTypeWrapper<NeighbourCandidate>;
  Organisation: ResolverTypeWrapper<OrganisationRefModel>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRefModel>;
  PublishActivityPayload: ResolverTypeWrapper<Omit<PublishActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Schedule: ResolverTypeWrapper<Schedule>;
  SetHelpOfferAvailablePayload: ResolverTypeWrapper<Omit<SetHelpOfferAvailablePayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversTypes['HelpOffer']> }>;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
  UnpublishActivityPayload: ResolverTypeWrapper<Omit<UnpublishActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  UpdateActivityInput: UpdateActivityInput;
  UpdateActivityPayload: ResolverTypeWrapper<Omit<UpdateActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<VenueRefModel>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  ActivityConnection: Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  Area: AreaRefModel;
  Int: Scalars['Int']['output'];
  AreaCount: AreaCount;
  CancelActivityPayload: Omit<CancelActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  Count: Count;
  CreateActivityInput: CreateActivityInput;
  CreateActivityPayload: Omit<CreateActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ErasedCount: ErasedCount;
  ErasureReport: ErasureReport;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  HelpOffer: HelpOfferModel;
  HelpRequest: HelpRequestRefModel;
  Indicator: Indicator;
  IndicatorSet: IndicatorSet;
  JSON: Scalars['JSON']['output'];
  KeyCount: KeyCount;
  MatchCandidate: MatchCandidate;
  Measure: Measure;
  Membership: MembershipModel;
  Mutation: Record<PropertyKey, never>;
  NeighbourCandidate: NeighbourCandidate;
  Organisation: OrganisationRefModel;
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRefModel;
  PublishActivityPayload: Omit<PublishActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  Query: Record<PropertyKey, never>;
  Schedule: Schedule;
  SetHelpOfferAvailablePayload: Omit<SetHelpOfferAvailablePayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversParentTypes['HelpOffer']> };
  UnpublishActivityPayload: Omit<UnpublishActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  UpdateActivityInput: UpdateActivityInput;
  UpdateActivityPayload: Omit<UpdateActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  UserError: UserError;
  Venue: VenueRefModel;
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

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area'], FederationReferenceType extends FederationReferenceTypes['Area'] = FederationReferenceTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<AreaActivitiesArgs, 'first'>>;
  bewonersIndicators?: Resolver<Maybe<ResolversTypes['IndicatorSet']>, ParentType, ContextType, RequireFields<AreaBewonersIndicatorsArgs, 'period'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AreaCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaCount'] = ResolversParentTypes['AreaCount']> = ResolversObject<{
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type CancelActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelActivityPayload'] = ResolversParentTypes['CancelActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CreateActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateActivityPayload'] = ResolversParentTypes['CreateActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
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

export type HelpOfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpOffer'] = ResolversParentTypes['HelpOffer'], FederationReferenceType extends FederationReferenceTypes['HelpOffer'] = FederationReferenceTypes['HelpOffer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HelpOffer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['TimeSlot']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['HelpCategory']>, ParentType, ContextType>;
  helper?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxDistanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type HelpRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequest'] = ResolversParentTypes['HelpRequest'], FederationReferenceType extends FederationReferenceTypes['HelpRequest'] = FederationReferenceTypes['HelpRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HelpRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  neighbourCandidates?: Resolver<Maybe<Array<ResolversTypes['NeighbourCandidate']>>, ParentType, ContextType>;
  neighbourOffers?: Resolver<Maybe<Array<ResolversTypes['HelpOffer']>>, ParentType, ContextType, RequireFields<HelpRequestNeighbourOffersArgs, 'first'>>;
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

export type MatchCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchCandidate'] = ResolversParentTypes['MatchCandidate']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['CandidatePool'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  bucket?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'], FederationReferenceType extends FederationReferenceTypes['Membership'] = FederationReferenceTypes['Membership']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Membership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelActivity?: Resolver<ResolversTypes['CancelActivityPayload'], ParentType, ContextType, RequireFields<MutationCancelActivityArgs, 'id'>>;
  createActivity?: Resolver<ResolversTypes['CreateActivityPayload'], ParentType, ContextType, RequireFields<MutationCreateActivityArgs, 'input'>>;
  eraseBewonersRecords?: Resolver<ResolversTypes['ErasureReport'], ParentType, ContextType, RequireFields<MutationEraseBewonersRecordsArgs, 'personId'>>;
  publishActivity?: Resolver<ResolversTypes['PublishActivityPayload'], ParentType, ContextType, RequireFields<MutationPublishActivityArgs, 'id'>>;
  setHelpOfferAvailable?: Resolver<ResolversTypes['SetHelpOfferAvailablePayload'], ParentType, ContextType, RequireFields<MutationSetHelpOfferAvailableArgs, 'available' | 'id'>>;
  unpublishActivity?: Resolver<ResolversTypes['UnpublishActivityPayload'], ParentType, ContextType, RequireFields<MutationUnpublishActivityArgs, 'id'>>;
  updateActivity?: Resolver<ResolversTypes['UpdateActivityPayload'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'id' | 'input'>>;
}>;

export type NeighbourCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourCandidate'] = ResolversParentTypes['NeighbourCandidate']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<OrganisationActivitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bewonersInvolvement?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  bewonersRecords?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PublishActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishActivityPayload'] = ResolversParentTypes['PublishActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'first'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  helpOffer?: Resolver<Maybe<ResolversTypes['HelpOffer']>, ParentType, ContextType, RequireFields<QueryHelpOfferArgs, 'id'>>;
}>;

export type ScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Schedule'] = ResolversParentTypes['Schedule']> = ResolversObject<{
  byDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  byMonthDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dtstart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type SetHelpOfferAvailablePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetHelpOfferAvailablePayload'] = ResolversParentTypes['SetHelpOfferAvailablePayload']> = ResolversObject<{
  helpOffer?: Resolver<Maybe<ResolversTypes['HelpOffer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UnpublishActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnpublishActivityPayload'] = ResolversParentTypes['UnpublishActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateActivityPayload'] = ResolversParentTypes['UpdateActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<VenueActivitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  AreaCount?: AreaCountResolvers<ContextType>;
  CancelActivityPayload?: CancelActivityPayloadResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CreateActivityPayload?: CreateActivityPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ErasedCount?: ErasedCountResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  HelpOffer?: HelpOfferResolvers<ContextType>;
  HelpRequest?: HelpRequestResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyCount?: KeyCountResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCandidate?: NeighbourCandidateResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PublishActivityPayload?: PublishActivityPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Schedule?: ScheduleResolvers<ContextType>;
  SetHelpOfferAvailablePayload?: SetHelpOfferAvailablePayloadResolvers<ContextType>;
  UnpublishActivityPayload?: UnpublishActivityPayloadResolvers<ContextType>;
  UpdateActivityPayload?: UpdateActivityPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
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
