import {
  assignBatch, greedyAssignment, type Assignment, type AssignmentProblem,
} from '../../subgraphs/welzijn/assignment';

const total = (assignments: Assignment[]) => assignments.reduce((sum, a) => sum + a.score, 0);
const ids = (assignments: Assignment[]) => assignments.map((a) => `${a.requestId}-${a.helperId}`);

function respectsCapacities(problem: AssignmentProblem, assignments: Assignment[]): boolean {
  const count = (key: (a: Assignment) => string, id: string) => assignments.filter((a) => key(a) === id).length;
  const pairKeys = new Set(assignments.map((a) => `${a.requestId}|${a.helperId}`));
  return (
    pairKeys.size === assignments.length &&
    problem.requests.every((r) => count((a) => a.requestId, r.id) <= r.helpersNeeded) &&
    problem.helpers.every((h) => count((a) => a.helperId, h.id) <= h.capacity) &&
    assignments.every((a) =>
      problem.pairs.some((p) => p.requestId === a.requestId && p.helperId === a.helperId && p.score === a.score))
  );
}

describe('assignBatch', () => {
  it('beats greedy when the best pair blocks a better combination', () => {
    // A is best for R1 (0.9) but also the only one for R2; B can only do R1.
    const problem: AssignmentProblem = {
      requests: [{ id: 'R1', helpersNeeded: 1 }, { id: 'R2', helpersNeeded: 1 }],
      helpers: [{ id: 'A', capacity: 1 }, { id: 'B', capacity: 1 }],
      pairs: [
        { requestId: 'R1', helperId: 'A', score: 0.9 },
        { requestId: 'R2', helperId: 'A', score: 0.8 },
        { requestId: 'R1', helperId: 'B', score: 0.7 },
      ],
    };
    const greedy = greedyAssignment(problem);
    const optimal = assignBatch(problem);
    expect(ids(greedy)).toEqual(['R1-A']);
    expect(total(greedy)).toBeCloseTo(0.9, 9);
    expect(optimal).toEqual([
      { requestId: 'R1', helperId: 'B', score: 0.7 },
      { requestId: 'R2', helperId: 'A', score: 0.8 },
    ]);
    expect(total(optimal)).toBeCloseTo(1.5, 9);
    expect(total(optimal)).toBeGreaterThan(total(greedy));
  });

  it('respects helpersNeeded and capacity above 1', () => {
    const problem: AssignmentProblem = {
      requests: [{ id: 'R1', helpersNeeded: 2 }, { id: 'R2', helpersNeeded: 2 }],
      helpers: [{ id: 'A', capacity: 2 }, { id: 'B', capacity: 1 }, { id: 'C', capacity: 2 }],
      pairs: [
        { requestId: 'R1', helperId: 'A', score: 0.9 },
        { requestId: 'R1', helperId: 'B', score: 0.8 },
        { requestId: 'R1', helperId: 'C', score: 0.7 },
        { requestId: 'R2', helperId: 'A', score: 0.6 },
        { requestId: 'R2', helperId: 'B', score: 0.5 },
        { requestId: 'R2', helperId: 'C', score: 0.3 },
      ],
    };
    const assignments = assignBatch(problem);
    expect(respectsCapacities(problem, assignments)).toBe(true);
    // All four places are filled. B has room for one: B for R2 and C for R1 (0.5 + 0.7) beats
    // greedy's B for R1 and C for R2 (0.8 + 0.3).
    expect(ids(assignments)).toEqual(['R1-A', 'R1-C', 'R2-A', 'R2-B']);
    expect(total(assignments)).toBeCloseTo(2.7, 9);
    expect(ids(greedyAssignment(problem))).toEqual(['R1-A', 'R1-B', 'R2-A', 'R2-C']);
  });

  it('uses a pair at most once, even when it is listed twice', () => {
    const problem: AssignmentProblem = {
      requests: [{ id: 'R1', helpersNeeded: 3 }],
      helpers: [{ id: 'A', capacity: 3 }],
      pairs: [{ requestId: 'R1', helperId: 'A', score: 0.4 }, { requestId: 'R1', helperId: 'A', score: 0.6 }],
    };
    expect(assignBatch(problem)).toEqual([{ requestId: 'R1', helperId: 'A', score: 0.6 }]);
    expect(greedyAssignment(problem)).toEqual([{ requestId: 'R1', helperId: 'A', score: 0.6 }]);
  });

  it('does not depend on the order of the input', () => {
    const problem: AssignmentProblem = {
      requests: [{ id: 'R2', helpersNeeded: 1 }, { id: 'R1', helpersNeeded: 1 }],
      helpers: [{ id: 'B', capacity: 1 }, { id: 'A', capacity: 1 }],
      pairs: [
        { requestId: 'R2', helperId: 'B', score: 0.5 },
        { requestId: 'R1', helperId: 'A', score: 0.5 },
        { requestId: 'R2', helperId: 'A', score: 0.5 },
        { requestId: 'R1', helperId: 'B', score: 0.5 },
      ],
    };
    const reversed: AssignmentProblem = {
      requests: [...problem.requests].reverse(),
      helpers: [...problem.helpers].reverse(),
      pairs: [...problem.pairs].reverse(),
    };
    expect(assignBatch(reversed)).toEqual(assignBatch(problem));
    expect(ids(assignBatch(problem))).toHaveLength(2);
  });

  it('returns nothing for an empty problem, or when nobody has room', () => {
    expect(assignBatch({ requests: [], helpers: [], pairs: [] })).toEqual([]);
    expect(greedyAssignment({ requests: [], helpers: [], pairs: [] })).toEqual([]);
    const full: AssignmentProblem = {
      requests: [{ id: 'R1', helpersNeeded: 1 }],
      helpers: [{ id: 'A', capacity: 0 }],
      pairs: [{ requestId: 'R1', helperId: 'A', score: 0.9 }],
    };
    expect(assignBatch(full)).toEqual([]);
  });

  it('rejects pairs that name an unknown request or helper', () => {
    const problem: AssignmentProblem = {
      requests: [{ id: 'R1', helpersNeeded: 1 }],
      helpers: [{ id: 'A', capacity: 1 }],
      pairs: [{ requestId: 'R9', helperId: 'A', score: 0.5 }],
    };
    expect(() => assignBatch(problem)).toThrow('unknown request R9');
  });

  it('finds the brute-force optimum on 50 random small problems', () => {
    const random = mulberry32(20240611);
    const pick = (n: number) => 1 + Math.floor(random() * n);
    let greedyFellShort = 0;
    for (let run = 0; run < 50; run++) {
      const requests = Array.from({ length: pick(4) }, (_, i) => ({ id: `R${i}`, helpersNeeded: pick(2) }));
      const helpers = Array.from({ length: pick(3) }, (_, i) => ({ id: `H${i}`, capacity: pick(2) }));
      const pairs = requests.flatMap((r) =>
        helpers
          .filter(() => random() < 0.7)
          // Scores as scoreHelper makes them: 3 decimals, above 0.
          .map((h) => ({ requestId: r.id, helperId: h.id, score: pick(1000) / 1000 })),
      );
      const problem = { requests, helpers, pairs };

      const assignments = assignBatch(problem);
      expect(respectsCapacities(problem, assignments)).toBe(true);
      expect(Math.abs(total(assignments) - bruteForceOptimum(problem))).toBeLessThan(1e-9);

      const greedy = greedyAssignment(problem);
      expect(respectsCapacities(problem, greedy)).toBe(true);
      expect(total(greedy)).toBeLessThanOrEqual(total(assignments) + 1e-9);
      if (total(greedy) < total(assignments) - 1e-9) greedyFellShort++;
    }
    expect(greedyFellShort).toBeGreaterThan(0); // the random problems include cases where greedy is not optimal
  });
});

/** The best total over every subset of pairs that fits the capacities. */
function bruteForceOptimum(problem: AssignmentProblem): number {
  const { pairs } = problem;
  let best = 0;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const chosen = pairs.filter((_, i) => mask & (1 << i));
    if (respectsCapacities(problem, chosen)) best = Math.max(best, total(chosen));
  }
  return best;
}

// Small seeded PRNG (mulberry32), so the random problems are the same on every run.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
