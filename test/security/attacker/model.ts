// The attacker's model of what each published number counts, as the schema descriptions and the README say:
// a number is a sum of unknown fine-grained cells ("atoms"), so every answer becomes a linear equation.
//
// Atoms per indicator kind (a node is any area code: rows may be coded to a buurt, a wijk or the gemeente):
// - daily:        (node, elementary day segment, key)  — counts of facts dated on a day, clipped to the period
// - yearly:       (node, year, key)                    — grants per year (a period counts the years it touches)
// - cohortLevel:  (node, intake cohort, midnight t)    — open / overdue hulpvragen at the end of a bucket,
//                                                        counting only those taken in by the end of the bucket
// A rounded number is a range (lo ≤ sum ≤ hi) rather than an equation; the keys of levels are not modelled.
// - bucketLevel:  (node, interval bucket)              — volunteers active at some time in the bucket
// - endLevel:     (node, midnight t, key)              — volunteers available at the end of a bucket (t: the
//                                                        midnight after its last day; the same for every interval)
// - rangeDistinct:(node, day range)                    — distinct cooperatives active in the (clipped) bucket in
//                                                        the node's subtree (once per area: not summed over areas)
// Elementary segments and cohorts are cut by every period boundary the attacker asked, so each equation is an
// exact union of atoms. A total covers the area's whole subtree (the area's own code and everything below).
// Indicators that count the same rows by different keys form a family with one joint key (e.g. hulpvragen by
// category × channel), so that each indicator is a margin of the same atoms and none can be subtracted from
// another unseen. A family's key dimension can be a set (`sets`): an indicator whose keys overlap (a volunteer
// helps with several categories, an activity is meant for several target groups) counts a row in each key of
// its set, and once in the total; the atoms then run over every subset of the names seen.
// Amounts (hours) are atoms in tenths of the published unit (`amount`); what the rules protect there is the
// number of contributors (matches) behind an amount, which the test's judge knows from the truth.
import { SEMANTICS, type CellState, type IndicatorField } from './shape';
import { bucketEnd, bucketStart, day, iso, januaryFirst, yearOf, type Day, type Interval } from './dates';
import { describeTask, type Area, type Observation } from './queries';

export const UNLISTED = '(unlisted)';
/** The key of requestersWhoHelp within the volunteers' family (the others: UNLISTED). */
export const ASKED_BEFORE = 'ASKED_BEFORE';
/** A set of names as one value of a set dimension ('' is the empty set). */
export const setValue = (names: string[]) => [...names].sort().join('+');
export const namesOf = (value: string) => (value === '' ? [] : value.split('+'));

export type Kind = 'daily' | 'yearly' | 'cohortLevel' | 'bucketLevel' | 'endLevel' | 'rangeDistinct';

export interface IndicatorSpec {
  kind: Kind;
  /** A listed key stands for at least one counted row (false for sums such as participants). */
  countsRows: boolean;
  /** An amount (Indicator.unit HOURS): atoms in 1/amount of the unit (hours are recorded to a tenth). */
  amount?: number;
}

const daily: IndicatorSpec = { kind: 'daily', countsRows: true };

