// How the bench runs the hub, on the bench's PostgreSQL server:
// - "processes" (the default, as in production): each subgraph its own process (`node --import tsx
//   subgraphs/<partner>/main.ts`, configured through the environment like a deployment), our gateway its
//   own (gateway/main.ts), and each Hive Gateway its own (hive-main.ts);
// - "one" (BENCH_PROCESSES=one): the whole hub — four subgraphs and our gateway — in the bench's own
//   process (hub/hub.ts, as `npm start` runs it), the Hive Gateways beside it.
// Every server process can be CPU-profiled for a stretch and its RSS read; every request a subgraph serves
// is timed on the subgraph's side (server-hook.ts, request-timing.ts).
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { PARTNERS, type Partner } from '../../platform/config';
import { startHub } from '../../hub/hub';
import { SUBGRAPHS } from '../../hub/hub';
import { DEMO_DATA } from '../../hub/demo';
import { openDatabase } from '../../subgraphs/kit/database';
import { freePort } from '../support/ports';
import { startGatewayProcess, startServerProcess, gatewayEnv, type ServerProcess } from './gateway-process';
import { startHiveGateway, hiveVersion, type HivePlanner } from './hive';
import { inspectorProfiler, waitForFile } from './cpu-profile';
import { parseTimings, timeRequests, type RequestTiming } from './request-timing';

export type Layout = 'processes' | 'one';
/** The gateways compared: ours (Apollo Gateway), Hive Gateway with its JavaScript planner, and with the Rust one. */
export type GatewayKey = 'ours' | 'hive' | 'hiveRust';
export const GATEWAY_KEYS: GatewayKey[] = ['ours', 'hive', 'hiveRust'];
export const PLANNER_OF: Record<Exclude<GatewayKey, 'ours'>, HivePlanner> = { hive: 'js', hiveRust: 'rust' };

/** A Node process that serves: profiled on demand, its memory read at the end. */
export interface BenchProcess {
  name: string;
  pid: number;
  /** Starts V8's CPU profiler in the process. */
  startProfile(): Promise<void>;
  /** Stops it and writes the profile to `file`; false when no profile came. */
  stopProfile(file: string): Promise<boolean>;
  /** What a child process printed so far. */
  output?: () => string;
}

export interface Deployment {
  layout: Layout;
  subgraphUrls: Record<Partner, string>;
  gatewayUrls: Partial<Record<GatewayKey, string>>;
  /** What did not start (a Hive Gateway), by gateway. */
  notStarted: Partial<Record<GatewayKey, string>>;
  processes: BenchProcess[];
  /** The requests the subgraphs answered that arrived at `from` (wall clock, ms) or later. */
  subgraphTimings(from: number): SubgraphTiming[];
  stop(): Promise<void>;
}

export interface SubgraphTiming {
  partner: Partner;
  start: number;
  end: number;
}

export interface DeployOptions {
  layout: Layout;
  databaseUrls: Record<Partner, string>;
  hive: boolean;
  /** Our gateway's cluster workers (processes layout: always its own process; one: 0 keeps it in the hub). */
  gatewayWorkers: number;
  /** Where CPU profiles go. */
  profileDir: string;
}

/** Migrates the partners' databases and loads the demo town (what the hub does before it serves). */
export async function prepareDatabases(databaseUrls: Record<Partner, string>): Promise<void> {
  await Promise.all(
    PARTNERS.map(async (partner) => {
      const definition = SUBGRAPHS[partner];
      const db = await openDatabase({ url: databaseUrls[partner], entities: definition.entities, migrations: definition.migrations });
      try {
        await DEMO_DATA[partner](db);
      } finally {
        await db.destroy();
      }
    }),
  );
}

function childProcess(name: string, server: ServerProcess, profileDir: string): BenchProcess {
  let profiles = 0;
  return {
    name,
    pid: server.child.pid!,
    output: server.output,
    startProfile: async () => void server.child.kill('SIGUSR2'),
    stopProfile: async (file) => {
      server.child.kill('SIGUSR2');
      profiles += 1;
      const written = path.join(profileDir, `${name}.${profiles}.cpuprofile`);
      if (!(await waitForFile(written))) return false;
      renameSync(written, file);
      return true;
    },
  };
}

function thisProcess(name: string): BenchProcess {
  const profiler = inspectorProfiler();
  return {
    name,
    pid: process.pid,
    startProfile: () => profiler.start(),
    stopProfile: async (file) => {
      await profiler.stop(file);
      return existsSync(file);
    },
  };
}

/** Node flags and environment that let the bench profile a server process (and time a subgraph's requests). */
const hooked = (profileDir: string, name: string, timing = false) => ({
  nodeArgs: ['--import', path.join(__dirname, 'server-hook.ts')],
  env: { BENCH_PROFILE_DIR: profileDir, BENCH_PROFILE_NAME: name, ...(timing ? { BENCH_REQUEST_TIMING: '1' } : {}) },
});

/** Keeps the timings of the requests to the subgraphs' ports, handing out those from a moment on. */
function timingsOf(subgraphUrls: Record<Partner, string>) {
  const partnerOf = new Map(PARTNERS.map((p) => [Number(new URL(subgraphUrls[p]).port), p]));
  let kept: SubgraphTiming[] = [];
  return {
    add: (timings: RequestTiming[]) => {
      for (const t of timings) {
        const partner = partnerOf.get(t.port);
        if (partner) kept.push({ partner, start: t.start, end: t.end });
      }
    },
    /** Those from `from` on; older ones are dropped (the bench asks in time order). */
    since: (from: number) => {
      kept = kept.filter((t) => t.start >= from);
      return [...kept];
    },
  };
}

