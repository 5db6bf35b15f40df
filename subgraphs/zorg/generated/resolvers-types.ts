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
  /** Published care and support services available in this area. */
  services?: Maybe<ServiceConnection>;
  /** Referrals and signals by reason and direction, and returns to informal help (zorg). Small counts are suppressed. */
  zorgIndicators?: Maybe<IndicatorSet>;
};


export type AreaServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AreaZorgIndicatorsArgs = {
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

export type CreateReferralInput = {
  /** The buurt it concerns (CBS code), so the gemeente can count referrals per area. */
  area?: InputMaybe<Scalars['ID']['input']>;
  clientMutationId: Scalars['String']['input'];
  direction: ReferralDirection;
  /** The hulpvraag it comes from (TO_PROFESSIONAL) or created for it (TO_INFORMAL_HELP, required). */
  helpRequestId?: InputMaybe<Scalars['ID']['input']>;
  kind: ReferralKind;
  /** Private note for the receiving professional (holders only). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The resident (pseudonymous Person key). */
  personId: Scalars['ID']['input'];
  reason: ReferralReason;
  /** The organisation it is sent to: a care partner, or a welfare organisation for TO_INFORMAL_HELP. */
  toOrganisationId: Scalars['ID']['input'];
  urgency?: InputMaybe<Urgency>;
};

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

/** A WGS84 point. Locations of people are rounded before they are stored. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
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

export type HelpRequest = {
  __typename?: 'HelpRequest';
  id: Scalars['ID']['output'];
  /** Referrals and signals raised from this hulpvraag that the caller may see. */
  referrals?: Maybe<Array<Referral>>;
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
  /**
   * A doorverwijzing or signaal. TO_PROFESSIONAL: a volunteer's organisation or matcher "pulls the
   * professional by the sleeve" for a hulpvraag that is too heavy (then move the hulpvraag to REFERRED in
   * welzijn). TO_INFORMAL_HELP: a professional refers a resident to informal help, after creating the
   * hulpvraag in welzijn (createHelpRequest with forOrganisationId). Safe to retry (clientMutationId).
   */
  createReferral: Referral;
  /** AVG: erases the resident's zorg records (referrals); the processing log is kept. */
  eraseZorgRecords: ErasureReport;
  /** Moves a referral on, by the organisation it was sent to: ACCEPTED, IN_CARE, CLOSED, DECLINED or RETURNED_TO_INFORMAL_HELP. */
  transitionReferral: Referral;
};


export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};


export type MutationEraseZorgRecordsArgs = {
  personId: Scalars['ID']['input'];
};


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
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
};

export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** Published services of this organisation. */
  services?: Maybe<ServiceConnection>;
};


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
  /** Care organisations holding referrals of this resident (needs consent to COORDINATION). */
  zorgInvolvement?: Maybe<Array<Organisation>>;
  /** AVG inzage: what zorg holds about the resident, with its processing log. */
  zorgRecords?: Maybe<Scalars['JSON']['output']>;
};

/** A professional (beroepskracht) at a care partner; visible to signed-in partners. */
export type Professional = {
  __typename?: 'Professional';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
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

export type Query = {
  __typename?: 'Query';
  /** One professional. */
  professional?: Maybe<Professional>;
  /** One referral (held by your organisation, or with the resident's consent for your purpose). */
  referral?: Maybe<Referral>;
  /** One service. */
  service?: Maybe<Service>;
  /** Published services available in an area (offered there, in a sub-area, or to a containing wijk or gemeente). */
  services: ServiceConnection;
};


export type QueryProfessionalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  themes?: InputMaybe<Array<Theme>>;
};

/** A referral or signal between informal help and professionals. Personal data. */
export type Referral = {
  __typename?: 'Referral';
  createdAt: Scalars['DateTime']['output'];
  direction: ReferralDirection;
  /** The hulpvraag it came from, if any. */
  helpRequest?: Maybe<HelpRequest>;
  id: Scalars['ID']['output'];
  kind: ReferralKind;
  /** Private note (holders only). */
  note?: Maybe<Scalars['String']['output']>;
  /** The care organisation it was sent to. */
  organisation: Organisation;
  /** The professional handling it, once accepted. */
  professional?: Maybe<Professional>;
  reason: ReferralReason;
  /** The organisation that referred (a welfare organisation, or a care organisation for afschalen). */
  referrer: Organisation;
  status: ReferralStatus;
  statusChangedAt: Scalars['DateTime']['output'];
  /** Why it last changed status, e.g. why it was declined (holders only). */
  statusReason?: Maybe<Scalars['String']['output']>;
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
  | 'REFERRAL'
  | 'SIGNAL';

/** Why a request is too heavy for a volunteer. */
export type ReferralReason =
  | 'CARE_NEEDS'
  | 'DEBTS'
  | 'HOUSING'
  | 'LONELINESS'
  | 'OTHER'
  | 'PSYCHOSOCIAL'
  | 'SAFETY';

export type ReferralStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'DECLINED'
  | 'IN_CARE'
  /** teruggegeven aan informele hulp (afschalen) */
  | 'RETURNED_TO_INFORMAL_HELP'
  | 'SENT';

/** A care or support offer (zorg- of ondersteuningsaanbod) on the sociale kaart. */
export type Service = {
  __typename?: 'Service';
  /** The area the service is offered in (a gemeente, wijk or buurt). */
  area: Area;
  description: Scalars['String']['output'];
  /** Free of charge for residents. */
  free: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisation: Organisation;
  targetGroups: Array<TargetGroup>;
  themes: Array<Theme>;
};

export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  edges: Array<ServiceEdge>;
  pageInfo: PageInfo;
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
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

export type Urgency =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

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
  Urgency: Urgency;
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
  createReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'input'>>;
  eraseZorgRecords?: Resolver<ResolversTypes['ErasureReport'], ParentType, ContextType, RequireFields<MutationEraseZorgRecordsArgs, 'personId'>>;
  transitionReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationTransitionReferralArgs, 'id' | 'to'>>;
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
