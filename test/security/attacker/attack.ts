// The attacker, end to end, using only the GraphQL API as an analyst: find the areas, ask the planned
// queries (gather), turn every published number (and every absence) into equations, solve each indicator's
// system, and list what it could pin down, plus the names it saw on suppressed cells (analyse).
import { INDICATOR_FIELDS, SEMANTICS } from './shape';
import { discoverAreas, isWhole, planTasks, probeAreas, runTasks, type Area, type CostModel, type Observation, type RunStats, type Window } from './queries';
import { PUBLIC_FIGURES, familyOf, atomsOf, cellsOf, layOut, rectOf, rectSignature, structuralZeros, targetsOf, type Cell, type IndicatorAtoms, type Target } from './model';
import { Solver, type AtLeast, type Equation } from './solver';

type Post = (query: string, variables?: Record<string, unknown>) => Promise<{ status: number; data?: any; errors?: any[] }>;

export interface Recovered {
  target: Target;
  value: number;
}

export interface NameSeen {
  indicator: string;
  family: string;
  source: number; // the cell
  name: string;
  atoms: number[];
}

export interface IndicatorResult {
  atoms: IndicatorAtoms;
  equations: Equation[];
  atLeast: AtLeast[];
  zeros: number[];
  solver: Solver;
  recovered: Recovered[];
  targets: number;
}

export interface Gathered {
  areas: Area[];
  observations: Observation[];
  stats: RunStats;
  timings: Record<string, number>;
}

export interface AttackResult extends Gathered {
  cells: Cell[];
  indicators: Map<string, IndicatorResult>;
  unmodelled: string[];
  names: NameSeen[];
}

/** Asks the API everything in the plan (the only part that talks to the hub). */
/** `indicators`: what the schema exposes ("<field>.<name>"); `cost`: the gateway's cost model, to pack documents. */
export async function gather(post: Post, window: Window, options: { indicators: readonly string[]; concurrency?: number; cost?: CostModel }): Promise<Gathered> {
  const started = Date.now();
  const areas = await discoverAreas(post);
  const tasks = planTasks(areas, window, options.indicators, INDICATOR_FIELDS);
  // periods that are not whole buckets: first probed in a few areas; the rest only when a probe is answered
  const probes = probeAreas(areas);
  const first = tasks.filter((t) => isWhole(t.period) || probes.has(t.area));
  const probed = await runTasks(post, first, options.concurrency ?? 3, options.cost);
  const rest = probed.observations.some((o) => o.answer.ok && !isWhole(o.task.period)) ? tasks.filter((t) => !isWhole(t.period) && !probes.has(t.area)) : [];
  const more = await runTasks(post, rest, options.concurrency ?? 3, options.cost);
  const observations = [...probed.observations, ...more.observations.map((o) => ({ ...o, id: probed.observations.length + o.id }))];
  const stats: RunStats = {
    requests: probed.stats.requests + more.stats.requests,
    answered: probed.stats.answered + more.stats.answered,
    retried: probed.stats.retried + more.stats.retried,
    refused: { ...probed.stats.refused },
  };
  for (const [code, n] of Object.entries(more.stats.refused)) stats.refused[code] = (stats.refused[code] ?? 0) + n;
  return { areas, observations, stats, timings: { queries: Date.now() - started } };
}

