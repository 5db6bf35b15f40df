// CBS area codes: GMxxxx (gemeente), WKxxxxxx (wijk = gemeente + 2 digits), BUxxxxxxxx (buurt = wijk + 2
// digits). The digits are a path in the hierarchy, so every subgraph can tell "inside this area" from the
// code alone, without asking gemeente: an area contains another when its digits are a prefix of the other's.
// Tables store the digits as `area_key` (a generated column) with a text_pattern_ops index for prefix scans.
import { badInput } from '../../platform/errors';

export type AreaLevel = 'MUNICIPALITY' | 'DISTRICT' | 'NEIGHBOURHOOD';

const LEVELS: Record<string, { level: AreaLevel; digits: number }> = {
  GM: { level: 'MUNICIPALITY', digits: 4 },
  WK: { level: 'DISTRICT', digits: 6 },
  BU: { level: 'NEIGHBOURHOOD', digits: 8 },
};

export function isAreaCode(code: string): boolean {
  const rule = LEVELS[code.slice(0, 2)];
  return rule !== undefined && new RegExp(`^\\d{${rule.digits}}$`).test(code.slice(2));
}

/** Throws a field-specific error unless `code` is a CBS area code. */
export function assertAreaCode(code: string, field = 'area'): string {
  if (!isAreaCode(code)) {
    throw badInput(`"${code}" is not a CBS area code (GMxxxx, WKxxxxxx or BUxxxxxxxx)`, field);
  }
  return code;
}

/** A buurt's code (BUxxxxxxxx): where people live and hulpvragen are, the finest CBS level. */
export function assertBuurt(code: string, field = 'area'): string {
  if (!assertAreaCode(code, field).startsWith('BU')) throw badInput(`${field} must be a buurt (BUxxxxxxxx)`, field);
  return code;
}

export function areaLevel(code: string): AreaLevel {
  return LEVELS[assertAreaCode(code).slice(0, 2)].level;
}

/** The hierarchy path of an area: its digits. */
export function areaKey(code: string): string {
  return assertAreaCode(code).slice(2);
}

/** The code of the area one level up, or null for a gemeente. */
export function parentAreaCode(code: string): string | null {
  const key = areaKey(code);
  if (key.length === 8) return `WK${key.slice(0, 6)}`;
  if (key.length === 6) return `GM${key.slice(0, 4)}`;
  return null;
}

/** The area itself and every area containing it, e.g. BU03070101 → [GM0307, WK030701, BU03070101]. */
export function areaAndAncestors(code: string): string[] {
  const chain: string[] = [];
  for (let current: string | null = assertAreaCode(code); current; current = parentAreaCode(current)) chain.unshift(current);
  return chain;
}

/**
 * SQL condition "the row's area lies inside the area whose code is `codeSql`", on a table with an
 * `area_key text COLLATE "C"` column. A range on the key rather than LIKE, so a btree index serves it even
 * when the code comes from a join (':' sorts right after '9').
 */
export function insideAreaSql(alias: string, codeSql: string): string {
  return `(${alias}.area_key >= substring(${codeSql} from 3) AND ${alias}.area_key < substring(${codeSql} from 3) || ':')`;
}

/**
 * SQL condition "the row's area contains the area `codeSql`" (its gemeente or wijk), for offers made to a
 * whole gemeente or wijk that also apply in each of its buurten. Uses the plain `area_code` index.
 */
export function containingAreaSql(alias: string, codeSql: string): string {
  return `${alias}.area_code IN ('GM' || substring(${codeSql} from 3 for 4), 'WK' || substring(${codeSql} from 3 for 6))`;
}