/** Indicators by `<field>.<name>`; an indicator not named here is recorded but not modelled (see the report). */
export const INDICATORS: Record<string, IndicatorSpec> = {
  'gemeenteIndicators.grants': { kind: 'yearly', countsRows: true },
  'welzijnIndicators.requestsOpened': daily,
  'welzijnIndicators.requestsByChannel': daily,
  'welzijnIndicators.matchesMade': daily,
  'welzijnIndicators.followUpOutcomes': daily,
  'welzijnIndicators.matchesDeclined': daily,
  'welzijnIndicators.hoursGiven': { kind: 'daily', countsRows: false, amount: 10 },
  'welzijnIndicators.newVolunteers': daily,
  'welzijnIndicators.requestersWhoHelp': daily,
  'welzijnIndicators.activeVolunteers': { kind: 'bucketLevel', countsRows: true },
  'welzijnIndicators.volunteersAvailable': { kind: 'endLevel', countsRows: true },
  'welzijnIndicators.openBacklog': { kind: 'cohortLevel', countsRows: true },
  'welzijnIndicators.overdueResponses': { kind: 'cohortLevel', countsRows: true },
  'zorgIndicators.referralsByReason': daily,
  'zorgIndicators.signalsByReason': daily,
  'zorgIndicators.referralsByDirection': daily,
  'zorgIndicators.returnedToInformalHelp': daily,
  'bewonersIndicators.activitiesHeld': daily,
  'bewonersIndicators.participants': { kind: 'daily', countsRows: false },
  'bewonersIndicators.participantsByTargetGroup': { kind: 'daily', countsRows: false },
  'bewonersIndicators.activeCooperatives': { kind: 'rangeDistinct', countsRows: true },
};

/**
 * Indicators the attacker does not attack, by design: figures about organisations rather than residents,
 * published exactly (schema: "public funding … published exactly"; README, Municipal dashboards).
 */
export const PUBLIC_FIGURES = new Set(['gemeenteIndicators.grantEurosByOrganisation', 'gemeenteIndicators.grantEurosByTheme']);

/** How one indicator reads its family's joint key: which dimension is its key, and which rows it counts. */
export interface Member {
  keyDim: number;
  filter?: Record<number, string>;
}

export interface Family {
  name: string;
  spec: IndicatorSpec;
  dims: string[];
  /** Dimensions whose value is a set of names (overlapping keys): a key of such a member counts the sets holding it. */
  sets?: number[];
  members: Record<string, Member>;
}

/** Indicators that count the same rows (the schema and README say so: the same hulpvragen, the same referrals). */
export const FAMILIES: Family[] = [
  {
    name: 'welzijnIndicators.requests*',
    spec: daily,
    dims: ['category', 'channel'],
    members: { 'welzijnIndicators.requestsOpened': { keyDim: 0 }, 'welzijnIndicators.requestsByChannel': { keyDim: 1 } },
  },
  {
    name: 'zorgIndicators.referrals*',
    spec: daily,
    dims: ['kind', 'reason', 'direction'],
    members: {
      'zorgIndicators.referralsByReason': { keyDim: 1, filter: { 0: 'REFERRAL' } },
      'zorgIndicators.signalsByReason': { keyDim: 1, filter: { 0: 'SIGNAL' } },
      'zorgIndicators.referralsByDirection': { keyDim: 2 },
    },
  },
  {
    // reciprocity: the volunteers registered who had asked for help before are some of the new volunteers
    name: 'welzijnIndicators.volunteers*',
    spec: daily,
    dims: ['askedBefore'],
    members: { 'welzijnIndicators.newVolunteers': { keyDim: 0 }, 'welzijnIndicators.requestersWhoHelp': { keyDim: 0, filter: { 0: ASKED_BEFORE } } },
  },
  {
    // the same participants, by the activity's kind and by the target groups it is meant for
    name: 'bewonersIndicators.participants*',
    spec: { kind: 'daily', countsRows: false },
    dims: ['kind', 'targetGroups'],
    sets: [1],
    members: { 'bewonersIndicators.participants': { keyDim: 0 }, 'bewonersIndicators.participantsByTargetGroup': { keyDim: 1 } },
  },
  {
    // a volunteer counts once in the total and in each category they help with
    name: 'welzijnIndicators.volunteersAvailable',
    spec: { kind: 'endLevel', countsRows: true },
    dims: ['categories'],
    sets: [0],
    members: { 'welzijnIndicators.volunteersAvailable': { keyDim: 0 } },
  },
];

/** The family an indicator belongs to (a family of its own when it shares its rows with no other). */
export function familyOf(indicator: string): Family | undefined {
  const family = FAMILIES.find((f) => f.members[indicator]);
  if (family) return family;
  const spec = INDICATORS[indicator];
  return spec && { name: indicator, spec, dims: ['key'], members: { [indicator]: { keyDim: 0 } } };
}


