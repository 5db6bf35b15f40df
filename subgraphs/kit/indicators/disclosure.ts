// The hub's rule set for statistical disclosure control, after CBS practice, for every indicator of every
// subgraph (README "Municipal dashboards" explains it in plain words). A figure about residents is one cell
// of a cube: area (gemeente → wijk → buurt) × period (year → quarter → month → week, periods.ts) × key
// (a category, a reason, …; the total over keys is a cell too). Each cell is
//
//   ZERO         nothing counted: shown as 0 (exact)
//   SHOWN        at least the threshold (SMALL_COUNT_THRESHOLD, default 5), rounded to a multiple of the
//                rounding base (SMALL_COUNT_ROUNDING, default 5): totals minus parts give at best a range
//   SUPPRESSED   from 1 to threshold − 1 (primary), or hidden so that no total minus the shown parts
//                reveals a hidden cell (secondary), or a zero beside a hidden cell (so that "suppressed" does
//                not say "at least 1"); a hidden key is not named
//   NOT_ALLOWED  the area is too small to be cut this finely (gemeente's statistics grid: villages and small
//                buurten get quarters or years only)
//
// Secondary suppression works on "lines": a total with its parts along one dimension (an area and its child
// areas, a period and its sub-periods, a total and its keys). In every line whose total is shown, the hidden
// parts are none, or at least two that hold at least the threshold together; in every line whose total is
// hidden, at least one part is hidden. Lines are settled top-down, as τ-ARGUS's HiTaS does: the cube is cut
// into subtables (the children of one area × the children of one period × the keys) and a subtable is
// settled only after the subtables that hold its margins, from the gemeente's years down. A cell's state
// thus depends only on the cells above and beside it, never on the question asked: the same cell reads the
// same in every answer, so comparing answers gains nothing.
//
// Rows coded to a wijk or the gemeente itself (not to a buurt) form an unpublished part of that area, so
// that its total minus its children cannot reveal them either. Figures about organisations (public funding,
// the subsidieregister) are not about residents and are published exactly.
import { isFiner, type Interval } from './periods';

export type CountState = 'SHOWN' | 'ZERO' | 'SUPPRESSED' | 'NOT_ALLOWED';

const SHOWN = 0;
const ZERO = 1;
const SUPPRESSED = 2;
const NOT_ALLOWED = 3;
const UNPUBLISHED = 4; // the part of an area coded to the area itself
const UNDECIDED = 255;
const STATE_NAMES: CountState[] = ['SHOWN', 'ZERO', 'SUPPRESSED', 'NOT_ALLOWED', 'SUPPRESSED'];
const isHidden = (state: number) => state >= SUPPRESSED && state !== UNDECIDED;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface RuleSet {
  /** Counts below this (and above 0) are suppressed. */
  threshold: number;
  /** Shown figures are rounded to a multiple of this (1: exact). */
  roundingBase: number;
}

/** The rules as configured (platform/config.ts: SMALL_COUNT_THRESHOLD, SMALL_COUNT_ROUNDING). */
export function ruleSet(config: { smallCountThreshold: number; smallCountRounding: number }): RuleSet {
  return { threshold: config.smallCountThreshold, roundingBase: config.smallCountRounding };
}

/** A total and its parts along one dimension; `interior` when the total belongs to the same subtable (a key line). */
interface Line {
  parent: number;
  interior: boolean;
  parts: number[];
}

/** An area in the cube. `own` marks the unpublished part of an area coded to the area itself. */
export interface AreaNode {
  code: string;
  parent: number; // −1: the top
  children: number[];
  minimum: Interval;
  own: boolean;
}

/** A bucket in the cube; a period's sub-periods are its children (none when the indicator is not a sum over time). */
export interface TimeNode {
  start: number;
  end: number;
  level: Interval;
  parent: number; // −1: a year, or a bucket of an indicator that is not summed over time
  children: number[];
}

export interface CubeShape {
  areas: AreaNode[];
  times: TimeNode[];
  /** Index 0 is the total over keys (''). */
  keys: string[];
  /** The total is the sum of the child areas (false for counts of distinct organisations over areas). */
  areaLines: boolean;
  /** A period is the sum of its sub-periods (false for levels and for counts of distinct things per period). */
  timeLines: boolean;
  /** The total is the sum of the keys (false when one counted thing can have several keys). */
  keyLines: boolean;
}

/**
 * One indicator's cube: `count` is what the threshold applies to (things counted, or the contributors of
 * an amount), `value` what is published (the same, or the amount: hours, euros).
 */
export class Cube {
  readonly count: Float64Array;
  readonly value: Float64Array;
  readonly state: Uint8Array;
  /**
   * The totals of lines the rules could not settle (every part that could still be hidden is public through
   * another line, or the total is a margin settled before): rounding is what blurs them.
   */
  readonly conflicts = new Set<number>();
  private readonly T: number;
  private readonly K: number;

