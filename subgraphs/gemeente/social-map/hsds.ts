// The sociale kaart in Open Referral HSDS 3.0 JSON, so existing sociale-kaart tools can read it:
//   GET /hsds/services, /hsds/organizations, /hsds/service_at_locations   (?page=1&per_page=50)
// each in HSDS's Page envelope. Built from the index (services and activities) and gemeente's own
// registry (organisations) and venues (locations). HSDS wants UUIDs; ours are stable UUIDs derived
// from our keys.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../kit/database';
import { sendJson } from '../../../platform/http';
import { hsdsSchedule } from '../../kit/social-map/schedule';
import { hsdsAddress, hsdsCapacity, hsdsPhones, hsdsSchedules, withoutNulls } from './hsds-contact';

export const HSDS_PREFIX = '/hsds/';
const MAX_PER_PAGE = 200;

/** A UUID (version 5 layout) derived from a key, the same every time. */
export function hsdsId(key: string): string {
  const hex = createHash('sha1').update(`samenspel:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function page<T>(contents: T[], total: number, pageNumber: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const SERVICE_KINDS = "('SERVICE', 'ACTIVITY', 'COOPERATIVE_SERVICE')";

/** A venue as an HSDS location: its address, phones, opening hours and accessibility. */
function location(row: any) {
  const id = hsdsId(`venue:${row.venue_id}`);
  const key = `venue:${row.venue_id}`;
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

function service(row: any) {
  const id = hsdsId(`${row.kind}:${row.item_id}`);
  const key = `${row.kind}:${row.item_id}`;
  return withoutNulls({
    id,
    organization_id: hsdsId(`organisation:${row.organisation_id}`),
    name: row.title,
    description: row.description,
    url: row.contact?.website,
    email: row.contact?.email,
    status: 'active',
    fees_description: row.free ? 'Gratis' : 'Kosten: vraag de organisatie',
    last_modified: new Date(row.indexed_at).toISOString(),
    phones: hsdsPhones(row.contact, key, hsdsId, { service_id: id }),
    schedules: [
      ...(row.starts_at ? [withoutNulls({ id: hsdsId(`schedule:${row.item_id}`), service_id: id, ...hsdsSchedule(new Date(row.starts_at), new Date(row.ends_at), row.recurrence) })] : []),
      ...hsdsSchedules(row.contact, key, hsdsId, { service_id: id }),
    ],
    service_areas: [{ id: hsdsId(`area:${row.kind}:${row.item_id}`), service_id: id, name: row.area_name, extent_type: 'cbs', extent: row.area_code }],
    ...hsdsCapacity(row.capacity, key, hsdsId, id),
    metadata: [],
  });
}

/** An organisation's address and opening hours (HSDS organizations have none of their own): its office as a location. */
function office(row: any) {
  const contact = row.contact;
  if (!contact?.address && !contact?.openingHours?.length) return [];
  const id = hsdsId(`office:${row.id}`);
  const key = `office:${row.id}`;
  return [
    withoutNulls({
      id,
      location_type: 'physical',
      organization_id: hsdsId(`organisation:${row.id}`),
      name: row.name,
      addresses: contact.address ? [hsdsAddress(contact.address, key, hsdsId, id)] : [],
      schedules: hsdsSchedules(contact, key, hsdsId, { location_id: id }),
    }),
  ];
}

/** A page's count and its rows, read in one snapshot. */
type Reader = Pick<EntityManager, 'query'>;

async function services(db: Reader, offset: number, limit: number) {
  const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM social_map_item WHERE kind IN ${SERVICE_KINDS}`);
  const rows = await db.query(
    `SELECT i.*, a.name AS area_name FROM social_map_item i LEFT JOIN area a ON a.code = i.area_code
     WHERE i.kind IN ${SERVICE_KINDS} ORDER BY i.kind, i.item_id OFFSET $1 LIMIT $2`,
    [offset, limit],
  );
  return { total, contents: rows.map(service) };
}

async function organizations(db: Reader, offset: number, limit: number) {
  const [{ total }] = await db.query('SELECT count(*)::int AS total FROM organisation');
  const rows = await db.query('SELECT * FROM organisation ORDER BY id OFFSET $1 LIMIT $2', [offset, limit]);
  return {
    total,
    contents: rows.map((row: any) => ({
      id: hsdsId(`organisation:${row.id}`),
      name: row.name,
      description: `${row.name}, partner van Samenspel`,
      website: row.website ?? undefined,
      email: row.contact?.email ?? undefined,
      phones: hsdsPhones(row.contact, `organisation:${row.id}`, hsdsId, { organization_id: hsdsId(`organisation:${row.id}`) }),
      locations: office(row),
      identifiers: row.kvk_number
        ? [{ id: hsdsId(`kvk:${row.id}`), identifier_scheme: 'NL-KVK', identifier_type: 'KvK-nummer', identifier: row.kvk_number }]
        : [],
    })),
  };
}

async function servicesAtLocations(db: Reader, offset: number, limit: number) {
  const condition = `i.kind IN ${SERVICE_KINDS} AND i.venue_id IS NOT NULL`;
  const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM social_map_item i WHERE ${condition}`);
  const rows = await db.query(
    `SELECT i.*, a.name AS area_name, v.name AS venue_name, v.latitude AS venue_latitude, v.longitude AS venue_longitude,
       v.contact AS venue_contact, v.accessibility AS venue_accessibility
     FROM social_map_item i JOIN venue v ON v.id = i.venue_id LEFT JOIN area a ON a.code = i.area_code
     WHERE ${condition} ORDER BY i.kind, i.item_id OFFSET $1 LIMIT $2`,
    [offset, limit],
  );
  return {
    total,
    contents: rows.map((row: any) => ({
      id: hsdsId(`at:${row.kind}:${row.item_id}`),
      service_id: hsdsId(`${row.kind}:${row.item_id}`),
      location_id: hsdsId(`venue:${row.venue_id}`),
      service: service(row),
      location: location(row),
    })),
  };
}

const COLLECTIONS: Record<string, (db: Reader, offset: number, limit: number) => Promise<{ total: number; contents: unknown[] }>> = {
  services,
  organizations,
  service_at_locations: servicesAtLocations,
};

export function hsdsRoute(db: Database) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const collection = COLLECTIONS[url.pathname.slice(HSDS_PREFIX.length)];
    const pageNumber = Number(url.searchParams.get('page') ?? 1);
    const perPage = Number(url.searchParams.get('per_page') ?? 50);
    if (!collection) return sendJson(res, 404, { error: `one of ${Object.keys(COLLECTIONS).map((c) => HSDS_PREFIX + c).join(', ')}` });
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
      return sendJson(res, 400, { error: `page ≥ 1 and per_page 1–${MAX_PER_PAGE}` });
    }
    // one snapshot, so total_items agrees with the rows while the indexer writes
    const { total, contents } = await db.transaction('REPEATABLE READ', (manager) => collection(manager, (pageNumber - 1) * perPage, perPage));
    sendJson(res, 200, page(contents, total, pageNumber, perPage));
  };
}