/** Every indicator the attacker knows (modelled, or public by design). */
export function isKnown(indicator: string): boolean {
  return Boolean(INDICATORS[indicator]) || PUBLIC_FIGURES.has(indicator);
}

/**
 * One published number (or a zero inferred from a key or child area not being listed), before it is turned
 * into atoms. Its index in the list of cells is its source id.
 */
export interface Cell {
  indicator: string;
  observation: number;
  area: string; // the subtree counted
  from: Day;
  to: Day;
  interval: Interval;
  bucket: Day;
  key: string | null; // null: all keys
  state: CellState;
  role: 'total' | 'key' | 'other-keys' | 'child' | 'absent-key' | 'absent-child';
  /** For other-keys: the keys its answer listed (it counts all the others). */
  except?: string[];
  /** For a listed key or child: its name was shown (whatever its count). */
  listed: boolean;
  /** Groups the buckets of one answer's total or child entry (level indicators only, for level changes). */
  series: string | null;
}

/** "query → path = what it said", for the report. */
export function describeCell(cell: Cell, observations: Observation[]): string {
  const name = cell.indicator.slice(cell.indicator.indexOf('.') + 1);
  const path = { total: 'total', key: `byKey[${cell.key}]`, 'other-keys': 'otherKeys', 'absent-key': `byKey[${cell.key}]`, child: `byChildArea[${cell.area}]`, 'absent-child': `byChildArea[${cell.area}]` }[cell.role];
  const said = cell.role.startsWith('absent') ? 'not listed (so 0)' : cell.state.state === 'value' ? String(cell.state.value) : cell.state.state === 'range' ? `${cell.state.lo}..${cell.state.hi} (rounded)` : cell.state.state;
  return `${describeTask(observations[cell.observation].task)} → ${name}[bucket ${iso(cell.bucket)}].${path} = ${said}`;
}

export interface AtomDesc {
  indicator: string;
  kind: Kind;
  node: string;
  lo?: Day; // day segment / range / cohort (−Infinity for the first cohort)
  hi?: Day;
  key?: string;
  year?: number;
  t?: Day; // midnight: the level at the start of day t
  interval?: Interval;
  bucket?: Day;
}

/** One indicator's atoms: a dense index (node, a, b) with the axes below. */
export class IndicatorAtoms {
  readonly spec: IndicatorSpec;
  readonly name: string;
  nodes: string[] = [];
  /** Per dimension of the family's key, the values seen; the joint keys are their product ("a|b"). */
  dimValues: string[][] = [['']];
  keys: string[] = [''];
  segments: { lo: Day; hi: Day }[] = []; // daily
  years: number[] = []; // yearly
  cohorts: { lo: Day; hi: Day }[] = []; // cohortLevel
  midnights: Day[] = []; // cohortLevel, endLevel
  buckets: { interval: Interval; start: Day }[] = []; // bucketLevel
  ranges: { lo: Day; hi: Day }[] = []; // rangeDistinct
  private subtrees = new Map<string, number[]>();
  get allKeys(): number[] {
    return this.keys.map((_, i) => i);
  }

  private keyGroups = new Map<string, number[]>();

  constructor(readonly family: Family, readonly areas: Area[]) {
    this.name = family.name;
    this.spec = family.spec;
    this.nodes = areas.map((a) => a.code);
  }

  /** The joint keys of an indicator other than those of `listed` (what its otherKeys counts). */
  keyGroupExcept(indicator: string, listed: string[]): number[] {
    const out = new Set(listed.flatMap((key) => this.keyGroup(indicator, key)));
    return this.keyGroup(indicator, null).filter((b) => !out.has(b));
  }

