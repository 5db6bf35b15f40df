// The sociale kaart in Open Referral HSDS 3.0 JSON, so existing sociale-kaart tools can read it (gemeente;
// the gateway passes /hsds/ through). Lists in HSDS's Page envelope (?page=1&per_page=50, at most 200):
//   /hsds/services                ?search ?taxonomy_term_id ?taxonomy_id ?organization_id ?modified_after ?full
//   /hsds/service_at_locations    the same, plus ?postcode and ?proximity (metres from the postcode)
//   /hsds/organizations           ?search ?full_service ?full
//   /hsds/taxonomies              ?search        /hsds/taxonomy_terms   ?search ?taxonomy_id
// and one record each at /hsds/<collection>/<id>. A parameter a route does not take (HSDS's `minimal` and
// `format` among them) is refused with 400, never silently ignored. Records are always fully nested, so
// `full` changes nothing. Built from the index (services and activities), gemeente's own registry
// (organisations) and venues (locations).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../kit/database';
import { sendJson } from '../../../platform/http';
import { hsdsId, organization, service, serviceAtLocation, serviceHsdsId, SERVICE_COLUMNS_SQL, SERVICE_JOINS_SQL, SERVICE_KINDS_SQL } from './hsds-records';
import { hsdsTaxonomies, hsdsTerm, type TaxonomyTerm } from './hsds-taxonomy';

export const HSDS_PREFIX = '/hsds/';
export { hsdsId };
const MAX_PER_PAGE = 200;
const PAGING = ['page', 'per_page'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Public data that changes when a partner publishes: shared caches may keep it a minute. */
const CACHE_CONTROL = 'public, max-age=60';

type Reader = Pick<EntityManager, 'query'>;
class BadRequest extends Error {}

export function page<T>(contents: T[], total: number, pageNumber: number, perPage: number) {
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

/** SQL conditions with their parameters, numbered as they are added. */
class Conditions {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];
  add(sql: (p: (value: unknown) => string) => string): void {
    this.sql.push(sql((value) => `$${this.params.push(value)}`));
  }
  where(): string {
    return this.sql.length ? `WHERE ${this.sql.join(' AND ')}` : '';
  }
}

/** Our key for an HSDS id among `keys` (ids are derived, so they are looked up by deriving), or null. */
function keyOf<T>(id: string, keys: T[], derive: (key: T) => string): T | null {
  return keys.find((key) => hsdsId(derive(key)) === id) ?? null;
}

function uuidParam(q: URLSearchParams, name: string): string | null {
  const value = q.get(name);
  if (value !== null && !UUID.test(value)) throw new BadRequest(`${name} must be an HSDS id (a UUID)`);
  return value;
}

function booleanParam(q: URLSearchParams, name: string): boolean {
  const value = q.get(name);
  if (value !== null && value !== 'true' && value !== 'false') throw new BadRequest(`${name} must be true or false`);
  return value === 'true';
}

/** The postcode's buurten and centre, from the venues the kaart knows there (the hub keeps no postcode table). */
async function postcodeArea(db: Reader, raw: string) {
  const postcode = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^\d{4}([A-Z]{2})?$/.test(postcode)) throw new BadRequest('postcode must be a Dutch postcode: 1234 AB, or its four digits');
  const [found] = await db.query(
    `SELECT avg(latitude) AS latitude, avg(longitude) AS longitude, array_agg(DISTINCT area_code) AS areas FROM venue
     WHERE starts_with(replace(upper(contact->'address'->>'postalCode'), ' ', ''), $1)`,
    [postcode],
  );
  if (found.latitude === null) throw new BadRequest(`postcode ${raw} is not known to the kaart (no venue there)`);
  return found as { latitude: number; longitude: number; areas: string[] };
}

