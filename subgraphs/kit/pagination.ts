// Relay-style cursor pagination, forward (first/after). Lists are ordered by a stable key (the row id, or a
// sort tuple); a cursor is that position, opaque to clients. `pageGroups` pages many parents' lists in one SQL statement, so a list field on a
// batch of entities (Area.venues for 50 areas) costs the same as on one.
import type { DataSource, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { badInput } from '../../platform/errors';
import { MAX_PAGE_SIZE } from '../../platform/paging';

export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * The one cursor codec of the graph: a cursor is the position (a row's key, or a sort tuple such as the
 * kaart's relevance, distance, kind and id) as base64url JSON. Opaque to clients; `isPosition` checks what
 * comes back, so a cursor of another list is refused as bad input.
 */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

export function decodeCursor<P = string>(cursor: string, isPosition: (value: unknown) => value is P = isId as never, field = 'after'): P {
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isPosition(position)) return position;
  } catch {
    // fall through to the error below
  }
  throw badInput(`"${field}" is not a cursor returned by this list`, field);
}

/** The validated page size: `first`, default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return size;
}

/** Validated page size and decoded cursor. */
export function readPage(args: PageArgs): { limit: number; afterId: string | null } {
  return { limit: pageSize(args.first), afterId: args.after ? decodeCursor(args.after) : null };
}

/**
 * Builds a connection from up to limit+1 nodes fetched in order after `after` (the extra one means "more").
 * Paging runs forward only: hasPreviousPage says whether the page was asked for after a cursor, i.e. whether
 * the list has items before it (Relay allows this reading for forward paging).
 */
export function toConnection<T>(nodes: T[], limit: number, positionOf: (node: T) => unknown, after?: string | null): Connection<T> {
  const edges = nodes.slice(0, limit).map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: nodes.length > limit,
      hasPreviousPage: Boolean(after),
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** Pages a TypeORM query ordered by its key column (`id` unless named). */
export async function pageQuery<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  key: keyof T & string = 'id' as keyof T & string,
): Promise<Connection<T>> {
  const { limit, afterId } = readPage(args);
  const column = `${query.alias}.${key}`;
  if (afterId !== null) query.andWhere(`${column} > :afterKey`, { afterKey: afterId });
  const rows = await query.orderBy(column, 'ASC').take(limit + 1).getMany();
  return toConnection(rows, limit, (row) => row[key] as string, args.after);
}

/**
 * A list per parent, paged by `pageGroups`: the rows of one table that belong to the parent's key, ordered
 * by id. Every form is served by an index on (the group column, id), so a page reads about as many index
 * entries as it returns, however large or small the group is:
 * - `{ column }`: the rows whose column equals the key (e.g. a venue's activities);
 * - `{ area: 'inside' }`: the rows whose area lies inside the key's CBS area (kit/areas.ts);
 * - `{ area: 'insideOrContaining' }`: those and the rows of the areas containing it (a service offered to
 *   the whole wijk or gemeente also counts in each of its buurten).
 */
export interface GroupedList {
  /** The table, e.g. `activity`, and the alias the conditions use. */
  table: string;
  alias: string;
  group: { column: string } | { area: 'inside' | 'insideOrContaining' };
  /**
   * What every listed row meets and the (group column, id) index is declared for (its partial-index
   * predicate, e.g. `a.published`), so the index serves the walk over the area's keys too.
   */
  indexed?: string;
  /** Further conditions on the rows; may use `$2`… from `params`. */
  filter?: string;
  params?: unknown[];
}

/**
 * The area keys (kit/areas.ts) present in `table` inside the area whose code is `codeSql`: a walk over the
 * (area_key, id) index that jumps from one distinct key to the next (one index probe per key present), so
 * an empty area costs one probe and a wijk a handful, never the rows in between.
 */
