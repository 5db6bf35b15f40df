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
 * Pages several groups in one statement. `candidatesSql` selects rows `(group_key text, id text)`; it may
 * use `$1` (the group keys, text[]) and further parameters from `params` starting at `$2`. Returns, per
 * key, the ids of one page (limit+1 to detect a next page), in id order.
 */
export async function pageGroups(
  db: DataSource,
  candidatesSql: string,
  keys: readonly string[],
  params: unknown[],
  args: PageArgs,
): Promise<Map<string, string[]>> {
  const { limit, afterId } = readPage(args);
  const afterParam = params.length + 2;
  const limitParam = params.length + 3;
  const rows: { group_key: string; id: string }[] = await db.query(
    `SELECT group_key, id FROM (
       SELECT c.group_key, c.id, row_number() OVER (PARTITION BY c.group_key ORDER BY c.id) AS rn
       FROM (${candidatesSql}) c
       WHERE $${afterParam}::text IS NULL OR c.id > $${afterParam}::text
     ) ranked
     WHERE rn <= $${limitParam}
     ORDER BY group_key, id`,
    [keys, ...params, afterId, limit + 1],
  );
  const byKey = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(row.group_key)?.push(row.id);
  return byKey;
}
