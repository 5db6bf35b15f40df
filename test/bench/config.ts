// Benchmark sizes and load settings, from the environment (npm run bench; see run.ts).
export interface BenchConfig {
  helpRequests: number;
  /** Helpers in total: volunteers (welzijn) plus neighbours' offers (bewoners). */
  helpers: number;
  volunteers: number;
  offers: number;
  /** Sociale kaart items in total: published activities (bewoners) plus published services (zorg). */
  kaartItems: number;
  activities: number;
  services: number;
  /** Pseudonymous residents in gemeente (requesters and neighbours). */
  persons: number;
  /** A match row for every hulpvraag that got one (BENCH_MATCHES=0: none). */
  matches: boolean;
  /** Each hulpvraag's state history in help_request_transition (BENCH_TRANSITIONS=0: none). */
  transitions: boolean;
  seconds: number;
  connections: number;
  warmupSeconds: number;
  /** Per-request timeout of the load generator. */
  timeoutSeconds: number;
  /** After a run, how long to wait for SQL still running before cancelling it (drain.ts). */
  drainSeconds: number;
  outDir: string;
  /** Skip the Hive Gateway comparison (BENCH_HIVE=0). */
  hive: boolean;
  /**
   * BENCH_GATEWAY_WORKERS=n: our gateway's cluster workers (GATEWAY_WORKERS=n; 1 is a single process
   * without a cluster). In the one-process layout, n > 0 takes our gateway out of the hub's process.
   */
  gatewayWorkers: number;
  /**
   * BENCH_PROCESSES: `processes` (default, as in production: each subgraph, our gateway and each Hive
   * Gateway a process of its own), `one` (the whole hub in the bench's process) or `both` (one after the other).
   */
  layouts: ('processes' | 'one')[];
  /** BENCH_SEQUENTIAL_REQUESTS: requests one after another on one connection, per workload and gateway (≥ 30). */
  sequentialRequests: number;
  /** BENCH_SQL_SAMPLES: requests whose SQL is measured one by one (≥ 10), for the medians. */
  sqlSamples: number;
  /**
   * BENCH_GROWTH: kaart sizes (items) at which the kaart search and the area overview are timed, comma-separated
   * (default: 10,000, 100,000 and BENCH_KAART_ITEMS); 0: no growth steps. A step above BENCH_KAART_ITEMS grows
   * the kaart after the main runs (1,000,000 costs about five minutes of seeding on 2 cores, which is why
   * it is not a default step).
   */
  growth: number[];
  /** BENCH_PROFILE=0: no CPU profiles of the server processes. */
  profile: boolean;
  /** BENCH_WORKLOADS: the workloads to run, by key, comma-separated (default: all of them). */
  workloads: string[] | null;
}

function int(env: Record<string, string | undefined>, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

export function readConfig(env: Record<string, string | undefined> = process.env): BenchConfig {
  const helpRequests = int(env, 'BENCH_HELP_REQUESTS', 1_000_000, 1);
  const helpers = int(env, 'BENCH_HELPERS', 20_000, 2);
  const kaartItems = int(env, 'BENCH_KAART_ITEMS', 100_000, 2);
  const volunteers = Math.ceil(helpers / 2);
  const activities = Math.ceil(kaartItems / 2);
  return {
    helpRequests,
    helpers,
    volunteers,
    offers: helpers - volunteers,
    kaartItems,
    activities,
    services: kaartItems - activities,
    persons: int(env, 'BENCH_PERSONS', Math.max(1_000, Math.round(helpRequests / 4)), 1),
    matches: env.BENCH_MATCHES !== '0',
    transitions: env.BENCH_TRANSITIONS !== '0',
    seconds: int(env, 'BENCH_SECONDS', 10, 1),
    connections: int(env, 'BENCH_CONNECTIONS', 10, 1),
    warmupSeconds: int(env, 'BENCH_WARMUP_SECONDS', 2, 0),
    timeoutSeconds: int(env, 'BENCH_TIMEOUT_SECONDS', 30, 1),
    drainSeconds: int(env, 'BENCH_DRAIN_SECONDS', 30, 0),
    outDir: env.BENCH_OUT_DIR || 'test-artifacts/bench',
    hive: env.BENCH_HIVE !== '0',
    gatewayWorkers: int(env, 'BENCH_GATEWAY_WORKERS', 0, 0),
    layouts: layouts(env.BENCH_PROCESSES),
    sequentialRequests: int(env, 'BENCH_SEQUENTIAL_REQUESTS', 30, 30),
    sqlSamples: int(env, 'BENCH_SQL_SAMPLES', 10, 10),
    growth: growthSteps(env.BENCH_GROWTH, kaartItems),
    profile: env.BENCH_PROFILE !== '0',
    workloads: env.BENCH_WORKLOADS ? env.BENCH_WORKLOADS.split(',').map((key) => key.trim()) : null,
  };
}

function layouts(raw: string | undefined): BenchConfig['layouts'] {
  switch (raw || 'processes') {
    case 'processes':
      return ['processes'];
    case 'one':
      return ['one'];
    case 'both':
      return ['processes', 'one'];
    default:
      throw new Error(`BENCH_PROCESSES must be processes, one or both, got "${raw}"`);
  }
}

function growthSteps(raw: string | undefined, kaartItems: number): number[] {
  if (raw === '0') return [];
  const steps = raw ? raw.split(',').map((part) => Number(part.trim().replace(/[_]/g, ''))) : [10_000, 100_000, kaartItems];
  if (steps.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`BENCH_GROWTH must be kaart sizes ≥ 2 separated by commas, or 0, got "${raw}"`);
  return [...new Set(steps)].sort((a, b) => a - b);
}
