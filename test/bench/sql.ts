// Small helpers to write set-based seeding SQL: deterministic pseudo-random choices per generated row, so
// two databases (e.g. bewoners and gemeente's sociale kaart index) can generate the same rows independently.

/** A string literal. */
export const lit = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** A text[] literal. */
export const textArray = (values: readonly string[]): string => `ARRAY[${values.map(lit).join(', ')}]::text[]`;

/** A deterministic number in 0..mod-1 for row `v` (a bigint expression) and a salt. */
export const rnd = (salt: number, mod: number, v = 'i'): string => `((hashint8extended(${v}::bigint, ${salt}) & 2147483647) % ${mod})`;

/** One of `values`, chosen per row. */
export const pick = (values: readonly string[], salt: number, v = 'i'): string => `(${textArray(values)})[1 + ${rnd(salt, values.length, v)}]`;

/** Values repeated by weight, for `pick` with a skewed distribution. */
export function weighted(weights: Record<string, number>): string[] {
  return Object.entries(weights).flatMap(([value, weight]) => Array.from({ length: weight }, () => value));
}

/** A CASE over a key expression: `cases` maps key values to SQL expressions. */
export function caseOf(key: string, cases: Record<string, string>, otherwise = 'NULL'): string {
  return `(CASE ${key} ${Object.entries(cases).map(([when, then]) => `WHEN ${lit(when)} THEN ${then}`).join(' ')} ELSE ${otherwise} END)`;
}

/** Snaps a coordinate expression to the 0.005° grid people's locations are stored on (kit/matching/location.ts). */
export const snap = (expression: string): string => `round((round((${expression}) / 0.005) * 0.005)::numeric, 3)::float8`;

/** A timestamptz literal. */
export const at = (date: Date): string => `${lit(date.toISOString())}::timestamptz`;