function areaKeysInsideSql(list: GroupedList, codeSql: string): string {
  const t = list.alias;
  const indexed = list.indexed ? `${list.indexed} AND ` : '';
  const upper = `${t}.area_key < substring(${codeSql} from 3) || ':'`;
  return `WITH RECURSIVE present(area_key) AS (
      (SELECT ${t}.area_key FROM ${list.table} ${t} WHERE ${indexed}${t}.area_key >= substring(${codeSql} from 3) AND ${upper} ORDER BY ${t}.area_key LIMIT 1)
      UNION ALL
      SELECT (SELECT ${t}.area_key FROM ${list.table} ${t} WHERE ${indexed}${t}.area_key > present.area_key AND ${upper} ORDER BY ${t}.area_key LIMIT 1)
      FROM present WHERE present.area_key IS NOT NULL
    )
    SELECT area_key FROM present WHERE area_key IS NOT NULL`;
}

/** The keys of the areas containing the area `codeSql` (a buurt: its gemeente and wijk; a wijk: its gemeente). */
function containingAreaKeysSql(codeSql: string): string {
  return `SELECT substring(${codeSql} from 3 for 4) WHERE length(${codeSql}) > 6
    UNION SELECT substring(${codeSql} from 3 for 6) WHERE length(${codeSql}) > 8`;
}

/**
 * Pages many parents' lists in one statement: per key, the first `limit`+1 ids (to detect a next page)
 * after the cursor, in id order. Each key's page is a LATERAL subquery that walks the (group column, id)
 * index in id order and stops at the page's end; an area is split into the area keys present in it
 * (areaKeysInsideSql), each walked the same way, and their pages merged. So the cost follows the page size,
 * not the size of the area: numbering every row of an area first (as this did with row_number) read and
 * sorted 18,761 rows to return 11, and a plain per-key LATERAL over the whole area can walk the entire
 * primary key when the area is empty or sparse.
 */
export async function pageGroups(db: DataSource, list: GroupedList, keys: readonly string[], args: PageArgs): Promise<Map<string, string[]>> {
  const { limit, afterId } = readPage(args);
  const params = list.params ?? [];
  const after = `$${params.length + 2}::text`;
  const limitParam = `$${params.length + 3}::int`;
  const t = list.alias;
  const conditions = (group: string) =>
    [group, list.indexed, list.filter && `(${list.filter})`, `(${after} IS NULL OR ${t}.id > ${after})`].filter(Boolean).join(' AND ');
  // The group as a range of one value, ordered by (group column, id): that is the (column, id) index's own
  // order, so PostgreSQL walks it. With a plain `=` the planner drops the column from the order (it is
  // constant) and may walk the primary key instead, filtering, which for a sparse group reads the whole table.
  const pageOf = (column: string, value: string) =>
    `SELECT ${t}.id FROM ${list.table} ${t} WHERE ${conditions(`${t}.${column} >= ${value} AND ${t}.${column} <= ${value}`)}
     ORDER BY ${t}.${column}, ${t}.id LIMIT ${limitParam}`;
  let page: string;
  if ('column' in list.group) {
    page = pageOf(list.group.column, 'k.key');
  } else {
    const areaKeys = list.group.area === 'inside' ? areaKeysInsideSql(list, 'k.key') : `${areaKeysInsideSql(list, 'k.key')} UNION ${containingAreaKeysSql('k.key')}`;
    page = `SELECT part.id FROM (${areaKeys}) AS area(area_key)
      CROSS JOIN LATERAL (${pageOf('area_key', 'area.area_key')}) part
      ORDER BY part.id LIMIT ${limitParam}`;
  }
  const rows: { group_key: string; id: string }[] = await db.query(
    `SELECT k.key AS group_key, p.id FROM unnest($1::text[]) AS k(key) CROSS JOIN LATERAL (${page}) p ORDER BY group_key, id`,
    [keys, ...params, afterId, limit + 1],
  );
  const byKey = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(row.group_key)?.push(row.id);
  return byKey;
}