  /** The joint keys an indicator's cell counts: its filter, and its key (all of its keys when null). */
  keyGroup(indicator: string, key: string | null): number[] {
    const tag = `${indicator}|${key}`;
    let group = this.keyGroups.get(tag);
    if (!group) {
      const member = this.family.members[indicator];
      group = [];
      this.keys.forEach((joint, i) => {
        const values = joint.split('|');
        const filtered = Object.entries(member.filter ?? {}).every(([d, v]) => values[Number(d)] === v);
        const keyed = key === null || (this.isSet(member.keyDim) ? namesOf(values[member.keyDim]).includes(key) : values[member.keyDim] === key);
        if (filtered && keyed) group!.push(i);
      });
      this.keyGroups.set(tag, group);
    }
    return group;
  }

  isSet(dim: number): boolean {
    return this.family.sets?.includes(dim) ?? false;
  }

  /** The key names an indicator of the family lists (for a set dimension: the names, not the sets). */
  keyNames(indicator: string): string[] {
    const dim = this.family.members[indicator].keyDim;
    const values = this.isSet(dim) ? [...new Set(this.dimValues[dim].flatMap(namesOf))].sort() : this.dimValues[dim];
    return values.filter((v) => this.keyGroup(indicator, v).length);
  }

  get sizeA(): number {
    return {
      daily: this.segments.length,
      yearly: this.years.length,
      cohortLevel: this.cohorts.length,
      bucketLevel: this.buckets.length,
      endLevel: this.midnights.length,
      rangeDistinct: this.ranges.length,
    }[this.spec.kind];
  }
  get sizeB(): number {
    return { daily: this.keys.length, yearly: this.keys.length, cohortLevel: this.midnights.length, bucketLevel: 1, endLevel: this.keys.length, rangeDistinct: 1 }[this.spec.kind];
  }
  get size(): number {
    return this.nodes.length * this.sizeA * this.sizeB;
  }
  id(node: number, a: number, b: number): number {
    return (node * this.sizeA + a) * this.sizeB + b;
  }
  /** The node indices of an area's subtree (the area's own code and everything below). */
  subtree(code: string): number[] {
    if (!this.subtrees.has(code)) this.subtrees.set(code, subtree(this.areas, code).map((c) => this.nodes.indexOf(c)));
    return this.subtrees.get(code)!;
  }
  describe(id: number): AtomDesc {
    const local = id;
    const b = local % this.sizeB;
    const a = Math.floor(local / this.sizeB) % this.sizeA;
    const node = this.nodes[Math.floor(local / (this.sizeA * this.sizeB))];
    const base = { indicator: this.name, kind: this.spec.kind, node };
    switch (this.spec.kind) {
      case 'daily':
        return { ...base, ...this.segments[a], key: this.keys[b] };
      case 'yearly':
        return { ...base, year: this.years[a], key: this.keys[b] };
      case 'cohortLevel':
        return { ...base, ...this.cohorts[a], t: this.midnights[b] };
      case 'bucketLevel':
        return { ...base, interval: this.buckets[a].interval, bucket: this.buckets[a].start };
      case 'endLevel':
        return { ...base, t: this.midnights[a], key: this.keys[b] };
      case 'rangeDistinct':
        return { ...base, ...this.ranges[a] };
    }
  }
}

/** The day range a bucket of a period covers (clipped to the period). */
export const clipped = (c: { from: Day; to: Day; bucket: Day; interval: Interval }) => ({ lo: Math.max(c.from, c.bucket), hi: Math.min(c.to, bucketEnd(c.bucket, c.interval)) });

/** The years a grants bucket of a period holds. */
function yearsOf(c: Cell): number[] {
  const out: number[] = [];
  for (const year of [yearOf(c.bucket) - 1, yearOf(c.bucket), yearOf(c.bucket) + 1]) {
    const start = januaryFirst(year);
    if (bucketStart(start, c.interval) === c.bucket && year >= yearOf(c.from) && start <= c.to) out.push(year);
  }
  return out;
}

