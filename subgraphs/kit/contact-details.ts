// Contact details of a kaart item (an activity, a service, a venue, a vacancy, an organisation): phones,
// e-mail, website, a postal address and weekly opening hours, for the residents who do not use the web and
// the staff who answer for them. The same shape in every subgraph, stored as one jsonb column `contact`,
// and one to one with Open Referral HSDS 3.0 (gemeente's export): each phone is an HSDS phone, the address
// an HSDS address (address_1, address_2, postal_code, city, state_province, country), each period of
// opening hours an HSDS schedule with freq WEEKLY, byday, opens_at, closes_at, valid_from and valid_to.
import { badInput } from '../../platform/errors';
import { checkLanguages, optionalText, requiredText } from './validation';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const PHONE_KINDS = ['VOICE', 'CELL', 'TEXT', 'FAX', 'VIDEO', 'TEXTPHONE', 'PAGER'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export interface PhoneRecord {
  number: string;
  extension: number | null;
  kind: PhoneKind;
  description: string | null;
  languages: string[];
}

export interface AddressRecord {
  street: string;
  addition: string | null;
  postalCode: string;
  city: string;
  province: string | null;
  country: string;
}

export interface OpeningHoursRecord {
  days: Weekday[];
  opensAt: string;
  closesAt: string;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
}

export interface ContactRecord {
  phones: PhoneRecord[];
  email: string | null;
  website: string | null;
  address: AddressRecord | null;
  openingHours: OpeningHoursRecord[];
}

/** What the mutations take (ContactDetailsInput in schema/shared.graphql). */
export interface ContactInput {
  phones?: { number: string; extension?: number | null; kind?: PhoneKind | null; description?: string | null; languages?: string[] | null }[] | null;
  email?: string | null;
  website?: string | null;
  address?: { street: string; addition?: string | null; postalCode: string; city: string; province?: string | null; country?: string | null } | null;
  openingHours?: { days: Weekday[]; opensAt: string; closesAt: string; validFrom?: string | null; validTo?: string | null; description?: string | null }[] | null;
}

export const NO_CONTACT: ContactRecord = { phones: [], email: null, website: null, address: null, openingHours: [] };

/** The column every table of kaart items has (and the default of rows recorded before it). */
export const CONTACT_COLUMN_SQL = `contact jsonb NOT NULL DEFAULT '${JSON.stringify(NO_CONTACT)}'::jsonb`;

const MAX_PHONES = 10;
const MAX_OPENING_PERIODS = 21;
const MAX_NOTE = 200;

/**
 * A phone number in the forms people write it: a Dutch number starting with 0 (8–11 digits: 033 123 4567,
 * 06-12345678, 0800 1234), a gemeente's 14 + netnummer (14 033), or +country and number (8–15 digits).
 * Kept as written, without the separators' noise; what counts is that it can be dialled.
 */
export function phoneNumber(value: string, field: string): string {
  const written = value.trim().replace(/\s+/g, ' ');
  const digits = written.replace(/[\s\-.()]/g, '');
  if (!/^(\+[1-9][0-9]{7,14}|0[0-9]{7,10}|14[0-9]{3,4})$/.test(digits)) {
    throw badInput(`${field} is not a phone number (e.g. 033 123 4567, 14 033 or +31 6 1234 5678)`, field);
  }
  return written;
}

/** An e-mail address: one @, a dotted domain, no spaces; at most 254 characters. */
export function emailAddress(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 254);
  if (text === null) return null;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/.test(text)) throw badInput(`${field} is not an e-mail address`, field);
  return text;
}

/** A website: an absolute http or https address with a host; at most 500 characters. */
export function websiteAddress(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 500);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(`${field} is not a web address (https://…)`, field);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) {
    throw badInput(`${field} must be an http or https address with a host, e.g. https://www.example.nl`, field);
  }
  return text;
}