export async function deploy(options: DeployOptions): Promise<Deployment> {
  mkdirSync(options.profileDir, { recursive: true });
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const run of stops.reverse()) await run().catch((error) => console.error('stopping failed:', error instanceof Error ? error.message : error));
  };
  try {
    return await (options.layout === 'processes' ? deployProcesses(options, stops) : deployOne(options, stops)).then((d) => ({ ...d, stop }));
  } catch (error) {
    await stop();
    throw error;
  }
}

type Started = Omit<Deployment, 'stop'>;

async function startHives(
  options: DeployOptions,
  start: (key: Exclude<GatewayKey, 'ours'>) => Promise<{ url: string; process?: BenchProcess }>,
  into: Started,
): Promise<void> {
  if (!options.hive) return;
  for (const key of ['hive', 'hiveRust'] as const) {
    try {
      const started = await start(key);
      into.gatewayUrls[key] = started.url;
      if (started.process) into.processes.push(started.process);
    } catch (error) {
      into.notStarted[key] = `Hive Gateway ${hiveVersion(PLANNER_OF[key])} did not start: ${(error instanceof Error ? error.message : String(error)).slice(0, 500)}`;
    }
  }
}

async function deployProcesses(options: DeployOptions, stops: (() => Promise<unknown>)[]): Promise<Started> {
  // Ports first: gemeente's indexer and consent register, and the others' consent checks, need each other's URLs.
  const ports = Object.fromEntries(await Promise.all(PARTNERS.map(async (p) => [p, await freePort()]))) as Record<Partner, number>;
  const subgraphUrls = Object.fromEntries(PARTNERS.map((p) => [p, `http://127.0.0.1:${ports[p]}/graphql`])) as Record<Partner, string>;
  const env: Record<string, string> = {
    HOST: '127.0.0.1',
    ...Object.fromEntries(PARTNERS.flatMap((p) => [[`PORT_${p.toUpperCase()}`, String(ports[p])], [`DATABASE_URL_${p.toUpperCase()}`, options.databaseUrls[p]], [`SUBGRAPH_URL_${p.toUpperCase()}`, subgraphUrls[p]]])),
  };
  const timings = timingsOf(subgraphUrls);
  const read = new Map<ServerProcess, number>();
  const subgraphServers: ServerProcess[] = [];
  const started: Started = {
    layout: 'processes',
    subgraphUrls,
    gatewayUrls: {},
    notStarted: {},
    processes: [],
    subgraphTimings: (from) => {
      for (const server of subgraphServers) {
        const text = server.output();
        timings.add(parseTimings(text.slice(read.get(server) ?? 0)));
        read.set(server, text.length);
      }
      return timings.since(from);
    },
  };
  const servers = await Promise.all(
    PARTNERS.map(async (partner) => {
      const hook = hooked(options.profileDir, partner, true);
      const server = await startServerProcess({ script: path.join(__dirname, '..', '..', 'subgraphs', partner, 'main.ts'), env: { ...env, ...hook.env }, nodeArgs: hook.nodeArgs });
      stops.push(() => server.stop());
      subgraphServers.push(server);
      return childProcess(partner, server, options.profileDir);
    }),
  );
  started.processes.push(...servers);
  const ours = await startGatewayProcess(subgraphUrls, { workers: Math.max(1, options.gatewayWorkers), ...hooked(options.profileDir, 'gateway') });
  stops.push(() => ours.stop());
  started.gatewayUrls.ours = ours.url;
  started.processes.push(childProcess('gateway', ours, options.profileDir));
  await startHives(
    options,
    async (key) => {
      const hook = hooked(options.profileDir, key);
      const hive = await startServerProcess({
        script: path.join(__dirname, 'hive-main.ts'),
        env: { ...gatewayEnv(subgraphUrls), BENCH_HIVE_PLANNER: PLANNER_OF[key], ...hook.env },
        nodeArgs: hook.nodeArgs,
      });
      stops.push(() => hive.stop());
      return { url: hive.url, process: childProcess(key, hive, options.profileDir) };
    },
    started,
  );
  return started;
}

async function deployOne(options: DeployOptions, stops: (() => Promise<unknown>)[]): Promise<Started> {
  const hub = await startHub({ databaseUrls: options.databaseUrls, host: '127.0.0.1', ports: { gateway: 0, gemeente: 0, welzijn: 0, zorg: 0, bewoners: 0 }, seed: false });
  stops.push(() => hub.close());
  const subgraphUrls = Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].url])) as Record<Partner, string>;
  const timings = timingsOf(subgraphUrls);
  const pending: RequestTiming[] = [];
  timeRequests((port, start, end) => {
    pending.push({ port, start, end });
    if (pending.length > 20_000) pending.splice(0, 10_000); // under load nobody asks; keep the latest
  });
  const started: Started = {
    layout: 'one',
    subgraphUrls,
    gatewayUrls: { ours: hub.gateway.url },
    notStarted: {},
    processes: [thisProcess(`hub (4 subgraphs${options.gatewayWorkers ? '' : ' + gateway'}${options.hive ? ' + Hive Gateways' : ''})`)],
    subgraphTimings: (from) => {
      timings.add(pending.splice(0));
      return timings.since(from);
    },
  };
  if (options.gatewayWorkers > 0) {
    const ours = await startGatewayProcess(subgraphUrls, { workers: options.gatewayWorkers, ...hooked(options.profileDir, 'gateway') });
    stops.push(() => ours.stop());
    started.gatewayUrls.ours = ours.url;
    started.processes.push(childProcess('gateway', ours, options.profileDir));
  }
  await startHives(
    options,
    async (key) => {
      const hive = await startHiveGateway(subgraphUrls, PLANNER_OF[key]);
      stops.push(() => hive.close());
      return { url: hive.url };
    },
    started,
  );
  return started;
}