  constructor(readonly shape: CubeShape) {
    this.T = shape.times.length;
    this.K = shape.keys.length;
    const size = shape.areas.length * this.T * this.K;
    this.count = new Float64Array(size);
    this.value = new Float64Array(size);
    this.state = new Uint8Array(size).fill(UNDECIDED);
  }

  cell(area: number, time: number, key: number): number {
    return (area * this.T + time) * this.K + key;
  }

  add(area: number, time: number, key: number, count: number, value: number): void {
    const cell = this.cell(area, time, key);
    this.count[cell] += count;
    this.value[cell] += value;
  }

  /** Fills the sums the shape implies (keys into their total, periods into theirs, areas into theirs), bottom up. */
  sumUp(): void {
    const { areas, times } = this.shape;
    if (this.shape.keyLines) {
      for (let a = 0; a < areas.length; a++) {
        for (let t = 0; t < this.T; t++) {
          const total = this.cell(a, t, 0);
          for (let k = 1; k < this.K; k++) {
            this.count[total] += this.count[total + k];
            this.value[total] += this.value[total + k];
          }
        }
      }
    }
    const byDepth = <T extends { parent: number }>(nodes: T[]) => {
      const depth = (i: number): number => (nodes[i].parent < 0 ? 0 : 1 + depth(nodes[i].parent));
      return nodes.map((_, i) => i).sort((x, y) => depth(y) - depth(x));
    };
    if (this.shape.timeLines) {
      for (const t of byDepth(times)) {
        const parent = times[t].parent;
        if (parent < 0) continue;
        for (let a = 0; a < areas.length; a++) for (let k = 0; k < this.K; k++) this.addInto(this.cell(a, parent, k), this.cell(a, t, k));
      }
    }
    if (this.shape.areaLines) {
      for (const a of byDepth(areas)) {
        const parent = areas[a].parent;
        if (parent < 0) continue;
        for (let t = 0; t < this.T; t++) for (let k = 0; k < this.K; k++) this.addInto(this.cell(parent, t, k), this.cell(a, t, k));
      }
    }
  }

  private addInto(target: number, source: number): void {
    this.count[target] += this.count[source];
    this.value[target] += this.value[source];
  }

  /** Publishes every cell exactly: for figures that are not about residents. */
  publishExactly(): void {
    for (let i = 0; i < this.state.length; i++) this.state[i] = this.count[i] === 0 && this.value[i] === 0 ? ZERO : SHOWN;
    for (let a = 0; a < this.shape.areas.length; a++) {
      if (!this.shape.areas[a].own) continue;
      for (let t = 0; t < this.T; t++) for (let k = 0; k < this.K; k++) this.state[this.cell(a, t, k)] = UNPUBLISHED;
    }
  }

  /** Settles every cell's state by the rules above, subtable by subtable from the top. */
  protect(rules: RuleSet): void {
    const { areas, times } = this.shape;
    const depthOf = <T extends { parent: number }>(nodes: T[], i: number): number => (i < 0 ? 0 : 1 + depthOf(nodes, nodes[i].parent));
    const areaParents = [-1, ...areas.map((_, i) => i).filter((i) => areas[i].children.length)];
    const timeParents = [-1, ...times.map((_, i) => i).filter((i) => times[i].children.length)];
    const subtables: { a: number; t: number; depth: number; areaDepth: number }[] = [];
    for (const a of areaParents) {
      for (const t of timeParents) subtables.push({ a, t, depth: depthOf(areas, a) + depthOf(times, t), areaDepth: depthOf(areas, a) });
    }
    subtables.sort((x, y) => x.depth - y.depth || x.areaDepth - y.areaDepth || x.a - y.a || x.t - y.t);
    for (const { a, t } of subtables) this.protectSubtable(a, t, rules);
  }

