// One service of an HSDS 3.0 document, checked and mapped to zorg's service model field by field, the
// inverse of gemeente's export (gemeente/social-map/hsds-contact.ts): name, description, url/email, phones,
// weekly schedules (opening hours, Europe/Amsterdam times with their offset), service_areas (the CBS area),
// attributes (themes, target groups, capacity), fees_description (free or not) and the address of the first
// service_at_location. Every problem is collected with its JSON path ($[3].schedules[0].opens_at), so one
// report names them all; fields the hub does not keep (wait_time, metadata, nested ids) are not read.
import { GraphQLError } from 'graphql';
import { capacityOf, type CapacityRecord } from '../kit/capacity';
import { address, emailAddress, phoneNumber, websiteAddress, PHONE_KINDS, WEEKDAYS, type ContactRecord, type OpeningHoursRecord, type PhoneKind, type PhoneRecord, type Weekday } from '../kit/contact-details';
import { assertAreaCode } from '../kit/areas';
import { hsdsOrganisationId, hsdsTermId } from '../kit/social-map/hsds-id';
import { enumValuesOf } from '../kit/sdl';
import { checkLanguages, MAX_TEXT, optionalText, requiredText } from '../kit/validation';

export const HSDS_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_NAME = 200;
const MAX_NESTED = 21;
/** Local time HH:MM (seconds :00 allowed) with an optional offset; Amsterdam's offsets only. */
const CLOCK = /^([01][0-9]|2[0-3]|24):([0-5][0-9])(?::00)?(Z|[+-][0-9]{2}:[0-9]{2})?$/;
const AMSTERDAM_OFFSETS: Record<string, number> = { '+01:00': 1, '+02:00': 2 };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ImportedService {
  hsdsId: string;
  name: string;
  description: string;
  themes: string[];
  targetGroups: string[];
  areaCode: string;
  free: boolean;
  contact: ContactRecord;
  capacity: Pick<CapacityRecord, 'acceptsNew' | 'waitingDays'>;
}

export interface RowError {
  field: string;
  message: string;
}

type Term = { column: 'themes' | 'targetGroups'; code: string } | { column: 'capacity'; code: 'accepts_new_clients' | 'waiting_days' };

/** The kaart's taxonomy terms by their HSDS id (the same ids gemeente's /hsds/taxonomy_terms serves). */
function knownTerms(): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const { name } of enumValuesOf('zorg', 'Theme')) terms.set(hsdsTermId('thema', name), { column: 'themes', code: name });
  for (const { name } of enumValuesOf('zorg', 'TargetGroup')) terms.set(hsdsTermId('doelgroep', name), { column: 'targetGroups', code: name });
  for (const code of ['accepts_new_clients', 'waiting_days'] as const) terms.set(hsdsTermId('capacity', code), { column: 'capacity', code });
  return terms;
}
const TERMS = knownTerms();
const ORDER = [...TERMS.values()].map((term) => term.code);

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects errors: runs a check, and records a field error it throws (its field renamed by `names`) instead. */
class Checks {
  readonly errors: RowError[] = [];
  run<T>(field: string, check: () => T, names: Record<string, string> = {}): T | undefined {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions?.code !== 'BAD_USER_INPUT') throw error;
      const thrownAt = String(error.extensions.field ?? field);
      const suffix = thrownAt.startsWith(field) ? thrownAt.slice(field.length) : '';
      const renamed = suffix.replace(/^\.(\w+)/, (_m, name: string) => `.${names[name] ?? name}`);
      this.fail(`${field}${renamed}`, error.message.split(thrownAt).join(`${field}${renamed}`));
      return undefined;
    }
  }
  fail(field: string, message: string): undefined {
    this.errors.push({ field, message });
    return undefined;
  }
  text(value: unknown, field: string): string | undefined {
    if (value !== undefined && value !== null && typeof value !== 'string') return this.fail(field, `${field} must be a string`);
    return value as string | undefined;
  }
  list(value: unknown, field: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.fail(field, `${field} must be an array`) ?? [];
    if (value.length > MAX_NESTED) return this.fail(field, `${field}: at most ${MAX_NESTED}`) ?? [];
    return value;
  }
}

function phone(checks: Checks, raw: unknown, at: string): PhoneRecord | undefined {
  if (!isObject(raw)) return checks.fail(at, `${at} must be a phone object`);
  const number = checks.run(`${at}.number`, () => phoneNumber(String(checks.text(raw.number, `${at}.number`) ?? ''), `${at}.number`));
  const extension = raw.extension ?? null;
  if (extension !== null && (!Number.isInteger(extension) || extension < 1 || extension > 99999)) checks.fail(`${at}.extension`, `${at}.extension must be 1–99999`);
  const kind = String(raw.type ?? 'voice').toUpperCase() as PhoneKind;
  if (!PHONE_KINDS.includes(kind)) checks.fail(`${at}.type`, `${at}.type must be one of ${PHONE_KINDS.map((k) => k.toLowerCase()).join(', ')}`);
  const description = checks.run(`${at}.description`, () => optionalText(checks.text(raw.description, `${at}.description`), `${at}.description`, 200));
  const codes = checks.list(raw.languages, `${at}.languages`).map((language) => (isObject(language) ? language.code : language));
  const languages = checks.run(`${at}.languages`, () => checkLanguages(codes as string[], `${at}.languages`));
  if (number === undefined || description === undefined || languages === undefined) return undefined;
  return { number, extension, kind, description, languages };
}

