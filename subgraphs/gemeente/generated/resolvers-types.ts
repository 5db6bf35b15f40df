import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ContactRecord as ContactRecordModel } from '../../kit/contact-details';
import type { CapacityRecord as CapacityRecordModel } from '../../kit/capacity';
import type { Training as TrainingModel } from '../../kit/helper-profile';
import type { Area as AreaModel, Organisation as OrganisationModel, Venue as VenueModel, Grant as GrantModel, Consent as ConsentModel, PersonReference as PersonReferenceModel, Webhook as WebhookModel } from '../entities';
import type { PersonRef as PersonRefModel } from '../../kit/references';
import type { PersonMergeRow as PersonMergeRowModel } from '../policies';
import type { SocialMapRow as SocialMapRowModel } from '../social-map/search';
import type { FeedStatus as FeedStatusModel } from '../social-map/indexer';
import type { ProcessingLogEntry as ProcessingLogEntryModel } from '../../kit/access/inzage';
import type { DeliveryRow as DeliveryRowModel, AttemptRow as AttemptRowModel } from '../webhooks/log';
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

/** A note on how accessible a venue is (HSDS accessibility). */
export type AccessibilityNote = {
  __typename?: 'AccessibilityNote';
  /** What, e.g. "rolstoeltoegankelijk", "invalidentoilet", "ringleiding". */
  description: Scalars['String']['output'];
  /** More about it, e.g. "ingang aan de achterkant, drempelvrij"; null when none. */
  details?: Maybe<Scalars['String']['output']>;
  /** A page about it (http or https); null when none. */
  url?: Maybe<Scalars['String']['output']>;
};

