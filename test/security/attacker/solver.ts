// The solver: unknown atoms (non-negative integers), equations "sum of atoms = published number" (or, for a
// rounded number, "lo ≤ sum of atoms ≤ hi"), lower bounds "sum of atoms ≥ 1" (a listed key), and atoms known
// to be 0 beforehand. Ranges take part in steps (1), (2) and (2b); Gauss–Jordan uses exact equations only. It pins down every atom it can
// by (1) zeros: an equation with value 0 makes all its atoms 0, one with a single unknown atom gives it;
// (2) interval bounds: each atom lies in [value − Σ others' upper bounds, value − Σ others' lower bounds];
// (3) Gauss–Jordan elimination over the remaining equations, in exact arithmetic modulo a prime (values are
// small integers; whether a combination is determined does not depend on the prime except with negligible
// probability, and the test checks every recovered value against the truth). It repeats until nothing new
// is found. Then, for any linear combination of atoms, it tells whether the published numbers determine it and
// its value; `explain` lists the published numbers used (provenance), computed only when asked.
const P = 33_554_393; // a prime below 2^25: products stay exact in doubles

const mod = (a: number) => ((a % P) + P) % P;
const mul = (a: number, b: number) => (a * b) % P;
function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}
const signed = (a: number) => (a > P / 2 ? a - P : a);

export interface Equation {
  atoms: number[];
  /** The sum, or its lower bound when `hi` is given (a rounded number). */
  value: number;
  /** The sum's upper bound for a rounded number. */
  hi?: number;
  source: number;
}

export interface AtLeast {
  atoms: number[];
  lo: number;
  source: number;
}

/** How an atom became known: from equations (by index), each read with the atoms known before `order`. */
interface Reason {
  order: number;
  equations: number[]; // indices into equations; −1 − i for atLeast[i]
}

interface BasisRow {
  row: Map<number, number>; // the pivot (coefficient 1) and free atoms only
  rhs: number;
  equations: Set<number>;
}

export interface Evaluation {
  determined: boolean;
  value?: number;
}

export class Solver {
  private value: Float64Array; // NaN: unknown
  private reason: (Reason | null)[];
  private rank: Int32Array; // the order in which atoms were learned (−1: known beforehand or unknown)
  private learned = 0;
  readonly conflicts: number[] = []; // sources of equations the others contradict (a model mismatch)
  private basis = new Map<number, BasisRow>();
  private occurs = new Map<number, Set<number>>(); // free atom → pivots of the rows holding it
  private basisOrder = 0;
  /** Equations the solver derived (appended to `equations`): the equations and bounds they came from. */
  private parents = new Map<number, number[]>();
  rounds = 0;

  private equations: Equation[];

  constructor(size: number, equations: Equation[], private atLeast: AtLeast[], zeros: Iterable<number> = []) {
    this.equations = [...equations];
    this.value = new Float64Array(size).fill(NaN);
    this.reason = new Array(size).fill(null);
    this.rank = new Int32Array(size).fill(-1);
    for (const z of zeros) this.value[z] = 0;
  }

  isKnown = (atom: number) => !Number.isNaN(this.value[atom]);

  private learn(atom: number, value: number, reason: Reason): boolean {
    if (this.isKnown(atom)) return false;
    this.value[atom] = value;
    this.reason[atom] = reason;
    this.rank[atom] = this.learned++;
    return true;
  }

