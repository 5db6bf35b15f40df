// Contact details, opening hours and capacity of kaart items in Open Referral HSDS 3.0, one to one with
// kit/contact-details.ts and kit/capacity.ts, so an HSDS import can map them back field by field:
//   Phone          → phone {number, extension, type (RFC 6350, lower case), description, languages[{code}]}
//   Address        → address {address_1, address_2, postal_code, city, state_province ('' when not given),
//                    country, address_type 'physical'}
//   OpeningHours   → schedule {freq WEEKLY, byday MO,TU…, opens_at, closes_at (local time with its UTC
//                    offset, 09:00+01:00), timezone (that offset in hours), valid_from, valid_to, description}
//   email, website → service.email / service.url (organization.email / organization.website)
//   Capacity       → service.wait_time (readable: "ca. 14 dagen") and two attributes of the Samenspel
//                    capaciteit taxonomy: accepts_new_clients ("true"/"false") and waiting_days (whole days)
import type { CapacityRecord } from '../../kit/capacity';
import type { AddressRecord, ContactRecord, OpeningHoursRecord, PhoneRecord } from '../../kit/contact-details';
import { hsdsTermId } from '../../kit/social-map/hsds-id';
import { fromWallClock, isoOffset, localDate, offsetMinutes } from '../../kit/social-map/local-time';

export type HsdsIdOf = (key: string) => string;

/** HSDS types its optional fields without null: an absent value is left out. */
export const withoutNulls = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));

export function hsdsPhone(phone: PhoneRecord, key: string, id: HsdsIdOf, link: Record<string, string>) {
  const phoneId = id(`phone:${key}`);
  return withoutNulls({
    id: phoneId,
    ...link,
    number: phone.number,
    extension: phone.extension,
    type: phone.kind.toLowerCase(),
    description: phone.description,
    languages: phone.languages.map((code) => ({ id: id(`language:${key}:${code}`), phone_id: phoneId, code })),
  });
}

export function hsdsPhones(contact: ContactRecord | null | undefined, key: string, id: HsdsIdOf, link: Record<string, string>) {
  return (contact?.phones ?? []).map((phone, i) => hsdsPhone(phone, `${key}:${i}`, id, link));
}

export function hsdsAddress(address: AddressRecord, key: string, id: HsdsIdOf, locationId: string) {
  return withoutNulls({
    id: id(`address:${key}`),
    location_id: locationId,
    address_1: address.street,
    address_2: address.addition,
    city: address.city,
    state_province: address.province ?? '',
    postal_code: address.postalCode,
    country: address.country,
    address_type: 'physical',
  });
}

/**
 * Opening hours are Amsterdam wall-clock times without a date; HSDS wants their UTC offset. It is the one
 * in force on the first day they are valid, or today for hours valid from always (they change with the clocks).
 */
function offsetOn(day: string, time: string): { offset: string; hours: number } {
  const moment = fromWallClock(new Date(`${day}T${time}:00Z`));
  return { offset: isoOffset(moment), hours: offsetMinutes(moment) / 60 };
}

export function hsdsOpeningHours(period: OpeningHoursRecord, key: string, id: HsdsIdOf, link: Record<string, string>) {
  const day = period.validFrom ?? localDate(new Date());
  const opens = offsetOn(day, period.opensAt);
  return withoutNulls({
    id: id(`opening-hours:${key}`),
    ...link,
    freq: 'WEEKLY',
    interval: 1,
    byday: period.days.join(','),
    timezone: opens.hours,
    opens_at: `${period.opensAt}${opens.offset}`,
    closes_at: `${period.closesAt}${offsetOn(day, period.closesAt).offset}`,
    valid_from: period.validFrom,
    valid_to: period.validTo,
    description: period.description,
  });
}

export function hsdsSchedules(contact: ContactRecord | null | undefined, key: string, id: HsdsIdOf, link: Record<string, string>) {
  return (contact?.openingHours ?? []).map((period, i) => hsdsOpeningHours(period, `${key}:${i}`, id, link));
}

export const CAPACITY_TAXONOMY = 'https://samenspel.nl/taxonomie/capaciteit';
export const CAPACITY_TERMS = [
  { code: 'accepts_new_clients', name: 'Neemt nieuwe cliënten aan', description: 'true: neemt nu nieuwe cliënten of vrijwilligers aan; false: niet' },
  { code: 'waiting_days', name: 'Wachttijd in dagen', description: 'Huidige wachttijd in hele dagen' },
] as const;

function capacityTerm(code: string, id: HsdsIdOf) {
  const term = CAPACITY_TERMS.find((t) => t.code === code)!;
  return { id: hsdsTermId('capacity', code), ...term, taxonomy: CAPACITY_TAXONOMY, taxonomy_id: id('taxonomy:capaciteit'), language: 'nl' };
}

/** A service's capacity: wait_time in words, and the two attributes an import reads back. */
export function hsdsCapacity(capacity: CapacityRecord | null | undefined, key: string, id: HsdsIdOf, serviceId: string) {
  if (!capacity) return { attributes: [] };
  const attribute = (code: string, value: string) => {
    const term = capacityTerm(code, id);
    return { id: id(`attribute:${key}:${code}`), link_id: serviceId, link_type: 'capacity', link_entity: 'service', value, taxonomy_term_id: term.id, taxonomy_term: term };
  };
  const attributes = [attribute('accepts_new_clients', String(capacity.acceptsNew))];
  if (capacity.waitingDays !== null) attributes.push(attribute('waiting_days', String(capacity.waitingDays)));
  const waitTime = !capacity.acceptsNew ? 'Neemt nu geen nieuwe cliënten aan' : capacity.waitingDays !== null ? `ca. ${capacity.waitingDays} ${capacity.waitingDays === 1 ? 'dag' : 'dagen'}` : null;
  return withoutNulls({ wait_time: waitTime, attributes });
}