export function subtree(areas: Area[], code: string): string[] {
  const area = areas.find((a) => a.code === code);
  return [code, ...(area?.children ?? []).flatMap((child) => subtree(areas, child))];
}

/** Every cell of every answer, with the absent keys and children as zero cells (per SEMANTICS). */
export function cellsOf(observations: Observation[], areas: Area[]): Cell[] {
  const cells: Cell[] = [];
  const names = new Map<string, string>(); // interned "<field>.<name>"
  const nameOf = (field: string, name: string) => {
    const tag = field + '.' + name;
    let interned = names.get(tag);
    if (!interned) names.set(tag, (interned = tag));
    return interned;
  };
  const listedKeys = new Map<string, Set<string>>();
  for (const o of observations) {
    if (!o.answer.ok) continue;
    for (const i of o.answer.indicators) {
      const name = nameOf(o.task.field, i.name);
      if (!listedKeys.has(name)) listedKeys.set(name, new Set());
      for (const k of i.byKey) listedKeys.get(name)!.add(k.key);
    }
  }
  const zero: CellState = { state: 'value', value: 0 };
  const bucketDays = new Map<string, Day>();
  const areaOf = new Map(areas.map((a) => [a.code, a]));
  for (const o of observations) {
    if (!o.answer.ok) continue;
    const area = areaOf.get(o.task.area)!;
    const { from, to, interval } = o.task.period;
    for (const i of o.answer.indicators) {
      const indicator = nameOf(o.task.field, i.name);
      const kind = INDICATORS[indicator]?.kind;
      const level = kind === 'cohortLevel' || kind === 'bucketLevel' || kind === 'endLevel';
      // the model of the backlog, active volunteers or a distinct count has no key dimension: their keys are not modelled
      const keyed = kind === 'daily' || kind === 'yearly' || kind === 'endLevel';
      let bucket = bucketDays.get(i.bucket);
      if (bucket === undefined) bucketDays.set(i.bucket, (bucket = day(i.bucket)));
      const add = (code: string, key: string | null, state: CellState, role: Cell['role'], listed: boolean) =>
        cells.push({ indicator, observation: o.id, area: code, from, to, interval, bucket: bucket!, key, state, role, listed, series: level && !role.startsWith('absent') ? `${o.id}|${indicator}|${role}|${code}|${key}` : null });
      add(area.code, null, i.total, 'total', false);
      if (keyed) for (const k of i.byKey) add(area.code, k.key, k.cell, 'key', true);
      if (keyed && i.otherKeys) {
        add(area.code, null, i.otherKeys, 'other-keys', false);
        cells[cells.length - 1].except = i.byKey.map((k) => k.key);
      }
      for (const c of i.byChildArea) add(c.area, null, c.cell, 'child', true);
      if (SEMANTICS.absentKeyMeansZero) for (const key of listedKeys.get(indicator)!) if (!i.byKey.some((k) => k.key === key)) add(area.code, key, zero, 'absent-key', false);
      if (SEMANTICS.absentChildMeansZero) for (const child of area.children) if (!i.byChildArea.some((c) => c.area === child)) add(child, null, zero, 'absent-child', false);
    }
  }
  return cells;
}