/** A clock time in Amsterdam local time; its offset, if written, must be one Amsterdam has. */
function clock(checks: Checks, raw: unknown, at: string): { time: string; offset: number | null } | undefined {
  const match = typeof raw === 'string' ? CLOCK.exec(raw) : null;
  if (!match) return checks.fail(at, `${at} must be a time HH:MM, with its offset as in 09:00+01:00`);
  const offset = match[3] === undefined ? null : AMSTERDAM_OFFSETS[match[3]];
  if (offset === undefined) return checks.fail(at, `${at} must be Europe/Amsterdam local time, offset +01:00 (winter) or +02:00 (summer), not ${match[3]}`);
  return { time: `${match[1]}:${match[2]}`, offset };
}

function date(checks: Checks, raw: unknown, at: string): string | null | undefined {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string' || !DATE.test(raw) || Number.isNaN(Date.parse(raw))) return checks.fail(at, `${at} must be a date YYYY-MM-DD`);
  return raw;
}

/** An HSDS schedule as opening hours: weekly, on days, from opens_at to closes_at. */
function openingHours(checks: Checks, raw: unknown, at: string): OpeningHoursRecord | undefined {
  if (!isObject(raw)) return checks.fail(at, `${at} must be a schedule object`);
  const before = checks.errors.length;
  if ((raw.freq ?? 'WEEKLY') !== 'WEEKLY' || (raw.interval ?? 1) !== 1) checks.fail(`${at}.freq`, `${at}: only weekly opening hours (freq WEEKLY, interval 1) are imported`);
  const days = typeof raw.byday === 'string' ? raw.byday.split(',').map((day: string) => day.trim()) : [];
  if (!days.length || days.some((day) => !WEEKDAYS.includes(day as Weekday))) checks.fail(`${at}.byday`, `${at}.byday must list days as MO,TU,WE,TH,FR,SA,SU`);
  const opens = clock(checks, raw.opens_at, `${at}.opens_at`);
  const closes = clock(checks, raw.closes_at, `${at}.closes_at`);
  if (opens?.time === '24:00') checks.fail(`${at}.opens_at`, `${at}.opens_at must be 00:00–23:59`);
  if (opens && closes && closes.time <= opens.time) checks.fail(`${at}.closes_at`, `${at}.closes_at must be after opens_at`);
  if (raw.timezone !== undefined && raw.timezone !== null && opens?.offset != null && raw.timezone !== opens.offset) {
    checks.fail(`${at}.timezone`, `${at}.timezone (${raw.timezone}) is not the offset of opens_at (${opens.offset})`);
  }
  const validFrom = date(checks, raw.valid_from, `${at}.valid_from`);
  const validTo = date(checks, raw.valid_to, `${at}.valid_to`);
  if (validFrom && validTo && validTo < validFrom) checks.fail(`${at}.valid_to`, `${at}.valid_to must not be before valid_from`);
  const description = checks.run(`${at}.description`, () => optionalText(checks.text(raw.description, `${at}.description`), `${at}.description`, 200));
  if (checks.errors.length > before || !opens || !closes || validFrom === undefined || validTo === undefined || description === undefined) return undefined;
  return { days: WEEKDAYS.filter((day) => days.includes(day)), opensAt: opens.time, closesAt: closes.time, validFrom, validTo, description };
}

/** The address of the service's first location (HSDS keeps addresses on locations). */
function serviceAddress(checks: Checks, row: Record<string, any>, at: string) {
  const [first] = checks.list(row.service_at_locations, `${at}.service_at_locations`);
  const location = isObject(first) ? first.location : undefined;
  const [raw] = isObject(location) ? checks.list(location.addresses, `${at}.service_at_locations[0].location.addresses`) : [];
  if (!isObject(raw)) return null;
  const field = `${at}.service_at_locations[0].location.addresses[0]`;
  const names = { street: 'address_1', addition: 'address_2', postalCode: 'postal_code', province: 'state_province' };
  const input = { street: String(raw.address_1 ?? ''), addition: raw.address_2, postalCode: String(raw.postal_code ?? ''), city: String(raw.city ?? ''), province: raw.state_province || null, country: raw.country };
  return checks.run(field, () => address(input, field), names) ?? null;
}

