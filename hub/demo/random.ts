// A tiny seeded pseudo-random generator (mulberry32), so the demo data is the same on every machine.
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], min: number, max: number): T[];
  chance(probability: number): boolean;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const count = Math.min(int(min, max), pool.length);
    const chosen: T[] = [];
    for (let i = 0; i < count; i += 1) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]);
    return chosen;
  };
  return { next, int, pick, some, chance: (p) => next() < p };
}

/** Zero-padded sequence number: pad(7) === '07'. */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
