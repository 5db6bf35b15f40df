// The areas an answer is worked out over: the asked area, its ancestors, and the children of each of them
// (from gemeente's statistics grid, which lists every area of a gemeente with the finest interval it may be
// cut into). The rules settle a cell only from the cells above and beside it (disclosure.ts), so this is all
// an answer needs, and every answer that holds a cell works it out from the same cells.
import { GraphQLError } from 'graphql';
import { areaAndAncestors, areaKey, assertAreaCode, parentAreaCode } from '../areas';
import type { Interval } from './periods';
import type { AreaNode } from './disclosure';

/** One area of gemeente's statistics grid. */
export interface StatisticsArea {
  code: string;
  minimumInterval: Interval;
}

export interface Closure {
  nodes: AreaNode[];
  /** The asked area. */
  area: number;
  /** Where SQL maps a row (kit/indicator-sql.ts nodeOf): the key of the deepest area whose children are told apart. */
  splitKey: string;
  /** The keys of every published area of the closure (for indicators counted per area, not summed). */
  nodeKeys: string[];
  /** The area a row coded to `key` (an area key) counts in. */
  nodeOfRow(key: string): number;
  /** The area of a row of an indicator counted per area. */
  nodeOfKey(key: string): number | undefined;
}

export function closureOf(grid: readonly StatisticsArea[] | null | undefined, areaCode: string): Closure {
  assertAreaCode(areaCode, 'code');
  if (!grid?.length) {
    throw new GraphQLError('the indicators need the statistics grid of the area (Area.statisticsGrid, @requires); ask through the gateway', {
      extensions: { code: 'BAD_REQUEST' },
    });
  }
  const minimum = new Map(grid.map((a) => [a.code, a.minimumInterval]));
  const chain = areaAndAncestors(areaCode);
  for (const code of chain) {
    if (!minimum.has(code)) throw new GraphQLError(`Area "${code}" is not in the statistics grid`, { extensions: { code: 'NOT_FOUND' } });
  }
  const childrenOf = new Map<string, string[]>();
  for (const { code } of grid) {
    const parent = parentAreaCode(code);
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), code]);
  }

  const nodes: AreaNode[] = [];
  const byKey = new Map<string, number>();
  const ownByKey = new Map<string, number>();
  const add = (code: string, parent: number, own = false): number => {
    nodes.push({ code, parent, children: [], minimum: minimum.get(code)!, own });
    const index = nodes.length - 1;
    if (parent >= 0) nodes[parent].children.push(index);
    (own ? ownByKey : byKey).set(areaKey(code), index);
    return index;
  };
  add(chain[0], -1);
  let splitKey = areaKey(chain[0]);
  for (const code of chain) {
    const kids = (childrenOf.get(code) ?? []).sort();
    if (!kids.length) continue;
    const index = byKey.get(areaKey(code))!;
    for (const kid of kids) add(kid, index);
    add(code, index, true);
    splitKey = areaKey(code);
  }

  const nodeOfRow = (key: string): number => {
    const own = ownByKey.get(key);
    if (own !== undefined) return own;
    const node = byKey.get(key);
    if (node !== undefined && !nodes[node].children.length) return node;
    // a code the grid does not know: the unpublished part of the deepest area of the closure holding it
    let best = -1;
    for (const [ownKey, index] of ownByKey) if (key.startsWith(ownKey) && (best < 0 || ownKey.length > areaKey(nodes[best].code).length)) best = index;
    return best >= 0 ? best : byKey.get(areaKey(chain[0]))!;
  };
  return {
    nodes,
    area: byKey.get(areaKey(areaCode))!,
    splitKey,
    nodeKeys: [...byKey.keys()],
    nodeOfRow,
    nodeOfKey: (key) => byKey.get(key),
  };
}
