// One search over the sociale kaart index: Dutch full text (with unaccent, prefixes and trigram typo
// tolerance), themes, target groups, kinds, area (with its sub-areas), distance, a date window for
// activities (their indexed occurrences), free only, organisation. Ranked by relevance, then distance,
// then key, with keyset cursors over exactly that order so pages never overlap or skip.
import type { Database } from '../../kit/database';
import { badInput } from '../../../platform/errors';
import { assertAreaCode, insideAreaSql } from '../../kit/areas';
import { decodeCursor, pageSize, toConnection } from '../../kit/pagination';
import type { CapacityRecord } from '../../kit/capacity';
import type { ContactRecord } from '../../kit/contact-details';

export interface SocialMapFilter {
  text?: string | null;
  themes?: readonly string[] | null;
  targetGroups?: readonly string[] | null;
  kinds?: readonly string[] | null;
  area?: string | null;
  near?: { latitude?: number | null; longitude?: number | null; area?: string | null; radiusKm: number } | null;
  from?: Date | null;
  to?: Date | null;
  freeOnly?: boolean | null;
  organisation?: string | null;
}

export interface SocialMapRow {
  kind: string;
  item_id: string;
  partner: string;
  title: string;
  description: string;
  themes: string[];
  target_groups: string[];
  area_code: string;
  organisation_id: string;
  free: boolean;
  latitude: number | null;
  longitude: number | null;
  recurrence: string | null;
  relevance: number;
  distance_km: number | null;
  next_occurrence: Date | null;
  contact: ContactRecord | null;
  capacity: CapacityRecord | null;
}

interface Cursor {
  relevance: number;
  distance: number;
  kind: string;
  id: string;
}

const MAX_TEXT = 200;
const MAX_RADIUS_KM = 100;

/** The kaart's position: its sort tuple (relevance, distance, kind, id), through the kit's cursor codec. */
const positionOf = (row: SocialMapRow): Cursor => ({ relevance: row.relevance, distance: row.distance_km ?? 0, kind: row.kind, id: row.item_id });

const isCursor = (value: unknown): value is Cursor => {
  const c = value as Cursor | null;
  return typeof c?.relevance === 'number' && typeof c.distance === 'number' && typeof c.kind === 'string' && typeof c.id === 'string';
};

/** Words for a prefix query: letters and digits only, the last one as a prefix ("koff" finds "koffie"). */
function prefixQuery(text: string): string | null {
  const words = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return null;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

export async function searchSocialMap(db: Database, filter: SocialMapFilter, first: number | null | undefined, after: string | null | undefined) {
  const limit = pageSize(first);
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  let relevance = '0::float8';
  let distance = 'NULL::float8';

  const text = filter.text?.trim();
  if (text) {
    if (text.length > MAX_TEXT) throw badInput(`text is at most ${MAX_TEXT} characters`, 'filter.text');
    const t = param(text);
    const prefix = prefixQuery(text);
    const p = prefix ? param(prefix) : null;
    const words = `websearch_to_tsquery('dutch', unaccent(${t}))`;
    where.push(`(i.search @@ ${words}${p ? ` OR i.search @@ to_tsquery('simple', ${p})` : ''} OR i.title_norm % lower(unaccent(${t})))`);
    relevance = `round((ts_rank_cd(i.search, ${words}) + similarity(i.title_norm, lower(unaccent(${t}))))::numeric, 6)::float8`;
  }
  if (filter.themes?.length) where.push(`i.themes && ${param(filter.themes)}::text[]`);
  if (filter.targetGroups?.length) where.push(`i.target_groups && ${param(filter.targetGroups)}::text[]`);
  if (filter.kinds?.length) where.push(`i.kind = ANY(${param(filter.kinds)}::text[])`);
  if (filter.area) where.push(insideAreaSql('i', param(assertAreaCode(filter.area, 'filter.area'))));
  if (filter.freeOnly) where.push('i.free');
  if (filter.organisation) where.push(`i.organisation_id = ${param(filter.organisation)}`);

  if (filter.near) {
    const { radiusKm } = filter.near;
    if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) throw badInput(`radiusKm must be more than 0 and at most ${MAX_RADIUS_KM}`, 'filter.near.radiusKm');
    let point: string;
    if (filter.near.area) {
      const code = param(assertAreaCode(filter.near.area, 'filter.near.area'));
      point = `(SELECT ll_to_earth(latitude, longitude) FROM area WHERE code = ${code})`;
    } else {
      const { latitude, longitude } = filter.near;
      if (typeof latitude !== 'number' || typeof longitude !== 'number' || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        throw badInput('near needs latitude and longitude, or an area', 'filter.near');
      }
      point = `ll_to_earth(${param(latitude)}, ${param(longitude)})`;
    }
    const metres = param(radiusKm * 1000);
    where.push(`earth_box(${point}, ${metres}) @> ll_to_earth(i.latitude, i.longitude) AND earth_distance(${point}, ll_to_earth(i.latitude, i.longitude)) <= ${metres}`);
    distance = `round((earth_distance(${point}, ll_to_earth(i.latitude, i.longitude)) / 1000)::numeric, 4)::float8`;
  }

  if (filter.from && filter.to && filter.from > filter.to) throw badInput('the date window ends before it starts', 'filter.to');
  const windowFrom = param(filter.from ?? new Date());
  const windowTo = filter.to ? param(filter.to) : null;
  if (filter.from || filter.to) {
    // Activities must take place in the window; services, venues and vacancies are always there.
    where.push(`(i.kind <> 'ACTIVITY' OR EXISTS (SELECT 1 FROM social_map_occurrence o WHERE o.kind = i.kind AND o.item_id = i.item_id
      AND o.starts_at >= ${windowFrom}${windowTo ? ` AND o.starts_at <= ${windowTo}` : ''}))`);
  }
  const nextOccurrence = `(SELECT min(o.starts_at) FROM social_map_occurrence o WHERE o.kind = i.kind AND o.item_id = i.item_id AND o.starts_at >= ${windowFrom})`;

  let keyset = '';
  if (after) {
    const c = decodeCursor(after, isCursor);
    keyset = `WHERE (-h.relevance, coalesce(h.distance_km, 0), h.kind, h.item_id) > (${param(-c.relevance)}::float8, ${param(c.distance)}::float8, ${param(c.kind)}::text, ${param(c.id)}::text)`;
  }
  const sql = `
    SELECT * FROM (
      SELECT i.kind, i.item_id, i.partner, i.title, i.description, i.themes, i.target_groups, i.area_code, i.organisation_id, i.contact, i.capacity,
             i.free, i.latitude, i.longitude, i.recurrence, ${relevance} AS relevance, ${distance} AS distance_km, ${nextOccurrence} AS next_occurrence
      FROM social_map_item i
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ) h
    ${keyset}
    ORDER BY h.relevance DESC, coalesce(h.distance_km, 0), h.kind, h.item_id
    LIMIT ${param(limit + 1)}`;
  const rows: SocialMapRow[] = await db.query(sql, params);
  return {
    ...toConnection(rows, limit, positionOf, after),
    sql,
    params,
  };
}