  solve(): this {
    const open: number[][] = this.equations.map((e) => e.atoms);
    const rest = this.equations.map((e) => e.value);
    const restHi = this.equations.map((e) => e.hi ?? e.value);
    const exact = (i: number) => this.equations[i].hi === undefined || this.equations[i].hi === this.equations[i].value;
    for (;;) {
      this.rounds++;
      const order = this.learned;
      // take the known atoms out of every equation
      for (let i = 0; i < open.length; i++) {
        if (!open[i].length) continue;
        let known = 0;
        for (const a of open[i]) if (this.isKnown(a)) known++;
        if (!known) continue;
        const left: number[] = [];
        for (const a of open[i]) {
          if (this.isKnown(a)) {
            rest[i] -= this.value[a];
            restHi[i] -= this.value[a];
          } else left.push(a);
        }
        open[i] = left;
        if (!left.length && (rest[i] > 0 || restHi[i] < 0)) this.conflicts.push(this.equations[i].source);
      }
      let progress = false;
      // (1) zeros and single atoms
      for (let i = 0; i < open.length; i++) {
        if (!open[i].length) continue;
        if (restHi[i] < 0) this.conflicts.push(this.equations[i].source);
        else if (restHi[i] === 0) for (const a of open[i]) progress = this.learn(a, 0, { order, equations: [i] }) || progress;
        else if (open[i].length === 1 && rest[i] === restHi[i]) progress = this.learn(open[i][0], rest[i], { order, equations: [i] }) || progress;
      }
      if (progress) continue;
      // (2) interval bounds
      const hi = new Map<number, { v: number; eqs: number[] }>();
      const lo = new Map<number, { v: number; eqs: number[] }>();
      for (let i = 0; i < open.length; i++) for (const a of open[i]) if (!hi.has(a) || hi.get(a)!.v > restHi[i]) hi.set(a, { v: restHi[i], eqs: [i] });
      for (let i = 0; i < open.length; i++) if (open[i].length === 1 && rest[i] > (lo.get(open[i][0])?.v ?? 0)) lo.set(open[i][0], { v: rest[i], eqs: [i] });
      this.atLeast.forEach((ineq, j) => {
        let need = ineq.lo;
        const left = ineq.atoms.filter((a) => {
          if (this.isKnown(a)) need -= this.value[a];
          return !this.isKnown(a);
        });
        if (left.length === 1 && need > (lo.get(left[0])?.v ?? 0)) lo.set(left[0], { v: need, eqs: [-1 - j] });
      });
      for (let pass = 0; pass < 3; pass++) {
        for (let i = 0; i < open.length; i++) {
          const atoms = open[i];
          if (!atoms.length || atoms.length > 40) continue; // long sums bound nothing useful
          let sumHi = 0;
          let sumLo = 0;
          for (const a of atoms) {
            sumHi += hi.get(a)?.v ?? Infinity;
            sumLo += lo.get(a)?.v ?? 0;
          }
          for (const a of atoms) {
            const ownHi = hi.get(a)?.v ?? Infinity;
            const ownLo = lo.get(a)?.v ?? 0;
            const others = atoms.filter((b) => b !== a);
            if (Number.isFinite(sumHi - ownHi) && rest[i] - (sumHi - ownHi) > ownLo) lo.set(a, { v: rest[i] - (sumHi - ownHi), eqs: [i, ...others.flatMap((b) => hi.get(b)!.eqs)] });
            if (restHi[i] - (sumLo - ownLo) < ownHi) hi.set(a, { v: restHi[i] - (sumLo - ownLo), eqs: [i, ...others.flatMap((b) => lo.get(b)?.eqs ?? [])] });
          }
        }
      }
      for (const [a, h] of hi) {
        const l = lo.get(a);
        if (l && l.v === h.v) progress = this.learn(a, h.v, { order, equations: [...h.eqs, ...l.eqs] }) || progress;
        else if (!l && h.v === 0) progress = this.learn(a, 0, { order, equations: h.eqs }) || progress;
      }
      if (progress) continue;
      // (2b) bounds on sums: when an equation's value is the sum of the lower bounds of disjoint groups of its
      // atoms (each group a listed key: ≥ 1), each group holds exactly its bound and the other atoms are 0
      progress = this.groupBounds(open, rest, restHi, order) || progress;
      if (progress) continue;
      // (3) Gauss–Jordan
      this.basis = new Map();
      this.occurs = new Map();
      this.basisOrder = order;
      for (let i = 0; i < open.length; i++) if (open[i].length && exact(i)) this.insert(open[i], rest[i], i);
      for (const [pivot, r] of this.basis) if (r.row.size === 1) progress = this.learn(pivot, signed(r.rhs), { order, equations: [...r.equations] }) || progress;
      if (!progress) return this;
    }
  }

  private derived = new Set<string>();

  private groupBounds(open: number[][], rest: number[], restHi: number[], order: number): boolean {
    const groups: { atoms: number[]; need: number; index: number }[] = [];
    const holding = new Map<number, number[]>(); // atom → groups holding it
    this.atLeast.forEach((ineq, j) => {
      let need = ineq.lo;
      const atoms: number[] = [];
      for (const a of ineq.atoms) {
        if (this.isKnown(a)) need -= this.value[a];
        else atoms.push(a);
      }
      if (need <= 0 || !atoms.length || atoms.length > 60) return;
      const g = groups.push({ atoms, need, index: -1 - j }) - 1;
      for (const a of atoms) holding.set(a, [...(holding.get(a) ?? []), g]);
    });
    if (!groups.length) return false;
    let progress = false;
    const count = open.length;
    for (let i = 0; i < count; i++) {
      const atoms = open[i];
      if (!atoms.length || atoms.length > 400 || restHi[i] <= 0) continue;
      const inside = new Set(atoms);
      const candidates = new Set<number>();
      for (const a of atoms) for (const g of holding.get(a) ?? []) candidates.add(g);
      const used = new Set<number>();
      const chosen: number[] = [];
      let sum = 0;
      for (const g of [...candidates].sort((x, y) => groups[x].atoms.length - groups[y].atoms.length)) {
        const group = groups[g];
        if (!group.atoms.every((a) => inside.has(a) && !used.has(a))) continue;
        for (const a of group.atoms) used.add(a);
        chosen.push(g);
        sum += group.need;
      }
      if (!chosen.length || sum !== restHi[i]) continue; // the groups' least already fill the sum's most
      const because = [i, ...chosen.map((g) => groups[g].index)];
      for (const a of atoms) if (!used.has(a)) progress = this.learn(a, 0, { order, equations: because }) || progress;
      for (const g of chosen) {
        const group = groups[g];
        if (group.atoms.length === 1) {
          progress = this.learn(group.atoms[0], group.need, { order, equations: because }) || progress;
          continue;
        }
        const signature = `${group.atoms.join(',')}=${group.need}`;
        if (this.derived.has(signature)) continue;
        this.derived.add(signature);
        const index = this.equations.push({ atoms: group.atoms, value: group.need, source: this.equations[i].source }) - 1;
        this.parents.set(index, because);
        open.push(group.atoms);
        rest.push(group.need);
        restHi.push(group.need);
        progress = true;
      }
    }
    return progress;
  }

