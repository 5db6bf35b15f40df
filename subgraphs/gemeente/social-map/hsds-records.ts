// Kaart rows as HSDS 3.0 records: a service (an indexed service, activity or cooperative service), a
// location (a venue, or an organisation's office), an organization, a service_at_location.
// HSDS wants UUIDs; ours are stable UUIDs derived from our keys (kit/social-map/hsds-id.ts). A service
// imported from HSDS (zorg's importHsdsServices) keeps the id it had there.
import { hsdsId, hsdsOrganisationId, serviceKey } from '../../kit/social-map/hsds-id';
import { hsdsSchedule } from '../../kit/social-map/schedule';
import { hsdsAddress, hsdsCapacity, hsdsPhones, hsdsSchedules, withoutNulls } from './hsds-contact';
import { hsdsTerm, type TaxonomyTerm } from './hsds-taxonomy';

export { hsdsId };

/** A service's HSDS id: the one it was imported with, else derived from its kind and key. */
export function serviceHsdsId(row: { kind: string; item_id: string; hsds_id?: string | null }): string {
  return row.hsds_id ?? hsdsId(`${row.kind}:${row.item_id}`);
}

/** The kinds of index rows that are HSDS services. */
export const SERVICE_KINDS_SQL = "('SERVICE', 'ACTIVITY', 'COOPERATIVE_SERVICE')";

/** The columns a service row is read with (`i` the index row, `a` its area, `v` its venue). */
export const SERVICE_COLUMNS_SQL = `i.*, a.name AS area_name, v.name AS venue_name, v.latitude AS venue_latitude, v.longitude AS venue_longitude,
  v.contact AS venue_contact, v.accessibility AS venue_accessibility`;
export const SERVICE_JOINS_SQL = 'LEFT JOIN area a ON a.code = i.area_code LEFT JOIN venue v ON v.id = i.venue_id';

/** A venue as an HSDS location: its address, phones, opening hours and accessibility. */
export function location(row: any) {
  const key = `venue:${row.venue_id}`;
  const id = hsdsId(key);
  return withoutNulls({
    id,
    location_type: 'physical',
    name: row.venue_name,
    latitude: row.venue_latitude,
    longitude: row.venue_longitude,
    url: row.venue_contact?.website,
    addresses: row.venue_contact?.address ? [hsdsAddress(row.venue_contact.address, key, hsdsId, id)] : [],
    phones: hsdsPhones(row.venue_contact, key, hsdsId, { location_id: id }),
    schedules: hsdsSchedules(row.venue_contact, key, hsdsId, { location_id: id }),
    accessibility: (row.venue_accessibility ?? []).map((note: any, i: number) =>
      withoutNulls({ id: hsdsId(`accessibility:${key}:${i}`), location_id: id, description: note.description, details: note.details, url: note.url }),
    ),
  });
}

/** One attribute per theme and target group of the item, each with its taxonomy term. */
function termAttributes(row: any, key: string, serviceId: string, terms: TaxonomyTerm[]) {
  return terms
    .filter((term) => term.column && (row[term.column] as string[]).includes(term.code))
    .map((term) => ({ id: hsdsId(`attribute:${key}:${term.id}`), link_id: serviceId, link_type: term.column!, link_entity: 'service', value: term.code, taxonomy_term_id: term.id, taxonomy_term: hsdsTerm(term) }));
}

export function service(row: any, terms: TaxonomyTerm[]) {
  const id = serviceHsdsId(row);
  const key = serviceKey(id);
  const capacity = hsdsCapacity(row.capacity, key, hsdsId, id);
  return withoutNulls({
    id,
    organization_id: hsdsOrganisationId(row.organisation_id),
    name: row.title,
    description: row.description,
    url: row.contact?.website,
    email: row.contact?.email,
    status: 'active',
    fees_description: row.free ? 'Gratis' : 'Kosten: vraag de organisatie',
    last_modified: new Date(row.indexed_at).toISOString(),
    phones: hsdsPhones(row.contact, key, hsdsId, { service_id: id }),
    schedules: [
      ...(row.starts_at ? [withoutNulls({ id: hsdsId(`schedule:${key}`), service_id: id, ...hsdsSchedule(new Date(row.starts_at), new Date(row.ends_at), row.recurrence) })] : []),
      ...hsdsSchedules(row.contact, key, hsdsId, { service_id: id }),
    ],
    service_areas: [{ id: hsdsId(`area:${key}`), service_id: id, name: row.area_name, extent_type: 'cbs', extent: row.area_code }],
    ...capacity,
    attributes: [...termAttributes(row, key, id, terms), ...capacity.attributes],
    metadata: [],
  });
}

export function serviceAtLocation(row: any, terms: TaxonomyTerm[]) {
  return {
    id: hsdsId(`at:${serviceHsdsId(row)}`),
    service_id: serviceHsdsId(row),
    location_id: hsdsId(`venue:${row.venue_id}`),
    service: service(row, terms),
    location: location(row),
  };
}

/** An organisation's address and opening hours (HSDS organizations have none of their own): its office as a location. */
function office(row: any) {
  const contact = row.contact;
  if (!contact?.address && !contact?.openingHours?.length) return [];
  const key = `office:${row.id}`;
  const id = hsdsId(key);
  return [
    withoutNulls({
      id,
      location_type: 'physical',
      organization_id: hsdsOrganisationId(row.id),
      name: row.name,
      addresses: contact.address ? [hsdsAddress(contact.address, key, hsdsId, id)] : [],
      schedules: hsdsSchedules(contact, key, hsdsId, { location_id: id }),
    }),
  ];
}

/** An organisation, with its KvK number in organization_identifiers; `services` when asked for (full_service). */
export function organization(row: any, services?: unknown[]) {
  const id = hsdsOrganisationId(row.id);
  return withoutNulls({
    id,
    name: row.name,
    description: `${row.name}, partner van Samenspel`,
    website: row.website,
    email: row.contact?.email,
    phones: hsdsPhones(row.contact, `organisation:${row.id}`, hsdsId, { organization_id: id }),
    locations: office(row),
    organization_identifiers: row.kvk_number
      ? [{ id: hsdsId(`kvk:${row.id}`), organization_id: id, identifier_scheme: 'NL-KVK', identifier_type: 'KvK-nummer', identifier: row.kvk_number }]
      : [],
    services,
  });
}