/** Lays out the atoms of one indicator from the cells that mention it. */
export function layOut(family: Family, areas: Area[], cells: Cell[]): IndicatorAtoms {
  const atoms = new IndicatorAtoms(family, areas);
  atoms.dimValues = family.dims.map((_, d) => {
    const values = new Set<string>();
    for (const c of cells) if (c.key !== null && family.members[c.indicator].keyDim === d) values.add(c.key);
    for (const member of Object.values(family.members)) if (member.filter?.[d] !== undefined) values.add(member.filter[d]);
    if (family.sets?.includes(d)) {
      // every set of the names seen (and of an unnamed one)
      const names = [...values].sort();
      if (!SEMANTICS.keyListComplete) names.push(UNLISTED);
      if (names.length > 7) throw new Error(`${family.name}: too many names for a set dimension (${names.length})`);
      return Array.from({ length: 1 << names.length }, (_, mask) => setValue(names.filter((_, i) => mask & (1 << i))));
    }
    const sorted = [...values].sort();
    // with hidden keys unnamed, the keys never listed are one unknown key, even when none is listed at all
    if (!SEMANTICS.keyListComplete) return [...sorted, UNLISTED];
    return sorted.length ? sorted : [''];
  });
  atoms.keys = atoms.dimValues.reduce<string[]>((joint, values) => joint.flatMap((j) => values.map((v) => (j === null ? v : `${j}|${v}`))), [null as unknown as string]);
  const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  const pieces = (cuts: number[]) => cuts.slice(0, -1).map((lo, i) => ({ lo, hi: cuts[i + 1] - 1 }));
  switch (atoms.spec.kind) {
    case 'daily':
      atoms.segments = pieces(sortedUnique(cells.flatMap((c) => [clipped(c).lo, clipped(c).hi + 1])));
      break;
    case 'yearly':
      atoms.years = sortedUnique(cells.flatMap(yearsOf));
      break;
    case 'cohortLevel': {
      const cuts = sortedUnique(cells.map((c) => bucketEnd(c.bucket, c.interval) + 1));
      atoms.cohorts = pieces([-Infinity, ...cuts]);
      atoms.midnights = sortedUnique(cells.map((c) => bucketEnd(c.bucket, c.interval) + 1));
      break;
    }
    case 'endLevel':
      atoms.midnights = sortedUnique(cells.map((c) => bucketEnd(c.bucket, c.interval) + 1));
      break;
    case 'bucketLevel': {
      const seen = new Map<string, { interval: Interval; start: Day }>();
      for (const c of cells) seen.set(`${c.interval} ${c.bucket}`, { interval: c.interval, start: c.bucket });
      atoms.buckets = [...seen.values()].sort((a, b) => a.start - b.start || a.interval.localeCompare(b.interval));
      break;
    }
    case 'rangeDistinct': {
      const seen = new Map<string, { lo: Day; hi: Day }>();
      for (const c of cells) seen.set(`${clipped(c).lo} ${clipped(c).hi}`, clipped(c));
      atoms.ranges = [...seen.values()].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
      break;
    }
  }
  return atoms;
}

/** The rectangle of atoms a cell (or a target) covers: nodes × a × b. */
export interface Rect {
  nodes: number[];
  a: number[];
  b: number[];
}

export function rectOf(atoms: IndicatorAtoms, cell: Cell): Rect {
  const nodes = atoms.subtree(cell.area);
  const keys = cell.role === 'other-keys' ? atoms.keyGroupExcept(cell.indicator, cell.except ?? []) : atoms.keyGroup(cell.indicator, cell.key);
  const range = (items: { lo: Day; hi: Day }[], lo: Day, hi: Day) => {
    const out: number[] = [];
    for (let i = 0; i < items.length; i++) if (items[i].lo >= lo && items[i].hi <= hi) out.push(i);
    return out;
  };
  switch (atoms.spec.kind) {
    case 'daily': {
      const { lo, hi } = clipped(cell);
      return { nodes, a: range(atoms.segments, lo, hi), b: keys };
    }
    case 'yearly':
      return { nodes, a: yearsOf(cell).map((y) => atoms.years.indexOf(y)), b: keys };
    case 'cohortLevel':
      // those taken in by the end of the bucket (schema: WelzijnIndicatorName.openBacklog)
      return { nodes, a: range(atoms.cohorts, -Infinity, bucketEnd(cell.bucket, cell.interval)), b: [atoms.midnights.indexOf(bucketEnd(cell.bucket, cell.interval) + 1)] };
    case 'bucketLevel':
      return { nodes, a: [atoms.buckets.findIndex((b) => b.interval === cell.interval && b.start === cell.bucket)], b: [0] };
    case 'endLevel':
      // the state at the end of the bucket's last day (schema: WelzijnIndicatorName.volunteersAvailable)
      return { nodes, a: [atoms.midnights.indexOf(bucketEnd(cell.bucket, cell.interval) + 1)], b: keys };
    case 'rangeDistinct': {
      const { lo, hi } = clipped(cell);
      return { nodes: [atoms.nodes.indexOf(cell.area)], a: [atoms.ranges.findIndex((r) => r.lo === lo && r.hi === hi)], b: [0] };
    }
  }
}

