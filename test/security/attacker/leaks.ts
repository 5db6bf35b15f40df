// Judging the attack with the truth (the test's side, not the attacker's): which recovered numbers are small
// counts, which names on suppressed cells gave something away, whether the attacker read the API right
// (every shown number equals the true sum of its atoms), and, for the report, a small set of published
// numbers that suffices for each example.
import type { AttackResult, IndicatorResult, Recovered } from './attack';
import { Solver } from './solver';
import type { Truth } from './data';
import { describeCell } from './model';
import { iso } from './dates';

export type LeakKind =
  | 'small count recovered'
  | 'suppressed cell recovered'
  | 'level change'
  | 'key name on suppressed cell'
  | 'child area on suppressed cell'
  | 'small count shown';

export interface Leak {
  kind: LeakKind;
  indicator: string;
  cell: string;
  recovered: number | null; // null for a name
  truth: number;
  /** For the examples: the published numbers used, as "query → path = value" (a small sufficient set). */
  queries: string[];
}

export interface Judgement {
  leaks: Leak[];
  /** Shown numbers the attacker's model does not explain (its reading of the API is wrong). */
  mismatches: string[];
  /** Recovered values that differ from the truth (the solver or the model is wrong). */
  wrong: string[];
  /** Equations the solver found contradictory. */
  conflicts: number;
}

const truthCache = new WeakMap<IndicatorResult, Map<number, number>>();
/** The true value of atom `id` of a family's system (cached per atom). */
function atomTruth(r: IndicatorResult, truth: Truth, id: number): number {
  let cache = truthCache.get(r);
  if (!cache) truthCache.set(r, (cache = new Map()));
  let value = cache.get(id);
  if (value === undefined) cache.set(id, (value = truth.atom(r.atoms.describe(id), r.atoms.dimValues)));
  return value;
}

const contributorCache = new WeakMap<IndicatorResult, Map<number, number>>();
/** For an amount: how many contributed to atom `id` (the count the threshold protects). */
function atomContributors(r: IndicatorResult, truth: Truth, id: number): number {
  let cache = contributorCache.get(r);
  if (!cache) contributorCache.set(r, (cache = new Map()));
  let value = cache.get(id);
  if (value === undefined) cache.set(id, (value = truth.contributors(r.atoms.describe(id), r.atoms.dimValues)));
  return value;
}

export function judge(result: AttackResult, truth: Truth, threshold: number, options: { examplesPerGroup?: number; maxProvenance?: number } = {}): Judgement {
  const examples = options.examplesPerGroup ?? 2;
  const leaks: Leak[] = [];
  const mismatches: string[] = [];
  const wrong: string[] = [];
  let conflicts = 0;
  const small = (v: number) => v >= 1 && v <= threshold - 1;
  const line = (source: number) => describeCell(result.cells[source], result.observations);
  for (const [name, r] of result.indicators) {
    conflicts += r.solver.conflicts.length;
    const atom = (id: number) => atomTruth(r, truth, id);
    const truthOf = (ids: number[], coefs?: number[]) => ids.reduce((sum, id, i) => sum + (coefs ? coefs[i] : 1) * atom(id), 0);
    // an amount (hours) gives away something when it rests on 1 … threshold−1 contributors; a count, when it is one
    const amount = Boolean(r.atoms.spec.amount);
    const sensitive = (ids: number[], value: number) => (amount ? small(ids.reduce((sum, id) => sum + atomContributors(r, truth, id), 0)) : small(value));
    for (const eq of r.equations) {
      const t = truthOf(eq.atoms);
      const hi = eq.hi ?? eq.value;
      if (t < eq.value || t > hi) mismatches.push(`${line(eq.source)}, but its cells truly hold ${t}`);
      else if (sensitive(eq.atoms, t)) leaks.push({ kind: 'small count shown', indicator: name, cell: line(eq.source), recovered: eq.hi === undefined ? eq.value : null, truth: t, queries: [line(eq.source)] });
    }
    const groups = new Map<string, Recovered[]>();
    for (const rec of r.recovered) {
      const t = truthOf(rec.target.ids, rec.target.coefs);
      if (t !== rec.value) {
        wrong.push(`${name} ${rec.target.label()}: recovered ${rec.value}, truly ${t}`);
        continue;
      }
      if (rec.target.what === 'level change' ? !small(Math.abs(rec.value)) : !sensitive(rec.target.ids, rec.value)) continue;
      const kind: LeakKind = rec.target.what === 'level change' ? 'level change' : rec.target.what === 'suppressed cell' ? 'suppressed cell recovered' : 'small count recovered';
      const group = `${kind}\n${rec.target.indicator}`;
      groups.set(group, [...(groups.get(group) ?? []), rec]);
    }
    for (const [group, list] of groups) {
      const [kind, indicator] = group.split('\n') as [LeakKind, string];
      // examples: of the simplest few (fewest atoms), those resting on the fewest published numbers
      list.sort((a, b) => a.target.ids.length - b.target.ids.length);
      const certificates = new Map(list.slice(0, examples).map((rec) => [rec, minimalSources(r, rec, options.maxProvenance)]));
      const chosen = new Set([...certificates].sort((a, b) => a[1].length - b[1].length).slice(0, examples).map(([rec]) => rec));
      for (const rec of [...chosen, ...list.filter((rec) => !chosen.has(rec))]) {
        const queries = chosen.has(rec) ? certificates.get(rec)!.map(line) : [];
        leaks.push({ kind, indicator, cell: rec.target.label(), recovered: rec.value, truth: rec.value /* equal to the truth, checked above */, queries });
      }
    }
  }
  for (const seen of result.names) {
    const r = result.indicators.get(seen.family)!;
    const t = seen.atoms.reduce((sum, id) => sum + atomTruth(r, truth, id), 0);
    const c = result.cells[seen.source];
    if (t < 1) continue; // a child area is listed for rows anywhere in the period; here it names nothing
    leaks.push({
      kind: c.role === 'key' ? 'key name on suppressed cell' : 'child area on suppressed cell',
      indicator: seen.indicator,
      cell: `${c.role === 'key' ? `${c.area} ${seen.name}` : seen.name}, bucket ${iso(c.bucket)} of ${iso(c.from)}..${iso(c.to)} by ${c.interval}`,
      recovered: null,
      truth: t,
      queries: [line(seen.source)],
    });
  }
  return { leaks, mismatches, wrong, conflicts };
}