/** An accessibility note to record. */
export type AccessibilityNoteInput = {
  /** What, 1–200 characters. */
  description: Scalars['String']['input'];
  /** More about it, at most 1000 characters. */
  details?: InputMaybe<Scalars['String']['input']>;
  /** A page about it, an http or https address. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** An activity of a cooperative or residents' initiative (eettafel, koffieochtend, inloop, cursus). */
export type Activity = {
  __typename?: 'Activity';
  /** The activity's key. */
  id: Scalars['ID']['output'];
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

/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type Area = {
  __typename?: 'Area';
  /** The centre of the area (used for distance searches from an area). */
  centroid: GeoPoint;
  /** The areas one level down. Bounded: at most 500 (CBS: a gemeente's wijken or a wijk's buurten); more fails with LIST_TOO_LONG. */
  children: Array<Area>;
  /** CBS code: GMxxxx (gemeente), WKxxxxxx (wijk) or BUxxxxxxxx (buurt). */
  code: Scalars['ID']['output'];
  /**
   * Grants (subsidies) to partners working here, counted in the first area an organisation serves and in the
   * bucket of 1 January of the grant's year (gemeente): the indicators of GemeenteIndicatorName. Roles analyst
   * or hub-admin.
   */
  gemeenteIndicators?: Maybe<GemeenteIndicatorSet>;
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
  /**
   * The areas of this area's gemeente, each with the finest interval its dashboard figures may be cut into:
   * below 1,000 inhabitants (a village) years, below 5,000 quarters, otherwise weeks. Every subgraph's
   * indicators follow it.
   * Bounded: one per CBS area of the gemeente (the CBS division, not written through the graph: a few hundred at most).
   */
  statisticsGrid: Array<StatisticsArea>;
  /** Venues in this area and its sub-areas. */
  venues: VenueConnection;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaGemeenteIndicatorsArgs = {
  names?: InputMaybe<Array<GemeenteIndicatorName>>;
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

/** An indicator's figure for one child area. */
export type AreaCount = {
  __typename?: 'AreaCount';
  /** CBS code of the wijk (under a gemeente) or buurt (under a wijk). */
  areaCode: Scalars['ID']['output'];
  /** The figure in that area. */
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

/** An ongoing service a cooperative runs (klussendienst, boodschappendienst, vervoersdienst), on the sociale kaart. Public. */
export type CooperativeService = {
  __typename?: 'CooperativeService';
  /** The service's key. */
  id: Scalars['ID']['output'];
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

/** A venue to add. */
export type CreateVenueInput = {
  /** How accessible it is, at most 20 notes. */
  accessibility?: InputMaybe<Array<AccessibilityNoteInput>>;
  /** Where it is. */
  address: AddressInput;
  /** The buurt (BUxxxxxxxx) it is in. */
  area: Scalars['ID']['input'];
  /** Makes the mutation safe to retry (1–100 characters, per organisation; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** Phones, e-mail, website and opening hours (the address is the venue's own). */
  contact?: InputMaybe<ContactDetailsInput>;
  /** buurtkamer, dorpshuis, wijkcentrum or infopunt. */
  kind: VenueKind;
  /** Where it is on the map (default: the centre of its buurt). */
  location?: InputMaybe<GeoPointInput>;
  /** Name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** The organisation that runs it: yours (the hub administrator may name any in the registry). */
  organisationId: Scalars['ID']['input'];
  /** Run by residents (in zelfbeheer); default false. */
  selfManaged?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What createVenue answers. */
export type CreateVenuePayload = {
  __typename?: 'CreateVenuePayload';
  /** What was wrong; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The venue added (or, on a retry, the one added before); null when there are userErrors. */
  venue?: Maybe<Venue>;
};

/** What deleteWebhook answers. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** The key of the endpoint deleted; null when there are userErrors. */
  id?: Maybe<Scalars['ID']['output']>;
  /** What was wrong (an unknown endpoint: NOT_FOUND); empty when it went through. */
  userErrors: Array<UserError>;
};

/** What erasePerson did: the erasure report, or why nothing was erased. */
export type ErasePersonPayload = {
  __typename?: 'ErasePersonPayload';
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

/** What a webhook can be told about (kit/events/event-types.ts). Only ids, types and times are sent. */
export type EventType =
  /** een activiteit op de sociale kaart is veranderd (publiek) */
  | 'ACTIVITY_CHANGED'
  /** een activiteit staat op de sociale kaart (bewoners; publiek) */
  | 'ACTIVITY_PUBLISHED'
  /** een activiteit is van de sociale kaart gehaald (publiek) */
  | 'ACTIVITY_WITHDRAWN'
  /** een toestemming is gegeven (gemeente) */
  | 'CONSENT_GRANTED'
  /** een toestemming is ingetrokken (gemeente) */
  | 'CONSENT_REVOKED'
  /** een dienst van een bewonerscoöperatie is veranderd (publiek) */
  | 'COOPERATIVE_SERVICE_CHANGED'
  /** een doorlopende dienst van een bewonerscoöperatie staat op de sociale kaart (publiek) */
  | 'COOPERATIVE_SERVICE_PUBLISHED'
  /** een dienst van een bewonerscoöperatie is van de sociale kaart gehaald (publiek) */
  | 'COOPERATIVE_SERVICE_WITHDRAWN'
  /** de status van een hulpvraag is veranderd (welzijn) */
  | 'HELP_REQUEST_STATUS_CHANGED'
  /** een koppeling is beëindigd of afgewezen (welzijn) */
  | 'MATCH_ENDED'
  /** de nazorg van een koppeling is aan de beurt (welzijn; geleverd op de datum zelf) */
  | 'MATCH_FOLLOW_UP_DUE'
  /** een koppeling is voorgesteld aan beide kanten, kennismaking (welzijn) */
  | 'MATCH_INTRODUCED'
  /** een koppeling is voorgesteld (welzijn) */
  | 'MATCH_PROPOSED'
  /** een doorverwijzing is aangenomen (zorg) */
  | 'REFERRAL_ACCEPTED'
  /** een doorverwijzing is afgesloten, ook afgeschaald naar informele hulp (zorg) */
  | 'REFERRAL_CLOSED'
  /** een doorverwijzing of signaal is gemaakt (zorg) */
  | 'REFERRAL_CREATED'
  /** een dienst op de sociale kaart is veranderd (publiek) */
  | 'SERVICE_CHANGED'
  /** een dienst van zorg staat op de sociale kaart (publiek) */
  | 'SERVICE_PUBLISHED'
  /** een dienst is van de sociale kaart gehaald (publiek) */
  | 'SERVICE_WITHDRAWN'
  /** een item in de index van de sociale kaart is veranderd (gemeente; publiek) */
  | 'SOCIAL_MAP_ITEM_CHANGED'
  /** een locatie op de sociale kaart is veranderd (publiek) */
  | 'VENUE_CHANGED'
  /** een buurtkamer, dorpshuis, wijkcentrum of infopunt staat op de sociale kaart (publiek) */
  | 'VENUE_PUBLISHED'
  /** een locatie is van de sociale kaart gehaald (publiek) */
  | 'VENUE_WITHDRAWN'
  /** een vrijwilligersvacature is veranderd (publiek) */
  | 'VOLUNTEER_VACANCY_CHANGED'
  /** een vrijwilligersvacature staat op de sociale kaart (welzijn; publiek) */
  | 'VOLUNTEER_VACANCY_PUBLISHED'
  /** een vrijwilligersvacature is van de sociale kaart gehaald (publiek) */
  | 'VOLUNTEER_VACANCY_WITHDRAWN';

/** gemeente's dashboard indicators (Indicator.name). */
export type GemeenteIndicatorName =
  /** Grant euros, by organisation id: public funding (subsidieregister), published exactly. */
  | 'grantEurosByOrganisation'
  /** Grant euros, by purpose (theme): public funding, published exactly. */
  | 'grantEurosByTheme'
  /** Grants, by purpose (published under the disclosure rules, like residents' figures). */
  | 'grants';

/** gemeente's dashboard figures for an area and period (IndicatorSet). */
export type GemeenteIndicatorSet = IndicatorSet & {
  __typename?: 'GemeenteIndicatorSet';
  /** One entry per indicator and bucket. Bounded: one per indicator asked (names) and bucket of the period, which spans at most three years. */
  indicators: Array<Indicator>;
  /** Statistics that are not counts; empty when the subgraph has none. Bounded: one per measure asked (names) and bucket of the period, which spans at most three years. */
  measures: Array<Measure>;
  /** Shown figures about residents are rounded to a multiple of this (SMALL_COUNT_ROUNDING, default 5). */
  roundingBase: Scalars['Int']['output'];
  /** Counts from 1 to this minus 1 are suppressed (SMALL_COUNT_THRESHOLD, default 5). */
  threshold: Scalars['Int']['output'];
};

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

/** Two keys of one resident to make one. */
export type MergePersonsInput = {
  /** Makes the mutation safe to retry (1–100 characters, per organisation; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** The key that goes (it answers with mergedInto from then on). */
  mergedId: Scalars['ID']['input'];
  /** Why they are the same resident, 1–4000 characters (logged with the merge; the gemeente reads it). */
  reason: Scalars['String']['input'];
  /** The key that stays. */
  survivorId: Scalars['ID']['input'];
};

/** What mergePersons answers. */
export type MergePersonsPayload = {
  __typename?: 'MergePersonsPayload';
  /** The merge recorded (or, on a retry, the one recorded before); null when there are userErrors. */
  merge?: Maybe<PersonMerge>;
  /** What was wrong (an unknown key: NOT_FOUND; a key merged before: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a venue (buurtkamer, dorpshuis, wijkcentrum, infopunt) to the sociale kaart: by the gemeente's hub
   * administrator for any organisation, or by the organisation that runs it (roles cooperative-coordinator or
   * partner-system). Safe to retry with the same clientMutationId.
   */
  createVenue: CreateVenuePayload;
  /** Deletes the endpoint and its delivery log. The owner or the gemeente's hub-admin; deleting again is NOT_FOUND. */
  deleteWebhook: DeleteWebhookPayload;
  /** AVG: erases the resident's gemeente records (consents, and hub-wide the Person key itself), each erased record a line in the processing log (which is kept). Roles hub-admin or data-protection-officer, purpose DATA_SUBJECT_REQUEST; your organisation's records, or every organisation's for the gemeente's data-protection officer. */
  erasePerson: ErasePersonPayload;
  /**
   * Records a resident's consent (toestemming): the holder's records about the resident open to the recipient
   * for one purpose, until a date, with the evidence of how it was given. Recorded by staff of the holder (a
   * role that exists for the purpose), or by the resident themself (role resident, DIGITAL) naming the holder;
   * never by the recipient alone (FORBIDDEN). The answer does not tell whether the register knows the resident.
   * A logged personal-data write. Retrying with the same clientMutationId returns the same consent.
   */
  grantConsent: GrantConsentPayload;
  /**
   * Makes two keys of the same resident one (the gemeente's hub administrator, with a reason that is logged):
   * consents and references of the merged key move to the surviving key, the merged key answers with
   * mergedInto from then on, and the merge is listed in personMerges for the partners to follow (each moves
   * its own records). Safe to retry with the same clientMutationId.
   */
  mergePersons: MergePersonsPayload;
  /**
   * Onboards an organisation into the partner registry (the gemeente's hub administrator): kind, KvK number,
   * areas served, contact details. Safe to retry with the same clientMutationId; a KvK number already in the
   * registry is a CONFLICT.
   */
  onboardOrganisation: OnboardOrganisationPayload;
  /** Holds the endpoint's deliveries (they wait, nothing is lost) until resumeWebhook. The owner or the gemeente's hub-admin. */
  pauseWebhook: WebhookPayload;
  /** Pulls every partner's feed into the sociale kaart now (it also runs every few seconds); a feed that fails is reported in its status. Role hub-admin. */
  refreshSocialMap: RefreshSocialMapPayload;
  /**
   * Intake of a resident as a pseudonymous key, by the organisation taking them in (phone, walk-in, a home
   * visit), under its own reference for them (its client number, never a BSN: one is refused). The same
   * reference again gives the same key back (safe to retry); another organisation's reference is another
   * registration. Signed-in staff or a partner system; the reference stays with your organisation.
   */
  registerPerson: RegisterPersonPayload;
  /**
   * Registers a webhook endpoint of the caller's organisation for some event types: each event is delivered
   * signed after Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature) with ids, types and
   * times only. Public events reach every endpoint of their type; the others only an organisation that may
   * read the subject at that moment for the endpoint's purpose. The address must be one the hub may call
   * (input.url). Safe to retry with the same clientMutationId. Roles partner-system or hub-admin.
   */
  registerWebhook: RegisterWebhookPayload;
  /**
   * Sends the endpoint's deliveries of events from a point in time on again, dead ones included, each with
   * its event's webhook-id (a receiver that has it already can drop it). The owner or the gemeente's hub-admin.
   */
  replayWebhookDeliveries: ReplayWebhookDeliveriesPayload;
  /** Sends again, in order, what waited while the endpoint was paused. The owner or the gemeente's hub-admin. */
  resumeWebhook: WebhookPayload;
  /**
   * Revokes a consent (intrekken); from then on the recipient no longer reads the holder's records. By the
   * resident or by staff of the holder (a role that exists for the consent's purpose); revoking again changes
   * nothing. A logged personal-data write.
   */
  revokeConsent: RevokeConsentPayload;
  /** A new signing secret (shown once in the answer); from the next try on deliveries are signed with it, the old one stops at once. */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Changes an organisation in the partner registry (the gemeente's hub administrator); fields left out stay as they are. */
  updateOrganisation: UpdateOrganisationPayload;
  /** Changes a venue: by the organisation that runs it or the gemeente's hub administrator; fields left out stay as they are. */
  updateVenue: UpdateVenuePayload;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateVenueArgs = {
  input: CreateVenueInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
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
export type MutationMergePersonsArgs = {
  input: MergePersonsInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationOnboardOrganisationArgs = {
  input: OnboardOrganisationInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationPauseWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationReplayWebhookDeliveriesArgs = {
  from: Scalars['DateTime']['input'];
  webhookId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationResumeWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganisationInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateVenueArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVenueInput;
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

/** An organisation to add to the partner registry. */
export type OnboardOrganisationInput = {
  /** CBS codes of the areas it works in (gemeente, wijken or buurten that exist), at least one. */
  areasServed: Array<Scalars['ID']['input']>;
  /** Makes the mutation safe to retry (1–100 characters; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** Phones, e-mail, website, address and opening hours. */
  contact?: InputMaybe<ContactDetailsInput>;
  /** Has signed the Samenspel covenant (default false). */
  covenantSigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind of partner. */
  kind: OrganisationKind;
  /** KvK-nummer: 8 digits; unique in the registry. */
  kvkNumber?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1–200 characters. */
  name: Scalars['String']['input'];
};

/** What onboardOrganisation answers. */
export type OnboardOrganisationPayload = {
  __typename?: 'OnboardOrganisationPayload';
  /** The organisation added (or, on a retry, the one added before); null when there are userErrors. */
  organisation?: Maybe<Organisation>;
  /** What was wrong (bad input, a KvK number already registered: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
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
  /** The areas the organisation works in. Bounded: at most 100 (onboardOrganisation and updateOrganisation refuse more). */
  areasServed: Array<Area>;
  /** Phones, e-mail, website, address and opening hours (the website is the one above). */
  contact: ContactDetails;
  /** Has signed the Samenspel covenant (samenwerkingsconvenant). */
  covenantSigned: Scalars['Boolean']['output'];
  /** Subsidies granted by the municipality: visible to the organisation itself and to the gemeente (empty for other signed-in callers). Bounded: at most 200 (a few subsidies a year); more fails with LIST_TOO_LONG. */
  grants?: Maybe<Array<Grant>>;
  /** The organisation's key in the partner registry. */
  id: Scalars['ID']['output'];
  /** Kind of partner. */
  kind: OrganisationKind;
  /** KvK-nummer (Chamber of Commerce). */
  kvkNumber?: Maybe<Scalars['String']['output']>;
  /** Name of the organisation. */
  name: Scalars['String']['output'];
  /** The venues the organisation runs. Bounded: at most 200 (a partner runs a few); more fails with LIST_TOO_LONG. */
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
  /** Cooperatives the resident is a member of or helps with (bewoners). Bounded: at most 200 memberships and at most 200 offers of the resident are read (more fails with LIST_TOO_LONG), one entry per cooperative. */
  bewonersInvolvement?: Maybe<Array<Organisation>>;
  /** Lines of bewoners' processing log about the resident (bewoners). Bounded: at most 1000, the newest. */
  bewonersProcessingLog?: Maybe<Array<ProcessingLogEntry>>;
  /**
   * The resident's consents the caller may see: the resident sees all of theirs, and the gemeente's
   * data-protection officer too (purpose DATA_SUBJECT_REQUEST); staff only those their organisation is the
   * holder or the recipient of. Needs a purpose of the caller's roles (analysts have none).
   * Bounded: at most 500 (one per holder, recipient and purpose, each for at most two years); more fails with LIST_TOO_LONG.
   */
  consents?: Maybe<Array<Consent>>;
  /** AVG export: every column of every record gemeente holds about the resident (with the processing log's lines about them); each exported record is logged. Roles hub-admin or data-protection-officer, purpose DATA_SUBJECT_REQUEST; your organisation's records, or every organisation's for the gemeente's data-protection officer. */
  gemeenteRecords?: Maybe<Scalars['JSON']['output']>;
  /** The resident's pseudonymous key; it names no one. */
  id: Scalars['ID']['output'];
  /**
   * Who is involved ("wie is er betrokken"): the partners working with this resident, not what they know,
   * so visits can be coordinated. Purpose COORDINATION only. Each partner is shown to itself, and to a partner
   * it recorded the resident's consent to COORDINATION for; parts from a subgraph that is down are left out.
   * Bounded: at most 1200, the three involvement lists merged (welzijn 500, zorg 500, bewoners 200).
   */
  involvedOrganisations?: Maybe<Array<Organisation>>;
  /** When this key was merged into another one (the same resident): the key that stays; null otherwise. */
  mergedInto?: Maybe<Person>;
  /**
   * Inzage: which organisations read, exported or erased which of this resident's data, when and why, from the
   * processing logs of all four subgraphs (each shows its newest 1000 lines), newest first; the lines of a
   * subgraph that is down are left out, and an error names it. For the resident themself (role resident, bound
   * to this Person) and data-protection officers (the gemeente's sees every line, another organisation's those of
   * its own organisation), purpose DATA_SUBJECT_REQUEST.
   * Bounded: at most 4000 (the newest 1000 lines of each subgraph's log).
   */
  processingLog?: Maybe<Array<ProcessingLogEntry>>;
  /** Your organisation's own references for this resident (empty for others: each organisation sees its own). Bounded: at most 100 (an organisation's own client numbers for one resident); more fails with LIST_TOO_LONG. */
  references?: Maybe<Array<PersonReference>>;
  /** Partners that hold welfare records (welzijn). Bounded: at most 500 (read from the resident's hulpvragen, at most 500); more fails with LIST_TOO_LONG. */
  welzijnInvolvement?: Maybe<Array<Organisation>>;
  /** Lines of welzijn's processing log about the resident (welzijn). Bounded: at most 1000, the newest. */
  welzijnProcessingLog?: Maybe<Array<ProcessingLogEntry>>;
  /** Partners that hold care records (zorg). Bounded: at most 500 (read from the resident's referrals, at most 500); more fails with LIST_TOO_LONG. */
  zorgInvolvement?: Maybe<Array<Organisation>>;
  /** Lines of zorg's processing log about the resident (zorg). Bounded: at most 1000, the newest. */
  zorgProcessingLog?: Maybe<Array<ProcessingLogEntry>>;
};

/** A merge of two keys of the same resident, for partners to follow. */
export type PersonMerge = {
  __typename?: 'PersonMerge';
  /** The merge's key. */
  id: Scalars['ID']['output'];
  /** The key that went. */
  merged: Person;
  /** When the keys were merged. */
  mergedAt: Scalars['DateTime']['output'];
  /** Why (the gemeente only; null for others). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The key that stays. */
  survivor: Person;
};

/** A page of merges. */
export type PersonMergeConnection = {
  __typename?: 'PersonMergeConnection';
  /** The merges on this page, oldest first. */
  edges: Array<PersonMergeEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A merge with its cursor. */
export type PersonMergeEdge = {
  __typename?: 'PersonMergeEdge';
  /** Cursor of this merge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The merge. */
  node: PersonMerge;
};

/** An organisation's own reference for a resident (its client number). Personal data: that organisation only. */
export type PersonReference = {
  __typename?: 'PersonReference';
  /** The organisation whose reference it is. */
  organisation: Organisation;
  /** The registering organisation's reference. */
  reference: Scalars['String']['output'];
  /** When it was registered. */
  registeredAt: Scalars['DateTime']['output'];
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
   * holder, the resident themself). A merged key answers with mergedInto set.
   */
  person?: Maybe<Person>;
  /** The resident your organisation registered under its own reference (its client number); null when it registered none under it. */
  personByReference?: Maybe<Person>;
  /**
   * Keys merged into others, oldest first: a partner holding records under a merged key follows this list and
   * moves them to the surviving key (the merged key keeps answering with mergedInto meanwhile). Roles
   * partner-system or hub-admin.
   */
  personMerges: PersonMergeConnection;
  /**
   * De sociale kaart: one search over every partner's public offer (activities of bewoners, services of
   * zorg, venues of gemeente, volunteer vacancies of welzijn). Each hit carries its public summary from the
   * index; `item` resolves the details from the owning partner (null, with an error naming it, when that
   * partner is down). Public. Ordered by relevance (highest first), then distance, then kind and id; a text
   * search with more than 200 hits ranks the 200 whose titles fit best (query words in the title, shorter
   * titles first) by relevance and lists the other hits after them by that title fit.
   */
  socialMap: SocialMapConnection;
  /** How fresh the sociale kaart is: per partner feed, the last change pulled (public) and any error (hub-admin only). Bounded: one per partner feed (four). */
  socialMapStatus: Array<SocialMapFeedStatus>;
  /** One venue; null when the id is unknown. Public. */
  venue?: Maybe<Venue>;
  /** Venues (buurtkamers, dorpshuizen, wijkcentra, infopunten), optionally inside one area, ordered by id. Public. */
  venues: VenueConnection;
  /**
   * The delivery log of one of the caller's organisation's own endpoints, newest first: each event's status,
   * tries, last status code and next try. A non-public event's delivery is shown once a try found the
   * organisation allowed to read its subject (need-to-know), also when the endpoint then did not answer, and
   * never after one found it not allowed (NOT_ALLOWED). Another organisation's endpoint is NOT_FOUND (also for
   * a hub-admin).
   */
  webhookDeliveries: WebhookDeliveryConnection;
  /**
   * Webhook endpoints: the caller's organisation's own; the gemeente's hub administrator sees every
   * organisation's. Oldest first. Roles partner-system or hub-admin.
   */
  webhooks: WebhookConnection;
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
export type QueryPersonByReferenceArgs = {
  reference: Scalars['String']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryPersonMergesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What refreshSocialMap answers. */
export type RefreshSocialMapPayload = {
  __typename?: 'RefreshSocialMapPayload';
  /** Each partner's feed after the pull (lastError says when one failed); null when there are userErrors. Bounded: one per partner feed (four). */
  feeds?: Maybe<Array<SocialMapFeedStatus>>;
  /** Always empty: the mutation takes no input (a feed that fails is reported in its status). */
  userErrors: Array<UserError>;
};

/** A resident to take in. */
export type RegisterPersonInput = {
  /** The buurt (BUxxxxxxxx) the resident lives in. */
  homeArea: Scalars['ID']['input'];
  /** Your organisation's own reference for the resident (its client number), 1–100 characters; never a BSN. */
  reference: Scalars['String']['input'];
};

/** What registerPerson answers. */
export type RegisterPersonPayload = {
  __typename?: 'RegisterPersonPayload';
  /** True when this call made the key; false when the reference was registered before. */
  created?: Maybe<Scalars['Boolean']['output']>;
  /** The resident's pseudonymous key (new, or the one registered before under the same reference); null when there are userErrors. */
  person?: Maybe<Person>;
  /** What was wrong (a reference that looks like a BSN, an unknown buurt); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** A webhook endpoint to register. */
export type RegisterWebhookInput = {
  /** Makes the mutation safe to retry (1–100 characters, per organisation; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** The event types to receive, at least one. */
  eventTypes: Array<EventType>;
  /** The purpose the organisation reads the subjects of non-public events for; an event whose subject it may not read for it is not sent. */
  purpose: ConsentPurpose;
  /** http(s) address the hub may call (in production a public one), at most 2000 characters. */
  url: Scalars['String']['input'];
};

/** What registerWebhook answers. */
export type RegisterWebhookPayload = {
  __typename?: 'RegisterWebhookPayload';
  /** The signing secret (whsec_ and base64, for the standardwebhooks library): keep it, it is shown only here. */
  secret?: Maybe<Scalars['String']['output']>;
  /** What was wrong (input.url, input.eventTypes); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The endpoint registered (or, on a retry, the one registered before); null when there are userErrors. */
  webhook?: Maybe<Webhook>;
};

/** What replayWebhookDeliveries answers. */
export type ReplayWebhookDeliveriesPayload = {
  __typename?: 'ReplayWebhookDeliveriesPayload';
  /** How many deliveries were queued again; null when there are userErrors. */
  replayed?: Maybe<Scalars['Int']['output']>;
  /** What was wrong (an unknown endpoint: NOT_FOUND); empty when it went through. */
  userErrors: Array<UserError>;
  /** The endpoint; null when there are userErrors. */
  webhook?: Maybe<Webhook>;
};

/** The answer to revokeConsent. */
export type RevokeConsentPayload = {
  __typename?: 'RevokeConsentPayload';
  /** The consent, now revoked; null when userErrors say why not. */
  consent?: Maybe<Consent>;
  /** What was wrong (NOT_FOUND); empty on success. */
  userErrors: Array<UserError>;
};

/** What rotateWebhookSecret answers. */
export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** The new signing secret: keep it, it is shown only here. */
  secret?: Maybe<Scalars['String']['output']>;
  /** What was wrong (an unknown endpoint: NOT_FOUND); empty when it went through. */
  userErrors: Array<UserError>;
  /** The endpoint; null when there are userErrors. */
  webhook?: Maybe<Webhook>;
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
  /** Takes new clients (services) or volunteers (vacancies) now, and the waiting time; null for activities and venues. */
  capacity?: Maybe<Capacity>;
  /** Phones, e-mail, website, address and opening hours as the owner published them; null for items published before contact details were kept. */
  contact?: Maybe<ContactDetails>;
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

/** What the sociale kaart shows: an Activity or a CooperativeService (bewoners), a Service (zorg), a Venue (gemeente) or a VolunteerVacancy (welzijn). */
export type SocialMapItem = Activity | CooperativeService | Service | Venue | VolunteerVacancy;

/** Kind of item on the sociale kaart. */
export type SocialMapItemKind =
  /** an activity of a cooperative (bewoners) */
  | 'ACTIVITY'
  /** an ongoing service a cooperative runs, such as a klussendienst or boodschappendienst (bewoners) */
  | 'COOPERATIVE_SERVICE'
  /** a care or support service (zorg) */
  | 'SERVICE'
  /** a buurtkamer, dorpshuis, wijkcentrum or infopunt (gemeente) */
  | 'VENUE'
  /** a vrijwilligersvacature (welzijn) */
  | 'VOLUNTEER_VACANCY';

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

/** Changes to an organisation; fields left out (or null) stay as they are. The kind cannot be changed. */
export type UpdateOrganisationInput = {
  /** New areas served (replace the old ones), at least one. */
  areasServed?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New contact details (replace all the old ones). */
  contact?: InputMaybe<ContactDetailsInput>;
  /** Whether the covenant is signed. */
  covenantSigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** New KvK-nummer (8 digits, unique in the registry). */
  kvkNumber?: InputMaybe<Scalars['String']['input']>;
  /** New name, 1–200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What updateOrganisation answers. */
export type UpdateOrganisationPayload = {
  __typename?: 'UpdateOrganisationPayload';
  /** The organisation as changed; null when there are userErrors. */
  organisation?: Maybe<Organisation>;
  /** What was wrong; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Changes to a venue; fields left out (or null) stay as they are. The organisation cannot be changed. */
export type UpdateVenueInput = {
  /** New accessibility notes (replace the old ones). */
  accessibility?: InputMaybe<Array<AccessibilityNoteInput>>;
  /** New address (the buurt stays; give area to move it). */
  address?: InputMaybe<AddressInput>;
  /** New buurt (BUxxxxxxxx). */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** New contact details (replace the old ones; the address is the venue's own). */
  contact?: InputMaybe<ContactDetailsInput>;
  /** New kind. */
  kind?: InputMaybe<VenueKind>;
  /** New location on the map. */
  location?: InputMaybe<GeoPointInput>;
  /** New name, 1–200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Run by residents or not. */
  selfManaged?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What updateVenue answers. */
export type UpdateVenuePayload = {
  __typename?: 'UpdateVenuePayload';
  /** What was wrong (NOT_FOUND for an unknown venue); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
  /** The venue as changed; null when there are userErrors. */
  venue?: Maybe<Venue>;
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
  /** How accessible it is (rolstoel, toilet, ringleiding). Bounded: at most 20 (createVenue and updateVenue refuse more). */
  accessibility: Array<AccessibilityNote>;
  /** Street address with the town. */
  address: Scalars['String']['output'];
  /** The area (in practice a buurt) the venue is in. */
  area: Area;
  /** Phones, e-mail, website, the structured address (null for venues recorded before it was kept) and opening hours. */
  contact: ContactDetails;
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

/** A partner's webhook endpoint. Its signing secret is shown only by registerWebhook and rotateWebhookSecret. */
export type Webhook = {
  __typename?: 'Webhook';
  /** When it was registered; events before this are not delivered to it. */
  createdAt: Scalars['DateTime']['output'];
  /** The event types it receives. Bounded: at most one of each event type. */
  eventTypes: Array<EventType>;
  /** The endpoint's key. */
  id: Scalars['ID']['output'];
  /** The organisation it belongs to. */
  organisation: Organisation;
  /** The purpose its non-public events are checked against (doelbinding). */
  purpose: ConsentPurpose;
  /** Active or paused. */
  status: WebhookStatus;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};

/** One try of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** When it was sent. */
  attemptedAt: Scalars['DateTime']['output'];
  /** Why it did not answer, in short: connection refused, connection closed without an answer, timed out, TLS, host not found, host unreachable, not an HTTP answer, the host is not on the public internet, the answer is larger than 64 KiB; null when it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** 1 for the first try, counting on over replays. */
  number: Scalars['Int']['output'];
  /** The endpoint's status code; null when it did not answer. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** A page of webhook endpoints. */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** The endpoints on this page, oldest first. */
  edges: Array<WebhookEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** One event's delivery to one endpoint, as the delivery log shows it. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Tries so far (since the last replay), also those whose need-to-know check went unanswered (nothing sent). */
  attemptCount: Scalars['Int']['output'];
  /** The tries that were sent (every try of a public event; of a non-public one those its need-to-know check allowed), oldest first. Bounded: at most WEBHOOK_MAX_ATTEMPTS per round (at most 50), replays add theirs. */
  attempts: Array<WebhookAttempt>;
  /** When the endpoint took it (2xx). */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event's id: the webhook-id header of every try and replay. */
  eventId: Scalars['ID']['output'];
  /** What happened. */
  eventType: EventType;
  /** The delivery's key. */
  id: Scalars['ID']['output'];
  /** The endpoint's status code at the last try; null when it did not answer or nothing was sent. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next try is due; null when none is. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: WebhookDeliveryStatus;
  /** The key of what it is about; fetch the details through the graph with the endpoint's purpose. */
  subjectId: Scalars['ID']['output'];
  /** The GraphQL type of what it is about (Referral, Match, Activity...). */
  subjectType: Scalars['String']['output'];
};

/** A page of the delivery log. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries on this page, newest first. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A delivery with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Cursor of this delivery, for `after`. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** given up after the last try (WEBHOOK_MAX_ATTEMPTS); replayWebhookDeliveries sends it again */
  | 'DEAD'
  /** the endpoint answered 2xx */
  | 'DELIVERED'
  /** not sent: the endpoint's organisation may not read the subject for the endpoint's purpose (need-to-know) */
  | 'NOT_ALLOWED'
  /** waiting for its (next) try, for an earlier event of the same subject, or for its endpoint's resume */
  | 'PENDING';

/** An endpoint with its cursor. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** Cursor of this endpoint, for `after`. */
  cursor: Scalars['String']['output'];
  /** The endpoint. */
  node: Webhook;
};

/** What pauseWebhook and resumeWebhook answer. */
export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  /** What was wrong (an unknown endpoint: NOT_FOUND); empty when it went through. */
  userErrors: Array<UserError>;
  /** The endpoint as it is now; null when there are userErrors. */
  webhook?: Maybe<Webhook>;
};

/** Whether an endpoint receives its deliveries. */
export type WebhookStatus =
  /** deliveries are sent */
  | 'ACTIVE'
  /** deliveries wait until resumeWebhook */
  | 'PAUSED';

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
        | GraphQLRecursivePick<FederationTypes['Person'], {"welzijnInvolvement":{"id":true},"zorgInvolvement":{"id":true},"bewonersInvolvement":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"welzijnInvolvement":{"id":true},"zorgInvolvement":{"id":true},"bewonersInvolvement":{"id":true},"welzijnProcessingLog":{"at":true,"organisationId":true,"action":true,"purpose":true,"processingActivity":{"id":true},"recordType":true,"recordId":true,"fields":true,"recipient":true,"keptBy":true,"traceId":true,"operationName":true,"foreignOperation":true},"zorgProcessingLog":{"at":true,"organisationId":true,"action":true,"purpose":true,"processingActivity":{"id":true},"recordType":true,"recordId":true,"fields":true,"recipient":true,"keptBy":true,"traceId":true,"operationName":true,"foreignOperation":true},"bewonersProcessingLog":{"at":true,"organisationId":true,"action":true,"purpose":true,"processingActivity":{"id":true},"recordType":true,"recordId":true,"fields":true,"recipient":true,"keptBy":true,"traceId":true,"operationName":true,"foreignOperation":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"welzijnProcessingLog":{"at":true,"organisationId":true,"action":true,"purpose":true,"processingActivity":{"id":true},"recordType":true,"recordId":true,"fields":true,"recipient":true,"keptBy":true,"traceId":true,"operationName":true,"foreignOperation":true},"zorgProcessingLog":{"at":true,"organisationId":true,"action":true,"purpose":true,"processingActivity":{"id":true},"recordType":true,"recordId":true,"fields":true,"recipient":true,"keptBy":true,"traceId":true,"operationName":true,"foreignOperation":true},"bewonersProcessingLog":{"at":true,"organisationId":true,"action":true,"purpose":true,"processingActivity":{"id":true},"recordType":true,"recordId":true,"fields":true,"recipient":true,"keptBy":true,"traceId":true,"operationName":true,"foreignOperation":true}}> ) );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SocialMapItem:
    | ( Activity )
    | ( CooperativeService )
    | ( Service )
    | ( VenueModel )
    | ( VolunteerVacancy )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  IndicatorSet: ( GemeenteIndicatorSet );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessibilityNote: ResolverTypeWrapper<AccessibilityNote>;
  AccessibilityNoteInput: AccessibilityNoteInput;
  Activity: ResolverTypeWrapper<Activity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  Area: ResolverTypeWrapper<AreaModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaConnection: ResolverTypeWrapper<Omit<AreaConnection, 'edges'> & { edges: Array<ResolversTypes['AreaEdge']> }>;
  AreaCount: ResolverTypeWrapper<AreaCount>;
  AreaEdge: ResolverTypeWrapper<Omit<AreaEdge, 'node'> & { node: ResolversTypes['Area'] }>;
  AreaLevel: AreaLevel;
  CandidatePool: CandidatePool;
  Capacity: ResolverTypeWrapper<CapacityRecordModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CapacityInput: CapacityInput;
  Consent: ResolverTypeWrapper<ConsentModel>;
  ConsentEvidence: ResolverTypeWrapper<ConsentModel>;
  ConsentMethod: ConsentMethod;
  ConsentPurpose: ConsentPurpose;
  ConsentRecorder: ConsentRecorder;
  ContactDetails: ResolverTypeWrapper<ContactRecordModel>;
  ContactDetailsInput: ContactDetailsInput;
  CooperativeService: ResolverTypeWrapper<CooperativeService>;
  Count: ResolverTypeWrapper<Count>;
  CountState: CountState;
  CreateVenueInput: CreateVenueInput;
  CreateVenuePayload: ResolverTypeWrapper<Omit<CreateVenuePayload, 'venue'> & { venue?: Maybe<ResolversTypes['Venue']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteWebhookPayload: ResolverTypeWrapper<DeleteWebhookPayload>;
  ErasePersonPayload: ResolverTypeWrapper<ErasePersonPayload>;
  ErasedCount: ResolverTypeWrapper<ErasedCount>;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  EventType: EventType;
  GemeenteIndicatorName: GemeenteIndicatorName;
  GemeenteIndicatorSet: ResolverTypeWrapper<GemeenteIndicatorSet>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  Grant: ResolverTypeWrapper<GrantModel>;
  GrantConsentInput: GrantConsentInput;
  GrantConsentPayload: ResolverTypeWrapper<Omit<GrantConsentPayload, 'consent'> & { consent?: Maybe<ResolversTypes['Consent']> }>;
  HelpCategory: HelpCategory;
  HelpTask: HelpTask;
  HelperLimit: HelperLimit;
  HelperProfileChanges: HelperProfileChanges;
  HelperProfileInput: HelperProfileInput;
  HelperStatus: HelperStatus;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorSet: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['IndicatorSet']>;
  IndicatorUnit: IndicatorUnit;
  Intensity: Intensity;
  Interval: Interval;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyCount: ResolverTypeWrapper<KeyCount>;
  MatchCandidate: ResolverTypeWrapper<MatchCandidate>;
  Measure: ResolverTypeWrapper<Measure>;
  MergePersonsInput: MergePersonsInput;
  MergePersonsPayload: ResolverTypeWrapper<Omit<MergePersonsPayload, 'merge'> & { merge?: Maybe<ResolversTypes['PersonMerge']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearFilter: NearFilter;
  NeighbourCandidate: ResolverTypeWrapper<NeighbourCandidate>;
  OnboardOrganisationInput: OnboardOrganisationInput;
  OnboardOrganisationPayload: ResolverTypeWrapper<Omit<OnboardOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  OpeningHoursInput: OpeningHoursInput;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRefModel>;
  PersonMerge: ResolverTypeWrapper<PersonMergeRowModel>;
  PersonMergeConnection: ResolverTypeWrapper<Omit<PersonMergeConnection, 'edges'> & { edges: Array<ResolversTypes['PersonMergeEdge']> }>;
  PersonMergeEdge: ResolverTypeWrapper<Omit<PersonMergeEdge, 'node'> & { node: ResolversTypes['PersonMerge'] }>;
  PersonReference: ResolverTypeWrapper<PersonReferenceModel>;
  Phone: ResolverTypeWrapper<Phone>;
  PhoneInput: PhoneInput;
  PhoneKind: PhoneKind;
  ProcessingAction: ProcessingAction;
  ProcessingActivity: ResolverTypeWrapper<ProcessingActivity>;
  ProcessingLogEntry: ResolverTypeWrapper<ProcessingLogEntryModel>;
  ProcessingPurpose: ProcessingPurpose;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshSocialMapPayload: ResolverTypeWrapper<Omit<RefreshSocialMapPayload, 'feeds'> & { feeds?: Maybe<Array<ResolversTypes['SocialMapFeedStatus']>> }>;
  RegisterPersonInput: RegisterPersonInput;
  RegisterPersonPayload: ResolverTypeWrapper<Omit<RegisterPersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisterWebhookPayload: ResolverTypeWrapper<Omit<RegisterWebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  ReplayWebhookDeliveriesPayload: ResolverTypeWrapper<Omit<ReplayWebhookDeliveriesPayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  RevokeConsentPayload: ResolverTypeWrapper<Omit<RevokeConsentPayload, 'consent'> & { consent?: Maybe<ResolversTypes['Consent']> }>;
  RotateWebhookSecretPayload: ResolverTypeWrapper<Omit<RotateWebhookSecretPayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  Service: ResolverTypeWrapper<Service>;
  SocialMapConnection: ResolverTypeWrapper<Omit<SocialMapConnection, 'edges'> & { edges: Array<ResolversTypes['SocialMapEdge']> }>;
  SocialMapEdge: ResolverTypeWrapper<Omit<SocialMapEdge, 'node'> & { node: ResolversTypes['SocialMapHit'] }>;
  SocialMapFeedStatus: ResolverTypeWrapper<FeedStatusModel>;
  SocialMapFilter: SocialMapFilter;
  SocialMapHit: ResolverTypeWrapper<SocialMapRowModel>;
  SocialMapItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SocialMapItem']>;
  SocialMapItemKind: SocialMapItemKind;
  StatisticsArea: ResolverTypeWrapper<StatisticsArea>;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
  Training: ResolverTypeWrapper<TrainingModel>;
  TrainingInput: TrainingInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrganisationPayload: ResolverTypeWrapper<Omit<UpdateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  UpdateVenueInput: UpdateVenueInput;
  UpdateVenuePayload: ResolverTypeWrapper<Omit<UpdateVenuePayload, 'venue'> & { venue?: Maybe<ResolversTypes['Venue']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<VenueModel>;
  VenueConnection: ResolverTypeWrapper<Omit<VenueConnection, 'edges'> & { edges: Array<ResolversTypes['VenueEdge']> }>;
  VenueEdge: ResolverTypeWrapper<Omit<VenueEdge, 'node'> & { node: ResolversTypes['Venue'] }>;
  VenueKind: VenueKind;
  VolunteerVacancy: ResolverTypeWrapper<VolunteerVacancy>;
  Webhook: ResolverTypeWrapper<WebhookModel>;
  WebhookAttempt: ResolverTypeWrapper<AttemptRowModel>;
  WebhookConnection: ResolverTypeWrapper<Omit<WebhookConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEdge']> }>;
  WebhookDelivery: ResolverTypeWrapper<DeliveryRowModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEdge: ResolverTypeWrapper<Omit<WebhookEdge, 'node'> & { node: ResolversTypes['Webhook'] }>;
  WebhookPayload: ResolverTypeWrapper<Omit<WebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  WebhookStatus: WebhookStatus;
  Weekday: Weekday;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessibilityNote: AccessibilityNote;
  AccessibilityNoteInput: AccessibilityNoteInput;
  Activity: Activity;
  ID: Scalars['ID']['output'];
  Address: Address;
  AddressInput: AddressInput;
  Area: AreaModel;
  Int: Scalars['Int']['output'];
  AreaConnection: Omit<AreaConnection, 'edges'> & { edges: Array<ResolversParentTypes['AreaEdge']> };
  AreaCount: AreaCount;
  AreaEdge: Omit<AreaEdge, 'node'> & { node: ResolversParentTypes['Area'] };
  Capacity: CapacityRecordModel;
  Boolean: Scalars['Boolean']['output'];
  CapacityInput: CapacityInput;
  Consent: ConsentModel;
  ConsentEvidence: ConsentModel;
  ContactDetails: ContactRecordModel;
  ContactDetailsInput: ContactDetailsInput;
  CooperativeService: CooperativeService;
  Count: Count;
  CreateVenueInput: CreateVenueInput;
  CreateVenuePayload: Omit<CreateVenuePayload, 'venue'> & { venue?: Maybe<ResolversParentTypes['Venue']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteWebhookPayload: DeleteWebhookPayload;
  ErasePersonPayload: ErasePersonPayload;
  ErasedCount: ErasedCount;
  ErasureReport: ErasureReport;
  GemeenteIndicatorSet: GemeenteIndicatorSet;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  Grant: GrantModel;
  GrantConsentInput: GrantConsentInput;
  GrantConsentPayload: Omit<GrantConsentPayload, 'consent'> & { consent?: Maybe<ResolversParentTypes['Consent']> };
  HelperProfileChanges: HelperProfileChanges;
  HelperProfileInput: HelperProfileInput;
  Indicator: Indicator;
  IndicatorSet: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorSet'];
  JSON: Scalars['JSON']['output'];
  KeyCount: KeyCount;
  MatchCandidate: MatchCandidate;
  Measure: Measure;
  MergePersonsInput: MergePersonsInput;
  MergePersonsPayload: Omit<MergePersonsPayload, 'merge'> & { merge?: Maybe<ResolversParentTypes['PersonMerge']> };
  Mutation: Record<PropertyKey, never>;
  NearFilter: NearFilter;
  NeighbourCandidate: NeighbourCandidate;
  OnboardOrganisationInput: OnboardOrganisationInput;
  OnboardOrganisationPayload: Omit<OnboardOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  OpeningHours: OpeningHours;
  OpeningHoursInput: OpeningHoursInput;
  Organisation: OrganisationModel;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRefModel;
  PersonMerge: PersonMergeRowModel;
  PersonMergeConnection: Omit<PersonMergeConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonMergeEdge']> };
  PersonMergeEdge: Omit<PersonMergeEdge, 'node'> & { node: ResolversParentTypes['PersonMerge'] };
  PersonReference: PersonReferenceModel;
  Phone: Phone;
  PhoneInput: PhoneInput;
  ProcessingActivity: ProcessingActivity;
  ProcessingLogEntry: ProcessingLogEntryModel;
  Query: Record<PropertyKey, never>;
  RefreshSocialMapPayload: Omit<RefreshSocialMapPayload, 'feeds'> & { feeds?: Maybe<Array<ResolversParentTypes['SocialMapFeedStatus']>> };
  RegisterPersonInput: RegisterPersonInput;
  RegisterPersonPayload: Omit<RegisterPersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  RegisterWebhookInput: RegisterWebhookInput;
  RegisterWebhookPayload: Omit<RegisterWebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
  ReplayWebhookDeliveriesPayload: Omit<ReplayWebhookDeliveriesPayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
  RevokeConsentPayload: Omit<RevokeConsentPayload, 'consent'> & { consent?: Maybe<ResolversParentTypes['Consent']> };
  RotateWebhookSecretPayload: Omit<RotateWebhookSecretPayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
  Service: Service;
  SocialMapConnection: Omit<SocialMapConnection, 'edges'> & { edges: Array<ResolversParentTypes['SocialMapEdge']> };
  SocialMapEdge: Omit<SocialMapEdge, 'node'> & { node: ResolversParentTypes['SocialMapHit'] };
  SocialMapFeedStatus: FeedStatusModel;
  SocialMapFilter: SocialMapFilter;
  SocialMapHit: SocialMapRowModel;
  SocialMapItem: ResolversUnionTypes<ResolversParentTypes>['SocialMapItem'];
  StatisticsArea: StatisticsArea;
  Training: TrainingModel;
  TrainingInput: TrainingInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrganisationPayload: Omit<UpdateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  UpdateVenueInput: UpdateVenueInput;
  UpdateVenuePayload: Omit<UpdateVenuePayload, 'venue'> & { venue?: Maybe<ResolversParentTypes['Venue']> };
  UserError: UserError;
  Venue: VenueModel;
  VenueConnection: Omit<VenueConnection, 'edges'> & { edges: Array<ResolversParentTypes['VenueEdge']> };
  VenueEdge: Omit<VenueEdge, 'node'> & { node: ResolversParentTypes['Venue'] };
  VolunteerVacancy: VolunteerVacancy;
  Webhook: WebhookModel;
  WebhookAttempt: AttemptRowModel;
  WebhookConnection: Omit<WebhookConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEdge']> };
  WebhookDelivery: DeliveryRowModel;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEdge: Omit<WebhookEdge, 'node'> & { node: ResolversParentTypes['Webhook'] };
  WebhookPayload: Omit<WebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
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

export type AccessibilityNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessibilityNote'] = ResolversParentTypes['AccessibilityNote']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  addition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area'], FederationReferenceType extends FederationReferenceTypes['Area'] = FederationReferenceTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']> | FederationReferenceType, FederationReferenceType, ContextType>;
  centroid?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  gemeenteIndicators?: Resolver<Maybe<ResolversTypes['GemeenteIndicatorSet']>, ParentType, ContextType, RequireFields<AreaGemeenteIndicatorsArgs, 'period'>>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population65Plus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population75Plus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statisticsGrid?: Resolver<Array<ResolversTypes['StatisticsArea']>, ParentType, ContextType>;
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

export type CapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = ResolversObject<{
  acceptsNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waitingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type ContactDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactDetails'] = ResolversParentTypes['ContactDetails']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CooperativeServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperativeService'] = ResolversParentTypes['CooperativeService']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  state?: Resolver<ResolversTypes['CountState'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CreateVenuePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateVenuePayload'] = ResolversParentTypes['CreateVenuePayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteWebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteWebhookPayload'] = ResolversParentTypes['DeleteWebhookPayload']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ErasePersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErasePersonPayload'] = ResolversParentTypes['ErasePersonPayload']> = ResolversObject<{
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

export type GemeenteIndicatorSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GemeenteIndicatorSet'] = ResolversParentTypes['GemeenteIndicatorSet']> = ResolversObject<{
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  roundingBase?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  bucketEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byChildArea?: Resolver<Array<ResolversTypes['AreaCount']>, ParentType, ContextType>;
  byKey?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherKeys?: Resolver<Maybe<ResolversTypes['Count']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
}>;

export type IndicatorSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorSet'] = ResolversParentTypes['IndicatorSet']> = ResolversObject<{
  __resolveType: TypeResolveFn<'GemeenteIndicatorSet', ParentType, ContextType>;
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
  state?: Resolver<ResolversTypes['CountState'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MergePersonsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergePersonsPayload'] = ResolversParentTypes['MergePersonsPayload']> = ResolversObject<{
  merge?: Resolver<Maybe<ResolversTypes['PersonMerge']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createVenue?: Resolver<ResolversTypes['CreateVenuePayload'], ParentType, ContextType, RequireFields<MutationCreateVenueArgs, 'input'>>;
  deleteWebhook?: Resolver<ResolversTypes['DeleteWebhookPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  erasePerson?: Resolver<ResolversTypes['ErasePersonPayload'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'personId'>>;
  grantConsent?: Resolver<ResolversTypes['GrantConsentPayload'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'input'>>;
  mergePersons?: Resolver<ResolversTypes['MergePersonsPayload'], ParentType, ContextType, RequireFields<MutationMergePersonsArgs, 'input'>>;
  onboardOrganisation?: Resolver<ResolversTypes['OnboardOrganisationPayload'], ParentType, ContextType, RequireFields<MutationOnboardOrganisationArgs, 'input'>>;
  pauseWebhook?: Resolver<ResolversTypes['WebhookPayload'], ParentType, ContextType, RequireFields<MutationPauseWebhookArgs, 'id'>>;
  refreshSocialMap?: Resolver<ResolversTypes['RefreshSocialMapPayload'], ParentType, ContextType>;
  registerPerson?: Resolver<ResolversTypes['RegisterPersonPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  registerWebhook?: Resolver<ResolversTypes['RegisterWebhookPayload'], ParentType, ContextType, RequireFields<MutationRegisterWebhookArgs, 'input'>>;
  replayWebhookDeliveries?: Resolver<ResolversTypes['ReplayWebhookDeliveriesPayload'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveriesArgs, 'from' | 'webhookId'>>;
  resumeWebhook?: Resolver<ResolversTypes['WebhookPayload'], ParentType, ContextType, RequireFields<MutationResumeWebhookArgs, 'id'>>;
  revokeConsent?: Resolver<ResolversTypes['RevokeConsentPayload'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  updateOrganisation?: Resolver<ResolversTypes['UpdateOrganisationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'id' | 'input'>>;
  updateVenue?: Resolver<ResolversTypes['UpdateVenuePayload'], ParentType, ContextType, RequireFields<MutationUpdateVenueArgs, 'id' | 'input'>>;
}>;

export type NeighbourCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourCandidate'] = ResolversParentTypes['NeighbourCandidate']> = ResolversObject<{
  helperId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OnboardOrganisationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OnboardOrganisationPayload'] = ResolversParentTypes['OnboardOrganisationPayload']> = ResolversObject<{
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  areasServed?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['ContactDetails'], ParentType, ContextType>;
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
  mergedInto?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  processingLog?: Resolver<Maybe<Array<ResolversTypes['ProcessingLogEntry']>>, ParentType, ContextType>;
  references?: Resolver<Maybe<Array<ResolversTypes['PersonReference']>>, ParentType, ContextType>;
}>;

export type PersonMergeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonMerge'] = ResolversParentTypes['PersonMerge']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PersonMergeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonMergeConnection'] = ResolversParentTypes['PersonMergeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonMergeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PersonMergeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonMergeEdge'] = ResolversParentTypes['PersonMergeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersonMerge'], ParentType, ContextType>;
}>;

export type PersonReferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonReference'] = ResolversParentTypes['PersonReference']> = ResolversObject<{
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areas?: Resolver<ResolversTypes['AreaConnection'], ParentType, ContextType, RequireFields<QueryAreasArgs, 'first'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  personByReference?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonByReferenceArgs, 'reference'>>;
  personMerges?: Resolver<ResolversTypes['PersonMergeConnection'], ParentType, ContextType, RequireFields<QueryPersonMergesArgs, 'first'>>;
  socialMap?: Resolver<ResolversTypes['SocialMapConnection'], ParentType, ContextType, RequireFields<QuerySocialMapArgs, 'first'>>;
  socialMapStatus?: Resolver<Array<ResolversTypes['SocialMapFeedStatus']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryVenueArgs, 'id'>>;
  venues?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<QueryVenuesArgs, 'first'>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first' | 'webhookId'>>;
  webhooks?: Resolver<ResolversTypes['WebhookConnection'], ParentType, ContextType, RequireFields<QueryWebhooksArgs, 'first'>>;
}>;

export type RefreshSocialMapPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RefreshSocialMapPayload'] = ResolversParentTypes['RefreshSocialMapPayload']> = ResolversObject<{
  feeds?: Resolver<Maybe<Array<ResolversTypes['SocialMapFeedStatus']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RegisterPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterPersonPayload'] = ResolversParentTypes['RegisterPersonPayload']> = ResolversObject<{
  created?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RegisterWebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterWebhookPayload'] = ResolversParentTypes['RegisterWebhookPayload']> = ResolversObject<{
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
}>;

export type ReplayWebhookDeliveriesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReplayWebhookDeliveriesPayload'] = ResolversParentTypes['ReplayWebhookDeliveriesPayload']> = ResolversObject<{
  replayed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
}>;

export type RevokeConsentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeConsentPayload'] = ResolversParentTypes['RevokeConsentPayload']> = ResolversObject<{
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RotateWebhookSecretPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] = ResolversParentTypes['RotateWebhookSecretPayload']> = ResolversObject<{
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
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
  capacity?: Resolver<Maybe<ResolversTypes['Capacity']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
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
  __resolveType: TypeResolveFn<'Activity' | 'CooperativeService' | 'Service' | 'Venue' | 'VolunteerVacancy', ParentType, ContextType>;
}>;

export type StatisticsAreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticsArea'] = ResolversParentTypes['StatisticsArea']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumInterval?: Resolver<ResolversTypes['Interval'], ParentType, ContextType>;
}>;

export type TrainingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UpdateOrganisationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateOrganisationPayload'] = ResolversParentTypes['UpdateOrganisationPayload']> = ResolversObject<{
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateVenuePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateVenuePayload'] = ResolversParentTypes['UpdateVenuePayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessibility?: Resolver<Array<ResolversTypes['AccessibilityNote']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['ContactDetails'], ParentType, ContextType>;
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

export type WebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['EventType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookAttemptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WebhookConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookConnection'] = ResolversParentTypes['WebhookConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEdge'] = ResolversParentTypes['WebhookEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
}>;

export type WebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookPayload'] = ResolversParentTypes['WebhookPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
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
  AccessibilityNote?: AccessibilityNoteResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  AreaConnection?: AreaConnectionResolvers<ContextType>;
  AreaCount?: AreaCountResolvers<ContextType>;
  AreaEdge?: AreaEdgeResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentEvidence?: ConsentEvidenceResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  CooperativeService?: CooperativeServiceResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CreateVenuePayload?: CreateVenuePayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteWebhookPayload?: DeleteWebhookPayloadResolvers<ContextType>;
  ErasePersonPayload?: ErasePersonPayloadResolvers<ContextType>;
  ErasedCount?: ErasedCountResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  GemeenteIndicatorSet?: GemeenteIndicatorSetResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Grant?: GrantResolvers<ContextType>;
  GrantConsentPayload?: GrantConsentPayloadResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyCount?: KeyCountResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  MergePersonsPayload?: MergePersonsPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCandidate?: NeighbourCandidateResolvers<ContextType>;
  OnboardOrganisationPayload?: OnboardOrganisationPayloadResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonMerge?: PersonMergeResolvers<ContextType>;
  PersonMergeConnection?: PersonMergeConnectionResolvers<ContextType>;
  PersonMergeEdge?: PersonMergeEdgeResolvers<ContextType>;
  PersonReference?: PersonReferenceResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  ProcessingActivity?: ProcessingActivityResolvers<ContextType>;
  ProcessingLogEntry?: ProcessingLogEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefreshSocialMapPayload?: RefreshSocialMapPayloadResolvers<ContextType>;
  RegisterPersonPayload?: RegisterPersonPayloadResolvers<ContextType>;
  RegisterWebhookPayload?: RegisterWebhookPayloadResolvers<ContextType>;
  ReplayWebhookDeliveriesPayload?: ReplayWebhookDeliveriesPayloadResolvers<ContextType>;
  RevokeConsentPayload?: RevokeConsentPayloadResolvers<ContextType>;
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  SocialMapConnection?: SocialMapConnectionResolvers<ContextType>;
  SocialMapEdge?: SocialMapEdgeResolvers<ContextType>;
  SocialMapFeedStatus?: SocialMapFeedStatusResolvers<ContextType>;
  SocialMapHit?: SocialMapHitResolvers<ContextType>;
  SocialMapItem?: SocialMapItemResolvers<ContextType>;
  StatisticsArea?: StatisticsAreaResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  UpdateOrganisationPayload?: UpdateOrganisationPayloadResolvers<ContextType>;
  UpdateVenuePayload?: UpdateVenuePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  VenueConnection?: VenueConnectionResolvers<ContextType>;
  VenueEdge?: VenueEdgeResolvers<ContextType>;
  VolunteerVacancy?: VolunteerVacancyResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookConnection?: WebhookConnectionResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEdge?: WebhookEdgeResolvers<ContextType>;
  WebhookPayload?: WebhookPayloadResolvers<ContextType>;
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