/** Cells with the same signature cover the same atoms (the axes' index lists are contiguous or single). */
export const rectSignature = (cell: Cell, rect: Rect) =>
  `${cell.area}|${rect.a[0]}-${rect.a.length}|${rect.b.join(',')}`;

export function atomsOf(atoms: IndicatorAtoms, rect: Rect): number[] {
  const out: number[] = [];
  for (const n of rect.nodes) for (const a of rect.a) for (const b of rect.b) out.push(atoms.id(n, a, b));
  return out;
}

/** Atoms known to be 0 without asking: nobody is waiting at a midnight before their intake day. */
export function structuralZeros(atoms: IndicatorAtoms): number[] {
  if (atoms.spec.kind !== 'cohortLevel') return [];
  const out: number[] = [];
  atoms.nodes.forEach((_, n) => atoms.cohorts.forEach((c, a) => atoms.midnights.forEach((t, b) => c.lo >= t && out.push(atoms.id(n, a, b)))));
  return out;
}

/** A linear combination of atoms whose value the attacker tries to pin down. */
export interface Target {
  indicator: string;
  what: 'cell' | 'suppressed cell' | 'level change';
  /** What it is, in words (computed when asked: most targets are never shown). */
  label: () => string;
  ids: number[];
  coefs?: number[]; // 1 each when absent
  /** The cells it came from (sources), for the report. */
  sources: number[];
  /** Targets with the same signature are the same combination (evaluated once). */
  signature: string;
}

const describeRange = (lo: Day, hi: Day) => (lo === hi ? iso(lo) : `${iso(lo)}..${iso(hi)}`);

export function describeAtom(d: AtomDesc): string {
  switch (d.kind) {
    case 'daily':
      return `${d.node} ${describeRange(d.lo!, d.hi!)}${d.key ? ` ${d.key.replace(/\|/g, ' & ')}` : ''}`;
    case 'yearly':
      return `${d.node} ${d.year}${d.key ? ` ${d.key}` : ''}`;
    case 'cohortLevel':
      return `${d.node} waiting at ${iso(d.t!)} 00:00 among those taken in ${d.lo === -Infinity ? `by ${iso(d.hi!)}` : describeRange(d.lo!, d.hi!)}`;
    case 'bucketLevel':
      return `${d.node} ${d.interval} of ${iso(d.bucket!)}`;
    case 'endLevel':
      return `${d.node} at ${iso(d.t!)} 00:00${d.key ? ` ${d.key.replace(/\|/g, ' & ')}` : ''}`;
    case 'rangeDistinct':
      return `${d.node} ${describeRange(d.lo!, d.hi!)}`;
  }
}

/**
 * What the attacker tries to recover: every fine cell (one area's subtree or one wijk's or gemeente's own
 * code, one segment / cohort / bucket, one key or all), every suppressed published cell, and the change
 * between consecutive levels of an answer.
 */
