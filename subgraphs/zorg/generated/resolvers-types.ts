import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ContactRecord as ContactRecordModel } from '../../kit/contact-details';
import type { CapacityRecord as CapacityRecordModel } from '../../kit/capacity';
import type { Training as TrainingModel } from '../../kit/helper-profile';
import type { Service as ServiceModel, Professional as ProfessionalModel, Referral as ReferralModel } from '../entities';
import type { HelpRequestRef as HelpRequestRefModel, AreaRef as AreaRefModel, OrganisationRef as OrganisationRefModel, PersonRef as PersonRefModel } from '../../kit/references';
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
  /** CBS code: GMxxxx (gemeente), WKxxxxxx (wijk) or BUxxxxxxxx (buurt). */
  code: Scalars['ID']['output'];
  /** Published care and support services available in this area (offered here, in a sub-area, or to its wijk or gemeente), in id order. */
  services?: Maybe<ServiceConnection>;
  /** How finely the figures of this gemeente's areas may be cut (gemeente's; needed for the indicators). Bounded: one per CBS area of the gemeente (the CBS division, not written through the graph: a few hundred at most). */
  statisticsGrid: Array<StatisticsArea>;
  /**
   * Referrals and signals by reason and direction, and returns to informal help (zorg): the indicators of
   * ZorgIndicatorName; referrals without an area are not counted. UTC days. Published under the disclosure rules
   * (CountState). Roles analyst or hub-admin.
   */
  zorgIndicators?: Maybe<ZorgIndicatorSet>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaZorgIndicatorsArgs = {
  names?: InputMaybe<Array<ZorgIndicatorName>>;
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

/** A referral or signal to send. */
export type CreateReferralInput = {
  /** The activity referred to (TO_INFORMAL_HELP only): a published, not cancelled activity of bewoners organised by toOrganisationId, e.g. a buurtkamer's coffee morning; bewoners confirms it first. A referral to informal help names a hulpvraag, an activity, or both. */
  activityId?: InputMaybe<Scalars['ID']['input']>;
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
  /** The resident (pseudonymous Person key, at most 200 characters). Leave it out only for a SIGNAL about someone whose key nobody has yet: then area and note (what was seen) are required, and linkSignalToPerson adds the key later. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is about. */
  reason: ReferralReason;
  /** The service referred to, if any: a published service of toOrganisationId (TO_PROFESSIONAL); the referral shows its capacity. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
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

/** A service to offer on the sociale kaart. */
export type CreateServiceInput = {
  /** The area it is offered in (a gemeente, wijk or buurt). */
  area: Scalars['ID']['input'];
  /** Whether it takes new clients and the waiting time (default: takes new clients, waiting time not stated). */
  capacity?: InputMaybe<CapacityInput>;
  /** Makes the mutation safe to retry (1–100 characters, unique per organisation; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** Phones, e-mail, website, address and opening hours. */
  contact?: InputMaybe<ContactDetailsInput>;
  /** What the service offers, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Free of charge for residents (default true). */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name of the service, 1–200 characters. */
  name: Scalars['String']['input'];
  /** Who it is for. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** Themes of the service. */
  themes?: InputMaybe<Array<Theme>>;
};

/** What createService answers. */
export type CreateServicePayload = {
  __typename?: 'CreateServicePayload';
  /** The service offered (or, on a retry, the one offered before); null when there are userErrors. */
  service?: Maybe<Service>;
  /** What was wrong with the input; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What eraseZorgRecords did: the erasure report, or why nothing was erased. */
export type EraseZorgRecordsPayload = {
  __typename?: 'EraseZorgRecordsPayload';
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
  /** The hulpvraag's key. */
  id: Scalars['ID']['output'];
  /** Referrals and signals raised from this hulpvraag that the caller may see (held by its organisation, or with consent), in id order. Bounded: at most 100 (a handful of services per hulpvraag); more fails with LIST_TOO_LONG. */
  referrals?: Maybe<Array<Referral>>;
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

/** What an HSDS import does with a row. */
export type HsdsImportAction =
  /** A new service. */
  | 'CREATED'
  /** The row has errors; nothing of the document is written. */
  | 'REJECTED'
  /** A service imported before, the same as in the document. */
  | 'UNCHANGED'
  /** A service imported before, changed. */
  | 'UPDATED';

/** An error in one row of an HSDS document. */
export type HsdsImportError = {
  __typename?: 'HsdsImportError';
  /** Where: a JSON path into the document, e.g. $[3].schedules[0].opens_at. */
  field: Scalars['String']['output'];
  /** What is wrong, in words. */
  message: Scalars['String']['output'];
};

/** The outcome of an HSDS import, row by row, with totals. */
export type HsdsImportReport = {
  __typename?: 'HsdsImportReport';
  /** Rows that are (or would be) new services. */
  created: Scalars['Int']['output'];
  /** Whether it was a dry run (nothing written, whatever the rows). */
  dryRun: Scalars['Boolean']['output'];
  /** Rows with errors. */
  rejected: Scalars['Int']['output'];
  /** Bounded: one per service of the document, at most 500; in document order. */
  rows: Array<HsdsImportRow>;
  /** Rows equal to the service imported before. */
  unchanged: Scalars['Int']['output'];
  /** Rows that change (or would change) a service imported before. */
  updated: Scalars['Int']['output'];
  /** Whether the import was written: not a dry run, and no row rejected. */
  written: Scalars['Boolean']['output'];
};

/** One service of the HSDS document. */
export type HsdsImportRow = {
  __typename?: 'HsdsImportRow';
  /** What the import does with it. */
  action: HsdsImportAction;
  /** Bounded: what is wrong with the row, at most one per field it checks; empty unless REJECTED. */
  errors: Array<HsdsImportError>;
  /** Its HSDS id (null when the row has none). */
  hsdsId?: Maybe<Scalars['String']['output']>;
  /** Its position in the document array, from 0. */
  index: Scalars['Int']['output'];
  /** The hub's key of the service (null when rejected, or new on a dry run). */
  serviceId?: Maybe<Scalars['ID']['output']>;
};

/** An HSDS import to check (dryRun) or to write. */
export type ImportHsdsServicesInput = {
  /** Echoed in the payload (an import is safe to retry without it: it is idempotent by HSDS id). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The HSDS 3.0 document as JSON text: an array of service objects, as /hsds/services?full=true lists them (at most 500 services and 900 kB; a larger one in parts). */
  document: Scalars['String']['input'];
  /** true: check every row and report what would change, writing nothing (default false). */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What importHsdsServices answers. */
export type ImportHsdsServicesPayload = {
  __typename?: 'ImportHsdsServicesPayload';
  /** The clientMutationId given. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Row by row what the import did (or, on a dry run, would do); null when the document is no HSDS array at all (see userErrors). */
  report?: Maybe<HsdsImportReport>;
  /** What was wrong: the document (not JSON, not an array, too large) or, when rows were rejected, how many (their errors are in report.rows). When not empty, nothing was written. */
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

/** What linkSignalToPerson answers. */
export type LinkSignalToPersonPayload = {
  __typename?: 'LinkSignalToPersonPayload';
  /** The signal, now linked to the resident; null when there are userErrors. */
  referral?: Maybe<Referral>;
  /** What was wrong (NOT_FOUND for a signal you cannot see, CONFLICT for one linked already or a referral); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
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
  /**
   * A care organisation puts a service on the sociale kaart, with contact details, opening hours and capacity.
   * Retrying with the same clientMutationId and input returns the same service (the key with other input is a
   * CONFLICT). Roles professional or partner-system; the service is your organisation's.
   */
  createService: CreateServicePayload;
  /** AVG: erases the resident's zorg records (referrals), each erased record a line in the processing log (which is kept). Roles hub-admin or data-protection-officer, purpose DATA_SUBJECT_REQUEST; your organisation's records, or every organisation's for the gemeente's data-protection officer. */
  eraseZorgRecords: EraseZorgRecordsPayload;
  /**
   * Loads a care organisation's existing sociale-kaart data from Open Referral HSDS 3.0 JSON: an array of
   * services with their phones, schedules (opening hours), attributes (themes, target groups, capacity),
   * service_areas and, optionally, service_at_locations with the address. Idempotent by HSDS id: a service
   * imported before is found by its id and updated when it changed (UNCHANGED otherwise), so importing the same
   * document twice changes nothing. Every row is checked first; when any is REJECTED nothing is written, and
   * dryRun writes nothing either: both answer the same report. Roles partner-system or hub-admin; the services
   * are your organisation's (every organization_id must be its HSDS id).
   */
  importHsdsServices: ImportHsdsServicesPayload;
  /**
   * Links a signal raised without a personId to the resident it is about, once, by the organisation that sent
   * it or the one it was sent to. Roles professional, matcher or partner-system.
   */
  linkSignalToPerson: LinkSignalToPersonPayload;
  /**
   * Moves a referral on, by the organisation it was sent to: ACCEPTED, IN_CARE, CLOSED, DECLINED or
   * RETURNED_TO_INFORMAL_HELP. Allowed: SENT → ACCEPTED or DECLINED; ACCEPTED → IN_CARE or DECLINED; IN_CARE →
   * CLOSED or RETURNED_TO_INFORMAL_HELP; anything else is INVALID_TRANSITION. The referring organisation and
   * partners reading it with consent may not (FORBIDDEN). Roles professional, matcher or partner-system.
   */
  transitionReferral: TransitionReferralPayload;
  /** Changes one of your organisation's services (not a withdrawn one: CONFLICT); fields left out stay as they are. Changes reach the sociale kaart through the feed. Roles professional or partner-system. */
  updateService: UpdateServicePayload;
  /** Takes one of your organisation's services off the sociale kaart for good (it is no longer offered); safe to retry. Referrals that named it keep it. Roles professional or partner-system. */
  withdrawService: WithdrawServicePayload;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateServiceArgs = {
  input: CreateServiceInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEraseZorgRecordsArgs = {
  personId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationImportHsdsServicesArgs = {
  input: ImportHsdsServicesInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationLinkSignalToPersonArgs = {
  id: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationTransitionReferralArgs = {
  id: Scalars['ID']['input'];
  professionalId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  to: ReferralStatus;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateServiceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateServiceInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationWithdrawServiceArgs = {
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
  /** Organisations that received referrals of this resident (needs purpose COORDINATION and the resident's consent to it). Bounded: at most 500 (read from the resident's referrals, at most 500); more fails with LIST_TOO_LONG. */
  zorgInvolvement?: Maybe<Array<Organisation>>;
  /** Inzage: the lines of zorg's processing log about this resident, newest first (at most 1000). For the resident themself (role resident) and data-protection officers, purpose DATA_SUBJECT_REQUEST; Person.processingLog merges every subgraph's. Bounded: at most 1000, the newest. */
  zorgProcessingLog?: Maybe<Array<ProcessingLogEntry>>;
  /** AVG export: every column of every record zorg holds about the resident (with the processing log's lines about them); each exported record is logged. Roles hub-admin or data-protection-officer, purpose DATA_SUBJECT_REQUEST; your organisation's records, or every organisation's for the gemeente's data-protection officer. */
  zorgRecords?: Maybe<Scalars['JSON']['output']>;
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
  acceptsNew?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** The activity referred to (afschalen to the neighbourhood), if any; its details come from bewoners. */
  activity?: Maybe<Activity>;
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
  /** The service referred to, with its capacity (takes new clients, waiting time); null when none was named or it is no longer on the kaart. */
  service?: Maybe<Service>;
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
  /** Whether it takes new clients now and the current waiting time. */
  capacity: Capacity;
  /** Phones, e-mail, website, address and opening hours, for residents who call and the staff who answer for them. */
  contact: ContactDetails;
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
  /** When it was withdrawn (only your own organisation sees a withdrawn service); null while it is offered. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
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

/** What transitionReferral answers. */
export type TransitionReferralPayload = {
  __typename?: 'TransitionReferralPayload';
  /** The referral in its new state; null when there are userErrors. */
  referral?: Maybe<Referral>;
  /** What was wrong (e.g. INVALID_TRANSITION on ["to"], NOT_FOUND for a referral you cannot see); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Changes to a service; fields left out (or null) stay as they are. The organisation cannot be changed. */
export type UpdateServiceInput = {
  /** New area (a gemeente, wijk or buurt). */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** New capacity (takes new clients, waiting time); its updatedAt becomes now. */
  capacity?: InputMaybe<CapacityInput>;
  /** New contact details (replace all the old ones). */
  contact?: InputMaybe<ContactDetailsInput>;
  /** New description, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Free of charge for residents. */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name, 1–200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New target groups (replace the old ones). */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** New themes (replace the old ones). */
  themes?: InputMaybe<Array<Theme>>;
};

/** What updateService answers. */
export type UpdateServicePayload = {
  __typename?: 'UpdateServicePayload';
  /** The service as changed; null when there are userErrors. */
  service?: Maybe<Service>;
  /** What was wrong (bad input, a withdrawn service: CONFLICT, NOT_FOUND for a service that is not your organisation's draft); empty when it went through. When not empty, nothing was written. */
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

/** What withdrawService answers. */
export type WithdrawServicePayload = {
  __typename?: 'WithdrawServicePayload';
  /** The service, withdrawn (no longer on the kaart; readable by your organisation only); null when there are userErrors. */
  service?: Maybe<Service>;
  /** What was wrong; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** zorg's dashboard indicators (Indicator.name). */
export type ZorgIndicatorName =
  /** Referrals and signals sent, by direction (to a professional, to informal help). */
  | 'referralsByDirection'
  /** Referrals (doorverwijzingen) sent, by ReferralReason. */
  | 'referralsByReason'
  /** Referrals returned to informal help (afschalen), counted at the status change. */
  | 'returnedToInformalHelp'
  /** Signals (signalen) sent, by ReferralReason. */
  | 'signalsByReason';

/** zorg's dashboard figures for an area and period (IndicatorSet). */
export type ZorgIndicatorSet = IndicatorSet & {
  __typename?: 'ZorgIndicatorSet';
  /** One entry per indicator and bucket. Bounded: one per indicator asked (names) and bucket of the period, which spans at most three years. */
  indicators: Array<Indicator>;
  /** Statistics that are not counts; empty when the subgraph has none. Bounded: one per measure asked (names) and bucket of the period, which spans at most three years. */
  measures: Array<Measure>;
  /** Shown figures about residents are rounded to a multiple of this (SMALL_COUNT_ROUNDING, default 5). */
  roundingBase: Scalars['Int']['output'];
  /** Counts from 1 to this minus 1 are suppressed (SMALL_COUNT_THRESHOLD, default 5). */
  threshold: Scalars['Int']['output'];
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
    & GraphQLRecursivePick<FederationTypes['Area'], {"code":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Area'], {"statisticsGrid":{"code":true,"minimumInterval":true}}> ) );
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


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  IndicatorSet: ( ZorgIndicatorSet );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<Activity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  Area: ResolverTypeWrapper<AreaRefModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaCount: ResolverTypeWrapper<AreaCount>;
  AreaLevel: AreaLevel;
  CandidatePool: CandidatePool;
  Capacity: ResolverTypeWrapper<CapacityRecordModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CapacityInput: CapacityInput;
  ConsentPurpose: ConsentPurpose;
  ContactDetails: ResolverTypeWrapper<ContactRecordModel>;
  ContactDetailsInput: ContactDetailsInput;
  Count: ResolverTypeWrapper<Count>;
  CountState: CountState;
  CreateReferralInput: CreateReferralInput;
  CreateReferralPayload: ResolverTypeWrapper<Omit<CreateReferralPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  CreateServiceInput: CreateServiceInput;
  CreateServicePayload: ResolverTypeWrapper<Omit<CreateServicePayload, 'service'> & { service?: Maybe<ResolversTypes['Service']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EraseZorgRecordsPayload: ResolverTypeWrapper<EraseZorgRecordsPayload>;
  ErasedCount: ResolverTypeWrapper<ErasedCount>;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  HelpCategory: HelpCategory;
  HelpRequest: ResolverTypeWrapper<HelpRequestRefModel>;
  HelpTask: HelpTask;
  HelperLimit: HelperLimit;
  HelperProfileChanges: HelperProfileChanges;
  HelperProfileInput: HelperProfileInput;
  HelperStatus: HelperStatus;
  HsdsImportAction: HsdsImportAction;
  HsdsImportError: ResolverTypeWrapper<HsdsImportError>;
  HsdsImportReport: ResolverTypeWrapper<HsdsImportReport>;
  HsdsImportRow: ResolverTypeWrapper<HsdsImportRow>;
  ImportHsdsServicesInput: ImportHsdsServicesInput;
  ImportHsdsServicesPayload: ResolverTypeWrapper<ImportHsdsServicesPayload>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorSet: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['IndicatorSet']>;
  IndicatorUnit: IndicatorUnit;
  Intensity: Intensity;
  Interval: Interval;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyCount: ResolverTypeWrapper<KeyCount>;
  LinkSignalToPersonPayload: ResolverTypeWrapper<Omit<LinkSignalToPersonPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  MatchCandidate: ResolverTypeWrapper<MatchCandidate>;
  Measure: ResolverTypeWrapper<Measure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourCandidate: ResolverTypeWrapper<NeighbourCandidate>;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  OpeningHoursInput: OpeningHoursInput;
  Organisation: ResolverTypeWrapper<OrganisationRefModel>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRefModel>;
  Phone: ResolverTypeWrapper<Phone>;
  PhoneInput: PhoneInput;
  PhoneKind: PhoneKind;
  ProcessingAction: ProcessingAction;
  ProcessingActivity: ResolverTypeWrapper<ProcessingActivity>;
  ProcessingLogEntry: ResolverTypeWrapper<ProcessingLogEntryModel>;
  ProcessingPurpose: ProcessingPurpose;
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
  StatisticsArea: ResolverTypeWrapper<StatisticsArea>;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
  Training: ResolverTypeWrapper<TrainingModel>;
  TrainingInput: TrainingInput;
  TransitionReferralPayload: ResolverTypeWrapper<Omit<TransitionReferralPayload, 'referral'> & { referral?: Maybe<ResolversTypes['Referral']> }>;
  UpdateServiceInput: UpdateServiceInput;
  UpdateServicePayload: ResolverTypeWrapper<Omit<UpdateServicePayload, 'service'> & { service?: Maybe<ResolversTypes['Service']> }>;
  Urgency: Urgency;
  UserError: ResolverTypeWrapper<UserError>;
  Weekday: Weekday;
  WithdrawServicePayload: ResolverTypeWrapper<Omit<WithdrawServicePayload, 'service'> & { service?: Maybe<ResolversTypes['Service']> }>;
  ZorgIndicatorName: ZorgIndicatorName;
  ZorgIndicatorSet: ResolverTypeWrapper<ZorgIndicatorSet>;
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
  Address: Address;
  AddressInput: AddressInput;
  Area: AreaRefModel;
  Int: Scalars['Int']['output'];
  AreaCount: AreaCount;
  Capacity: CapacityRecordModel;
  Boolean: Scalars['Boolean']['output'];
  CapacityInput: CapacityInput;
  ContactDetails: ContactRecordModel;
  ContactDetailsInput: ContactDetailsInput;
  Count: Count;
  CreateReferralInput: CreateReferralInput;
  CreateReferralPayload: Omit<CreateReferralPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  CreateServiceInput: CreateServiceInput;
  CreateServicePayload: Omit<CreateServicePayload, 'service'> & { service?: Maybe<ResolversParentTypes['Service']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EraseZorgRecordsPayload: EraseZorgRecordsPayload;
  ErasedCount: ErasedCount;
  ErasureReport: ErasureReport;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  HelpRequest: HelpRequestRefModel;
  HelperProfileChanges: HelperProfileChanges;
  HelperProfileInput: HelperProfileInput;
  HsdsImportError: HsdsImportError;
  HsdsImportReport: HsdsImportReport;
  HsdsImportRow: HsdsImportRow;
  ImportHsdsServicesInput: ImportHsdsServicesInput;
  ImportHsdsServicesPayload: ImportHsdsServicesPayload;
  Indicator: Indicator;
  IndicatorSet: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorSet'];
  JSON: Scalars['JSON']['output'];
  KeyCount: KeyCount;
  LinkSignalToPersonPayload: Omit<LinkSignalToPersonPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  MatchCandidate: MatchCandidate;
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  NeighbourCandidate: NeighbourCandidate;
  OpeningHours: OpeningHours;
  OpeningHoursInput: OpeningHoursInput;
  Organisation: OrganisationRefModel;
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRefModel;
  Phone: Phone;
  PhoneInput: PhoneInput;
  ProcessingActivity: ProcessingActivity;
  ProcessingLogEntry: ProcessingLogEntryModel;
  Professional: ProfessionalModel;
  Query: Record<PropertyKey, never>;
  Referral: ReferralModel;
  Service: ServiceModel;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  StatisticsArea: StatisticsArea;
  Training: TrainingModel;
  TrainingInput: TrainingInput;
  TransitionReferralPayload: Omit<TransitionReferralPayload, 'referral'> & { referral?: Maybe<ResolversParentTypes['Referral']> };
  UpdateServiceInput: UpdateServiceInput;
  UpdateServicePayload: Omit<UpdateServicePayload, 'service'> & { service?: Maybe<ResolversParentTypes['Service']> };
  UserError: UserError;
  WithdrawServicePayload: Omit<WithdrawServicePayload, 'service'> & { service?: Maybe<ResolversParentTypes['Service']> };
  ZorgIndicatorSet: ZorgIndicatorSet;
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
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  services?: Resolver<Maybe<ResolversTypes['ServiceConnection']>, ParentType, ContextType, RequireFields<AreaServicesArgs, 'first'>>;
  zorgIndicators?: Resolver<Maybe<ResolversTypes['ZorgIndicatorSet']>, ParentType, ContextType, RequireFields<AreaZorgIndicatorsArgs, 'period'>>;
}>;

export type AreaCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaCount'] = ResolversParentTypes['AreaCount']> = ResolversObject<{
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type CapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = ResolversObject<{
  acceptsNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waitingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type CreateReferralPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateReferralPayload'] = ResolversParentTypes['CreateReferralPayload']> = ResolversObject<{
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateServicePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateServicePayload'] = ResolversParentTypes['CreateServicePayload']> = ResolversObject<{
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EraseZorgRecordsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EraseZorgRecordsPayload'] = ResolversParentTypes['EraseZorgRecordsPayload']> = ResolversObject<{
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referrals?: Resolver<Maybe<Array<ResolversTypes['Referral']>>, ParentType, ContextType>;
}>;

export type HsdsImportErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HsdsImportError'] = ResolversParentTypes['HsdsImportError']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HsdsImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HsdsImportReport'] = ResolversParentTypes['HsdsImportReport']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['HsdsImportRow']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HsdsImportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HsdsImportRow'] = ResolversParentTypes['HsdsImportRow']> = ResolversObject<{
  action?: Resolver<ResolversTypes['HsdsImportAction'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['HsdsImportError']>, ParentType, ContextType>;
  hsdsId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ImportHsdsServicesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportHsdsServicesPayload'] = ResolversParentTypes['ImportHsdsServicesPayload']> = ResolversObject<{
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['HsdsImportReport']>, ParentType, ContextType>;
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
  __resolveType: TypeResolveFn<'ZorgIndicatorSet', ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeyCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyCount'] = ResolversParentTypes['KeyCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LinkSignalToPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkSignalToPersonPayload'] = ResolversParentTypes['LinkSignalToPersonPayload']> = ResolversObject<{
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createReferral?: Resolver<ResolversTypes['CreateReferralPayload'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'input'>>;
  createService?: Resolver<ResolversTypes['CreateServicePayload'], ParentType, ContextType, RequireFields<MutationCreateServiceArgs, 'input'>>;
  eraseZorgRecords?: Resolver<ResolversTypes['EraseZorgRecordsPayload'], ParentType, ContextType, RequireFields<MutationEraseZorgRecordsArgs, 'personId'>>;
  importHsdsServices?: Resolver<ResolversTypes['ImportHsdsServicesPayload'], ParentType, ContextType, RequireFields<MutationImportHsdsServicesArgs, 'input'>>;
  linkSignalToPerson?: Resolver<ResolversTypes['LinkSignalToPersonPayload'], ParentType, ContextType, RequireFields<MutationLinkSignalToPersonArgs, 'id' | 'personId'>>;
  transitionReferral?: Resolver<ResolversTypes['TransitionReferralPayload'], ParentType, ContextType, RequireFields<MutationTransitionReferralArgs, 'id' | 'to'>>;
  updateService?: Resolver<ResolversTypes['UpdateServicePayload'], ParentType, ContextType, RequireFields<MutationUpdateServiceArgs, 'id' | 'input'>>;
  withdrawService?: Resolver<ResolversTypes['WithdrawServicePayload'], ParentType, ContextType, RequireFields<MutationWithdrawServiceArgs, 'id'>>;
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
  zorgProcessingLog?: Resolver<Maybe<Array<ResolversTypes['ProcessingLogEntry']>>, ParentType, ContextType>;
  zorgRecords?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
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
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
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
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  statusChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['ContactDetails'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ServiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type StatisticsAreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticsArea'] = ResolversParentTypes['StatisticsArea']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumInterval?: Resolver<ResolversTypes['Interval'], ParentType, ContextType>;
}>;

export type TrainingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TransitionReferralPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionReferralPayload'] = ResolversParentTypes['TransitionReferralPayload']> = ResolversObject<{
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateServicePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateServicePayload'] = ResolversParentTypes['UpdateServicePayload']> = ResolversObject<{
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WithdrawServicePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawServicePayload'] = ResolversParentTypes['WithdrawServicePayload']> = ResolversObject<{
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ZorgIndicatorSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ZorgIndicatorSet'] = ResolversParentTypes['ZorgIndicatorSet']> = ResolversObject<{
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  roundingBase?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  Address?: AddressResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  AreaCount?: AreaCountResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CreateReferralPayload?: CreateReferralPayloadResolvers<ContextType>;
  CreateServicePayload?: CreateServicePayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EraseZorgRecordsPayload?: EraseZorgRecordsPayloadResolvers<ContextType>;
  ErasedCount?: ErasedCountResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  HelpRequest?: HelpRequestResolvers<ContextType>;
  HsdsImportError?: HsdsImportErrorResolvers<ContextType>;
  HsdsImportReport?: HsdsImportReportResolvers<ContextType>;
  HsdsImportRow?: HsdsImportRowResolvers<ContextType>;
  ImportHsdsServicesPayload?: ImportHsdsServicesPayloadResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyCount?: KeyCountResolvers<ContextType>;
  LinkSignalToPersonPayload?: LinkSignalToPersonPayloadResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCandidate?: NeighbourCandidateResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  ProcessingActivity?: ProcessingActivityResolvers<ContextType>;
  ProcessingLogEntry?: ProcessingLogEntryResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  StatisticsArea?: StatisticsAreaResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  TransitionReferralPayload?: TransitionReferralPayloadResolvers<ContextType>;
  UpdateServicePayload?: UpdateServicePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WithdrawServicePayload?: WithdrawServicePayloadResolvers<ContextType>;
  ZorgIndicatorSet?: ZorgIndicatorSetResolvers<ContextType>;
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
