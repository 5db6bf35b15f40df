// Relay-style cursor pagination. Lists are ordered by a stable key (the row id); a cursor is that key,
// opaque to clients. `pageGroups` pages many parents' lists in one SQL statement, so a list field on a
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

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('id:') || decoded.length === 3) {
    throw badInput('"after" is not a cursor returned by this list', 'after');
  }
  return decoded.slice(3);
}

/** Validated page size and decoded cursor. */
export function readPage(args: PageArgs): { limit: number; afterId: string | null } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return { limit: first, afterId: args.after ? decodeCursor(args.after) : null };
}

/** Builds a connection from up to limit+1 nodes fetched in key order (the extra one means "more"). */
export function toConnection<T>(nodes: T[], limit: number, idOf: (node: T) => string): Connection<T> {
  const shown = nodes.slice(0, limit);
  const edges = shown.map((node) => ({ cursor: encodeCursor(idOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: nodes.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
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
  return toConnection(rows, limit, (row) => row[key] as string);
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
