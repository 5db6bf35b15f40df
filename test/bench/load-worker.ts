// The load generator, run as its own process (load.ts starts it) so it does not share the event loop of
// the hub it measures. Reads one LoadSpec as JSON on stdin, writes one LoadResult as JSON on stdout.
//   - single + autocannon: one GraphQL request, repeated by autocannon over `connections` connections.
//   - single + driver, chain + driver: a small closed-loop client (keep-alive http.Agent) with the same
//     number of concurrent loops; "chain" replays a captured subgraph plan stage by stage, signing the
//     identity per subgraph per request as the gateway does. Both gateway-vs-direct figures come from this
//     driver, so their ratio compares like with like.
//   - sequential: one keep-alive connection, one request after another (after a few to warm up): the
//     latency of a request on an otherwise quiet hub.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Partner } from '../../platform/config';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { subgraphSecret } from '../../platform/config';
import { newTrace, type Caller } from '../../platform/caller';

export interface Sent {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export type LoadSpec =
  | ({
      connections: number;
      seconds: number;
      warmupSeconds: number;
      timeoutSeconds: number;
    } & (
      | { kind: 'single'; tool: 'autocannon' | 'driver'; request: Sent }
      | { kind: 'chain'; tool: 'driver'; caller: Omit<Caller, 'traceId' | 'spanId'>; stages: { partner: Partner; url: string; body: string }[][] }
    ))
  | { kind: 'sequential'; request: Sent; requests: number; warmupRequests: number; timeoutSeconds: number };

export interface LoadResult {
  tool: string;
  requests: number;
  seconds: number;
  throughput: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 2xx answers whose body carries GraphQL errors. */
  graphqlErrors: number;
  /** Requests sent but not answered when the run ended (autocannon stops at the deadline; the driver waits 5 s). */
  unfinished: number;
  /** Filled in by run.ts: SQL still running after the run (drain.ts). */
  drain?: { runningAtEnd: number; waitedSeconds: number; cancelled: number };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

type Counts = { non2xx: number; errors: number; timeouts: number; graphqlErrors: number; unfinished: number };

function summarise(tool: string, latencies: number[], seconds: number, counts: Counts): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    tool,
    requests: latencies.length,
    seconds: round(seconds),
    throughput: round(latencies.length / seconds),
    latencyMs: {
      mean: round(sorted.reduce((s, n) => s + n, 0) / (sorted.length || 1)),
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[sorted.length - 1] ?? NaN),
    },
    ...counts,
  };
}

async function runAutocannon(request: Sent, connections: number, seconds: number, timeoutSeconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const url = new URL(request.url);
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: url.origin,
        connections,
        duration: seconds,
        timeout: timeoutSeconds,
        requests: [
          {
            method: 'POST',
            path: url.pathname,
            headers: { 'content-type': 'application/json', ...request.headers },
            body: request.body,
            onResponse: (status: number, body: string) => {
              if (status >= 200 && status < 300 && body.includes('"errors"')) graphqlErrors += 1;
            },
          },
        ],
      } as autocannon.Options,
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const elapsed = (performance.now() - started) / 1000;
  return summarise('autocannon', latencies, Math.max(elapsed, result.duration || seconds), {
    non2xx: result.non2xx,
    errors: Math.max(0, result.errors - result.timeouts),
    timeouts: result.timeouts,
    graphqlErrors,
    unfinished: Math.max(0, (result.requests.sent ?? 0) - result.requests.total - result.errors),
  });
}

/** POSTs with a keep-alive agent; resolves with status and body (or rejects on a transport error / timeout). */
function post(agent: http.Agent, url: URL, body: string, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body);
  });
}

async function runSequential(spec: Extract<LoadSpec, { kind: 'sequential' }>): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(spec.request.url);
  const counts: Counts = { non2xx: 0, errors: 0, timeouts: 0, graphqlErrors: 0, unfinished: 0 };
  const latencies: number[] = [];
  let elapsed = 0;
  for (let i = 0; i < spec.warmupRequests + spec.requests; i++) {
    const t = performance.now();
    try {
      const { status, text } = await post(agent, url, spec.request.body, spec.request.headers, spec.timeoutSeconds * 1000);
      if (i < spec.warmupRequests) continue;
      if (status < 200 || status >= 300) counts.non2xx += 1;
      else if (text.includes('"errors"')) counts.graphqlErrors += 1;
      latencies.push(performance.now() - t);
      elapsed += performance.now() - t;
    } catch (error) {
      if (i < spec.warmupRequests) continue;
      if (error instanceof Error && error.message === 'timeout') counts.timeouts += 1;
      else counts.errors += 1;
    }
  }
  agent.destroy();
  return summarise('sequential, one connection', latencies, elapsed / 1000, counts);
}

async function runDriver(spec: Extract<LoadSpec, { kind: 'single' | 'chain' }>, seconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections * 4 });
  const timeoutMs = spec.timeoutSeconds * 1000;
  const counts: Counts = { non2xx: 0, errors: 0, timeouts: 0, graphqlErrors: 0, unfinished: 0 };
  const latencies: number[] = [];
  const once = async (): Promise<void> => {
    if (spec.kind === 'single') {
      const { status, text } = await post(agent, new URL(spec.request.url), spec.request.body, spec.request.headers, timeoutMs);
      if (status < 200 || status >= 300) counts.non2xx += 1;
      else if (text.includes('"errors"')) counts.graphqlErrors += 1;
      return;
    }
    const caller: Caller = { ...spec.caller, ...newTrace() };
    for (const stage of spec.stages) {
      const answers = await Promise.all(
        stage.map((fetch) =>
          post(agent, new URL(fetch.url), fetch.body, { [IDENTITY_HEADER]: signIdentity(caller, fetch.partner, subgraphSecret(fetch.partner, process.env)) }, timeoutMs),
        ),
      );
      if (answers.some((a) => a.status < 200 || a.status >= 300)) {
        counts.non2xx += 1;
        return;
      }
      if (answers.some((a) => a.text.includes('"errors"'))) counts.graphqlErrors += 1;
    }
  };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let inFlight = 0;
  let ended = false;
  const loops = Promise.all(
    Array.from({ length: spec.connections }, async () => {
      while (!ended && performance.now() < deadline) {
        const t = performance.now();
        inFlight += 1;
        try {
          await once();
          if (!ended) latencies.push(performance.now() - t);
        } catch (error) {
          if (ended) break;
          if (error instanceof Error && error.message === 'timeout') counts.timeouts += 1;
          else counts.errors += 1;
        } finally {
          inFlight -= 1;
        }
      }
    }),
  );
  // After the deadline, answers still on their way get 5 s; then they count as unfinished.
  await new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));
  const grace = new Promise<'grace'>((resolve) => setTimeout(() => resolve('grace'), 5_000));
  if ((await Promise.race([loops, grace])) === 'grace') {
    ended = true;
    counts.unfinished = inFlight;
  }
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return summarise(spec.kind === 'chain' ? 'driver (direct chain)' : 'driver', latencies, elapsed, counts);
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  if (spec.kind === 'sequential') return runSequential(spec);
  const go = (seconds: number) =>
    spec.kind === 'single' && spec.tool === 'autocannon'
      ? runAutocannon(spec.request, spec.connections, seconds, spec.timeoutSeconds)
      : runDriver(spec, seconds);
  if (spec.warmupSeconds > 0) await go(spec.warmupSeconds);
  return go(spec.seconds);
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const result = await run(JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadSpec);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