/** The filters services and service_at_locations share. */
async function serviceFilters(db: Reader, q: URLSearchParams, terms: TaxonomyTerm[], conditions: Conditions): Promise<void> {
  const search = q.get('search');
  if (search !== null) {
    conditions.add((p) => {
      const text = p(search);
      return `(i.search @@ plainto_tsquery('dutch', unaccent(${text})) OR strpos(i.title_norm, lower(unaccent(${text}))) > 0)`;
    });
  }
  const termId = uuidParam(q, 'taxonomy_term_id');
  if (termId !== null) {
    const term = terms.find((t) => t.id === termId);
    if (!term) conditions.add(() => 'false');
    else if (term.column) conditions.add((p) => `${p(term.code)} = ANY(i.${term.column})`);
    else conditions.add(() => (term.code === 'waiting_days' ? "i.capacity->>'waitingDays' IS NOT NULL" : 'i.capacity IS NOT NULL'));
  }
  const taxonomyId = uuidParam(q, 'taxonomy_id');
  if (taxonomyId !== null) {
    const column = terms.find((t) => t.taxonomy_id === taxonomyId)?.column;
    conditions.add(() => (column ? `cardinality(i.${column}) > 0` : terms.some((t) => t.taxonomy_id === taxonomyId) ? 'i.capacity IS NOT NULL' : 'false'));
  }
  const organisationId = uuidParam(q, 'organization_id');
  if (organisationId !== null) {
    const ids: string[] = (await db.query('SELECT DISTINCT organisation_id FROM social_map_item')).map((r: any) => r.organisation_id);
    const ours = keyOf(organisationId, ids, (id) => `organisation:${id}`);
    conditions.add((p) => (ours ? `i.organisation_id = ${p(ours)}` : 'false'));
  }
  const modifiedAfter = q.get('modified_after');
  if (modifiedAfter !== null) {
    if (Number.isNaN(Date.parse(modifiedAfter))) throw new BadRequest('modified_after must be an ISO 8601 date-time, e.g. 2026-03-01T00:00:00Z');
    conditions.add((p) => `i.indexed_at >= ${p(new Date(modifiedAfter))}`);
  }
  const postcode = q.get('postcode');
  const proximity = q.get('proximity');
  if (proximity !== null && postcode === null) throw new BadRequest('proximity needs a postcode to measure from');
  if (postcode !== null) {
    const area = await postcodeArea(db, postcode);
    if (proximity !== null) {
      const metres = Number(proximity);
      if (!Number.isFinite(metres) || metres <= 0 || metres > 100_000) throw new BadRequest('proximity must be a distance in metres, 1–100000');
      conditions.add((p) => `earth_distance(ll_to_earth(v.latitude, v.longitude), ll_to_earth(${p(area.latitude)}, ${p(area.longitude)})) <= ${p(metres)}`);
    } else {
      // the item serves the postcode's buurt: it is there, or in its wijk or gemeente as a whole
      const serving = area.areas.flatMap((code) => [code, `WK${code.slice(2, 8)}`, `GM${code.slice(2, 6)}`]);
      conditions.add((p) => `i.area_code = ANY(${p(serving)})`);
    }
  }
}

interface Listing {
  total: number;
  contents: unknown[];
}
interface Collection {
  parameters: string[];
  list(db: Reader, q: URLSearchParams, offset: number, limit: number): Promise<Listing>;
  one(db: Reader, id: string, q: URLSearchParams): Promise<unknown | null>;
}

