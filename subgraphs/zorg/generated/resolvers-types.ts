import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Service as ServiceModel, Professional as ProfessionalModel, Referral as ReferralModel } from '../entities';
import type { HelpRequestRef as HelpRequestRefModel, AreaRef as AreaRefModel, OrganisationRef as OrganisationRefModel, PersonRef as PersonRefModel } from '../../kit/references';
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
  /** Published care and support services available in this area (offered here, in a sub-area, or to its wijk or gemeente), in id order. */
  services?: Maybe<ServiceConnection>;
  /**
   * Referrals and signals by reason and direction, and returns to informal help (zorg). Indicators:
   * referralsByReason and signalsByReason (by ReferralReason), referralsByDirection, counted when sent, and
   * returnedToInformalHelp, counted at the status change; referrals without an area are not counted. UTC days.
   * Small counts are suppressed. Roles analyst or hub-admin.
   */
  zorgIndicators?: Maybe<IndicatorSet>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaZorgIndicatorsArgs = {
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

/** A referral or signal to send. */
export type CreateReferralInput = {
  /** The buurt it concerns (CBS code), so the gemeente can count referrals per area. */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** Makes the mutation safe to retry (1–100 characters, unique per referring organisation; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** Which way it goes. */
  direction: ReferralDirection;
  /** The hulpvraag it comes from (TO_PROFESSIONAL) or created for it (TO_INFORMAL_HELP, required). */
  helpRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** Doorverwijzing or signaal. */
  kind: ReferralKind;
  /** Private note for the receiving professional, at most 4000 characters (holders only). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The resident (pseudonymous Person key, at most 200 characters). */
  personId: Scalars['ID']['input'];
  /** What it is about. */
  reason: ReferralReason;
  /** The organisation it is sent to, not your own: a care partner, or a welfare organisation for TO_INFORMAL_HELP. */
  toOrganisationId: Scalars['ID']['input'];
  /** How soon it needs attention (default NORMAL). */
  urgency?: InputMaybe<Urgency>;
};

/** What createReferral answers. */
export type CreateReferralPayload = {
  __typename?: 'CreateReferralPayload';
  /** The referral sent (or, on a retry, the one sent before); null when there are userErrors. */
  referral?: Maybe<Referral>;
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
 * A hulpvraag: a resident asks for help with something concrete. Personal data: roles matcher, professional,
 * cooperative-coordinator or partner-system, and readable by the organisation that took it in (and one that
 * referred it), by another partner only with the resident's consent, recorded by a holder naming that partner,
 * for the caller's purpose (MATCHING, REFERRAL or COORDINATION). Rules in welzijn's policies.ts.
 */
export type HelpRequest = {
  __typename?: 'HelpRequest';
  /** The hulpvraag's key. */
  id: Scalars['ID']['output'];
  /** Referrals and signals raised from this hulpvraag that the caller may see (held by its organisation, or with consent), in id order. */
  referrals?: Maybe<Array<Referral>>;
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

/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * A doorverwijzing or signaal. TO_PROFESSIONAL: a volunteer's organisation or matcher "pulls the
   * professional by the sleeve" for a hulpvraag that is too heavy (then move the hulpvraag to REFERRED in
   * welzijn). TO_INFORMAL_HELP: a professional refers a resident to informal help, after creating the
   * hulpvraag in welzijn (createHelpRequest with forOrganisationId). Safe to retry with the same
   * clientMutationId and input (the key with other input is a CONFLICT). It starts as SENT. Roles matcher,
   * professional or partner-system (TO_INFORMAL_HELP: professional).
   */
  createReferral: CreateReferralPayload;
  /** AVG: erases the resident's zorg records (referrals); the processing log is kept. Role hub-admin with purpose DATA_SUBJECT_REQUEST. */
  eraseZorgRecords: ErasureReport;
  /**
   * Moves a referral on, by the organisation it was sent to: ACCEPTED, IN_CARE, CLOSED, DECLINED or
   * RETURNED_TO_INFORMAL_HELP. Allowed: SENT → ACCEPTED or DECLINED; ACCEPTED → IN_CARE or DECLINED; IN_CARE →
   * CLOSED or RETURNED_TO_INFORMAL_HELP; anything else is INVALID_TRANSITION. The referring organisation and
   * partners reading it with consent may not (FORBIDDEN). Roles professional, matcher or partner-system.
   */
  transitionReferral: TransitionReferralPayload;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEraseZorgRecordsArgs = {
  personId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationTransitionReferralArgs = {
  id: Scalars['ID']['input'];
  professionalId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  to: ReferralStatus;
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
  /** The organisation's key in the partner registry. */
  id: Scalars['ID']['output'];
  /** Published services of this organisation, in id order. */
  services?: Maybe<ServiceConnection>;
};


/** A partner organisation in the hub's registry. */
export type OrganisationServicesArgs = {
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
  /** The resident's pseudonymous key; it names no one. */
  id: Scalars['ID']['output'];
  /** Organisations that received referrals of this resident (needs purpose COORDINATION and the resident's consent to it). */
  zorgInvolvement?: Maybe<Array<Organisation>>;
  /** AVG inzage: what zorg holds about the resident, with its processing log. Role hub-admin with purpose DATA_SUBJECT_REQUEST. */
  zorgRecords?: Maybe<Scalars['JSON']['output']>;
};

/** A professional (beroepskracht) at a care partner; visible to signed-in partners. */
export type Professional = {
  __typename?: 'Professional';
  /** Name as shown to partners. */
  displayName: Scalars['String']['output'];
  /** The professional's key. */
  id: Scalars['ID']['output'];
  /** The care organisation the professional works for. */
  organisation: Organisation;
  /** What the professional does. */
  role: ProfessionalRole;
};

/** Role of a professional (beroepskracht). */
export type ProfessionalRole =
  /** schuldhulpverlener */
  | 'DEBT_COUNSELLOR'
  /** casemanager dementie */
  | 'DEMENTIA_CASE_MANAGER'
  /** wijkverpleegkundige */
  | 'DISTRICT_NURSE'
  /** wijkteammedewerker */
  | 'DISTRICT_TEAM'
  /** ouderenadviseur */
  | 'ELDERLY_ADVISOR'
  /** praktijkondersteuner huisarts (POH) */
  | 'GP_PRACTICE_NURSE';

/** The hub's read entry points; each subgraph answers its own fields. */
export type Query = {
  __typename?: 'Query';
  /** One professional (signed-in callers); null when the id is unknown. */
  professional?: Maybe<Professional>;
  /** One referral (held by your organisation, or with the resident's consent for your purpose); null when the id is unknown. */
  referral?: Maybe<Referral>;
  /** One published service; null when unknown or not published. Public. */
  service?: Maybe<Service>;
  /** Published services available in an area (offered there, in a sub-area, or to a containing wijk or gemeente), in id order. Public. */
  services: ServiceConnection;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryProfessionalArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  themes?: InputMaybe<Array<Theme>>;
};

/**
 * A referral or signal between informal help and professionals. Personal data: roles professional, matcher or
 * partner-system; readable by the organisation it was sent to and the one that referred, by others with the
 * resident's consent to REFERRAL or COORDINATION, recorded by a holder naming them, for the caller's purpose.
 * Rules in zorg's policies.ts.
 */
export type Referral = {
  __typename?: 'Referral';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Which way it goes. */
  direction: ReferralDirection;
  /** The hulpvraag it came from, if any. */
  helpRequest?: Maybe<HelpRequest>;
  /** The referral's key. */
  id: Scalars['ID']['output'];
  /** Doorverwijzing or signaal. */
  kind: ReferralKind;
  /** Private note. Holders only: null for anyone else (a partner reading with consent). */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation it was sent to: a care organisation, or a welfare organisation for TO_INFORMAL_HELP. */
  organisation: Organisation;
  /** The professional handling it, once accepted. Holders only: null for anyone else (staff are partner-internal). */
  professional?: Maybe<Professional>;
  /** What it is about. */
  reason: ReferralReason;
  /** The organisation that referred (a welfare organisation, or a care organisation for afschalen). */
  referrer: Organisation;
  /** Where it is in its life. */
  status: ReferralStatus;
  /** When the status last changed (at creation: when it was sent). */
  statusChangedAt: Scalars['DateTime']['output'];
  /** Why it last changed status, e.g. why it was declined. Holders only: null for anyone else. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** How soon it needs attention. */
  urgency: Urgency;
};

/** Which way a referral goes. */
export type ReferralDirection =
  /** from a professional to informal help (afschalen) */
  | 'TO_INFORMAL_HELP'
  /** from informal help to a professional ('aan de mouw trekken') */
  | 'TO_PROFESSIONAL';

/** Doorverwijzing (a referral) or signaal (a concern raised). */
export type ReferralKind =
  /** doorverwijzing: the resident is handed over */
  | 'REFERRAL'
  /** signaal: a concern is raised with a professional */
  | 'SIGNAL';

/** What a referral is about: why a request is too heavy for a volunteer, or what a professional hands back. */
export type ReferralReason =
  /** zorgbehoefte */
  | 'CARE_NEEDS'
  /** schulden, geldzorgen */
  | 'DEBTS'
  /** wonen */
  | 'HOUSING'
  /** eenzaamheid */
  | 'LONELINESS'
  /** anders */
  | 'OTHER'
  /** psychosociale problemen */
  | 'PSYCHOSOCIAL'
  /** veiligheid */
  | 'SAFETY';

/** State of a referral. */
export type ReferralStatus =
  /** aangenomen */
  | 'ACCEPTED'
  /** afgesloten */
  | 'CLOSED'
  /** afgewezen */
  | 'DECLINED'
  /** in zorg */
  | 'IN_CARE'
  /** teruggegeven aan informele hulp (afschalen) */
  | 'RETURNED_TO_INFORMAL_HELP'
  /** verstuurd, waiting for the receiving organisation */
  | 'SENT';

/** A care or support offer (zorg- of ondersteuningsaanbod) on the sociale kaart. */
export type Service = {
  __typename?: 'Service';
  /** The area the service is offered in (a gemeente, wijk or buurt). */
  area: Area;
  /** What the service offers. */
  description: Scalars['String']['output'];
  /** Free of charge for residents. */
  free: Scalars['Boolean']['output'];
  /** The service's key. */
  id: Scalars['ID']['output'];
  /** Name of the service. */
  name: Scalars['String']['output'];
  /** The care organisation offering it. */
  organisation: Organisation;
  /** Who it is for. */
  targetGroups: Array<TargetGroup>;
  /** Themes of the service. */
  themes: Array<Theme>;
};

/** A page of services. */
export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  /** The services on this page. */
  edges: Array<ServiceEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A service with its cursor. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  /** Cursor of this service, for `after`. */
  cursor: Scalars['String']['output'];
  /** The service. */
  node: Service;
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

/** What transitionReferral answers. */
export type TransitionReferralPayload = {
  __typename?: 'TransitionReferralPayload';
  /** The referral in its new state; null when there are userErrors. */
  referral?: Maybe<Referral>;
  /** What was wrong (e.g. INVALID_TRANSITION on ["to"], NOT_FOUND for a referral you cannot see); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** How soon a referral needs attention (recorded for the receiving organisation). */
export type Urgency =
  /** hoog */
  | 'HIGH'
  /** laag */
  | 'LOW'
  /** normaal */
  | 'NORMAL';

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
  Organisation: Organisation;
  Person: Person;
  Professional: Professional;
  Referral: Referral;
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Area:
    ( { __typename: 'Area' }
    & GraphQLRecursivePick<FederationTypes['Area'], {"code":true}> );
  HelpRequest:
    ( { __typename: 'HelpRequest' }
    & GraphQLRecursivePick<FederationTypes['HelpRequest'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Professional:
    ( { __typename: 'Professional' }
    & GraphQLRecursivePick<FederationTypes['Professional'], {"id":true}> );
  Referral:
    ( { __typename: 'Referral' }
    & GraphQLRecursivePick<FederationTypes['Referral'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Area: ResolverTypeWrapper<AreaRefModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaCount: ResolverTypeWrapper<AreaCount>;
  AreaLevel: AreaLevel;
  CandidatePool: CandidatePool;
  ConsentPurpose: ConsentPurpose;
  Count: ResolverTypeWrapper<Count>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateReferralInput: CreateReferralInput;
  CreateReferralPayload: ResolverTypeWrapper<Omit<CreateReferralPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErasedCount: ResolverTypeWrapper<ErasedCount>;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HelpCategory: HelpCategory;
  HelpRequest: ResolverTypeWrapper<HelpRequestRefModel>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorSet: ResolverTypeWrapper<IndicatorSet>;
  Intensity: Intensity;
  Interval: Interval;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyCount: ResolverTypeWrapper<KeyCount>;
  MatchCandidate: ResolverTypeWrapper<MatchCandidate>;
  Measure: ResolverTypeWrapper<Measure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourCandidate: ResolverTypeWrapper<NeighbourCandidate>;
  Organisation: ResolverTypeWrapper<OrganisationRefModel>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRefModel>;
  Professional: ResolverTypeWrapper<ProfessionalModel>;
  ProfessionalRole: ProfessionalRole;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Referral: ResolverTypeWrapper<ReferralModel>;
  ReferralDirection: ReferralDirection;
  ReferralKind: ReferralKind;
  ReferralReason: ReferralReason;
  ReferralStatus: ReferralStatus;
  Service: ResolverTypeWrapper<ServiceModel>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
  TransitionReferralPayload: ResolverTypeWrapper<Omit<TransitionReferralPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  Urgency: Urgency;
  UserError: ResolverTypeWrapper<UserError>;
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
  Count: Count;
  Boolean: Scalars['Boolean']['output'];
  CreateReferralInput: CreateReferralInput;
  CreateReferralPayload: Omit<CreateReferralPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ErasedCount: ErasedCount;
  ErasureReport: ErasureReport;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  HelpRequest: HelpRequestRefModel;
  Indicator: Indicator;
  IndicatorSet: IndicatorSet;
  JSON: Scalars['JSON']['output'];
  KeyCount: KeyCount;
  MatchCandidate: MatchCandidate;
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  NeighbourCandidate: NeighbourCandidate;
  Organisation: OrganisationRefModel;
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRefModel;
  Professional: ProfessionalModel;
  Query: Record<PropertyKey, never>;
  Referral: ReferralModel;
  Service: ServiceModel;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  TransitionReferralPayload: Omit<TransitionReferralPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  UserError: UserError;
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
  services?: Resolver<Maybe<ResolversTypes['ServiceConnection']>, ParentType, ContextType, RequireFields<AreaServicesArgs, 'first'>>;
  zorgIndicators?: Resolver<Maybe<ResolversTypes['IndicatorSet']>, ParentType, ContextType, RequireFields<AreaZorgIndicatorsArgs, 'period'>>;
}>;

export type AreaCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaCount'] = ResolversParentTypes['AreaCount']> = ResolversObject<{
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CreateReferralPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateReferralPayload'] = ResolversParentTypes['CreateReferralPayload']> = ResolversObject<{
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referrals?: Resolver<Maybe<Array<ResolversTypes['Referral']>>, ParentType, ContextType>;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createReferral?: Resolver<ResolversTypes['CreateReferralPayload'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'input'>>;
  eraseZorgRecords?: Resolver<ResolversTypes['ErasureReport'], ParentType, ContextType, RequireFields<MutationEraseZorgRecordsArgs, 'personId'>>;
  transitionReferral?: Resolver<ResolversTypes['TransitionReferralPayload'], ParentType, ContextType, RequireFields<MutationTransitionReferralArgs, 'id' | 'to'>>;
}>;

export type NeighbourCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourCandidate'] = ResolversParentTypes['NeighbourCandidate']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  services?: Resolver<Maybe<ResolversTypes['ServiceConnection']>, ParentType, ContextType, RequireFields<OrganisationServicesArgs, 'first'>>;
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
  zorgInvolvement?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  zorgRecords?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type ProfessionalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Professional'] = ResolversParentTypes['Professional'], FederationReferenceType extends FederationReferenceTypes['Professional'] = FederationReferenceTypes['Professional']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Professional']> | FederationReferenceType, FederationReferenceType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProfessionalRole'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType, RequireFields<QueryProfessionalArgs, 'id'>>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'id'>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'first'>>;
}>;

export type ReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral'], FederationReferenceType extends FederationReferenceTypes['Referral'] = FederationReferenceTypes['Referral']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Referral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ReferralDirection'], ParentType, ContextType>;
  helpRequest?: Resolver<Maybe<ResolversTypes['HelpRequest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReferralKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReferralReason'], ParentType, ContextType>;
  referrer?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  statusChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export type ServiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type TransitionReferralPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionReferralPayload'] = ResolversParentTypes['TransitionReferralPayload']> = ResolversObject<{
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  Count?: CountResolvers<ContextType>;
  CreateReferralPayload?: CreateReferralPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ErasedCount?: ErasedCountResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  HelpRequest?: HelpRequestResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyCount?: KeyCountResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCandidate?: NeighbourCandidateResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  TransitionReferralPayload?: TransitionReferralPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
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
