// One search over the sociale kaart index: Dutch full text (with unaccent, prefixes and trigram typo
// tolerance), themes, target groups, kinds, area (with its sub-areas), distance, a date window for
// activities (their indexed occurrences), free only, organisation. Ranked by relevance, then distance,
// then key, with keyset cursors over exactly that order so pages never overlap or skip.
//
// Ranking is bounded, and so is what a text search reads. A common word matches a tenth of a large kaart
// ("koffie": 12,000 of 100,000 items); ranking, or even scoring, every match made the search grow with the
// kaart. The query's forms are computed once per statement (unaccent is only stable: inline, PostgreSQL
// redid it for every row). A search with at most RANKED_CANDIDATES matches ranks them all: ordered exactly
// by relevance. A larger one ranks only candidates taken from the title-word index
// (social_map_title_word, kept by triggers): for each of the query's words (the last one as a prefix, the
// exact word first) the items whose titles hold it, shortest title first, RANKED_CANDIDATES in all. The
// matching candidates lead the order by their exact relevance (segment 0); every other match follows in key
// order (kind, id; segment 1), read through the primary key only as far as the page needs. So in a large
// search a match outside the candidates (found through its description only, by typo, by a stem that is
// not a title word, or with a longer title than the candidates) comes after them even where its relevance
// is higher, and past the candidates the hits are no longer by relevance or distance. Each hit still
// reports its own exact relevance. RANKED_CANDIDATES was 200 when every match was scored; each candidate now
// costs a key lookup (about four buffers), and at 100 a first page of 20 reads about 30 buffers per hit.
import type { Database } from '../../kit/database';
import { badInput } from '../../../platform/errors';
import { assertAreaCode, insideAreaSql } from '../../kit/areas';
import { decodeCursor, pageSize, toConnection } from '../../kit/pagination';
import type { CapacityRecord } from '../../kit/capacity';
import type { ContactRecord } from '../../kit/contact-details';
import { titleWordCandidatesSql } from './title-word-candidates';

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
  segment: number;
  rank: number;
}

/** The position in the order: ranked candidates (segment 0, by relevance) first, then the other matches (segment 1, by key). */
interface Cursor {
  segment: number;
  rank: number;
  distance: number;
  kind: string;
  id: string;
}

/** How many of a text search's matches get the exact relevance (see above). */
export const RANKED_CANDIDATES = 100;
/** Words of the query that candidates are taken for. */
const MAX_PICKED_WORDS = 8;

const MAX_TEXT = 200;
const MAX_RADIUS_KM = 100;

/** The kaart's position: its sort tuple (segment, rank, distance, kind, id), through the kit's cursor codec. */
const positionOf = (row: SocialMapRow): Cursor => ({ segment: row.segment, rank: row.rank, distance: row.distance_km ?? 0, kind: row.kind, id: row.item_id });

const isCursor = (value: unknown): value is Cursor => {
  const c = value as Cursor | null;
  return (
    (c?.segment === 0 || c?.segment === 1) && typeof c.rank === 'number' && typeof c.distance === 'number' && typeof c.kind === 'string' && typeof c.id === 'string'
  );
};