function collections(terms: TaxonomyTerm[], taxonomies: ReturnType<typeof hsdsTaxonomies>['taxonomies']): Record<string, Collection> {
  const serviceListing = (atLocation: boolean) => async (db: Reader, q: URLSearchParams, offset: number, limit: number) => {
    const conditions = new Conditions();
    conditions.add(() => `i.kind IN ${SERVICE_KINDS_SQL}`);
    if (atLocation) conditions.add(() => 'i.venue_id IS NOT NULL');
    await serviceFilters(db, q, terms, conditions);
    const from = `FROM social_map_item i ${SERVICE_JOINS_SQL} ${conditions.where()}`;
    const [{ total }] = await db.query(`SELECT count(*)::int AS total ${from}`, conditions.params);
    const n = conditions.params.length;
    const rows = await db.query(`SELECT ${SERVICE_COLUMNS_SQL} ${from} ORDER BY i.kind, i.item_id OFFSET $${n + 1} LIMIT $${n + 2}`, [...conditions.params, offset, limit]);
    return { total, contents: rows.map((row: any) => (atLocation ? serviceAtLocation(row, terms) : service(row, terms))) };
  };
  const serviceItem = (atLocation: boolean) => async (db: Reader, id: string) => {
    const keys: { kind: string; item_id: string; hsds_id: string | null }[] = await db.query(
      `SELECT kind, item_id, hsds_id FROM social_map_item WHERE kind IN ${SERVICE_KINDS_SQL}${atLocation ? ' AND venue_id IS NOT NULL' : ''}`,
    );
    const key = atLocation ? keyOf(id, keys, (k) => `at:${serviceHsdsId(k)}`) : (keys.find((k) => serviceHsdsId(k) === id) ?? null);
    if (!key) return null;
    const [row] = await db.query(`SELECT ${SERVICE_COLUMNS_SQL} FROM social_map_item i ${SERVICE_JOINS_SQL} WHERE i.kind = $1 AND i.item_id = $2`, [key.kind, key.item_id]);
    return atLocation ? serviceAtLocation(row, terms) : service(row, terms);
  };
  /** An organisation's services, with full_service=true. */
  const servicesOf = async (db: Reader, organisationId: string) =>
    (
      await db.query(`SELECT ${SERVICE_COLUMNS_SQL} FROM social_map_item i ${SERVICE_JOINS_SQL} WHERE i.kind IN ${SERVICE_KINDS_SQL} AND i.organisation_id = $1 ORDER BY i.kind, i.item_id`, [
        organisationId,
      ])
    ).map((row: any) => service(row, terms));
  const inMemory = <T extends { id: string; name: string }>(all: (q: URLSearchParams) => T[]) => ({
    list: async (_db: Reader, q: URLSearchParams, offset: number, limit: number) => {
      const search = q.get('search')?.toLowerCase();
      const hits = all(q).filter((x) => !search || x.name.toLowerCase().includes(search));
      return { total: hits.length, contents: hits.slice(offset, offset + limit) };
    },
    one: async (_db: Reader, id: string) => all(new URLSearchParams()).find((x) => x.id === id) ?? null,
  });
  const serviceParameters = ['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full'];
  return {
    services: { parameters: serviceParameters, list: serviceListing(false), one: serviceItem(false) },
    service_at_locations: { parameters: [...serviceParameters, 'postcode', 'proximity'], list: serviceListing(true), one: serviceItem(true) },
    organizations: {
      parameters: ['search', 'full_service', 'full'],
      list: async (db, q, offset, limit) => {
        const full = booleanParam(q, 'full_service');
        const conditions = new Conditions();
        const search = q.get('search');
        if (search !== null) conditions.add((p) => `strpos(lower(unaccent(name)), lower(unaccent(${p(search)}))) > 0`);
        const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM organisation ${conditions.where()}`, conditions.params);
        const n = conditions.params.length;
        const rows = await db.query(`SELECT * FROM organisation ${conditions.where()} ORDER BY id OFFSET $${n + 1} LIMIT $${n + 2}`, [...conditions.params, offset, limit]);
        return { total, contents: await Promise.all(rows.map(async (row: any) => organization(row, full ? await servicesOf(db, row.id) : undefined))) };
      },
      one: async (db, id, q) => {
        const full = booleanParam(q, 'full_service');
        const ids: string[] = (await db.query('SELECT id FROM organisation')).map((r: any) => r.id);
        const ours = keyOf(id, ids, (key) => `organisation:${key}`);
        if (!ours) return null;
        const [row] = await db.query('SELECT * FROM organisation WHERE id = $1', [ours]);
        return organization(row, full ? await servicesOf(db, ours) : undefined);
      },
    },
    taxonomies: { parameters: ['search'], ...inMemory(() => taxonomies) },
    taxonomy_terms: {
      parameters: ['search', 'taxonomy_id'],
      ...inMemory((q) => {
        const taxonomyId = uuidParam(q, 'taxonomy_id');
        return terms.filter((t) => taxonomyId === null || t.taxonomy_id === taxonomyId).map(hsdsTerm) as TaxonomyTerm[];
      }),
    },
  };
}

export function hsdsRoute(db: Database) {
  const { terms, taxonomies } = hsdsTaxonomies(hsdsId);
  const byName = collections(terms, taxonomies);
  const routes = Object.keys(byName).map((c) => `${HSDS_PREFIX}${c}[/<id>]`).join(', ');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [name, id, ...rest] = url.pathname.slice(HSDS_PREFIX.length).split('/');
    const collection = Object.hasOwn(byName, name) ? byName[name] : undefined;
    if (!collection || rest.length || id === '') return sendJson(res, 404, { error: `one of ${routes}` });
    const q = url.searchParams;
    const allowed = id === undefined ? [...collection.parameters, ...PAGING] : name === 'organizations' ? ['full_service'] : [];
    const unknown = [...new Set(q.keys())].filter((key) => !allowed.includes(key));
    if (unknown.length) {
      return sendJson(res, 400, { error: `${HSDS_PREFIX}${name}${id === undefined ? '' : '/<id>'} does not take ${unknown.join(', ')}; it takes: ${allowed.join(', ') || 'no parameters'}` });
    }
    res.setHeader('cache-control', CACHE_CONTROL);
    try {
      if (id !== undefined) {
        if (!UUID.test(id)) return sendJson(res, 404, { error: `no ${name} record ${id}: ids are UUIDs` });
        const record = await db.transaction('REPEATABLE READ', (manager) => collection.one(manager, id, q));
        return record ? sendJson(res, 200, record) : sendJson(res, 404, { error: `no ${name} record ${id}` });
      }
      const pageNumber = Number(q.get('page') ?? 1);
      const perPage = Number(q.get('per_page') ?? 50);
      if (!Number.isInteger(pageNumber) || pageNumber < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
        return sendJson(res, 400, { error: `page ≥ 1 and per_page 1–${MAX_PER_PAGE}` });
      }
      // one snapshot, so total_items agrees with the rows while the indexer writes
      const { total, contents } = await db.transaction('REPEATABLE READ', (manager) => collection.list(manager, q, (pageNumber - 1) * perPage, perPage));
      sendJson(res, 200, page(contents, total, pageNumber, perPage));
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      res.removeHeader('cache-control');
      sendJson(res, 400, { error: error.message });
    }
  };
}
