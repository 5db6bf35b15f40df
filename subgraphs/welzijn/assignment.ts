// Batch proposal for an area: which helper takes which request, maximising the total score.
// assignBatch solves it exactly as a min-cost flow:
//   source -> request (capacity helpersNeeded) -> helper (capacity 1 per pair, cost -score)
//          -> sink (capacity = the helper's capacity)
// with successive shortest paths (Bellman-Ford, since costs are negative) on the residual graph. Each
// augmenting path costs at least as much as the one before, so we stop at the first path that would not
// lower the cost: adding more helpers from there on can only lower the total score.
// greedyAssignment takes the best pair first; it is there to show what the optimum gains over it.

export interface AssignmentProblem {
  requests: { id: string; helpersNeeded: number }[];
  helpers: { id: string; capacity: number }[];
  /** Only eligible pairs, score > 0. */
  pairs: { requestId: string; helperId: string; score: number }[];
}

export interface Assignment {
  requestId: string;
  helperId: string;
  score: number;
}

// Costs are integers so that sums and comparisons are exact; scores with up to 9 decimals stay exact.
const COST_SCALE = 1e9;

interface Edge {
  from: number;
  to: number;
  capacity: number;
  cost: number;
}

/** The assignment with the highest total score; sorted by requestId, then helperId. */
export function assignBatch(problem: AssignmentProblem): Assignment[] {
  const { requests, helpers, pairs } = normalise(problem);
  const source = 0;
  const sink = requests.length + helpers.length + 1;
  const requestNode = new Map(requests.map((request, i) => [request.id, 1 + i]));
  const helperNode = new Map(helpers.map((helper, i) => [helper.id, 1 + requests.length + i]));

  // edges[i] and edges[i ^ 1] are an edge and its reverse in the residual graph.
  const edges: Edge[] = [];
  const addEdge = (from: number, to: number, capacity: number, cost: number) => {
    edges.push({ from, to, capacity, cost }, { from: to, to: from, capacity: 0, cost: -cost });
    return edges.length - 2;
  };
  for (const request of requests) addEdge(source, requestNode.get(request.id)!, request.helpersNeeded, 0);
  for (const helper of helpers) addEdge(helperNode.get(helper.id)!, sink, helper.capacity, 0);
  const pairEdges = pairs.map((pair) => ({
    pair,
    edge: addEdge(requestNode.get(pair.requestId)!, helperNode.get(pair.helperId)!, 1, -Math.round(pair.score * COST_SCALE)),
  }));

  for (;;) {
    const path = shortestPath(edges, sink + 1, source, sink);
    if (!path || path.cost >= 0) break;
    const bottleneck = Math.min(...path.edges.map((i) => edges[i].capacity));
    for (const i of path.edges) {
      edges[i].capacity -= bottleneck;
      edges[i ^ 1].capacity += bottleneck;
    }
  }

  // A pair is assigned when its edge's unit of capacity is used up.
  return sorted(pairEdges.filter(({ edge }) => edges[edge].capacity === 0).map(({ pair }) => pair));
}

/** Highest score first (ties by requestId, helperId), as long as both sides have room. */
export function greedyAssignment(problem: AssignmentProblem): Assignment[] {
  const { requests, helpers, pairs } = normalise(problem);
  const needed = new Map(requests.map((request) => [request.id, request.helpersNeeded]));
  const room = new Map(helpers.map((helper) => [helper.id, helper.capacity]));
  const chosen: Assignment[] = [];
  for (const pair of [...pairs].sort((a, b) => b.score - a.score || byIds(a, b))) {
    if (needed.get(pair.requestId)! > 0 && room.get(pair.helperId)! > 0) {
      chosen.push(pair);
      needed.set(pair.requestId, needed.get(pair.requestId)! - 1);
      room.set(pair.helperId, room.get(pair.helperId)! - 1);
    }
  }
  return sorted(chosen);
}

/** Bellman-Ford over edges with capacity left; the edge indices of the cheapest source-sink path. */
function shortestPath(edges: Edge[], nodes: number, source: number, sink: number) {
  const distance = new Array<number>(nodes).fill(Infinity);
  const via = new Array<number>(nodes).fill(-1);
  distance[source] = 0;
  for (let round = 1; round < nodes; round++) {
    let changed = false;
    edges.forEach((edge, i) => {
      if (edge.capacity > 0 && distance[edge.from] + edge.cost < distance[edge.to]) {
        distance[edge.to] = distance[edge.from] + edge.cost;
        via[edge.to] = i;
        changed = true;
      }
    });
    if (!changed) break;
  }
  if (distance[sink] === Infinity) return null;
  const path: number[] = [];
  for (let node = sink; node !== source; node = edges[via[node]].from) path.push(via[node]);
  return { cost: distance[sink], edges: path };
}

// Sorted inputs make the result independent of input order when several optima tie. Capacities are
// whole numbers >= 0; a pair listed twice counts once, with its best score; pairs without a positive
// score are never worth assigning.
function normalise(problem: AssignmentProblem): AssignmentProblem {
  const requestIds = new Set(problem.requests.map((request) => request.id));
  const helperIds = new Set(problem.helpers.map((helper) => helper.id));
  if (requestIds.size < problem.requests.length) throw new Error('request ids must be unique');
  if (helperIds.size < problem.helpers.length) throw new Error('helper ids must be unique');
  const best = new Map<string, Assignment>();
  for (const pair of problem.pairs) {
    if (!requestIds.has(pair.requestId)) throw new Error(`pair refers to unknown request ${pair.requestId}`);
    if (!helperIds.has(pair.helperId)) throw new Error(`pair refers to unknown helper ${pair.helperId}`);
    const key = JSON.stringify([pair.requestId, pair.helperId]);
    if (pair.score > 0 && pair.score > (best.get(key)?.score ?? 0)) best.set(key, { ...pair });
  }
  const whole = (n: number) => Math.max(0, Math.floor(n));
  return {
    requests: problem.requests.map((r) => ({ id: r.id, helpersNeeded: whole(r.helpersNeeded) })).sort(byId),
    helpers: problem.helpers.map((h) => ({ id: h.id, capacity: whole(h.capacity) })).sort(byId),
    pairs: sorted([...best.values()]),
  };
}

function sorted(assignments: Assignment[]): Assignment[] {
  return [...assignments].sort(byIds);
}

function byIds(a: Assignment, b: Assignment): number {
  return compare(a.requestId, b.requestId) || compare(a.helperId, b.helperId);
}

function byId(a: { id: string }, b: { id: string }): number {
  return compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