/** The query's words as the index normalises titles (unaccented, lower case): letters and digits only. */
function wordsOf(text: string): string[] {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words for a prefix query, the last one as a prefix ("koff" finds "koffie"). */
function prefixQuery(words: string[]): string | null {
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
  let candidates: string | null = null;
  let distance = 'NULL::float8';

  const text = filter.text?.trim();
  if (text) {
    if (text.length > MAX_TEXT) throw badInput(`text is at most ${MAX_TEXT} characters`, 'filter.text');
    const t = param(text);
    const words = wordsOf(text);
    const prefix = prefixQuery(words);
    const p = prefix ? param(prefix) : null;
    // The query's forms are computed once per statement (uncorrelated subqueries): unaccent is only stable,
    // so written inline PostgreSQL would redo it, and the tsquery, for every row it checks or ranks.
    const query = `(SELECT websearch_to_tsquery('dutch', unaccent(${t})))`;
    const normalised = `(SELECT lower(unaccent(${t})))`;
    where.push(`(i.search @@ ${query}${p ? ` OR i.search @@ to_tsquery('simple', ${p})` : ''} OR i.title_norm % ${normalised})`);
    relevance = `round((ts_rank_cd(i.search, ${query}) + similarity(i.title_norm, ${normalised}))::numeric, 6)::float8`;
    candidates = titleWordCandidatesSql(words.slice(0, MAX_PICKED_WORDS), words.length <= MAX_PICKED_WORDS, RANKED_CANDIDATES, param);
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

  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const cursor = after ? decodeCursor(after, isCursor) : null;
  const columns = 'i.kind, i.item_id, i.partner, i.title, i.description, i.themes, i.target_groups, i.area_code, i.organisation_id, i.contact, i.capacity, i.free, i.latitude, i.longitude, i.recurrence';
  let sql: string;
  if (candidates) {
    const n = param(RANKED_CANDIDATES);
    const rows = param(limit + 1);
    // A cursor in segment 1 is past every candidate; one in segment 0 is past none of the other matches.
    const afterRanked = cursor?.segment === 1 ? 'WHERE false'
      : cursor ? `WHERE (-h.relevance, coalesce(h.distance_km, 0), h.kind, h.item_id) > (${param(-cursor.rank)}::float8, ${param(cursor.distance)}::float8, ${param(cursor.kind)}::text, ${param(cursor.id)}::text)` : '';
    const afterRest = cursor?.segment === 1 ? `AND (i.kind, i.item_id) > (${param(cursor.kind)}::text, ${param(cursor.id)}::text)` : '';
    const and = whereSql ? `${whereSql} AND` : 'WHERE';
    // head: the matches in no order, planned as for reading them all (so by their indexes, not by a scan
    // that hopes to stop early) but read only as far as RANKED_CANDIDATES + 1: a CTE runs as far as it is
    // read. All of them are ranked when that is all there is.
    // ranked: each candidate by its key (LATERAL with LIMIT: a nested loop over the primary key, never a scan
    // of every match to join with). rest: LIMIT 0 when the ranked part fills the page, and then PostgreSQL does
    // not run it at all; else it reads the other matches in key order only as far as the page needs.
    const small = `(SELECT count(*) FROM (SELECT 1 FROM head LIMIT ${n} + 1) h) <= ${n}`;
    sql = `
    WITH head AS MATERIALIZED (
      SELECT i.kind, i.item_id FROM social_map_item i ${whereSql}
    ), pool AS MATERIALIZED (
      SELECT kind, item_id FROM head WHERE ${small}
      UNION ALL
      SELECT kind, item_id FROM (${candidates}) c WHERE NOT ${small}
    ), ranked AS MATERIALIZED (
      SELECT r.* FROM pool c CROSS JOIN LATERAL (
        SELECT ${columns}, ${relevance} AS relevance, ${distance} AS distance_km
        FROM social_map_item i ${and} i.kind = c.kind AND i.item_id = c.item_id LIMIT 1
      ) r
    ), ranked_page AS (
      SELECT h.*, h.relevance AS rank, 0 AS segment FROM ranked h ${afterRanked} ORDER BY h.relevance DESC, coalesce(h.distance_km, 0), h.kind, h.item_id LIMIT ${rows}
    ), rest_page AS (
      SELECT ${columns}, ${relevance} AS relevance, ${distance} AS distance_km, 0::float8 AS rank, 1 AS segment
      FROM social_map_item i ${and} (i.kind, i.item_id) NOT IN (SELECT kind, item_id FROM ranked) ${afterRest}
      ORDER BY i.kind, i.item_id LIMIT ${rows} - (SELECT count(*) FROM ranked_page)
    )
    SELECT i.*, ${nextOccurrence} AS next_occurrence
    FROM (SELECT * FROM ranked_page UNION ALL SELECT * FROM rest_page) i
    ORDER BY i.segment, i.rank DESC, CASE WHEN i.segment = 0 THEN coalesce(i.distance_km, 0) ELSE 0 END, i.kind, i.item_id`;
  } else {
    const keyset = cursor
      ? `WHERE (-h.rank, coalesce(h.distance_km, 0), h.kind, h.item_id) > (${param(-cursor.rank)}::float8, ${param(cursor.distance)}::float8, ${param(cursor.kind)}::text, ${param(cursor.id)}::text)`
      : '';
    sql = `
    SELECT * FROM (
      SELECT ${columns}, 0::float8 AS relevance, ${distance} AS distance_km, ${nextOccurrence} AS next_occurrence, 0 AS segment, 0::float8 AS rank
      FROM social_map_item i
      ${whereSql}
    ) h
    ${keyset}
    ORDER BY h.rank DESC, coalesce(h.distance_km, 0), h.kind, h.item_id
    LIMIT ${param(limit + 1)}`;
  }
  const rows: SocialMapRow[] = await db.query(sql, params);
  return {
    ...toConnection(rows, limit, positionOf, after),
    sql,
    params,
  };
}