/** The equations and bounds of one indicator's cells (the same atoms asked twice count once). */
export function systemOf(atoms: IndicatorAtoms, cells: Cell[], indices: number[]): { equations: Equation[]; atLeast: AtLeast[] } {
  const equations: Equation[] = [];
  const atLeast: AtLeast[] = [];
  const seen = new Set<string>();
  for (const source of indices) {
    const cell = cells[source];
    const bound = cell.state.state === 'hidden' && cell.listed && cell.role === 'key' && SEMANTICS.listedKeyMeansPresent && atoms.spec.countsRows;
    const { state } = cell;
    if (state.state !== 'value' && state.state !== 'range' && !bound) continue;
    const rect = rectOf(atoms, cell);
    const said = state.state === 'value' ? String(state.value) : state.state === 'range' ? `${state.lo}..${state.hi}` : '≥1';
    const signature = `${said}|${rectSignature(cell, rect)}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    if (state.state === 'value') equations.push({ atoms: atomsOf(atoms, rect), value: state.value, source });
    else if (state.state === 'range') equations.push({ atoms: atomsOf(atoms, rect), value: state.lo, hi: state.hi, source });
    else atLeast.push({ atoms: atomsOf(atoms, rect), lo: 1, source });
  }
  return { equations, atLeast };
}

/** A name on a suppressed count says the key (or child area) occurred there — when names come and go. */
function namesSeen(atoms: IndicatorAtoms, cells: Cell[], indices: number[]): NameSeen[] {
  const out: NameSeen[] = [];
  const absentKeys = new Set<string>();
  const absentChildren = new Set<string>();
  for (const i of indices) {
    if (cells[i].role === 'absent-key') absentKeys.add(`${cells[i].indicator}|${cells[i].key}`);
    if (cells[i].role === 'absent-child') absentChildren.add(`${cells[i].indicator}|${cells[i].area}`);
  }
  const seen = new Set<string>();
  for (const source of indices) {
    const cell = cells[source];
    if (cell.state.state !== 'hidden' || !cell.listed) continue;
    if (!(cell.role === 'key' ? absentKeys.has(`${cell.indicator}|${cell.key}`) : absentChildren.has(`${cell.indicator}|${cell.area}`))) continue;
    const rect = rectOf(atoms, cell);
    const signature = `${cell.indicator}|${cell.role}|${rectSignature(cell, rect)}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push({ indicator: cell.indicator, family: atoms.name, source, name: cell.role === 'key' ? cell.key! : cell.area, atoms: atomsOf(atoms, rect) });
  }
  return out;
}

/** Turns the answers into equations, solves them, and lists what is pinned down and which names were seen. */
export function analyse(gathered: Gathered): AttackResult {
  const timings: Record<string, number> = { ...gathered.timings };
  const time = <T>(name: string, work: () => T): T => {
    const started = Date.now();
    const result = work();
    timings[name] = (timings[name] ?? 0) + Date.now() - started;
    return result;
  };
  const { areas, observations } = gathered;
  const cells = time('cells', () => cellsOf(observations, areas));
  const byFamily = new Map<string, number[]>();
  const unmodelled = new Set<string>();
  cells.forEach((cell, i) => {
    if (PUBLIC_FIGURES.has(cell.indicator)) return; // about organisations, published exactly: nothing to attack
    const family = familyOf(cell.indicator)?.name;
    if (!family) return void unmodelled.add(cell.indicator);
    if (!byFamily.has(family)) byFamily.set(family, []);
    byFamily.get(family)!.push(i);
  });
  const indicators = new Map<string, IndicatorResult>();
  const names: NameSeen[] = [];
  for (const [name, indices] of byFamily) {
    const atoms = time('system', () => layOut(familyOf(cells[indices[0]].indicator)!, areas, indices.map((i) => cells[i])));
    const { equations, atLeast } = time('system', () => systemOf(atoms, cells, indices));
    const zeros = structuralZeros(atoms);
    const solver = time('solver', () => new Solver(atoms.size, equations, atLeast, zeros).solve());
    const { recovered, count } = time('targets', () => {
      const recovered: Recovered[] = [];
      const seen = new Set<string>();
      for (const target of targetsOf(atoms, cells, indices)) {
        if (!target.ids.length || seen.has(target.signature)) continue;
        seen.add(target.signature);
        const result = solver.evaluate(target.ids, target.coefs);
        if (result.determined) recovered.push({ target, value: result.value! });
      }
      return { recovered, count: seen.size };
    });
    indicators.set(name, { atoms, equations, atLeast, zeros, solver, recovered, targets: count });
    names.push(...time('names', () => namesSeen(atoms, cells, indices)));
  }
  return { ...gathered, timings, cells, indicators, unmodelled: [...unmodelled], names };
}

export async function attack(post: Post, window: Window, options: Parameters<typeof gather>[2]): Promise<AttackResult> {
  return analyse(await gather(post, window, options));
}
