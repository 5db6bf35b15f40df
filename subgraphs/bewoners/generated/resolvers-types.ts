import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ContactRecord as ContactRecordModel } from '../../kit/contact-details';
import type { CapacityRecord as CapacityRecordModel } from '../../kit/capacity';
import type { Training as TrainingModel } from '../../kit/helper-profile';
import type { Activity as ActivityModel, HelpOffer as HelpOfferModel, Membership as MembershipModel, CooperativeService as CooperativeServiceModel } from '../entities';
import type { NeighbourCandidateRow as NeighbourCandidateRowModel } from '../candidates';
import type { HelpRequestRef as HelpRequestRefModel, AreaRef as AreaRefModel, OrganisationRef as OrganisationRefModel, PersonRef as PersonRefModel, VenueRef as VenueRefModel } from '../../kit/references';
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
  /** The wijk or buurt it takes place in. */
  area: Area;
  /** Local dates (YYYY-MM-DD) of single occurrences that are cancelled (iCalendar EXDATE), earliest first. */
  cancelledDates: Array<Scalars['Date']['output']>;
  /** Phones, e-mail, website and hours to ask about it (the address is the venue's). */
  contact: ContactDetails;
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
  /** Where, in words (the venue's name and address), as calendars show it (iCalendar LOCATION); null when not given. */
  location?: Maybe<Scalars['String']['output']>;
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
  /** Published activities in this area and its sub-areas (not cancelled), in id order. */
  activities?: Maybe<ActivityConnection>;
  /**
   * Activities held, participants, reach among target groups and active cooperatives here (bewoners), from the
   * sessions cooperatives record: the indicators of BewonersIndicatorName. Published under the disclosure rules
   * (CountState). Roles analyst or hub-admin.
   */
  bewonersIndicators?: Maybe<BewonersIndicatorSet>;
  /** CBS code: GMxxxx (gemeente), WKxxxxxx (wijk) or BUxxxxxxxx (buurt). */
  code: Scalars['ID']['output'];
  /** How finely the figures of this gemeente's areas may be cut (gemeente's; needed for the indicators). Bounded: one per CBS area of the gemeente (the CBS division, not written through the graph: a few hundred at most). */
  statisticsGrid: Array<StatisticsArea>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A gemeente, wijk or buurt, identified by its CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx). */