/** A Dutch postcode, written as 1234 AB whatever the spacing and case it was given in. */
export function postalCode(value: string, field: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(compact) || /^[0-9]{4}(SA|SD|SS)$/.test(compact)) {
    throw badInput(`${field} is not a Dutch postcode (1234 AB)`, field);
  }
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}

export function address(input: NonNullable<ContactInput['address']>, field: string): AddressRecord {
  const country = (input.country ?? 'NL').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw badInput(`${field}.country is an ISO 3166-1 alpha-2 code such as NL`, `${field}.country`);
  return {
    street: requiredText(input.street, `${field}.street`, 200),
    addition: optionalText(input.addition, `${field}.addition`, 200),
    // a postcode of the Netherlands only when the address is there
    postalCode: country === 'NL' ? postalCode(input.postalCode, `${field}.postalCode`) : requiredText(input.postalCode, `${field}.postalCode`, 20),
    city: requiredText(input.city, `${field}.city`, 100),
    province: optionalText(input.province, `${field}.province`, 100),
    country,
  };
}

/** "Hogeweg 12, 3812 AB Amersfoort": an address on one line, as the kaart shows it. */
export function formatAddress(record: AddressRecord): string {
  return [record.street, record.addition, `${record.postalCode} ${record.city}`].filter(Boolean).join(', ');
}

/** HH:MM, 00:00–23:59 (and 24:00 as a closing time, for midnight). */
function clockTime(value: string, field: string, closing: boolean): string {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(value) ?? (closing && value === '24:00' ? [] : null);
  if (!match) throw badInput(`${field} must be a time HH:MM (e.g. 09:30)`, field);
  return value;
}

function openingPeriod(input: NonNullable<ContactInput['openingHours']>[number], field: string): OpeningHoursRecord {
  if (!input.days.length) throw badInput(`${field}.days needs at least one day`, `${field}.days`);
  const opensAt = clockTime(input.opensAt, `${field}.opensAt`, false);
  const closesAt = clockTime(input.closesAt, `${field}.closesAt`, true);
  if (closesAt <= opensAt) throw badInput(`${field}.closesAt must be after opensAt`, `${field}.closesAt`);
  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  if (validFrom && validTo && validTo < validFrom) throw badInput(`${field}.validTo must not be before validFrom`, `${field}.validTo`);
  return {
    // in week order, each day once: the same hours given twice are the same hours
    days: WEEKDAYS.filter((day) => input.days.includes(day)),
    opensAt,
    closesAt,
    validFrom,
    validTo,
    description: optionalText(input.description, `${field}.description`, MAX_NOTE),
  };
}

/** Checks contact details as given to a mutation (under `field`, e.g. input.contact) and returns what is stored. */
export function contactDetails(input: ContactInput | null | undefined, field: string): ContactRecord {
  if (!input) return NO_CONTACT;
  const phones = input.phones ?? [];
  const periods = input.openingHours ?? [];
  if (phones.length > MAX_PHONES) throw badInput(`at most ${MAX_PHONES} phone numbers`, `${field}.phones`);
  if (periods.length > MAX_OPENING_PERIODS) throw badInput(`at most ${MAX_OPENING_PERIODS} periods of opening hours`, `${field}.openingHours`);
  return {
    phones: phones.map((phone, i) => {
      const at = `${field}.phones.${i}`;
      const extension = phone.extension ?? null;
      if (extension !== null && (!Number.isInteger(extension) || extension < 1 || extension > 99999)) throw badInput(`${at}.extension must be 1–99999`, `${at}.extension`);
      return {
        number: phoneNumber(phone.number, `${at}.number`),
        extension,
        kind: phone.kind ?? 'VOICE',
        description: optionalText(phone.description, `${at}.description`, MAX_NOTE),
        languages: checkLanguages(phone.languages ?? [], `${at}.languages`),
      };
    }),
    email: emailAddress(input.email, `${field}.email`),
    website: websiteAddress(input.website, `${field}.website`),
    address: input.address ? address(input.address, `${field}.address`) : null,
    openingHours: periods.map((period, i) => openingPeriod(period, `${field}.openingHours.${i}`)),
  };
}