  private insert(atoms: number[], value: number, index: number): void {
    const row = new Map<number, number>();
    for (const a of atoms) row.set(a, mod((row.get(a) ?? 0) + 1));
    let rhs = mod(value);
    const equations = new Set([index]);
    for (const [atom, coef] of [...row]) {
      const pivotRow = this.basis.get(atom);
      if (!pivotRow) continue;
      for (const [b, c] of pivotRow.row) {
        const v = mod((row.get(b) ?? 0) - mul(coef, c));
        if (v === 0) row.delete(b);
        else row.set(b, v);
      }
      rhs = mod(rhs - mul(coef, pivotRow.rhs));
      for (const e of pivotRow.equations) equations.add(e);
    }
    if (!row.size) {
      if (rhs !== 0) this.conflicts.push(this.equations[index].source);
      return;
    }
    const [pivot, pivotCoef] = row.entries().next().value as [number, number];
    const scale = inverse(pivotCoef);
    for (const [b, c] of row) row.set(b, mul(c, scale));
    rhs = mul(rhs, scale);
    // Jordan: take the new pivot out of every row that holds it
    for (const other of this.occurs.get(pivot) ?? []) {
      const r = this.basis.get(other)!;
      const coef = r.row.get(pivot);
      if (!coef) continue;
      for (const [b, c] of row) {
        const v = mod((r.row.get(b) ?? 0) - mul(coef, c));
        if (v === 0) {
          r.row.delete(b);
          if (b !== pivot) this.occurs.get(b)?.delete(other);
        } else {
          r.row.set(b, v);
          this.occursAdd(b, other);
        }
      }
      r.rhs = mod(r.rhs - mul(coef, rhs));
      for (const e of equations) r.equations.add(e);
    }
    this.occurs.delete(pivot);
    this.basis.set(pivot, { row, rhs, equations });
    for (const b of row.keys()) if (b !== pivot) this.occursAdd(b, pivot);
  }

  private occursAdd(atom: number, pivot: number): void {
    if (!this.occurs.has(atom)) this.occurs.set(atom, new Set());
    this.occurs.get(atom)!.add(pivot);
  }

  /** Whether Σ coefs[i]·ids[i] (coefficient 1 when `coefs` is absent) is determined, and its value. */
  evaluate(ids: number[], coefs?: number[]): Evaluation {
    const used = this.reduce(ids, coefs);
    return used ? { determined: true, value: used.value } : { determined: false };
  }

  private reduce(ids: number[], coefs?: number[]): { value: number; known: number[]; rows: BasisRow[] } | null {
    let exact = 0;
    let rest: Map<number, number> | null = null;
    const known: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i];
      const c = coefs ? coefs[i] : 1;
      if (c === 0) continue;
      if (this.isKnown(a)) {
        exact += c * this.value[a];
        known.push(a);
        continue;
      }
      if (!this.basis.has(a) && !this.occurs.has(a)) return null; // in no equation left: free
      rest ??= new Map();
      rest.set(a, mod((rest.get(a) ?? 0) + c));
    }
    let value = 0;
    const rows: BasisRow[] = [];
    if (rest) {
      for (const [a, c] of [...rest]) {
        const r = this.basis.get(a);
        if (!r || c === 0) continue;
        for (const [b, rc] of r.row) {
          const v = mod((rest.get(b) ?? 0) - mul(c, rc));
          if (v === 0) rest.delete(b);
          else rest.set(b, v);
        }
        value = mod(value + mul(c, r.rhs));
        rows.push(r);
      }
      for (const c of rest.values()) if (c !== 0) return null;
    }
    return { value: exact + signed(value), known, rows };
  }

  /** The sources of the published numbers a determined combination rests on. */
  explain(ids: number[], coefs?: number[]): number[] {
    const used = this.reduce(ids, coefs);
    if (!used) return [];
    const sources = new Set<number>();
    const done = new Set<string>();
    // an equation (or bound) as it was read at `before`: with the atoms known by then taken out
    const equation = (index: number, before: number) => {
      const tag = `${index}@${before}`;
      if (done.has(tag)) return;
      done.add(tag);
      const parents = this.parents.get(index);
      if (parents) return void parents.forEach((p) => equation(p, before));
      const { atoms, source } = index < 0 ? this.atLeast[-1 - index] : this.equations[index];
      sources.add(source);
      for (const a of atoms) if (this.rank[a] >= 0 && this.rank[a] < before) atom(a);
    };
    const atom = (a: number) => {
      const reason = this.reason[a];
      if (reason) for (const e of reason.equations) equation(e, reason.order);
    };
    for (const a of used.known) atom(a);
    for (const r of used.rows) for (const e of r.equations) equation(e, this.basisOrder);
    return [...sources].sort((x, y) => x - y);
  }
}