export type AreaBewonersIndicatorsArgs = {
  names?: InputMaybe<Array<BewonersIndicatorName>>;
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

/** bewoners' dashboard indicators (Indicator.name). */
export type BewonersIndicatorName =
  /** Cooperatives that held a session in the area in the bucket (one active in two buurten counts in both, and once in their wijk). */
  | 'activeCooperatives'
  /** Sessions held, by ActivityKind. */
  | 'activitiesHeld'
  /** Participants of the sessions held (a resident who comes twice counts twice), by ActivityKind. */
  | 'participants'
  /** Reach among target groups: participants of sessions of activities meant for each TargetGroup (an activity for two groups counts in both; the total counts each participant once). */
  | 'participantsByTargetGroup';

/** bewoners's dashboard figures for an area and period (IndicatorSet). */
export type BewonersIndicatorSet = IndicatorSet & {
  __typename?: 'BewonersIndicatorSet';
  /** One entry per indicator and bucket. Bounded: one per indicator asked (names) and bucket of the period, which spans at most three years. */
  indicators: Array<Indicator>;
  /** Statistics that are not counts; empty when the subgraph has none. Bounded: one per measure asked (names) and bucket of the period, which spans at most three years. */
  measures: Array<Measure>;
  /** Shown figures about residents are rounded to a multiple of this (SMALL_COUNT_ROUNDING, default 5). */
  roundingBase: Scalars['Int']['output'];
  /** Counts from 1 to this minus 1 are suppressed (SMALL_COUNT_THRESHOLD, default 5). */
  threshold: Scalars['Int']['output'];
};

/** A calendar (.ics) a cooperative keeps elsewhere, pulled into its activities on a schedule. */
export type CalendarSubscription = {
  __typename?: 'CalendarSubscription';
  /** The buurt or wijk (CBS code) its activities take place in. */
  area: Scalars['String']['output'];
  /** The subscription's key. */
  id: Scalars['ID']['output'];
  /** Minutes between pulls. */
  intervalMinutes: Scalars['Int']['output'];
  /** The kind of its activities. */
  kind: ActivityKind;
  /** Why the last pull wrote nothing (a file that cannot be read, an event that breaks the rules); null when it went through. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When it was last pulled; null before the first pull. */
  lastPulledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The calendar's address. */
  url: Scalars['String']['output'];
};

/** What cancelActivityOccurrence answers. */
export type CancelActivityOccurrencePayload = {
  __typename?: 'CancelActivityOccurrencePayload';
  /** The activity, with the date among its cancelledDates; null when there are userErrors. */
  activity?: Maybe<Activity>;
  /** What was wrong (not one of its dates, a cancelled activity: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

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

/** An ongoing service a cooperative runs (klussendienst, boodschappendienst, vervoersdienst), on the sociale kaart. Public. */
export type CooperativeService = {
  __typename?: 'CooperativeService';
  /** The area it serves. */
  area: Area;
  /** Whether it takes new requests now and the waiting time. */
  capacity: Capacity;
  /** Kinds of help it gives. */
  categories: Array<HelpCategory>;
  /** Phones, e-mail, website, address and opening or telephone hours. */
  contact: ContactDetails;
  /** What it does and for whom (may be empty). */
  description: Scalars['String']['output'];
  /** Free of charge for residents. */
  free: Scalars['Boolean']['output'];
  /** The service's key. */
  id: Scalars['ID']['output'];
  /** Kind of service. */
  kind: CooperativeServiceKind;
  /** Name of the service. */
  name: Scalars['String']['output'];
  /** The cooperative that runs it. */
  organisation: Organisation;
  /** Who it is for. */
  targetGroups: Array<TargetGroup>;
  /** Themes on the sociale kaart. */
  themes: Array<Theme>;
  /** The venue it works from, if any. */
  venue?: Maybe<Venue>;
  /** When it was withdrawn (only its own cooperative sees a withdrawn service); null while it runs. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of cooperatives' ongoing services. */
export type CooperativeServiceConnection = {
  __typename?: 'CooperativeServiceConnection';
  /** The services on this page. */
  edges: Array<CooperativeServiceEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A service with its cursor. */
export type CooperativeServiceEdge = {
  __typename?: 'CooperativeServiceEdge';
  /** Cursor of this service, for `after`. */
  cursor: Scalars['String']['output'];
  /** The service. */
  node: CooperativeService;
};

/** Kind of ongoing service a cooperative runs. */
export type CooperativeServiceKind =
  /** digitale hulp, computerhulp */
  | 'DIGITAL_HELP'
  /** tuinhulp */
  | 'GARDENING'
  /** maaltijdservice, eetpunt aan huis */
  | 'MEALS'
  /** klussendienst */
  | 'ODD_JOBS'
  /** anders */
  | 'OTHER'
  /** boodschappendienst */
  | 'SHOPPING'
  /** vervoersdienst, automaatje */
  | 'TRANSPORT'
  /** bezoekdienst */
  | 'VISITING';

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

/** A new activity of your cooperative. */
export type CreateActivityInput = {
  /** The buurt or wijk it takes place in. */
  area: Scalars['ID']['input'];
  /** Makes the mutation safe to retry (1–100 characters, unique per cooperative; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** Phones, e-mail, website and hours to ask about it. */
  contact?: InputMaybe<ContactDetailsInput>;
  /** What happens, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End of the first (or only) occurrence: after startsAt, at most a day later. */
  endsAt: Scalars['DateTime']['input'];
  /** Free of charge for residents (default true). */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind of activity. */
  kind: ActivityKind;
  /** Where, in words, as calendars show it: the venue's name and address (at most 300 characters). */
  location?: InputMaybe<Scalars['String']['input']>;
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

/** An ongoing service to put on the sociale kaart. */
export type CreateCooperativeServiceInput = {
  /** The area it serves (a wijk or buurt). */
  area: Scalars['ID']['input'];
  /** Whether it takes new requests and the waiting time (default: takes new requests). */
  capacity?: InputMaybe<CapacityInput>;
  /** Kinds of help it gives. */
  categories?: InputMaybe<Array<HelpCategory>>;
  /** Makes the mutation safe to retry (1–100 characters, unique per cooperative; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** Phones, e-mail, website, address and opening or telephone hours. */
  contact?: InputMaybe<ContactDetailsInput>;
  /** What it does and for whom, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Free of charge for residents (default true). */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind of service. */
  kind: CooperativeServiceKind;
  /** Name, 1–200 characters (e.g. Klussendienst Schothorst). */
  name: Scalars['String']['input'];
  /** Who it is for. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** Themes on the sociale kaart. */
  themes?: InputMaybe<Array<Theme>>;
  /** The venue it works from (gemeente's key), if any. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** What createCooperativeService answers. */
export type CreateCooperativeServicePayload = {
  __typename?: 'CreateCooperativeServicePayload';
  /** The service (or, on a retry, the one created before); null when there are userErrors. */
  cooperativeService?: Maybe<CooperativeService>;
  /** What was wrong with the input; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** A membership to record. */
export type CreateMembershipInput = {
  /** Makes the mutation safe to retry (1–100 characters, unique per cooperative; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** The member (their pseudonymous Person key). */
  personId: Scalars['ID']['input'];
  /** Role in the cooperative (default MEMBER). */
  role?: InputMaybe<MembershipRole>;
  /** Member since, not in the future (default today). */
  since?: InputMaybe<Scalars['Date']['input']>;
};

/** What createMembership answers. */
export type CreateMembershipPayload = {
  __typename?: 'CreateMembershipPayload';
  /** The membership (or, on a retry, the one recorded before); null when there are userErrors. */
  membership?: Maybe<Membership>;
  /** What was wrong (a current membership of the same resident: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What endHelpOffer answers. */
export type EndHelpOfferPayload = {
  __typename?: 'EndHelpOfferPayload';
  /** The offer, ended; null when there are userErrors. */
  helpOffer?: Maybe<HelpOffer>;
  /** What was wrong (open matches with the offer: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What endMembership answers. */
export type EndMembershipPayload = {
  __typename?: 'EndMembershipPayload';
  /** The membership, ended; null when there are userErrors. */
  membership?: Maybe<Membership>;
  /** What was wrong (a day before it started or in the future); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What eraseBewonersRecords did: the erasure report, or why nothing was erased. */
export type EraseBewonersRecordsPayload = {
  __typename?: 'EraseBewonersRecordsPayload';
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
  /** Competences in the neighbour's own words. */
  competences: Array<Scalars['String']['output']>;
  /** Has a VOG on record that has not expired (three years from its date); the cooperative checks one where it asks for one. */
  hasVog: Scalars['Boolean']['output'];
  /** The neighbour offering (pseudonymous). */
  helper: Person;
  /** The help offer's key. */
  id: Scalars['ID']['output'];
  /** Covered by a volunteer insurance. */
  insured: Scalars['Boolean']['output'];
  /** Languages the neighbour speaks (ISO 639-1). */
  languages: Array<Scalars['String']['output']>;
  /** Things the neighbour will not do (HelperLimit codes). */
  limits: Array<Scalars['String']['output']>;
  /** How far from home the neighbour will go, in km. */
  maxDistanceKm: Scalars['Float']['output'];
  /** The cooperative the neighbour offers help through. */
  organisation: Organisation;
  /** The last day of the pause; null unless PAUSED. */
  pausedUntil?: Maybe<Scalars['Date']['output']>;
  /** When the offer was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** ACTIVE, PAUSED (until pausedUntil) or ENDED; a pause is over after its last day. */
  status: HelperStatus;
  /** Why the neighbour paused or stopped (the cooperative's own note); null when not given. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Trainings completed. Bounded: at most 50 (registerHelpOffer and updateHelpOffer refuse more). */
  trainings: Array<Training>;
  /** Date of issue of the VOG on record; null when none. */
  vogIssuedOn?: Maybe<Scalars['Date']['output']>;
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
  /** Neighbours' offers that helped this resident before (welzijn; holders only). */
  earlierHelpOffers?: Maybe<Array<Scalars['ID']['output']>>;
  /** The hulpvraag's key. */
  id: Scalars['ID']['output'];
  /** How heavy and how long the help is (welzijn). */
  intensity: Intensity;
  /** Languages the resident speaks (welzijn). */
  languages: Array<Scalars['String']['output']>;
  /** Approximate location, rounded to about 500 m (welzijn). */
  location?: Maybe<GeoPoint>;
  /**
   * Neighbours' offers ranked for this hulpvraag with the shared scoring function: only the offer's key, the
   * score and the reasons leave bewoners (welzijn merges them into HelpRequest.candidates). At most 20, best
   * first, from available offers within reach, by the same rules as volunteers (kit/matching/scoring.ts): not
   * ranked for a category that needs a VOG (BUDDY, COMPANY, CARER_RESPITE, PAPERWORK, DIGITAL_HELP, BABYSITTING,
   * HOMEWORK_HELP) unless their cooperative recorded one that has not expired, nor for one that needs insurance
   * unless insured, nor when their limits exclude the category or a task; paused and ended offers are not
   * ranked. Roles matcher or partner-system.
   * Bounded: at most 20, the best.
   */
  neighbourCandidates?: Maybe<Array<NeighbourCandidate>>;
  /**
   * Available neighbours' offers in the same buurt for the same category that the caller may see (its own
   * cooperative's, or with the neighbour's consent to MATCHING), in id order; distance, times and limits are not
   * checked here.
   * Bounded: at most 100 (first).
   */
  neighbourOffers?: Maybe<Array<HelpOffer>>;
  /** The resident would rather not be helped by a direct neighbour (welzijn). */
  notDirectNeighbour: Scalars['Boolean']['output'];
  /** What the help involves beyond its category (welzijn). */
  tasks: Array<HelpTask>;
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

/**
 * A resident's membership of a cooperative. Personal data: roles cooperative-coordinator or partner-system;
 * readable by the cooperative, by others with the resident's consent to COORDINATION.
 */
export type Membership = {
  __typename?: 'Membership';
  /** The last day of the membership; null while it lasts. */
  endedOn?: Maybe<Scalars['Date']['output']>;
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

/** A page of a cooperative's memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships on this page. */
  edges: Array<MembershipEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A membership with its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Cursor of this membership, for `after`. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
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
   * Cancels one occurrence of a recurring activity (one evening of the eettafel), by its local date: it leaves the
   * sociale kaart's dates and the calendar feeds carry it as an EXDATE. Not a date the activity falls on:
   * BAD_USER_INPUT (field date); a cancelled activity: CONFLICT. Safe to retry.
   */
  cancelActivityOccurrence: CancelActivityOccurrencePayload;
  /**
   * A cooperative publishes its activities on the sociale kaart: create (a draft), update, publish,
   * unpublish, cancel. Only the cooperative's own coordinator or system (roles cooperative-coordinator or
   * partner-system); another cooperative's activity is FORBIDDEN when published, NOT_FOUND when a draft.
   * Retrying createActivity with the same clientMutationId and input returns the same activity.
   */
  createActivity: CreateActivityPayload;
  /**
   * Puts an ongoing service your cooperative runs on the sociale kaart (a klussendienst, boodschappendienst,
   * vervoersdienst): contact details, opening or telephone hours, capacity. Retrying with the same
   * clientMutationId and input returns the same service. Roles cooperative-coordinator or partner-system.
   */
  createCooperativeService: CreateCooperativeServicePayload;
  /** Records a resident's membership of your cooperative; one current membership per resident (a second is a CONFLICT). Safe to retry with the same clientMutationId. Roles cooperative-coordinator or partner-system. */
  createMembership: CreateMembershipPayload;
  /** Ends an offer (the neighbour stops): never ranked again, kept for the record. Refused (CONFLICT, naming their states) while welzijn has proposed, introduced or active matches with it: the matcher ends, declines or hands those over first (the rule for ending a volunteer too). Roles cooperative-coordinator or partner-system. */
  endHelpOffer: EndHelpOfferPayload;
  /** Ends a membership of your cooperative on a day (opzeggen); ending it again changes nothing. Roles cooperative-coordinator or partner-system. */
  endMembership: EndMembershipPayload;
  /** AVG: erases the resident's bewoners records (help offers and memberships), each erased record a line in the processing log (which is kept). Roles hub-admin or data-protection-officer, purpose DATA_SUBJECT_REQUEST; your organisation's records, or every organisation's for the gemeente's data-protection officer. */
  eraseBewonersRecords: EraseBewonersRecordsPayload;
  /** Pauses an offer until a date: not ranked for matching until the day after. Pausing again moves the date. Roles cooperative-coordinator or partner-system. */
  pauseHelpOffer: PauseHelpOfferPayload;
  /** Puts one of your cooperative's activities on the sociale kaart and the calendar feeds (not a cancelled one: CONFLICT); publishing again changes nothing. */
  publishActivity: PublishActivityPayload;
  /** Pulls one of your cooperative's calendar subscriptions now, as its schedule would. */
  pullCalendar: PullCalendarPayload;
  /**
   * Registers a neighbour's aanbod with your cooperative: the neighbour (their pseudonymous key), where they
   * live, and their profile (categories, limits, a VOG with its date where the cooperative checks one,
   * insurance, radius, languages, availability, trainings, competences). ACTIVE and switched on at once.
   * Retrying with the same clientMutationId and input returns the same offer. Roles cooperative-coordinator or
   * partner-system.
   */
  registerHelpOffer: RegisterHelpOfferPayload;
  /** Ends a pause early: the offer is ranked for matching again. Roles cooperative-coordinator or partner-system. */
  resumeHelpOffer: ResumeHelpOfferPayload;
  /** A neighbour's availability switch for their help offer, set by their cooperative. Roles cooperative-coordinator or partner-system. */
  setHelpOfferAvailable: SetHelpOfferAvailablePayload;
  /**
   * Subscribes your cooperative to a calendar it already keeps (its website's .ics, http or https): bewoners pulls
   * it every intervalMinutes into published activities of your cooperative in area, by UID: a new UID creates an
   * activity, a higher SEQUENCE updates it, STATUS:CANCELLED cancels it. A pull that cannot read the file, or
   * meets an event that breaks the activity rules, writes nothing and says why in lastError. Retrying with the
   * same clientMutationId and input returns the same subscription.
   */
  subscribeCalendar: SubscribeCalendarPayload;
  /** Takes one of your cooperative's activities off the sociale kaart, back to a draft; safe to retry. */
  unpublishActivity: UnpublishActivityPayload;
  /** Changes one of your cooperative's activities (not a cancelled one: CONFLICT); fields left out stay as they are. Published changes reach the sociale kaart through the feed. */
  updateActivity: UpdateActivityPayload;
  /** Changes one of your cooperative's ongoing services (not a withdrawn one: CONFLICT); fields left out stay as they are. Roles cooperative-coordinator or partner-system. */
  updateCooperativeService: UpdateCooperativeServicePayload;
  /** Changes one of your cooperative's offers (not an ended one: CONFLICT); fields left out stay as they are. Roles cooperative-coordinator or partner-system. */
  updateHelpOffer: UpdateHelpOfferPayload;
  /** Changes the role of a current membership of your cooperative. Roles cooperative-coordinator or partner-system. */
  updateMembership: UpdateMembershipPayload;
  /** Takes one of your cooperative's ongoing services off the sociale kaart for good; safe to retry. Roles cooperative-coordinator or partner-system. */
  withdrawCooperativeService: WithdrawCooperativeServicePayload;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCancelActivityOccurrenceArgs = {
  date: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateCooperativeServiceArgs = {
  input: CreateCooperativeServiceInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationCreateMembershipArgs = {
  input: CreateMembershipInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEndHelpOfferArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEndMembershipArgs = {
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationEraseBewonersRecordsArgs = {
  personId: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationPauseHelpOfferArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  until: Scalars['Date']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationPublishActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationPullCalendarArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationRegisterHelpOfferArgs = {
  input: RegisterHelpOfferInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationResumeHelpOfferArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationSetHelpOfferAvailableArgs = {
  available: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationSubscribeCalendarArgs = {
  input: SubscribeCalendarInput;
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


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateCooperativeServiceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCooperativeServiceInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateHelpOfferArgs = {
  id: Scalars['ID']['input'];
  input: UpdateHelpOfferInput;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationUpdateMembershipArgs = {
  id: Scalars['ID']['input'];
  role: MembershipRole;
};


/** The hub's write entry points; each mutation runs in one transaction of the subgraph that owns the data. */
export type MutationWithdrawCooperativeServiceArgs = {
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
  /** Published activities of this organisation (not cancelled), in id order. */
  activities?: Maybe<ActivityConnection>;
  /** The organisation's key in the partner registry. */
  id: Scalars['ID']['output'];
  /**
   * The cooperative's memberships, in id order, for its own staff; empty for others (another partner reaches
   * a membership by its key, with the member's consent to COORDINATION).
   */
  memberships?: Maybe<MembershipConnection>;
};


/** A partner organisation in the hub's registry. */
export type OrganisationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner organisation in the hub's registry. */
export type OrganisationMembershipsArgs = {
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

/** What pauseHelpOffer answers. */
export type PauseHelpOfferPayload = {
  __typename?: 'PauseHelpOfferPayload';
  /** The offer, paused; null when there are userErrors. */
  helpOffer?: Maybe<HelpOffer>;
  /** What was wrong (a date in the past, an ended offer: INVALID_TRANSITION); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
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
  /** Cooperatives this resident is a member of or offers help through (needs purpose COORDINATION and the resident's consent to it). Bounded: at most 200 memberships and at most 200 offers of the resident are read (more fails with LIST_TOO_LONG), one entry per cooperative. */
  bewonersInvolvement?: Maybe<Array<Organisation>>;
  /** Inzage: the lines of bewoners' processing log about this resident, newest first (at most 1000). For the resident themself (role resident) and data-protection officers, purpose DATA_SUBJECT_REQUEST; Person.processingLog merges every subgraph's. Bounded: at most 1000, the newest. */
  bewonersProcessingLog?: Maybe<Array<ProcessingLogEntry>>;
  /** AVG export: every column of every record bewoners holds about the resident (with the processing log's lines about them); each exported record is logged. Roles hub-admin or data-protection-officer, purpose DATA_SUBJECT_REQUEST; your organisation's records, or every organisation's for the gemeente's data-protection officer. */
  bewonersRecords?: Maybe<Scalars['JSON']['output']>;
  /** The resident's pseudonymous key; it names no one. */
  id: Scalars['ID']['output'];
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

/** What publishActivity answers. */
export type PublishActivityPayload = {
  __typename?: 'PublishActivityPayload';
  /** The activity, published; null when there are userErrors. */
  activity?: Maybe<Activity>;
  /** What was wrong (a cancelled activity: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What pullCalendar answers. */
export type PullCalendarPayload = {
  __typename?: 'PullCalendarPayload';
  /** The subscription after the pull (see lastError); null when there are userErrors. */
  calendarSubscription?: Maybe<CalendarSubscription>;
  /** What was wrong (not a subscription of your cooperative: NOT_FOUND). */
  userErrors: Array<UserError>;
};

/** The hub's read entry points; each subgraph answers its own fields. */
export type Query = {
  __typename?: 'Query';
  /** Published activities that are not cancelled, optionally in one area (including its sub-areas) and from a given moment, in id order. Public. */
  activities: ActivityConnection;
  /** One published activity (or your cooperative's draft); null otherwise. Cancelled ones are returned too, with status CANCELLED. Public. */
  activity?: Maybe<Activity>;
  /** One ongoing service of a cooperative on the sociale kaart (klussendienst, boodschappendienst); null when unknown or withdrawn. Public. */
  cooperativeService?: Maybe<CooperativeService>;
  /** Cooperatives' ongoing services on the sociale kaart, optionally in one area (with its sub-areas), in id order. Public. */
  cooperativeServices: CooperativeServiceConnection;
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
export type QueryCooperativeServiceArgs = {
  id: Scalars['ID']['input'];
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryCooperativeServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The hub's read entry points; each subgraph answers its own fields. */
export type QueryHelpOfferArgs = {
  id: Scalars['ID']['input'];
};

/** A neighbour's aanbod to register. */
export type RegisterHelpOfferInput = {
  /** The buurt (BUxxxxxxxx) the neighbour lives in. */
  area: Scalars['ID']['input'];
  /** Makes the mutation safe to retry (1–100 characters, unique per cooperative; the same key with other input is a CONFLICT). */
  clientMutationId: Scalars['String']['input'];
  /** The neighbour offering help (their pseudonymous Person key, see registerPerson). */
  helperId: Scalars['ID']['input'];
  /** Where the neighbour lives, approximately; rounded to about 500 m before it is stored. */
  location?: InputMaybe<GeoPointInput>;
  /** What they offer, where, when and under which conditions. */
  profile: HelperProfileInput;
};

/** What registerHelpOffer answers. */
export type RegisterHelpOfferPayload = {
  __typename?: 'RegisterHelpOfferPayload';
  /** The offer registered (or, on a retry, the one registered before); null when there are userErrors. */
  helpOffer?: Maybe<HelpOffer>;
  /** What was wrong with the input; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What resumeHelpOffer answers. */
export type ResumeHelpOfferPayload = {
  __typename?: 'ResumeHelpOfferPayload';
  /** The offer, active again; null when there are userErrors. */
  helpOffer?: Maybe<HelpOffer>;
  /** What was wrong (an ended offer: INVALID_TRANSITION); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** When an activity takes place, in the fields of an Open Referral HSDS 3 schedule (RFC 5545). */
export type Schedule = {
  __typename?: 'Schedule';
  /** The RRULE's BYDAY (e.g. TU,FR or 1MO); null when it has none. */
  byDay?: Maybe<Scalars['String']['output']>;
  /** The RRULE's BYMONTHDAY (e.g. 15); null when it has none. */
  byMonthDay?: Maybe<Scalars['String']['output']>;
  /** End time, HH:MM, local time in Europe/Amsterdam. */
  closesAt: Scalars['String']['output'];
  /** How many occurrences in all (RRULE COUNT); null when it has none. */
  count?: Maybe<Scalars['Int']['output']>;
  /** First date (YYYY-MM-DD), local (Europe/Amsterdam). */
  dtstart: Scalars['String']['output'];
  /** WEEKLY or MONTHLY; null for a one-off activity. */
  freq?: Maybe<Scalars['String']['output']>;
  /** Every how many weeks or months (1 unless the RRULE says otherwise); null for a one-off activity. */
  interval?: Maybe<Scalars['Int']['output']>;
  /** Start time, HH:MM, local time in Europe/Amsterdam (the same on both sides of a clock change). */
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

/** An area of a gemeente's statistics grid: how finely its figures may be cut. */
export type StatisticsArea = {
  __typename?: 'StatisticsArea';
  /** CBS code of the area. */
  code: Scalars['ID']['output'];
  /** The finest interval its figures are published at (WEEK for most areas; QUARTER or YEAR for small ones). */
  minimumInterval: Interval;
};

/** A calendar subscription. */
export type SubscribeCalendarInput = {
  /** The buurt or wijk its activities take place in. */
  area: Scalars['ID']['input'];
  /** Makes the mutation safe to retry (unique per organisation). */
  clientMutationId: Scalars['String']['input'];
  /** Minutes between pulls, 5–1440 (default 60). */
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The kind of its activities. */
  kind: ActivityKind;
  /** Themes of its activities on the sociale kaart. */
  themes?: InputMaybe<Array<Theme>>;
  /** The .ics address, http or https. */
  url: Scalars['String']['input'];
};

/** What subscribeCalendar answers. */
export type SubscribeCalendarPayload = {
  __typename?: 'SubscribeCalendarPayload';
  /** The subscription (its first pull follows at once); null when there are userErrors. */
  calendarSubscription?: Maybe<CalendarSubscription>;
  /** What was wrong with the input; when not empty, nothing was written. */
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
  /** New contact details (replace all the old ones). */
  contact?: InputMaybe<ContactDetailsInput>;
  /** New description, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end of the first occurrence: after the start, at most a day later. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Free of charge for residents. */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** New location in words (an empty string removes it). */
  location?: InputMaybe<Scalars['String']['input']>;
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

/** Changes to an ongoing service; fields left out (or null) stay as they are. Kind cannot be changed. */
export type UpdateCooperativeServiceInput = {
  /** New area (a wijk or buurt). */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** New capacity; its updatedAt becomes now. */
  capacity?: InputMaybe<CapacityInput>;
  /** New categories (replace the old ones). */
  categories?: InputMaybe<Array<HelpCategory>>;
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

/** What updateCooperativeService answers. */
export type UpdateCooperativeServicePayload = {
  __typename?: 'UpdateCooperativeServicePayload';
  /** The service as changed; null when there are userErrors. */
  cooperativeService?: Maybe<CooperativeService>;
  /** What was wrong (bad input, a withdrawn service: CONFLICT); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** Changes to an offer; fields left out (or null) stay as they are. */
export type UpdateHelpOfferInput = {
  /** The buurt the neighbour lives in now. */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** Where the neighbour lives now, approximately (rounded to about 500 m). */
  location?: InputMaybe<GeoPointInput>;
  /** Changes to the profile. */
  profile?: InputMaybe<HelperProfileChanges>;
};

/** What updateHelpOffer answers. */
export type UpdateHelpOfferPayload = {
  __typename?: 'UpdateHelpOfferPayload';
  /** The offer as changed; null when there are userErrors. */
  helpOffer?: Maybe<HelpOffer>;
  /** What was wrong (bad input, an ended offer: CONFLICT, NOT_FOUND for one you cannot see); empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
};

/** What updateMembership answers. */
export type UpdateMembershipPayload = {
  __typename?: 'UpdateMembershipPayload';
  /** The membership as changed; null when there are userErrors. */
  membership?: Maybe<Membership>;
  /** What was wrong (an ended membership: CONFLICT); empty when it went through. When not empty, nothing was written. */
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

/** What withdrawCooperativeService answers. */
export type WithdrawCooperativeServicePayload = {
  __typename?: 'WithdrawCooperativeServicePayload';
  /** The service, withdrawn; null when there are userErrors. */
  cooperativeService?: Maybe<CooperativeService>;
  /** What was wrong; empty when it went through. When not empty, nothing was written. */
  userErrors: Array<UserError>;
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
  CooperativeService: CooperativeService;
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
    & GraphQLRecursivePick<FederationTypes['Area'], {"code":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Area'], {"statisticsGrid":{"code":true,"minimumInterval":true}}> ) );
  CooperativeService:
    ( { __typename: 'CooperativeService' }
    & GraphQLRecursivePick<FederationTypes['CooperativeService'], {"id":true}> );
  HelpOffer:
    ( { __typename: 'HelpOffer' }
    & GraphQLRecursivePick<FederationTypes['HelpOffer'], {"id":true}> );
  HelpRequest:
    ( { __typename: 'HelpRequest' }
    & GraphQLRecursivePick<FederationTypes['HelpRequest'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['HelpRequest'], {"category":true,"location":{"latitude":true,"longitude":true},"wishedTimes":true,"languages":true,"intensity":true,"tasks":true,"notDirectNeighbour":true,"earlierHelpOffers":true}>
        | GraphQLRecursivePick<FederationTypes['HelpRequest'], {"category":true,"location":{"latitude":true,"longitude":true},"wishedTimes":true,"languages":true,"intensity":true,"tasks":true,"notDirectNeighbour":true,"earlierHelpOffers":true,"area":{"code":true}}>
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


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  IndicatorSet: ( BewonersIndicatorSet );
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
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  Area: ResolverTypeWrapper<AreaRefModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaCount: ResolverTypeWrapper<AreaCount>;
  AreaLevel: AreaLevel;
  BewonersIndicatorName: BewonersIndicatorName;
  BewonersIndicatorSet: ResolverTypeWrapper<BewonersIndicatorSet>;
  CalendarSubscription: ResolverTypeWrapper<CalendarSubscription>;
  CancelActivityOccurrencePayload: ResolverTypeWrapper<Omit<CancelActivityOccurrencePayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  CancelActivityPayload: ResolverTypeWrapper<Omit<CancelActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  CandidatePool: CandidatePool;
  Capacity: ResolverTypeWrapper<CapacityRecordModel>;
  CapacityInput: CapacityInput;
  ConsentPurpose: ConsentPurpose;
  ContactDetails: ResolverTypeWrapper<ContactRecordModel>;
  ContactDetailsInput: ContactDetailsInput;
  CooperativeService: ResolverTypeWrapper<CooperativeServiceModel>;
  CooperativeServiceConnection: ResolverTypeWrapper<Omit<CooperativeServiceConnection, 'edges'> & { edges: Array<ResolversTypes['CooperativeServiceEdge']> }>;
  CooperativeServiceEdge: ResolverTypeWrapper<Omit<CooperativeServiceEdge, 'node'> & { node: ResolversTypes['CooperativeService'] }>;
  CooperativeServiceKind: CooperativeServiceKind;
  Count: ResolverTypeWrapper<Count>;
  CountState: CountState;
  CreateActivityInput: CreateActivityInput;
  CreateActivityPayload: ResolverTypeWrapper<Omit<CreateActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  CreateCooperativeServiceInput: CreateCooperativeServiceInput;
  CreateCooperativeServicePayload: ResolverTypeWrapper<Omit<CreateCooperativeServicePayload, 'cooperativeService'> & { cooperativeService?: Maybe<ResolversTypes['CooperativeService']> }>;
  CreateMembershipInput: CreateMembershipInput;
  CreateMembershipPayload: ResolverTypeWrapper<Omit<CreateMembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EndHelpOfferPayload: ResolverTypeWrapper<Omit<EndHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversTypes['HelpOffer']> }>;
  EndMembershipPayload: ResolverTypeWrapper<Omit<EndMembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  EraseBewonersRecordsPayload: ResolverTypeWrapper<EraseBewonersRecordsPayload>;
  ErasedCount: ResolverTypeWrapper<ErasedCount>;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  HelpCategory: HelpCategory;
  HelpOffer: ResolverTypeWrapper<HelpOfferModel>;
  HelpRequest: ResolverTypeWrapper<HelpRequestRefModel>;
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
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipRole: MembershipRole;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourCandidate: ResolverTypeWrapper<NeighbourCandidateRowModel>;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  OpeningHoursInput: OpeningHoursInput;
  Organisation: ResolverTypeWrapper<OrganisationRefModel>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PauseHelpOfferPayload: ResolverTypeWrapper<Omit<PauseHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversTypes['HelpOffer']> }>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRefModel>;
  Phone: ResolverTypeWrapper<Phone>;
  PhoneInput: PhoneInput;
  PhoneKind: PhoneKind;
  ProcessingAction: ProcessingAction;
  ProcessingActivity: ResolverTypeWrapper<ProcessingActivity>;
  ProcessingLogEntry: ResolverTypeWrapper<ProcessingLogEntryModel>;
  ProcessingPurpose: ProcessingPurpose;
  PublishActivityPayload: ResolverTypeWrapper<Omit<PublishActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  PullCalendarPayload: ResolverTypeWrapper<PullCalendarPayload>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterHelpOfferInput: RegisterHelpOfferInput;
  RegisterHelpOfferPayload: ResolverTypeWrapper<Omit<RegisterHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversTypes['HelpOffer']> }>;
  ResumeHelpOfferPayload: ResolverTypeWrapper<Omit<ResumeHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversTypes['HelpOffer']> }>;
  Schedule: ResolverTypeWrapper<Schedule>;
  SetHelpOfferAvailablePayload: ResolverTypeWrapper<Omit<SetHelpOfferAvailablePayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversTypes['HelpOffer']> }>;
  StatisticsArea: ResolverTypeWrapper<StatisticsArea>;
  SubscribeCalendarInput: SubscribeCalendarInput;
  SubscribeCalendarPayload: ResolverTypeWrapper<SubscribeCalendarPayload>;
  TargetGroup: TargetGroup;
  Theme: Theme;
  TimeSlot: TimeSlot;
  Training: ResolverTypeWrapper<TrainingModel>;
  TrainingInput: TrainingInput;
  UnpublishActivityPayload: ResolverTypeWrapper<Omit<UnpublishActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  UpdateActivityInput: UpdateActivityInput;
  UpdateActivityPayload: ResolverTypeWrapper<Omit<UpdateActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  UpdateCooperativeServiceInput: UpdateCooperativeServiceInput;
  UpdateCooperativeServicePayload: ResolverTypeWrapper<Omit<UpdateCooperativeServicePayload, 'cooperativeService'> & { cooperativeService?: Maybe<ResolversTypes['CooperativeService']> }>;
  UpdateHelpOfferInput: UpdateHelpOfferInput;
  UpdateHelpOfferPayload: ResolverTypeWrapper<Omit<UpdateHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversTypes['HelpOffer']> }>;
  UpdateMembershipPayload: ResolverTypeWrapper<Omit<UpdateMembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  Venue: ResolverTypeWrapper<VenueRefModel>;
  Weekday: Weekday;
  WithdrawCooperativeServicePayload: ResolverTypeWrapper<Omit<WithdrawCooperativeServicePayload, 'cooperativeService'> & { cooperativeService?: Maybe<ResolversTypes['CooperativeService']> }>;
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
  Address: Address;
  AddressInput: AddressInput;
  Area: AreaRefModel;
  Int: Scalars['Int']['output'];
  AreaCount: AreaCount;
  BewonersIndicatorSet: BewonersIndicatorSet;
  CalendarSubscription: CalendarSubscription;
  CancelActivityOccurrencePayload: Omit<CancelActivityOccurrencePayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  CancelActivityPayload: Omit<CancelActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  Capacity: CapacityRecordModel;
  CapacityInput: CapacityInput;
  ContactDetails: ContactRecordModel;
  ContactDetailsInput: ContactDetailsInput;
  CooperativeService: CooperativeServiceModel;
  CooperativeServiceConnection: Omit<CooperativeServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['CooperativeServiceEdge']> };
  CooperativeServiceEdge: Omit<CooperativeServiceEdge, 'node'> & { node: ResolversParentTypes['CooperativeService'] };
  Count: Count;
  CreateActivityInput: CreateActivityInput;
  CreateActivityPayload: Omit<CreateActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  CreateCooperativeServiceInput: CreateCooperativeServiceInput;
  CreateCooperativeServicePayload: Omit<CreateCooperativeServicePayload, 'cooperativeService'> & { cooperativeService?: Maybe<ResolversParentTypes['CooperativeService']> };
  CreateMembershipInput: CreateMembershipInput;
  CreateMembershipPayload: Omit<CreateMembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndHelpOfferPayload: Omit<EndHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversParentTypes['HelpOffer']> };
  EndMembershipPayload: Omit<EndMembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  EraseBewonersRecordsPayload: EraseBewonersRecordsPayload;
  ErasedCount: ErasedCount;
  ErasureReport: ErasureReport;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  HelpOffer: HelpOfferModel;
  HelpRequest: HelpRequestRefModel;
  HelperProfileChanges: HelperProfileChanges;
  HelperProfileInput: HelperProfileInput;
  Indicator: Indicator;
  IndicatorSet: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorSet'];
  JSON: Scalars['JSON']['output'];
  KeyCount: KeyCount;
  MatchCandidate: MatchCandidate;
  Measure: Measure;
  Membership: MembershipModel;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  NeighbourCandidate: NeighbourCandidateRowModel;
  OpeningHours: OpeningHours;
  OpeningHoursInput: OpeningHoursInput;
  Organisation: OrganisationRefModel;
  PageInfo: PageInfo;
  PauseHelpOfferPayload: Omit<PauseHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversParentTypes['HelpOffer']> };
  PeriodInput: PeriodInput;
  Person: PersonRefModel;
  Phone: Phone;
  PhoneInput: PhoneInput;
  ProcessingActivity: ProcessingActivity;
  ProcessingLogEntry: ProcessingLogEntryModel;
  PublishActivityPayload: Omit<PublishActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  PullCalendarPayload: PullCalendarPayload;
  Query: Record<PropertyKey, never>;
  RegisterHelpOfferInput: RegisterHelpOfferInput;
  RegisterHelpOfferPayload: Omit<RegisterHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversParentTypes['HelpOffer']> };
  ResumeHelpOfferPayload: Omit<ResumeHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversParentTypes['HelpOffer']> };
  Schedule: Schedule;
  SetHelpOfferAvailablePayload: Omit<SetHelpOfferAvailablePayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversParentTypes['HelpOffer']> };
  StatisticsArea: StatisticsArea;
  SubscribeCalendarInput: SubscribeCalendarInput;
  SubscribeCalendarPayload: SubscribeCalendarPayload;
  Training: TrainingModel;
  TrainingInput: TrainingInput;
  UnpublishActivityPayload: Omit<UnpublishActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  UpdateActivityInput: UpdateActivityInput;
  UpdateActivityPayload: Omit<UpdateActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  UpdateCooperativeServiceInput: UpdateCooperativeServiceInput;
  UpdateCooperativeServicePayload: Omit<UpdateCooperativeServicePayload, 'cooperativeService'> & { cooperativeService?: Maybe<ResolversParentTypes['CooperativeService']> };
  UpdateHelpOfferInput: UpdateHelpOfferInput;
  UpdateHelpOfferPayload: Omit<UpdateHelpOfferPayload, 'helpOffer'> & { helpOffer?: Maybe<ResolversParentTypes['HelpOffer']> };
  UpdateMembershipPayload: Omit<UpdateMembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  UserError: UserError;
  Venue: VenueRefModel;
  WithdrawCooperativeServicePayload: Omit<WithdrawCooperativeServicePayload, 'cooperativeService'> & { cooperativeService?: Maybe<ResolversParentTypes['CooperativeService']> };
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
  cancelledDates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['ContactDetails'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<AreaActivitiesArgs, 'first'>>;
  bewonersIndicators?: Resolver<Maybe<ResolversTypes['BewonersIndicatorSet']>, ParentType, ContextType, RequireFields<AreaBewonersIndicatorsArgs, 'period'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AreaCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaCount'] = ResolversParentTypes['AreaCount']> = ResolversObject<{
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
}>;

export type BewonersIndicatorSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BewonersIndicatorSet'] = ResolversParentTypes['BewonersIndicatorSet']> = ResolversObject<{
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  roundingBase?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CalendarSubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarSubscription'] = ResolversParentTypes['CalendarSubscription']> = ResolversObject<{
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastPulledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CancelActivityOccurrencePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelActivityOccurrencePayload'] = ResolversParentTypes['CancelActivityOccurrencePayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CancelActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelActivityPayload'] = ResolversParentTypes['CancelActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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

export type CooperativeServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperativeService'] = ResolversParentTypes['CooperativeService'], FederationReferenceType extends FederationReferenceTypes['CooperativeService'] = FederationReferenceTypes['CooperativeService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CooperativeService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['HelpCategory']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['ContactDetails'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CooperativeServiceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type CooperativeServiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperativeServiceConnection'] = ResolversParentTypes['CooperativeServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CooperativeServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CooperativeServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperativeServiceEdge'] = ResolversParentTypes['CooperativeServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CooperativeService'], ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  state?: Resolver<ResolversTypes['CountState'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CreateActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateActivityPayload'] = ResolversParentTypes['CreateActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateCooperativeServicePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateCooperativeServicePayload'] = ResolversParentTypes['CreateCooperativeServicePayload']> = ResolversObject<{
  cooperativeService?: Resolver<Maybe<ResolversTypes['CooperativeService']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateMembershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateMembershipPayload'] = ResolversParentTypes['CreateMembershipPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EndHelpOfferPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndHelpOfferPayload'] = ResolversParentTypes['EndHelpOfferPayload']> = ResolversObject<{
  helpOffer?: Resolver<Maybe<ResolversTypes['HelpOffer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EndMembershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndMembershipPayload'] = ResolversParentTypes['EndMembershipPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EraseBewonersRecordsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EraseBewonersRecordsPayload'] = ResolversParentTypes['EraseBewonersRecordsPayload']> = ResolversObject<{
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

export type HelpOfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpOffer'] = ResolversParentTypes['HelpOffer'], FederationReferenceType extends FederationReferenceTypes['HelpOffer'] = FederationReferenceTypes['HelpOffer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HelpOffer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['TimeSlot']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['HelpCategory']>, ParentType, ContextType>;
  competences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hasVog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  helper?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  limits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxDistanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  pausedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HelperStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['Training']>, ParentType, ContextType>;
  vogIssuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type HelpRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HelpRequest'] = ResolversParentTypes['HelpRequest'], FederationReferenceType extends FederationReferenceTypes['HelpRequest'] = FederationReferenceTypes['HelpRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HelpRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  neighbourCandidates?: Resolver<Maybe<Array<ResolversTypes['NeighbourCandidate']>>, ParentType, ContextType>;
  neighbourOffers?: Resolver<Maybe<Array<ResolversTypes['HelpOffer']>>, ParentType, ContextType, RequireFields<HelpRequestNeighbourOffersArgs, 'first'>>;
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
  __resolveType: TypeResolveFn<'BewonersIndicatorSet', ParentType, ContextType>;
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

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'], FederationReferenceType extends FederationReferenceTypes['Membership'] = FederationReferenceTypes['Membership']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Membership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelActivity?: Resolver<ResolversTypes['CancelActivityPayload'], ParentType, ContextType, RequireFields<MutationCancelActivityArgs, 'id'>>;
  cancelActivityOccurrence?: Resolver<ResolversTypes['CancelActivityOccurrencePayload'], ParentType, ContextType, RequireFields<MutationCancelActivityOccurrenceArgs, 'date' | 'id'>>;
  createActivity?: Resolver<ResolversTypes['CreateActivityPayload'], ParentType, ContextType, RequireFields<MutationCreateActivityArgs, 'input'>>;
  createCooperativeService?: Resolver<ResolversTypes['CreateCooperativeServicePayload'], ParentType, ContextType, RequireFields<MutationCreateCooperativeServiceArgs, 'input'>>;
  createMembership?: Resolver<ResolversTypes['CreateMembershipPayload'], ParentType, ContextType, RequireFields<MutationCreateMembershipArgs, 'input'>>;
  endHelpOffer?: Resolver<ResolversTypes['EndHelpOfferPayload'], ParentType, ContextType, RequireFields<MutationEndHelpOfferArgs, 'id'>>;
  endMembership?: Resolver<ResolversTypes['EndMembershipPayload'], ParentType, ContextType, RequireFields<MutationEndMembershipArgs, 'id'>>;
  eraseBewonersRecords?: Resolver<ResolversTypes['EraseBewonersRecordsPayload'], ParentType, ContextType, RequireFields<MutationEraseBewonersRecordsArgs, 'personId'>>;
  pauseHelpOffer?: Resolver<ResolversTypes['PauseHelpOfferPayload'], ParentType, ContextType, RequireFields<MutationPauseHelpOfferArgs, 'id' | 'until'>>;
  publishActivity?: Resolver<ResolversTypes['PublishActivityPayload'], ParentType, ContextType, RequireFields<MutationPublishActivityArgs, 'id'>>;
  pullCalendar?: Resolver<ResolversTypes['PullCalendarPayload'], ParentType, ContextType, RequireFields<MutationPullCalendarArgs, 'id'>>;
  registerHelpOffer?: Resolver<ResolversTypes['RegisterHelpOfferPayload'], ParentType, ContextType, RequireFields<MutationRegisterHelpOfferArgs, 'input'>>;
  resumeHelpOffer?: Resolver<ResolversTypes['ResumeHelpOfferPayload'], ParentType, ContextType, RequireFields<MutationResumeHelpOfferArgs, 'id'>>;
  setHelpOfferAvailable?: Resolver<ResolversTypes['SetHelpOfferAvailablePayload'], ParentType, ContextType, RequireFields<MutationSetHelpOfferAvailableArgs, 'available' | 'id'>>;
  subscribeCalendar?: Resolver<ResolversTypes['SubscribeCalendarPayload'], ParentType, ContextType, RequireFields<MutationSubscribeCalendarArgs, 'input'>>;
  unpublishActivity?: Resolver<ResolversTypes['UnpublishActivityPayload'], ParentType, ContextType, RequireFields<MutationUnpublishActivityArgs, 'id'>>;
  updateActivity?: Resolver<ResolversTypes['UpdateActivityPayload'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'id' | 'input'>>;
  updateCooperativeService?: Resolver<ResolversTypes['UpdateCooperativeServicePayload'], ParentType, ContextType, RequireFields<MutationUpdateCooperativeServiceArgs, 'id' | 'input'>>;
  updateHelpOffer?: Resolver<ResolversTypes['UpdateHelpOfferPayload'], ParentType, ContextType, RequireFields<MutationUpdateHelpOfferArgs, 'id' | 'input'>>;
  updateMembership?: Resolver<ResolversTypes['UpdateMembershipPayload'], ParentType, ContextType, RequireFields<MutationUpdateMembershipArgs, 'id' | 'role'>>;
  withdrawCooperativeService?: Resolver<ResolversTypes['WithdrawCooperativeServicePayload'], ParentType, ContextType, RequireFields<MutationWithdrawCooperativeServiceArgs, 'id'>>;
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
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<OrganisationActivitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Maybe<ResolversTypes['MembershipConnection']>, ParentType, ContextType, RequireFields<OrganisationMembershipsArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PauseHelpOfferPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PauseHelpOfferPayload'] = ResolversParentTypes['PauseHelpOfferPayload']> = ResolversObject<{
  helpOffer?: Resolver<Maybe<ResolversTypes['HelpOffer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bewonersInvolvement?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  bewonersProcessingLog?: Resolver<Maybe<Array<ResolversTypes['ProcessingLogEntry']>>, ParentType, ContextType>;
  bewonersRecords?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type PublishActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishActivityPayload'] = ResolversParentTypes['PublishActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PullCalendarPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PullCalendarPayload'] = ResolversParentTypes['PullCalendarPayload']> = ResolversObject<{
  calendarSubscription?: Resolver<Maybe<ResolversTypes['CalendarSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'first'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  cooperativeService?: Resolver<Maybe<ResolversTypes['CooperativeService']>, ParentType, ContextType, RequireFields<QueryCooperativeServiceArgs, 'id'>>;
  cooperativeServices?: Resolver<ResolversTypes['CooperativeServiceConnection'], ParentType, ContextType, RequireFields<QueryCooperativeServicesArgs, 'first'>>;
  helpOffer?: Resolver<Maybe<ResolversTypes['HelpOffer']>, ParentType, ContextType, RequireFields<QueryHelpOfferArgs, 'id'>>;
}>;

export type RegisterHelpOfferPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterHelpOfferPayload'] = ResolversParentTypes['RegisterHelpOfferPayload']> = ResolversObject<{
  helpOffer?: Resolver<Maybe<ResolversTypes['HelpOffer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ResumeHelpOfferPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResumeHelpOfferPayload'] = ResolversParentTypes['ResumeHelpOfferPayload']> = ResolversObject<{
  helpOffer?: Resolver<Maybe<ResolversTypes['HelpOffer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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

export type StatisticsAreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticsArea'] = ResolversParentTypes['StatisticsArea']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumInterval?: Resolver<ResolversTypes['Interval'], ParentType, ContextType>;
}>;

export type SubscribeCalendarPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubscribeCalendarPayload'] = ResolversParentTypes['SubscribeCalendarPayload']> = ResolversObject<{
  calendarSubscription?: Resolver<Maybe<ResolversTypes['CalendarSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TrainingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UnpublishActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnpublishActivityPayload'] = ResolversParentTypes['UnpublishActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateActivityPayload'] = ResolversParentTypes['UpdateActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateCooperativeServicePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateCooperativeServicePayload'] = ResolversParentTypes['UpdateCooperativeServicePayload']> = ResolversObject<{
  cooperativeService?: Resolver<Maybe<ResolversTypes['CooperativeService']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateHelpOfferPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateHelpOfferPayload'] = ResolversParentTypes['UpdateHelpOfferPayload']> = ResolversObject<{
  helpOffer?: Resolver<Maybe<ResolversTypes['HelpOffer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateMembershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMembershipPayload'] = ResolversParentTypes['UpdateMembershipPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
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

export type WithdrawCooperativeServicePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawCooperativeServicePayload'] = ResolversParentTypes['WithdrawCooperativeServicePayload']> = ResolversObject<{
  cooperativeService?: Resolver<Maybe<ResolversTypes['CooperativeService']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  Address?: AddressResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  AreaCount?: AreaCountResolvers<ContextType>;
  BewonersIndicatorSet?: BewonersIndicatorSetResolvers<ContextType>;
  CalendarSubscription?: CalendarSubscriptionResolvers<ContextType>;
  CancelActivityOccurrencePayload?: CancelActivityOccurrencePayloadResolvers<ContextType>;
  CancelActivityPayload?: CancelActivityPayloadResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  CooperativeService?: CooperativeServiceResolvers<ContextType>;
  CooperativeServiceConnection?: CooperativeServiceConnectionResolvers<ContextType>;
  CooperativeServiceEdge?: CooperativeServiceEdgeResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CreateActivityPayload?: CreateActivityPayloadResolvers<ContextType>;
  CreateCooperativeServicePayload?: CreateCooperativeServicePayloadResolvers<ContextType>;
  CreateMembershipPayload?: CreateMembershipPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EndHelpOfferPayload?: EndHelpOfferPayloadResolvers<ContextType>;
  EndMembershipPayload?: EndMembershipPayloadResolvers<ContextType>;
  EraseBewonersRecordsPayload?: EraseBewonersRecordsPayloadResolvers<ContextType>;
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
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourCandidate?: NeighbourCandidateResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PauseHelpOfferPayload?: PauseHelpOfferPayloadResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  ProcessingActivity?: ProcessingActivityResolvers<ContextType>;
  ProcessingLogEntry?: ProcessingLogEntryResolvers<ContextType>;
  PublishActivityPayload?: PublishActivityPayloadResolvers<ContextType>;
  PullCalendarPayload?: PullCalendarPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterHelpOfferPayload?: RegisterHelpOfferPayloadResolvers<ContextType>;
  ResumeHelpOfferPayload?: ResumeHelpOfferPayloadResolvers<ContextType>;
  Schedule?: ScheduleResolvers<ContextType>;
  SetHelpOfferAvailablePayload?: SetHelpOfferAvailablePayloadResolvers<ContextType>;
  StatisticsArea?: StatisticsAreaResolvers<ContextType>;
  SubscribeCalendarPayload?: SubscribeCalendarPayloadResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  UnpublishActivityPayload?: UnpublishActivityPayloadResolvers<ContextType>;
  UpdateActivityPayload?: UpdateActivityPayloadResolvers<ContextType>;
  UpdateCooperativeServicePayload?: UpdateCooperativeServicePayloadResolvers<ContextType>;
  UpdateHelpOfferPayload?: UpdateHelpOfferPayloadResolvers<ContextType>;
  UpdateMembershipPayload?: UpdateMembershipPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  WithdrawCooperativeServicePayload?: WithdrawCooperativeServicePayloadResolvers<ContextType>;
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