export function targetsOf(atoms: IndicatorAtoms, cells: Cell[], indices: number[]): Target[] {
  const targets: Target[] = [];
  const { sizeA, sizeB } = atoms;
  const keyed = atoms.spec.kind === 'daily' || atoms.spec.kind === 'yearly' || atoms.spec.kind === 'endLevel';
  // per indicator of the family: each of its keys and all of them; for a family or sets, each joint key too
  const groups: { indicator: string; key: string; b: number[] }[] = [];
  if (keyed) {
    const members = Object.keys(atoms.family.members);
    for (const member of members) {
      const values = atoms.keyNames(member);
      for (const v of values) groups.push({ indicator: member, key: v, b: atoms.keyGroup(member, v) });
      if (values.length > 1 || members.length > 1 || atoms.family.sets) groups.push({ indicator: member, key: '(all keys)', b: atoms.keyGroup(member, null) });
    }
    if (members.length > 1 || atoms.family.sets) atoms.keys.forEach((joint, b) => groups.push({ indicator: atoms.name, key: joint, b: [b] }));
  } else for (let b = 0; b < sizeB; b++) groups.push({ indicator: atoms.name, key: '', b: [b] });
  for (const area of atoms.areas) {
    const scopes =
      atoms.spec.kind === 'rangeDistinct' ? [[atoms.nodes.indexOf(area.code)]] : area.children.length ? [atoms.subtree(area.code), [atoms.nodes.indexOf(area.code)]] : [atoms.subtree(area.code)];
    scopes.forEach((nodes, own) => {
      const where = !area.children.length ? area.code : own ? `${area.code} (own code)` : `${area.code} (all)`;
      for (let a = 0; a < sizeA; a++) {
        for (const group of groups) {
          targets.push({
            indicator: group.indicator,
            what: 'cell',
            label: () => {
              const desc = atoms.describe(atoms.id(0, a, group.b[0]));
              return describeAtom({ ...desc, node: where, key: keyed ? group.key : desc.key });
            },
            ids: atomsOf(atoms, { nodes, a: [a], b: group.b }),
            sources: [],
            signature: `c|${area.code}|${own}|${a}|${group.b.join(',')}`,
          });
        }
      }
    });
  }
  const seen = new Set<string>();
  for (const source of indices) {
    const cell = cells[source];
    if (cell.state.state !== 'hidden') continue;
    const rect = rectOf(atoms, cell);
    const signature = `s|${rectSignature(cell, rect)}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    const where = cell.role === 'child' ? cell.area : `${cell.area}${cell.key ? ` ${cell.key}` : ''}`;
    targets.push({
      indicator: cell.indicator,
      what: 'suppressed cell',
      label: () => `suppressed ${cell.role} ${where}, bucket ${iso(cell.bucket)} of ${iso(cell.from)}..${iso(cell.to)} by ${cell.interval}`,
      ids: atomsOf(atoms, rect),
      sources: [source],
      signature,
    });
  }
  if (atoms.spec.kind === 'cohortLevel' || atoms.spec.kind === 'bucketLevel' || atoms.spec.kind === 'endLevel') {
    const series = new Map<string, number[]>();
    for (const source of indices) {
      const cell = cells[source];
      if (!cell.series) continue;
      if (!series.has(cell.series)) series.set(cell.series, []);
      series.get(cell.series)!.push(source);
    }
    for (const list of series.values()) {
      list.sort((x, y) => cells[x].bucket - cells[y].bucket);
      for (let i = 1; i < list.length; i++) {
        const [before, after] = [cells[list[i - 1]], cells[list[i]]];
        const [rb, ra] = [rectOf(atoms, before), rectOf(atoms, after)];
        const signature = `l|${rectSignature(after, ra)}|${rectSignature(before, rb)}`;
        if (seen.has(signature)) continue;
        seen.add(signature);
        const [up, down] = [atomsOf(atoms, ra), atomsOf(atoms, rb)];
        const cohort = atoms.spec.kind === 'cohortLevel' ? ` (taken in by ${iso(after.to)})` : '';
        targets.push({
          indicator: after.indicator,
          what: 'level change',
          label: () => `${after.area} ${after.interval} level of ${iso(after.bucket)} minus that of ${iso(before.bucket)}${cohort}`,
          ids: [...up, ...down],
          coefs: [...up.map(() => 1), ...down.map(() => -1)],
          sources: [list[i - 1], list[i]],
          signature,
        });
      }
    }
  }
  return targets;
}
