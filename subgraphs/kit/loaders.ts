// DataLoader helpers: one loader per entity per request, so `_entities` and nested fields batch into one
// query per type, whatever the number of keys.
import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type Repository } from 'typeorm';
import { pageGroups, toConnection, readPage, type Connection, type GroupedList, type PageArgs } from './pagination';
import type { Database } from './database';
import { GraphQLError } from 'graphql';
import { notFound } from '../../platform/errors';

/** Loads entities by key with one `WHERE <key> IN (...)` per batch; a missing key yields null. */
export function byKeyLoader<T extends ObjectLiteral>(
  repository: Repository<T>,
  key: keyof T & string = 'id' as keyof T & string,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await repository.findBy({ [key]: In([...keys]) } as never);
    const byKey = new Map(rows.map((row) => [row[key] as string, row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/**
 * A list field that is not a connection because it is small by nature (a wijk's buurten, a hulpvraag's
 * steps). Its SDL description says so in a sentence "Bounded: at most <bound> …" (test/schema-lists.test.ts),
 * and this is where that bound holds: per key it reads at most bound+1 rows (one statement per batch), and a
 * key with more fails with LIST_TOO_LONG naming the list, never a silently cut or an endless answer.
 */
export interface ListBound {
  /** Most rows one key's list serves. */
  bound: number;
  /** What the list is, for the error: "venues of organisation". */
  what: string;
}

export const LIST_TOO_LONG = 'LIST_TOO_LONG';

export function listTooLong(bound: ListBound, key: string): GraphQLError {
  return new GraphQLError(`The ${bound.what} ${key} are more than the ${bound.bound} this list serves; ask the hub's administrators`, {
    extensions: { code: LIST_TOO_LONG, bound: bound.bound },
  });
}

/** Loads the lists grouped by a column (e.g. the venues of each organisation) with one query per batch, each at most `bound.bound` rows. */
export function groupLoader<T extends ObjectLiteral>(
  repository: Repository<T>,
  column: keyof T & string,
  bound: ListBound,
  order: keyof T & string = 'id' as keyof T & string,
): DataLoader<string, T[]> {
  const metadata = repository.metadata;
  const columnOf = (property: string) => metadata.findColumnWithPropertyName(property)!.databaseName;
  const [group, sort] = [columnOf(column), columnOf(order)];
  return new DataLoader<string, T[]>(async (keys) => {
    // the first bound+1 rows of each key (ctid: any table's row, whatever its key), so an overlong list is
    // seen without reading it into the answer
    const rows = await repository
      .createQueryBuilder('r')
      .where(
        `r.ctid IN (SELECT ranked.ctid FROM (SELECT l.ctid, row_number() OVER (PARTITION BY l."${group}" ORDER BY l."${sort}") AS n
           FROM "${metadata.tableName}" l WHERE l."${group}" = ANY(:keys)) ranked WHERE ranked.n <= :most)`,
        { keys: [...keys], most: bound.bound + 1 },
      )
      .orderBy(`r.${order}`, 'ASC')
      .getMany();
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => {
      const list = groups.get(key) ?? [];
      return list.length > bound.bound ? listTooLong(bound, key) : list;
    });
  });
}

/**
 * A paged list field on many parents (e.g. Area.helpRequests): per distinct argument set, one loader
 * whose batch runs `pageGroups` (one statement) and then loads the nodes through `nodes` (one more).
 */
export function pagedListLoader<TArgs extends PageArgs, T extends { id: string }>(
  db: Database,
  nodes: DataLoader<string, T | null>,
  list: (args: TArgs) => GroupedList,
): (args: TArgs) => DataLoader<string, Connection<T>> {
  const perArgs = new Map<string, DataLoader<string, Connection<T>>>();
  return (args) => {
    const cacheKey = JSON.stringify(args);
    let loader = perArgs.get(cacheKey);
    if (!loader) {
      const { limit } = readPage(args);
      loader = new DataLoader(async (keys) => {
        const idsByKey = await pageGroups(db, list(args), keys, args);
        const all = await nodes.loadMany([...new Set([...idsByKey.values()].flat())]);
        const byId = new Map<string, T>();
        for (const node of all) if (node && !(node instanceof Error)) byId.set(node.id, node);
        return keys.map((key) => {
          const found = (idsByKey.get(key) ?? []).map((id) => byId.get(id)).filter((n): n is T => n !== undefined);
          return toConnection(found, limit, (node) => node.id, args.after);
        });
      });
      perArgs.set(cacheKey, loader);
    }
    return loader;
  };
}

/** Loads several keys, leaving out the ones that do not exist; a failed load throws. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, keys: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(keys);
  return values.filter((value): value is T => {
    if (value instanceof Error) throw value;
    return value !== null;
  });
}

/** Loads a key that must exist (a reference held by a row of our own). */
export async function loadRequired<T>(loader: DataLoader<string, T | null>, key: string, what: string): Promise<T> {
  const value = await loader.load(key);
  if (value === null) throw notFound(what, key);
  return value;
}