function attributes(checks: Checks, row: Record<string, any>, at: string) {
  const found = { themes: [] as string[], targetGroups: [] as string[], acceptsNew: true, waitingDays: null as number | null };
  checks.list(row.attributes, `${at}.attributes`).forEach((raw, j) => {
    const field = `${at}.attributes[${j}]`;
    if (!isObject(raw)) return checks.fail(field, `${field} must be an attribute object`);
    const termId = raw.taxonomy_term_id ?? raw.taxonomy_term?.id;
    const term = TERMS.get(termId);
    if (!term) return checks.fail(`${field}.taxonomy_term_id`, `${field}.taxonomy_term_id: unknown taxonomy term ${JSON.stringify(termId ?? null)} (the kaart's terms are at /hsds/taxonomy_terms)`);
    if (term.column !== 'capacity') return void found[term.column].push(term.code);
    const value = String(raw.value ?? '');
    if (term.code === 'accepts_new_clients') {
      if (value !== 'true' && value !== 'false') return checks.fail(`${field}.value`, `${field}.value must be "true" or "false"`);
      found.acceptsNew = value === 'true';
    } else if (!/^\d+$/.test(value)) checks.fail(`${field}.value`, `${field}.value must be a whole number of days`);
    else found.waitingDays = Number(value);
  });
  const ordered = (codes: string[]) => [...new Set(codes)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const capacity = checks.run(`${at}.attributes`, () => capacityOf({ acceptsNew: found.acceptsNew, waitingDays: found.waitingDays }, `${at}.attributes`));
  return { themes: ordered(found.themes), targetGroups: ordered(found.targetGroups), capacity: capacity && { acceptsNew: capacity.acceptsNew, waitingDays: capacity.waitingDays } };
}

/** Checks one row of the document ($[index]) as a service of `organisationId`; the service, or its errors. */
export function importedService(row: unknown, index: number, organisationId: string): { service: ImportedService | null; errors: RowError[] } {
  const at = `$[${index}]`;
  const checks = new Checks();
  if (!isObject(row)) return { service: null, errors: [{ field: at, message: `${at} must be an HSDS service object` }] };
  const id = row.id;
  if (typeof id !== 'string' || !HSDS_UUID.test(id)) checks.fail(`${at}.id`, `${at}.id must be an HSDS id (a UUID in lower case)`);
  const ours = hsdsOrganisationId(organisationId);
  if (row.organization_id !== ours) checks.fail(`${at}.organization_id`, `${at}.organization_id must be your organisation's HSDS id (${ours}): you import your own services only`);
  if (row.organization !== undefined && (!isObject(row.organization) || row.organization.id !== ours)) checks.fail(`${at}.organization.id`, `${at}.organization must be your organisation (id ${ours})`);
  if ((row.status ?? 'active') !== 'active') checks.fail(`${at}.status`, `${at}.status: only active services are imported (a withdrawn one is withdrawn with withdrawService)`);
  const name = checks.run(`${at}.name`, () => requiredText(checks.text(row.name, `${at}.name`) ?? '', `${at}.name`, MAX_NAME));
  const description = checks.run(`${at}.description`, () => optionalText(checks.text(row.description, `${at}.description`), `${at}.description`, MAX_TEXT) ?? '');
  const email = checks.run(`${at}.email`, () => emailAddress(checks.text(row.email, `${at}.email`), `${at}.email`));
  const website = checks.run(`${at}.url`, () => websiteAddress(checks.text(row.url, `${at}.url`), `${at}.url`));
  const phones = checks.list(row.phones, `${at}.phones`).map((raw, j) => phone(checks, raw, `${at}.phones[${j}]`));
  const hours = checks.list(row.schedules, `${at}.schedules`).map((raw, j) => openingHours(checks, raw, `${at}.schedules[${j}]`));
  const areas = checks.list(row.service_areas, `${at}.service_areas`);
  if (areas.length !== 1) checks.fail(`${at}.service_areas`, `${at}.service_areas must name the one area the service is offered in (extent_type cbs, extent a CBS code)`);
  const area = areas[0];
  const areaCode = isObject(area) ? checks.run(`${at}.service_areas[0].extent`, () => assertAreaCode(String(area.extent ?? ''), `${at}.service_areas[0].extent`)) : undefined;
  const fees = checks.text(row.fees_description, `${at}.fees_description`);
  const { themes, targetGroups, capacity } = attributes(checks, row, at);
  const addressRecord = serviceAddress(checks, row, at);
  if (checks.errors.length) return { service: null, errors: checks.errors };
  return {
    service: {
      hsdsId: id,
      name: name!,
      description: description!,
      themes,
      targetGroups,
      areaCode: areaCode!,
      // the export writes Gratis for a free service; any other fees description means it is not free
      free: fees === undefined || fees === null || /^\s*gratis\s*$/i.test(fees),
      contact: { phones: phones as PhoneRecord[], email: email!, website: website!, address: addressRecord, openingHours: hours as OpeningHoursRecord[] },
      capacity: capacity!,
    },
    errors: [],
  };
}
