import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Area as AreaModel, Organisation as OrganisationModel, Venue as VenueModel, Grant as GrantModel, Consent as ConsentModel } from '../entities';
import type { PersonRef as PersonRefModel } from '../../kit/references';
import type { SocialMapRow as SocialMapRowModel } from '../social-map/search';
import type { FeedStatus as FeedStatusModel } from '../social-map/indexer';
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
  /** The activity's key. */
  id: Scalars['ID']['output'];
};

/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type Area = {
  __typename?: 'Area';
  /** The centre of the area (used for distance searches from an area). */
  centroid: GeoPoint;
  /** The areas one level down. */
  children: Array<Area>;
  /** CBS code: GMxxxx (gemeente), WKxxxxxx (wijk) or BUxxxxxxxx (buurt). */
  code: Scalars['ID']['output'];
  /**
   * Grants (indicator `grants`, by purpose) to partners working here, counted in the first area an organisation
   * serves and in the bucket of 1 January of the grant's year (gemeente). Small counts are suppressed. Roles
   * analyst or hub-admin.
   */
  gemeenteIndicators?: Maybe<IndicatorSet>;
  /** gemeente, wijk or buurt. */
  level: AreaLevel;
  /** Name of the area (e.g. Binnenstad). */
  name: Scalars['String']['output'];
  /** The area one level up (the wijk of a buurt, the gemeente of a wijk). */
  parent?: Maybe<Area>;
  /** Inwoners (CBS). */
  population: Scalars['Int']['output'];
  /** Inwoners van 65 jaar en ouder. */
  population65Plus: Scalars['Int']['output'];
  /** Inwoners van 75 jaar en ouder. */
  population75Plus: Scalars['Int']['output'];
  /** Venues in this area and its sub-areas. */
  venues: VenueConnection;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaGemeenteIndicatorsArgs = {
  period: PeriodInput;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<VenueKind>;
};

/** A page of areas. */
export type AreaConnection = {
  __typename?: 'AreaConnection';
  /** The areas on this page. */
  edges: Array<AreaEdge>;
  /** Whether more areas follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** An indicator's count for one child area. */
export type AreaCount = {
  __typename?: 'AreaCount';
  /** CBS code of the wijk (under a gemeente) or buurt (under a wijk). */
  areaCode: Scalars['ID']['output'];
  /** The count in that area (suppressed together with the total and the other areas). */
  count: Count;
};

/** An area with its cursor. */
export type AreaEdge = {
  __typename?: 'AreaEdge';
  /** Cursor of this area, for `after`. */
  cursor: Scalars['String']['output'];
  /** The area. */
  node: Area;
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

/**
 * A resident's consent (toestemming): the holder's records about the resident open to the recipient for one
 * purpose, limited in time and revocable; it allows reading, never writing. Personal data: readable by the
 * holder and the recipient, the resident, and the gemeente's data-protection officer (DATA_SUBJECT_REQUEST).
 */
export type Consent = {
  __typename?: 'Consent';
  /** Given, not revoked and not expired now. */
  active: Scalars['Boolean']['output'];
  /** How it was given and who recorded it. */
  evidence: ConsentEvidence;
  /** When the resident gave it. */
  grantedAt: Scalars['DateTime']['output'];
  /** The organisation whose records it opens (it holds them). */
  holder: Organisation;
  /** The consent's key. */
  id: Scalars['ID']['output'];
  /** The resident who consented. */
  person: Person;
  /** What the recipient may use them for. */
  purpose: ConsentPurpose;
  /** The organisation that may read them. */
  recipient: Organisation;
  /** When it was revoked; null while it is not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who revoked it (token subject: the resident or the holder's staff member); null while it is not. */
  revokedBy?: Maybe<Scalars['String']['output']>;
  /** The last moment it holds. */
  validUntil: Scalars['DateTime']['output'];
};

/** The evidence of a consent: how it was given, who recorded it, when, and where the proof is. */
export type ConsentEvidence = {
  __typename?: 'ConsentEvidence';
  /** How the resident gave it. */
  method: ConsentMethod;
  /** Whether the holder's staff or the resident recorded it. */
  recordedAs: ConsentRecorder;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (token subject). */
  recordedBy: Scalars['String']['output'];
  /** The organisation it was recorded from (the holder, or the portal the resident used). */
  recordedByOrganisation: Organisation;
  /** Where the evidence is (a form number, a file reference, a note). */
  reference: Scalars['String']['output'];
};

/** How a resident gave a consent. */
export type ConsentMethod =
  /** digitaal: given online, e.g. by the resident in a portal */
  | 'DIGITAL'
  /** mondeling: told to a staff member, who noted it */
  | 'VERBAL'
  /** schriftelijk: a signed form or letter */
  | 'WRITTEN';

/** Purposes a resident can consent to for another partner (doelbinding). */
export type ConsentPurpose =
  /** afstemmen wie er betrokken is */
  | 'COORDINATION'
  /** koppelen aan een vrijwilliger of buur */
  | 'MATCHING'
  /** doorverwijzen naar of van een professional */
  | 'REFERRAL';

/** Who recorded a consent. */
export type ConsentRecorder =
  /** staff of the holder, the organisation whose records it opens */
  | 'HOLDER'
  /** the resident themself */
  | 'RESIDENT';

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

/** A subsidie from the municipality to a partner (partner-internal: the organisation itself and the gemeente; null for others). */
export type Grant = {
  __typename?: 'Grant';
  /** Amount in whole euros. */
  amountEuros: Scalars['Int']['output'];
  /** The grant's key. */
  id: Scalars['ID']['output'];
  /** The organisation funded. */
  organisation: Organisation;
  /** What the subsidie is for (e.g. Burenhulp en vrijwilligersinzet). */
  purpose: Scalars['String']['output'];
  /** The year it is for. */
  year: Scalars['Int']['output'];
};

/** A consent to record (toestemming): holder X lets recipient Y read X's records about the resident for purpose P. */
export type GrantConsentInput = {
  /** Makes the mutation safe to retry (1–100 characters, per organisation; a resident's per resident). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** When the resident gave it (default now); not in the future, at most a year ago. */
  givenAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The organisation whose records about the resident are opened: staff name their own organisation; a resident names the partner they let share. */
  holderOrganisationId: Scalars['ID']['input'];
  /** How the resident gave it; a resident recording it themself gives it DIGITAL. */
  method: ConsentMethod;
  /** The resident (pseudonymous Person key); a resident can name only themself. */
  personId: Scalars['ID']['input'];
  /** What the recipient may use them for (doelbinding). */
  purpose: ConsentPurpose;
  /** The organisation that may then read them; must exist and differ from the holder. */
  recipientOrganisationId: Scalars['ID']['input'];
  /** Where the evidence is: a form number, a file reference, a note of the conversation (1–200 characters). */
  reference: Scalars['String']['input'];
  /** The last moment the consent holds: after givenAt and now, at most two years ahead. */
  validUntil: Scalars['DateTime']['input'];
};

/** The answer to grantConsent. */
export type GrantConsentPayload = {
  __typename?: 'GrantConsentPayload';
  /** The consent recorded (or the earlier one, on a retry); null when userErrors say why not. */
  consent?: Maybe<Consent>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
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
  /** AVG: erases the resident's gemeente records (person and consents); the processing log is kept. Role hub-admin with purpose DATA_SUBJECT_REQUEST. */
  erasePerson: ErasureReport;
  /**
   * Records a resident's consent (toestemming): the holder's records about the resident open to the recipient
   * for one purpose, until a date, with the evidence of how it was given. Recorded by staff of the holder (a
   * role that exists for the purpose), or by the resident themself (role resident, DIGITAL) naming the holder;
   * never by the recipient alone (FORBIDDEN). The answer does not tell whether the register knows the resident.
   * A logged personal-data write. Retrying with the same clientMutationId returns the same consent.
   */
  grantConsent: GrantConsentPayload;
  /** Pulls every partner's feed into the sociale kaart now (it also runs every few seconds); a feed that fails is reported in its status. Role hub-admin. */
  refreshSocialMap: RefreshSocialMapPayload;
  /**
   * Revokes a consent (intrekken); from then on the recipient no longer reads the holder's records. By the
   * resident or by staff of the holder (a role that exists for the consent's purpose); revoking again changes
   * nothing. A logged personal-data write.
   */
  revokeConsent: RevokeConsentPayload;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationErasePersonArgs = {
  personId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationGrantConsentArgs = {
  input: GrantConsentInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
};

/** Within a radius of a point, or of the centre of an area (a postcode-like centroid). */
export type NearFilter = {
  /** Use the centroid of this area (CBS code) as the point; takes precedence over latitude and longitude. */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** Degrees north of the point; needed with longitude unless area is given. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Degrees east of the point; needed with latitude unless area is given. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Radius in kilometres, more than 0 and at most 100. */
  radiusKm: Scalars['Float']['input'];
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
  /** The areas the organisation works in. */
  areasServed: Array<Area>;
  /** Has signed the Samenspel covenant (samenwerkingsconvenant). */
  covenantSigned: Scalars['Boolean']['output'];
  /** Subsidies granted by the municipality: visible to the organisation itself and to the gemeente (empty for other signed-in callers). */
  grants?: Maybe<Array<Grant>>;
  /** The organisation's key in the partner registry. */
  id: Scalars['ID']['output'];
  /** Kind of partner. */
  kind: OrganisationKind;
  /** KvK-nummer (Chamber of Commerce). */
  kvkNumber?: Maybe<Scalars['String']['output']>;
  /** Name of the organisation. */
  name: Scalars['String']['output'];
  /** The venues the organisation runs. */
  venues: Array<Venue>;
  /** Website address, if known. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations on this page. */
  edges: Array<OrganisationEdge>;
  /** Whether more organisations follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** An organisation with its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Cursor of this organisation, for `after`. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
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
  /** Cooperatives the resident is a member of or helps with (bewoners). */
  bewonersInvolvement?: Maybe<Array<Organisation>>;
  /**
   * The resident's consents the caller may see: the resident sees all of theirs, and the gemeente's
   * data-protection officer too (purpose DATA_SUBJECT_REQUEST); staff only those their organisation is the
   * holder or the recipient of. Needs a purpose of the caller's roles (analysts have none).
   */
  consents?: Maybe<Array<Consent>>;
  /** AVG inzage: what gemeente holds about the resident, with its processing log. Role hub-admin with purpose DATA_SUBJECT_REQUEST. */
  gemeenteRecords?: Maybe<Scalars['JSON']['output']>;
  /** The resident's pseudonymous key; it names no one. */
  id: Scalars['ID']['output'];
  /**
   * Who is involved ("wie is er betrokken"): the partners working with this resident, not what they know,
   * so visits can be coordinated. Purpose COORDINATION only. Each partner is shown to itself, and to a partner
   * it recorded the resident's consent to COORDINATION for; parts from a subgraph that is down are left out.
   */
  involvedOrganisations?: Maybe<Array<Organisation>>;
  /** Partners that hold welfare records (welzijn). */
  welzijnInvolvement?: Maybe<Array<Organisation>>;
  /** Partners that hold care records (zorg). */
  zorgInvolvement?: Maybe<Array<Organisation>>;
};

/** The hub's read entry points; each subgraph answers its own fields. */
export type Query = {
  __typename?: 'Query';
  /** One area (gemeente, wijk or buurt) by its CBS code; null when there is no such area. */
  area?: Maybe<Area>;
  /** Areas, optionally of one level and inside one area (e.g. all buurten of a wijk), ordered by code. Public. */
  areas: AreaConnection;
  /** One partner organisation; null when the id is unknown. Public. */
  organisation?: Maybe<Organisation>;
  /** The partner registry, optionally of one kind or working in one area, ordered by id. Public. */
  organisations: OrganisationConnection;
  /**
   * A resident by pseudonymous key, for signed-in callers. Every key answers, known or not, so keys cannot be
   * tried out: what a field shows depends on what the caller may see (its own records, consent recorded by a
   * holder, the resident themself).
   */
  person?: Maybe<Person>;
  /**
   * De sociale kaart: one search over every partner's public offer (activities of bewoners, services of
   * zorg, venues of gemeente, volunteer vacancies of welzijn). Each hit carries its public summary from the
   * index; `item` resolves the details from the owning partner (null, with an error naming it, when that
   * partner is down). Public. Ordered by relevance (highest first), then distance, then kind and id; a text
   * search with more than 200 hits ranks the 200 whose titles fit best (query words in the title, shorter
   * titles first) by relevance and lists the other hits after them by that title fit.
   */
  socialMap: SocialMapConnection;
  /** How fresh the sociale kaart is: per partner feed, the last change pulled (public) and any error (hub-admin only). */
  socialMapStatus: Array<SocialMapFeedStatus>;
  /** One venue; null when the id is unknown. Public. */
  venue?: Maybe<Venue>;
  /** Venues (buurtkamers, dorpshuizen, wijkcentra, infopunten), optionally inside one area, ordered by id. Public. */
  venues: VenueConnection;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryAreaArgs = {
  code: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<AreaLevel>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganisationKind>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QuerySocialMapArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SocialMapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<VenueKind>;
};

/** What refreshSocialMap answers. */
export type RefreshSocialMapPayload = {
  __typename?: 'RefreshSocialMapPayload';
  /** Each partner's feed after the pull (lastError says when one failed); null when there are userErrors. */
  feeds?: Maybe<Array<SocialMapFeedStatus>>;
  /** Always empty: the mutation takes no input (a feed that fails is reported in its status). */
  userErrors: Array<UserError>;
};

/** The answer to revokeConsent. */
export type RevokeConsentPayload = {
  __typename?: 'RevokeConsentPayload';
  /** The consent, now revoked; null when userErrors say why not. */
  consent?: Maybe<Consent>;
  /** What was wrong (NOT_FOUND); empty on success. */
  userErrors: Array<UserError>;
};

/** A care or support offer (zorg- of ondersteuningsaanbod) on the sociale kaart. */
export type Service = {
  __typename?: 'Service';
  /** The service's key. */
  id: Scalars['ID']['output'];
};

/** A page of sociale kaart hits. */
export type SocialMapConnection = {
  __typename?: 'SocialMapConnection';
  /** The hits on this page, best first. */
  edges: Array<SocialMapEdge>;
  /** Whether more hits follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** One hit with its cursor. */
export type SocialMapEdge = {
  __typename?: 'SocialMapEdge';
  /** Cursor of this hit, for `after`. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: SocialMapHit;
};

/** The state of one partner's change feed in the sociale kaart index. */
export type SocialMapFeedStatus = {
  __typename?: 'SocialMapFeedStatus';
  /** Changes applied from this feed since the index started pulling it. */
  changesApplied: Scalars['Int']['output'];
  /** When a pull last brought in changes; null when none came in yet. */
  lastChangeAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last pull failed, if it did (the kaart keeps the partner's items meanwhile). Role hub-admin: an error may name hosts and ports of the partners' servers. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the index last asked this feed, successfully or not; null before the first pull. */
  lastPulledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last change number pulled from the partner's feed. */
  lastSeq: Scalars['Int']['output'];
  /** The partner subgraph whose feed this is: gemeente, welzijn, zorg or bewoners. */
  partner: Scalars['String']['output'];
};

/** What to search the sociale kaart for; all given criteria must hold. */
export type SocialMapFilter = {
  /** Inside this area (a gemeente, wijk or buurt, with its sub-areas). */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** Only items free of charge for residents. */
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Date window: activities must take place in it (recurring ones by their next occurrence). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these kinds of item. */
  kinds?: InputMaybe<Array<SocialMapItemKind>>;
  /** Only items within a radius; sets SocialMapHit.distanceKm. */
  near?: InputMaybe<NearFilter>;
  /** Only items of this organisation. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** Items for at least one of these target groups. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** Free text, Dutch (e.g. "koffie ochtend"); accents, prefixes and small typos are tolerated. At most 200 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Items with at least one of these themes. */
  themes?: InputMaybe<Array<Theme>>;
  /** End of the date window (inclusive); without from the window starts now. Services, venues and vacancies are not limited by the window. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One hit on the sociale kaart, with the public summary the index keeps. */
export type SocialMapHit = {
  __typename?: 'SocialMapHit';
  /** The area the item is in or offered to. */
  area?: Maybe<Area>;
  /** Public description (for a venue: its address). */
  description: Scalars['String']['output'];
  /** Kilometres from the point searched near (4 decimals); null without a near filter. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** Free of charge for residents (always true for venues and vacancies). */
  free: Scalars['Boolean']['output'];
  /** The item's key in its owner's subgraph. */
  id: Scalars['ID']['output'];
  /** The item itself, resolved by its owner. */
  item?: Maybe<SocialMapItem>;
  /** What kind of item this is. */
  kind: SocialMapItemKind;
  /** Where it is: the item's own location, else its venue's, else the centroid of its area. */
  location?: Maybe<GeoPoint>;
  /** The next occurrence of an activity (within the date window, if one was given); null for other kinds. The index keeps occurrences up to a year ahead. */
  nextOccurrence?: Maybe<Scalars['DateTime']['output']>;
  /** The organisation that offers it. */
  organisation?: Maybe<Organisation>;
  /** RRULE of a recurring activity. */
  recurrence?: Maybe<Scalars['String']['output']>;
  /** Text relevance (full-text rank plus title similarity, 6 decimals); 0 without a text search. */
  relevance: Scalars['Float']['output'];
  /** Target groups (venues and vacancies: EVERYONE). */
  targetGroups: Array<TargetGroup>;
  /** Themes (a venue: SOCIAL_CONTACT; a vacancy: VOLUNTEERING). */
  themes: Array<Theme>;
  /** Title (a service's or venue's name). */
  title: Scalars['String']['output'];
};

/** What the sociale kaart shows: an Activity (bewoners), a Service (zorg), a Venue (gemeente) or a VolunteerVacancy (welzijn). */
export type SocialMapItem = Activity | Service | Venue | VolunteerVacancy;

/** Kind of item on the sociale kaart. */
export type SocialMapItemKind =
  /** an activity of a cooperative (bewoners) */
  | 'ACTIVITY'
  /** a care or support service (zorg) */
  | 'SERVICE'
  /** a buurtkamer, dorpshuis, wijkcentrum or infopunt (gemeente) */
  | 'VENUE'
  /** a vrijwilligersvacature (welzijn) */
  | 'VOLUNTEER_VACANCY';

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
  /** Street address with the town. */
  address: Scalars['String']['output'];
  /** The area (in practice a buurt) the venue is in. */
  area: Area;
  /** The venue's key. */
  id: Scalars['ID']['output'];
  /** buurtkamer, dorpshuis, wijkcentrum or infopunt. */
  kind: VenueKind;
  /** Where the venue is. */
  location: GeoPoint;
  /** Name of the venue. */
  name: Scalars['String']['output'];
  /** The organisation that runs it. */
  organisation: Organisation;
  /** Run by residents (in zelfbeheer). */
  selfManaged: Scalars['Boolean']['output'];
};

/** A page of venues. */
export type VenueConnection = {
  __typename?: 'VenueConnection';
  /** The venues on this page. */
  edges: Array<VenueEdge>;
  /** Whether more venues follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A venue with its cursor. */
export type VenueEdge = {
  __typename?: 'VenueEdge';
  /** Cursor of this venue, for `after`. */
  cursor: Scalars['String']['output'];
  /** The venue. */
  node: Venue;
};

/** Kind of venue. */
export type VenueKind =
  /** wijkcentrum */
  | 'COMMUNITY_CENTRE'
  /** infopunt */
  | 'INFO_POINT'
  /** buurtkamer */
  | 'NEIGHBOURHOOD_ROOM'
  /** dorpshuis */
  | 'VILLAGE_HALL';

/** A vrijwilligersvacature: volunteer work a welfare organisation offers. Public. */
export type VolunteerVacancy = {
  __typename?: 'VolunteerVacancy';
  /** The vacancy's key. */
  id: Scalars['ID']['output'];
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
  Consent: Consent;
  Grant: Grant;
  Organisation: Organisation;
  Person: Person;
  Venue: Venue;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Area:
    ( { __typename: 'Area' }
    & GraphQLRecursivePick<FederationTypes['Area'], {"code":true}> );
  Consent:
    ( { __typename: 'Consent' }
    & GraphQLRecursivePick<FederationTypes['Consent'], {"id":true}> );
  Grant:
    ( { __typename: 'Grant' }
    & GraphQLRecursivePick<FederationTypes['Grant'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"welzijnInvolvement":{"id":true},"zorgInvolvement":{"id":true},"bewonersInvolvement":{"id":true}}> ) );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SocialMapItem:
    | ( Activity )
    | ( Service )
    | ( VenueModel )
    | ( VolunteerVacancy )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<Activity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Area: ResolverTypeWrapper<AreaModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaConnection: ResolverTypeWrapper<Omit<AreaConnection, 'edges'> & { edges: Array<ResolversTypes['AreaEdge']> }>;
  AreaCount: ResolverTypeWrapper<AreaCount>;
  AreaEdge: ResolverTypeWrapper<Omit<AreaEdge, 'node'> & { node: ResolversTypes['Area'] }>;
  AreaLevel: AreaLevel;
  CandidatePool: CandidatePool;
  Consent: ResolverTypeWrapper<ConsentModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentEvidence: ResolverTypeWrapper<ConsentModel>;
  ConsentMethod: ConsentMethod;
  ConsentPurpose: ConsentPurpose;
  ConsentRecorder: ConsentRecorder;
  Count: ResolverTypeWrapper<Count>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErasedCount: ResolverTypeWrapper<ErasedCount>;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Grant: ResolverTypeWrapper<GrantModel>;
  GrantConsentInput: GrantConsentInput;
  GrantConsentPayload: ResolverTypeWrapper<Omit<GrantConsentPayload, 'consent'> & { consent?: Maybe<ResolversTypes['Consent']> }>;
  HelpCategory: HelpCategory;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorSet: ResolverTypeWrapper<IndicatorSet>;
  Intensity: Intensity;
  Interval: Interval;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyCount: ResolverTypeWrapper<KeyCount>;
  MatchCandidate: ResolverTypeWrapper<MatchCandidate>;
  Measure: ResolverTypeWrapper<Measure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearFilter: NearFilter;
  NeighbourCandidate: ResolverTypeWrapper<NeighbourCandidate>;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshSocialMapPayload: ResolverTypeWrapper<Omit<RefreshSocialMapPayload, 'feeds'> & { feeds?: Maybe<Array<ResolversTypes['SocialMapFeedStatus']>> }>;
  RevokeConsentPayload: ResolverTypeWrapper<Omit<RevokeConsentPayload, 'consent'> & { consent?: Maybe<ResolversTypes['Consent']> }>;
  Service: ResolverTypeWrapper<Service>;
  SocialMapConnection: ResolverTypeWrapper<Omit<SocialMapConnection, 'edges'> & { edges: Array<ResolversTypes['SocialMapEdge']> }>;
  SocialMapEdge: ResolverTypeWrapper<Omit<SocialMapEdge, 'node'> & { node: ResolversTypes['SocialMapHit'] }>;
  SocialMapFeedStatus: ResolverTypeWrapper<FeedStatusModel>;
  SocialMapFilter: SocialMapFilter;
  SocialMapHit: ResolverTypeWrapper<SocialMapRowModel>;
  SocialMapItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SocialMapItem']>;
  SocialMapItemKind: SocialMapItemKind;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<VenueModel>;
  VenueConnection: ResolverTypeWrapper<Omit<VenueConnection, 'edges'> & { edges: Array<ResolversTypes['VenueEdge']> }>;
  VenueEdge: ResolverTypeWrapper<Omit<VenueEdge, 'node'> & { node: ResolversTypes['Venue'] }>;
  VenueKind: VenueKind;
  VolunteerVacancy: ResolverTypeWrapper<VolunteerVacancy>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: Activity;
  ID: Scalars['ID']['output'];
  Area: AreaModel;
  Int: Scalars['Int']['output'];
  AreaConnection: Omit<AreaConnection, 'edges'> & { edges: Array<ResolversParentTypes['AreaEdge']> };
  AreaCount: AreaCount;
  AreaEdge: Omit<AreaEdge, 'node'> & { node: ResolversParentTypes['Area'] };
  Consent: ConsentModel;
  Boolean: Scalars['Boolean']['output'];
  ConsentEvidence: ConsentModel;
  Count: Count;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ErasedCount: ErasedCount;
  ErasureReport: ErasureReport;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  Grant: GrantModel;
  GrantConsentInput: GrantConsentInput;
  GrantConsentPayload: Omit<GrantConsentPayload, 'consent'> & { consent?: Maybe<ResolversParentTypes['Consent']> };
  Indicator: Indicator;
  IndicatorSet: IndicatorSet;
  JSON: Scalars['JSON']['output'];
  KeyCount: KeyCount;
  MatchCandidate: MatchCandidate;
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  NearFilter: NearFilter;
  NeighbourCandidate: NeighbourCandidate;
  Organisation: OrganisationModel;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRefModel;
  Query: Record<PropertyKey, never>;
  RefreshSocialMapPayload: Omit<RefreshSocialMapPayload, 'feeds'> & { feeds?: Maybe<Array<ResolversParentTypes['SocialMapFeedStatus']>> };
  RevokeConsentPayload: Omit<RevokeConsentPayload, 'consent'> & { consent?: Maybe<ResolversParentTypes['Consent']> };
  Service: Service;
  SocialMapConnection: Omit<SocialMapConnection, 'edges'> & { edges: Array<ResolversParentTypes['SocialMapEdge']> };
  SocialMapEdge: Omit<SocialMapEdge, 'node'> & { node: ResolversParentTypes['SocialMapHit'] };
  SocialMapFeedStatus: FeedStatusModel;
  SocialMapFilter: SocialMapFilter;
  SocialMapHit: SocialMapRowModel;
  SocialMapItem: ResolversUnionTypes<ResolversParentTypes>['SocialMapItem'];
  UserError: UserError;
  Venue: VenueModel;
  VenueConnection: Omit<VenueConnection, 'edges'> & { edges: Array<ResolversParentTypes['VenueEdge']> };
  VenueEdge: Omit<VenueEdge, 'node'> & { node: ResolversParentTypes['Venue'] };
  VolunteerVacancy: VolunteerVacancy;
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

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area'], FederationReferenceType extends FederationReferenceTypes['Area'] = FederationReferenceTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']> | FederationReferenceType, FederationReferenceType, ContextType>;
  centroid?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  gemeenteIndicators?: Resolver<Maybe<ResolversTypes['IndicatorSet']>, ParentType, ContextType, RequireFields<AreaGemeenteIndicatorsArgs, 'period'>>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population65Plus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population75Plus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  venues?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<AreaVenuesArgs, 'first'>>;
}>;

export type AreaConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaConnection'] = ResolversParentTypes['AreaConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AreaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AreaCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaCount'] = ResolversParentTypes['AreaCount']> = ResolversObject<{
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type AreaEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaEdge'] = ResolversParentTypes['AreaEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent'], FederationReferenceType extends FederationReferenceTypes['Consent'] = FederationReferenceTypes['Consent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['ConsentEvidence'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ConsentEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentEvidence'] = ResolversParentTypes['ConsentEvidence']> = ResolversObject<{
  method?: Resolver<ResolversTypes['ConsentMethod'], ParentType, ContextType>;
  recordedAs?: Resolver<ResolversTypes['ConsentRecorder'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedByOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type GrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Grant'] = ResolversParentTypes['Grant'], FederationReferenceType extends FederationReferenceTypes['Grant'] = FederationReferenceTypes['Grant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Grant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amountEuros?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GrantConsentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GrantConsentPayload'] = ResolversParentTypes['GrantConsentPayload']> = ResolversObject<{
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  erasePerson?: Resolver<ResolversTypes['ErasureReport'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'personId'>>;
  grantConsent?: Resolver<ResolversTypes['GrantConsentPayload'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'input'>>;
  refreshSocialMap?: Resolver<ResolversTypes['RefreshSocialMapPayload'], ParentType, ContextType>;
  revokeConsent?: Resolver<ResolversTypes['RevokeConsentPayload'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id'>>;
}>;

export type NeighbourCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourCandidate'] = ResolversParentTypes['NeighbourCandidate']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areasServed?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  covenantSigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grants?: Resolver<Maybe<Array<ResolversTypes['Grant']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  kvkNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venues?: Resolver<Array<ResolversTypes['Venue']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes['Consent']>>, ParentType, ContextType>;
  gemeenteRecords?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involvedOrganisations?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areas?: Resolver<ResolversTypes['AreaConnection'], ParentType, ContextType, RequireFields<QueryAreasArgs, 'first'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  socialMap?: Resolver<ResolversTypes['SocialMapConnection'], ParentType, ContextType, RequireFields<QuerySocialMapArgs, 'first'>>;
  socialMapStatus?: Resolver<Array<ResolversTypes['SocialMapFeedStatus']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryVenueArgs, 'id'>>;
  venues?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<QueryVenuesArgs, 'first'>>;
}>;

export type RefreshSocialMapPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RefreshSocialMapPayload'] = ResolversParentTypes['RefreshSocialMapPayload']> = ResolversObject<{
  feeds?: Resolver<Maybe<Array<ResolversTypes['SocialMapFeedStatus']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RevokeConsentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeConsentPayload'] = ResolversParentTypes['RevokeConsentPayload']> = ResolversObject<{
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SocialMapConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialMapConnection'] = ResolversParentTypes['SocialMapConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SocialMapEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SocialMapEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialMapEdge'] = ResolversParentTypes['SocialMapEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SocialMapHit'], ParentType, ContextType>;
}>;

export type SocialMapFeedStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialMapFeedStatus'] = ResolversParentTypes['SocialMapFeedStatus']> = ResolversObject<{
  changesApplied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastChangeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastPulledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SocialMapHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialMapHit'] = ResolversParentTypes['SocialMapHit']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['SocialMapItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SocialMapItemKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  nextOccurrence?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relevance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SocialMapItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialMapItem'] = ResolversParentTypes['SocialMapItem']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Activity' | 'Service' | 'Venue' | 'VolunteerVacancy', ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VenueKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  selfManaged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VenueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VenueConnection'] = ResolversParentTypes['VenueConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VenueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type VenueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VenueEdge'] = ResolversParentTypes['VenueEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
}>;

export type VolunteerVacancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolunteerVacancy'] = ResolversParentTypes['VolunteerVacancy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  Area?: AreaResolvers<ContextType>;
  AreaConnection?: AreaConnectionResolvers<ContextType>;
  AreaCount?: AreaCountResolvers<ContextType>;
  AreaEdge?: AreaEdgeResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentEvidence?: ConsentEvidenceResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ErasedCount?: ErasedCountResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Grant?: GrantResolvers<ContextType>;
  GrantConsentPayload?: GrantConsentPayloadResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyCount?: KeyCountResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCandidate?: NeighbourCandidateResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefreshSocialMapPayload?: RefreshSocialMapPayloadResolvers<ContextType>;
  RevokeConsentPayload?: RevokeConsentPayloadResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  SocialMapConnection?: SocialMapConnectionResolvers<ContextType>;
  SocialMapEdge?: SocialMapEdgeResolvers<ContextType>;
  SocialMapFeedStatus?: SocialMapFeedStatusResolvers<ContextType>;
  SocialMapHit?: SocialMapHitResolvers<ContextType>;
  SocialMapItem?: SocialMapItemResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  VenueConnection?: VenueConnectionResolvers<ContextType>;
  VenueEdge?: VenueEdgeResolvers<ContextType>;
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