  private protectSubtable(areaParent: number, timeParent: number, rules: RuleSet): void {
    const { areas, times } = this.shape;
    const xs = areaParent < 0 ? areas.map((_, i) => i).filter((i) => areas[i].parent < 0) : areas[areaParent].children;
    const ys = timeParent < 0 ? times.map((_, i) => i).filter((i) => times[i].parent < 0) : times[timeParent].children;
    const keys = Array.from({ length: this.K }, (_, k) => k);
    for (const x of xs) for (const y of ys) for (const k of keys) this.state[this.cell(x, y, k)] = this.primary(x, y, k, rules);

    const lines: Line[] = [];
    if (this.shape.areaLines && areaParent >= 0) {
      for (const y of ys) for (const k of keys) lines.push({ parent: this.cell(areaParent, y, k), interior: false, parts: xs.map((x) => this.cell(x, y, k)) });
    }
    if (this.shape.timeLines && timeParent >= 0) {
      for (const x of xs) for (const k of keys) lines.push({ parent: this.cell(x, timeParent, k), interior: false, parts: ys.map((y) => this.cell(x, y, k)) });
    }
    if (this.shape.keyLines && this.K > 1) {
      for (const x of xs) for (const y of ys) lines.push({ parent: this.cell(x, y, 0), interior: true, parts: keys.slice(1).map((k) => this.cell(x, y, k)) });
    }
    const linesOf = new Map<number, Line[]>();
    for (const line of lines) for (const part of line.parts) linesOf.set(part, [...(linesOf.get(part) ?? []), line]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const line of lines) if (this.settle(line, linesOf, rules)) changed = true;
    }
  }

  private primary(area: number, time: number, key: number, rules: RuleSet): number {
    const node = this.shape.areas[area];
    if (node.own) return UNPUBLISHED;
    if (isFiner(this.shape.times[time].level, node.minimum)) return NOT_ALLOWED;
    const n = this.count[this.cell(area, time, key)];
    if (n === 0) return ZERO;
    return n < rules.threshold ? SUPPRESSED : SHOWN;
  }

  /** Applies the line rules once; true when it hid a cell. */
  private settle(line: Line, linesOf: Map<number, Line[]>, rules: RuleSet): boolean {
    let hiddenParts = 0;
    let hiddenSum = 0;
    let anyCounted = false;
    for (const part of line.parts) {
      const n = this.count[part];
      if (n > 0) anyCounted = true;
      if (n > 0 && isHidden(this.state[part])) {
        hiddenParts++;
        hiddenSum += n;
      }
    }
    if (hiddenParts > 0 && this.hideZeros(line)) return true;
    if (isHidden(this.state[line.parent])) {
      // a hidden total with every part shown would be their sum
      if (!anyCounted || hiddenParts > 0) return false;
    } else if (hiddenParts === 0 || (hiddenParts >= 2 && hiddenSum >= rules.threshold)) return false;
    if (this.hideSmallest(line, linesOf)) return true;
    if (line.interior && !isHidden(this.state[line.parent])) {
      this.state[line.parent] = SUPPRESSED;
      return true;
    }
    this.conflicts.add(line.parent);
    return false;
  }

  /**
   * Hides the shown part with the smallest count above 0 (ties: the first in area code, period, key order)
   * that is not the only counted part of another line under a shown margin: that part's value is the margin's,
   * public whatever its state, so hiding it would cover nothing.
   */
  private hideSmallest(line: Line, linesOf: Map<number, Line[]>): boolean {
    let best = -1;
    for (const part of line.parts) {
      if (this.state[part] !== SHOWN || this.count[part] === 0) continue;
      if ((linesOf.get(part) ?? []).some((other) => other !== line && !other.interior && !isHidden(this.state[other.parent]) && this.onlyCounted(other, part))) continue;
      if (best < 0 || this.count[part] < this.count[best] || (this.count[part] === this.count[best] && this.order(part, best) < 0)) best = part;
    }
    if (best < 0) return false;
    this.state[best] = SUPPRESSED;
    return true;
  }

  /**
   * Beside a hidden part, a zero is hidden too: otherwise "suppressed" would mean "at least 1", and a total
   * that equals the number of its suppressed parts would give each of them away.
   */
  private hideZeros(line: Line): boolean {
    let changed = false;
    for (const part of line.parts) {
      if (this.state[part] === ZERO) {
        this.state[part] = SUPPRESSED;
        changed = true;
      }
    }
    return changed;
  }

  private onlyCounted(line: Line, part: number): boolean {
    return line.parts.every((p) => p === part || this.count[p] === 0);
  }

  /** A question-independent order of cells: area code, period start, key. */
  private order(a: number, b: number): number {
    const [areaA, timeA, keyA] = this.coordinates(a);
    const [areaB, timeB, keyB] = this.coordinates(b);
    const { areas, times, keys } = this.shape;
    return (
      compare(areas[areaA].code, areas[areaB].code) ||
      Number(areas[areaA].own) - Number(areas[areaB].own) ||
      times[timeA].start - times[timeB].start ||
      times[timeA].end - times[timeB].end ||
      compare(keys[keyA], keys[keyB])
    );
  }

  /** A cell as "area first-day last-day key" (days as day numbers), for reports. */
  describe(cell: number): { area: string; own: boolean; start: number; end: number; key: string } {
    const [a, t, k] = this.coordinates(cell);
    const { areas, times, keys } = this.shape;
    return { area: areas[a].code, own: areas[a].own, start: times[t].start, end: times[t].end, key: keys[k] };
  }

  private coordinates(cell: number): [number, number, number] {
    const key = cell % this.K;
    const rest = (cell - key) / this.K;
    return [Math.floor(rest / this.T), rest % this.T, key];
  }

  /** What a cell publishes: its state, and its value rounded to the base when shown (null when hidden). */
  read(cell: number, rules: RuleSet, exact = false): { state: CountState; value: number | null } {
    const state = this.state[cell];
    if (state === UNDECIDED) throw new Error('a cell was read before the rules settled it');
    if (state === ZERO) return { state: 'ZERO', value: 0 };
    if (state !== SHOWN) return { state: STATE_NAMES[state], value: null };
    const value = this.value[cell];
    return { state: 'SHOWN', value: exact ? value : Math.round(value / rules.roundingBase) * rules.roundingBase };
  }

  isShown(cell: number): boolean {
    return this.state[cell] === SHOWN;
  }
}
