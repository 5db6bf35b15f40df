// Everything the attacker knows about the shape of the API, in one place: which fields carry indicators,
// how a query for them is written, how a count reads (shown / suppressed / …), and what the absence of a key
// or a child area in a breakdown means. Written against schema/shared.graphql (IndicatorSet, Indicator,
// Count, KeyCount, AreaCount) and the subgraphs' `Area.<partner>Indicators(period: PeriodInput!)`.
// When the schema grows new states (a distinct zero, "not allowed", rounded values), adapt `readCount` and
// SEMANTICS here; the rest of the attacker only sees `CellState`s.
import type { Interval } from './dates';

/** The indicator fields on Area, one per subgraph. */
export const INDICATOR_FIELDS = ['gemeenteIndicators', 'welzijnIndicators', 'zorgIndicators', 'bewonersIndicators'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/** The gateway refuses more aliases than this per document (gateway/server.ts LIMITS.maxAliases). */
export const MAX_ALIASES = 20;

/** The areas and their parents (gemeente → wijk → buurt). */
export const AREAS_QUERY = '{ areas(first: 100) { edges { node { code parent { code } } } } }';
export function readAreas(data: any): { code: string; parent: string | null }[] {
  return (data?.areas?.edges ?? []).map((edge: any) => ({ code: edge.node.code, parent: edge.node.parent?.code ?? null }));
}

const FRAGMENT = `fragment Cells on IndicatorSet {
  indicators { name bucket total { value suppressed } byKey { key count { value suppressed } } byChildArea { areaCode count { value suppressed } } }
}`;

/** One document asking one area for `fields[i]` over the period in variable `$p<i>`, aliased `a<i>`. */
export function batchDocument(fields: readonly IndicatorField[]): string {
  const variables = fields.map((_, i) => `$p${i}: PeriodInput!`).join(', ');
  const selections = fields.map((field, i) => `a${i}: ${field}(period: $p${i}) { ...Cells }`).join('\n    ');
  return `query Attack($area: ID!, ${variables}) {\n  area(code: $area) {\n    ${selections}\n  }\n}\n${FRAGMENT}`;
}

export const periodVariable = (from: string, to: string, interval: Interval) => ({ from, to, interval });

/** What a published count says. */
export type CellState =
  | { state: 'value'; value: number } // shown
  | { state: 'hidden' } // suppressed: some value the attacker does not see
  | { state: 'unknown' }; // a shape the attacker does not understand (counted, never used)

export function readCount(count: any): CellState {
  if (count && count.suppressed === false && Number.isInteger(count.value)) return { state: 'value', value: count.value };
  if (count && count.suppressed === true) return { state: 'hidden' };
  return { state: 'unknown' };
}

export interface ObservedIndicator {
  name: string;
  bucket: string;
  total: CellState;
  byKey: { key: string; cell: CellState }[];
  byChildArea: { area: string; cell: CellState }[];
}

export function readIndicatorSet(set: any): ObservedIndicator[] {
  return (set?.indicators ?? []).map((i: any) => ({
    name: i.name,
    bucket: String(i.bucket).slice(0, 10),
    total: readCount(i.total),
    byKey: (i.byKey ?? []).map((k: any) => ({ key: k.key, cell: readCount(k.count) })),
    byChildArea: (i.byChildArea ?? []).map((c: any) => ({ area: c.areaCode, cell: readCount(c.count) })),
  }));
}

/** The answer to alias i of a batch: the indicator set, or why it was refused (tolerated, recorded). */
export type AliasAnswer = { ok: true; indicators: ObservedIndicator[] } | { ok: false; code: string; message: string };

export function readBatch(response: { status: number; data?: any; errors?: any[] }, count: number): AliasAnswer[] {
  const errors = response.errors ?? [];
  return Array.from({ length: count }, (_, i) => {
    const alias = `a${i}`;
    const set = response.data?.area?.[alias];
    const error = errors.find((e) => Array.isArray(e.path) && e.path.includes(alias)) ?? (set ? undefined : errors[0]);
    if (set && !error) return { ok: true, indicators: readIndicatorSet(set) };
    return { ok: false, code: String(error?.extensions?.code ?? `HTTP_${response.status}`), message: String(error?.message ?? 'no answer') };
  });
}

/**
 * What the listing of breakdowns means (today's code, subgraphs/kit/indicators.ts):
 * - absentKeyMeansZero: a bucket's byKey lists the keys that occurred in it, so a key seen elsewhere but not
 *   listed here counted 0 here.
 * - absentChildMeansZero: byChildArea lists the child areas with any row in the period; one not listed counted 0.
 * - keyListComplete: every key that occurred is listed, so a total is the sum of its listed keys (when false,
 *   the attacker adds an "(unlisted)" key to every total).
 * - listedKeyMeansPresent: a listed key occurred (≥ 1) even when its count is suppressed (for indicators that
 *   count rows; not for sums such as participants).
 */
export const SEMANTICS = {
  absentKeyMeansZero: true,
  absentChildMeansZero: true,
  keyListComplete: true,
  listedKeyMeansPresent: true,
};