/**
 * A small subset of the published numbers that still determines the recovered value: drop chunks of the
 * sources the solver used (halves, quarters, … single ones) as long as what is left still determines it.
 */
export function minimalSources(r: IndicatorResult, rec: Recovered, max = 5000): number[] {
  let keep = r.solver.explain(rec.target.ids, rec.target.coefs);
  if (keep.length > max) return keep;
  const all = new Set(keep);
  const equations = r.equations.filter((e) => all.has(e.source));
  const atLeast = r.atLeast.filter((a) => all.has(a.source));
  const determines = (sources: number[]) => {
    const set = new Set(sources);
    const solver = new Solver(r.atoms.size, equations.filter((e) => set.has(e.source)), atLeast.filter((a) => set.has(a.source)), r.zeros).solve();
    return solver.evaluate(rec.target.ids, rec.target.coefs).determined;
  };
  if (!determines(keep)) return keep;
  for (let chunk = Math.ceil(keep.length / 2); chunk >= 1; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
    for (let start = 0; start < keep.length; ) {
      const without = [...keep.slice(0, start), ...keep.slice(start + chunk)];
      if (without.length < keep.length && determines(without)) keep = without;
      else start += chunk;
    }
  }
  return keep;
}

/** Counts per kind and indicator, for the summary. */
export function tally(leaks: Leak[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of leaks) out[`${l.kind} · ${l.indicator}`] = (out[`${l.kind} · ${l.indicator}`] ?? 0) + 1;
  return out;
}

/**
 * How much of what suppression should protect the attacker got: of the single-day counts (all keys) of each
 * day-counted indicator per area level whose true value is 1 … threshold−1, how many it pinned down exactly.
 */
export function coverage(result: AttackResult, truth: Truth, threshold: number): Record<string, string> {
  const out: Record<string, string> = {};
  const levels = ['gemeente', 'wijk', 'buurt'];
  for (const r of result.indicators.values()) {
    if (r.atoms.spec.kind !== 'daily' || r.atoms.spec.amount) continue;
    for (const name of Object.keys(r.atoms.family.members)) {
      const counts = levels.map(() => [0, 0]);
      const keys = r.atoms.keyGroup(name, null);
      r.atoms.segments.forEach((segment, a) => {
        if (segment.lo !== segment.hi) return; // single days only
        for (const area of result.areas) {
          const ids = r.atoms.subtree(area.code).flatMap((n) => keys.map((b) => r.atoms.id(n, a, b)));
          const t = ids.reduce((sum, id) => sum + atomTruth(r, truth, id), 0);
          if (t < 1 || t > threshold - 1) continue;
          counts[area.level][1]++;
          if (r.solver.evaluate(ids).determined) counts[area.level][0]++;
        }
      });
      out[name] = counts.map(([got, all], level) => `${levels[level]} ${got}/${all}`).join(', ');
    }
  }
  return out;
}
