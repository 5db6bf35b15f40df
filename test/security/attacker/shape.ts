// Everything the attacker knows about the shape of the API, in one place: which fields carry indicators,
// how a query for them is written, how a count reads (shown / suppressed / …), and what the absence of a key
// or a child area in a breakdown means. Written against schema/shared.graphql (IndicatorSet, Indicator,
// Count, KeyCount, AreaCount) and the subgraphs' `Area.<partner>Indicators(period: PeriodInput!)`.
// A count has a state (CountState): SHOWN (rounded to the set's roundingBase: an interval of possible values,
// at least the threshold), ZERO (exactly 0), SUPPRESSED or NOT_ALLOWED (hidden: some value, possibly 0).
// The rest of the attacker only sees `CellState`s.
import { Kind, parse, type EnumTypeDefinitionNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import type { Interval } from './dates';

/** The indicator fields on Area, one per subgraph. */
export const INDICATOR_FIELDS = ['gemeenteIndicators', 'welzijnIndicators', 'zorgIndicators', 'bewonersIndicators'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/**
 * Every indicator the API exposes, as "<field>.<name>", read from the composed supergraph (its SDL text):
 * each field of Area with a `period: PeriodInput` and a `names` enum argument, and each value of that enum
 * that is not a measure (a Measure's description starts with "Measure:", schema WelzijnIndicatorName).
 */
export function schemaIndicators(supergraphSdl: string): string[] {
  const document = parse(supergraphSdl);
  const enums = new Map<string, EnumTypeDefinitionNode>();
  const areaFields: FieldDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.ENUM_TYPE_DEFINITION) enums.set(d.name.value, d);
    if ((d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Area') areaFields.push(...(d.fields ?? []));
  }
  const out: string[] = [];
  for (const field of areaFields) {
    const args = field.arguments ?? [];
    const names = args.find((a) => a.name.value === 'names');
    if (!args.some((a) => namedType(a.type) === 'PeriodInput') || !names) continue;
    for (const value of enums.get(namedType(names.type))?.values ?? []) {
      if (!value.description?.value.startsWith('Measure:')) out.push(`${field.name.value}.${value.name.value}`);
    }
  }
  return out.sort();
}

/** The gateway refuses more aliases than this per document (gateway/server.ts LIMITS.maxAliases). */
export const MAX_ALIASES = 20;

/** The areas and their parents (gemeente → wijk → buurt). */
export const AREAS_QUERY = '{ areas(first: 100) { edges { node { code parent { code } } } } }';
export function readAreas(data: any): { code: string; parent: string | null }[] {
  return (data?.areas?.edges ?? []).map((edge: any) => ({ code: edge.node.code, parent: edge.node.parent?.code ?? null }));
}

const FRAGMENT = `fragment Cells on IndicatorSet {
  threshold roundingBase
  indicators { name unit bucket total { value state } byKey { key count { value state } } otherKeys { value state } byChildArea { areaCode count { value state } } }
}`;

/** The enum of a field's `names` argument (gemeenteIndicators: GemeenteIndicatorName, …). */
export const namesEnum = (field: IndicatorField) => `${field[0].toUpperCase()}${field.slice(1, -'Indicators'.length)}IndicatorName`;

/**
 * One document asking one area for `fields[i]` over the period in variable `$p<i>` and the indicators in
 * `$n<i>`, aliased `a<i>`.
 */
export function batchDocument(fields: readonly IndicatorField[]): string {
  const variables = fields.map((field, i) => `$p${i}: PeriodInput!, $n${i}: [${namesEnum(field)}!]!`).join(', ');
  const selections = fields.map((field, i) => `a${i}: ${field}(period: $p${i}, names: $n${i}) { ...Cells }`).join('\n    ');
  return `query Attack($area: ID!, ${variables}) {\n  area(code: $area) {\n    ${selections}\n  }\n}\n${FRAGMENT}`;
}

export const periodVariable = (from: string, to: string, interval: Interval) => ({ from, to, interval });

/** What a published count says. */
export type CellState =
  | { state: 'value'; value: number } // exact (zero, or shown without rounding)
  | { state: 'range'; lo: number; hi: number } // shown, rounded: the true count lies in [lo, hi]
  | { state: 'hidden' } // suppressed: some value the attacker does not see
  | { state: 'unknown' }; // a shape the attacker does not understand (counted, never used)

/**
 * The rounding of a set: round half up to a multiple of `base`; a shown count is at least `threshold`.
 * `scale`: an amount's atoms are counted in 1/scale of its unit (hours are recorded to a tenth:
 * recordFollowUp), and a shown amount is any amount ≥ 0 (the threshold applies to its contributors).
 */
export interface Rounding {
  base: number;
  threshold: number;
  scale?: number;
}

/** The units of amounts, and the fraction of the unit they are recorded to (Indicator.unit). */
export const AMOUNT_SCALE: Record<string, number> = { HOURS: 10 };

export function readCount(count: any, rounding: Rounding): CellState {
  if (count?.state === 'ZERO' && count.value === 0) return { state: 'value', value: 0 };
  if (count?.state === 'SHOWN' && Number.isInteger(count.value)) {
    const { base, threshold, scale } = rounding;
    if (scale) return { state: 'range', lo: Math.max(0, Math.ceil(scale * (count.value - base / 2))), hi: Math.ceil(scale * (count.value + base / 2)) - 1 };
    if (base === 1) return { state: 'value', value: count.value };
    return { state: 'range', lo: Math.max(threshold, count.value - Math.floor(base / 2)), hi: count.value + Math.ceil(base / 2) - 1 };
  }
  if (count?.state === 'SUPPRESSED' || count?.state === 'NOT_ALLOWED') return { state: 'hidden' };
  return { state: 'unknown' };
}

export interface ObservedIndicator {
  name: string;
  bucket: string;
  total: CellState;
  byKey: { key: string; cell: CellState }[];
  /** The keys not listed, together (null when the keys do not divide the total). */
  otherKeys: CellState | null;
  byChildArea: { area: string; cell: CellState }[];
}

export function readIndicatorSet(set: any): ObservedIndicator[] {
  const rounding: Rounding = { base: Number(set?.roundingBase ?? 1), threshold: Number(set?.threshold ?? 1) };
  return (set?.indicators ?? []).map((i: any) => {
    const r: Rounding = AMOUNT_SCALE[i.unit] ? { ...rounding, scale: AMOUNT_SCALE[i.unit] } : rounding;
    return {
      name: i.name,
      bucket: String(i.bucket).slice(0, 10),
      total: readCount(i.total, r),
      byKey: (i.byKey ?? []).map((k: any) => ({ key: k.key, cell: readCount(k.count, r) })),
      otherKeys: i.otherKeys ? readCount(i.otherKeys, r) : null,
      byChildArea: (i.byChildArea ?? []).map((c: any) => ({ area: c.areaCode, cell: readCount(c.count, r) })),
    };
  });
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
 * What the listing of breakdowns means (schema/shared.graphql: Indicator.byKey, otherKeys, byChildArea):
 * - absentKeyMeansZero: false: byKey lists only shown keys; a key not listed is zero or hidden.
 * - absentChildMeansZero: false: byChildArea lists every child area, so nothing is absent.
 * - keyListComplete: false: hidden keys are not named, so the attacker adds an "(unlisted)" key to every
 *   total; otherKeys gives the sum of the keys a bucket does not list.
 * - listedKeyMeansPresent: a listed key occurred (≥ 1) even when its count is suppressed (listed keys are
 *   always shown now, so this gives nothing).
 * A suppressed cell may hold 0 (zeros beside hidden cells are hidden too), so it gives no lower bound.
 */
export const SEMANTICS = {
  absentKeyMeansZero: false,
  absentChildMeansZero: false,
  keyListComplete: false,
  listedKeyMeansPresent: true,
};
