// Everything the bench measures for one workload on one deployment (deploy.ts), in this order, each on a
// quiet hub: one answer per gateway (compared with ours); the SQL of single requests and where a request's
// time goes (breakdown.ts); each gateway on one connection, requests one after
// another; CPU profiles of our processes during such a run; each gateway under load (autocannon); the
// gateway's overhead against the same subgraph fetches sent directly; the processes' memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { anonymous, type Caller } from '../../platform/caller';
import { subgraphSecret } from '../../platform/config';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { graphql } from '../support/graphql';
import type { BenchConfig } from './config';
import type { Workload } from './workloads';
import { runLoad, type LoadResult, type LoadSpec } from './load';
import { capturePlan, type ProxiedGateway } from './capture';
import { firstDifference } from './compare';
import { drain } from './drain';
import { breakDown } from './breakdown';
import type { HeavyStatement, SqlStats } from './sql-stats';
import { summariseProfile } from './cpu-profile';
import { GATEWAY_KEYS, type Deployment, type GatewayKey } from './deploy';
import type { Statements, WorkloadResult } from './report';

/** How many of a request's heaviest statements the log shows. */
const HEAVIEST_SHOWN = 10;

export interface MeasureContext {
  config: BenchConfig;
  deployment: Deployment;
  proxied: ProxiedGateway;
  sql: SqlStats;
  adminUrl: string;
  log: (line: string) => void;
  /** What the servers logged since the last call. */
  takeServerLog: () => { lines: number; sample: string[] };
}

/** The identity a gateway builds for a test caller (the trace id is added per request). */
function callerOf(caller: TestCaller | undefined): Omit<Caller, 'traceId' | 'spanId'> {
  if (!caller) {
    const { traceId: _t, spanId: _s, ...rest } = anonymous({ traceId: '', spanId: '' });
    return rest;
  }
  return { organisationId: caller.org, subject: `${caller.roles[0]}@${caller.org}`, roles: caller.roles, personId: caller.person ?? null, purpose: caller.purpose ?? null };
}

async function ask(url: string, workload: Workload): Promise<{ status: number; body: Record<string, unknown> }> {
  const { status, ...body } = await graphql(url, workload.query, workload.variables, gatewayHeaders(workload.caller));
  return { status, body };
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return response.json();
}

/**
 * Rows in a GraphQL answer: the objects in its lists (an edge of a connection, a candidate, an indicator
 * row), what the issue's "buffers per row in the answer" divides by.
 */
export function answerRows(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + (item && typeof item === 'object' && !Array.isArray(item) ? 1 : 0) + answerRows(item), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + answerRows(v), 0);
  return 0;
}

/** RSS of a process in MiB (from /proc), or null when it is gone. */
function rssMiB(pid: number): number | null {
  try {
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

export function processMemory(deployment: Deployment): { name: string; pid: number; rssMiB: number | null }[] {
  return deployment.processes.map((p) => ({ name: p.name, pid: p.pid, rssMiB: rssMiB(p.pid) }));
}

/** Sequential requests on one connection through `url`, in the load generator's process. */
export function oneConnection(config: BenchConfig, url: string, workload: Workload, requests = config.sequentialRequests): Promise<LoadResult> {
  return runLoad({
    kind: 'sequential',
    request: { url, body: JSON.stringify({ query: workload.query, variables: workload.variables }), headers: gatewayHeaders(workload.caller) },
    requests,
    warmupRequests: 3,
    timeoutSeconds: config.timeoutSeconds,
  });
}

export async function measureWorkload(context: MeasureContext, workload: Workload): Promise<WorkloadResult> {
  const { config, deployment, sql, log } = context;
  const settle = () => drain(context.adminUrl, config.drainSeconds);
  const gateways = GATEWAY_KEYS.filter((key) => deployment.gatewayUrls[key]);
  const urlOf = (key: GatewayKey) => deployment.gatewayUrls[key]!;
  const body = JSON.stringify({ query: workload.query, variables: workload.variables });
  const request = { url: urlOf('ours'), body, headers: gatewayHeaders(workload.caller) };
  /** A load run, then wait for the databases to be quiet again (see drain.ts). */
  const measure = async (spec: LoadSpec) => {
    const result = await runLoad(spec);
    const drained = await drain(context.adminUrl, config.drainSeconds);
    if (drained.runningAtEnd) log(`  ${drained.runningAtEnd} SQL statements still running after the run; quiet after ${drained.waitedSeconds} s${drained.cancelled ? `, ${drained.cancelled} cancelled` : ''}`);
    return { ...result, drain: drained };
  };
  context.takeServerLog();
  log(`\n${workload.name}: ${workload.note}`);

  // One answer per gateway, and the SQL statements it caused.
  const sample = await ask(urlOf('ours'), workload);
  await settle();
  const sampleErrors = (sample.body.errors as unknown[] | undefined) ?? null;
  if (sample.status !== 200 || sampleErrors) log(`  warning: HTTP ${sample.status}, errors ${JSON.stringify(sampleErrors)?.slice(0, 400)}`);
  const answer = workload.describe?.(sample.body.data);
  if (answer) log(`  the answer: ${answer}`);
  const timedOut = JSON.stringify(sample.body.errors ?? []).includes('SUBGRAPH_TIMEOUT');
  const statementsPerRequest: Partial<Record<GatewayKey, Statements>> = {};
  let heaviestStatements: HeavyStatement[] = [];
  const comparisons: WorkloadResult['comparisons'] = {};
  for (const key of gateways) {
    let answer = sample;
    const used = await sql.measure(async () => void (answer = await ask(urlOf(key), workload)), settle);
    statementsPerRequest[key] = Object.fromEntries(Object.entries(used).map(([p, u]) => [p, u.statements])) as Statements;
    if (key === 'ours') {
      heaviestStatements = await sql.heaviest(HEAVIEST_SHOWN);
      continue;
    }
    const difference = firstDifference(sample.body, answer.body);
    comparisons[key] = {
      identical: difference === null && sample.status === answer.status,
      difference: timedOut
        ? "not comparable: a subgraph did not answer within the gateways' subgraph timeout"
        : difference ?? (sample.status === answer.status ? null : `HTTP ${sample.status} vs ${answer.status}`),
      oursPerHive: NaN,
    };
  }
  log(`  SQL statements per request: ${JSON.stringify(statementsPerRequest)}`);
  for (const h of heaviestStatements) log(`    ${h.partner}: ${h.buffers} buffers, ${h.rows} rows, ${h.ms} ms (planning ${h.planMs} ms) in ${h.calls} call(s): ${h.query}`);

  // SQL per request and where the time goes (through our gateway in front of timing proxies).
  const { breakdown, sql: sqlUse } = await breakDown(deployment, workload, sql, settle, config.sqlSamples);
  log(`  SQL per request (median of ${config.sqlSamples}): ${sqlUse.total.ms} ms, ${sqlUse.total.buffers} buffers, ${sqlUse.total.rows} rows; ` +
    `one request ${breakdown.endToEndMs} ms = gateway ${breakdown.gatewayMs} + subgraphs ${breakdown.subgraphsMs} (of which SQL ${breakdown.sqlCriticalMs})`);

  // One connection, one request after another.
  const single: Partial<Record<GatewayKey, LoadResult>> = {};
  for (const key of gateways) {
    single[key] = await oneConnection(config, urlOf(key), workload);
    await settle();
  }
  log(`  one connection p50: ${gateways.map((k) => `${k} ${single[k]!.latencyMs.p50} ms`).join(', ')}`);

  // CPU profiles of our processes during the same kind of run.
  const profiles: NonNullable<WorkloadResult['profiles']> = [];
  if (config.profile) {
    const ours = deployment.processes.filter((p) => !/^hive/.test(p.name));
    await Promise.all(ours.map((p) => p.startProfile()));
    await oneConnection(config, urlOf('ours'), workload, 20);
    for (const p of ours) {
      const file = path.join(config.outDir, 'profiles', `${deployment.layout}-${workload.key}-${p.name.split(' ')[0]}.cpuprofile`);
      if (await p.stopProfile(file)) profiles.push({ process: p.name, file, summary: summariseProfile(file) });
    }
    await settle();
  }

  // Under load.
  const base = { connections: config.connections, seconds: config.seconds, warmupSeconds: config.warmupSeconds, timeoutSeconds: config.timeoutSeconds };
  const load: Partial<Record<GatewayKey, LoadResult>> = {};
  for (const key of gateways) {
    load[key] = await measure({ ...base, kind: 'single', tool: 'autocannon', request: { ...request, url: urlOf(key) } });
    log(`  ${key}: ${JSON.stringify(load[key])}`);
  }
  for (const key of ['hive', 'hiveRust'] as const) {
    if (comparisons[key]) comparisons[key]!.oursPerHive = load.ours!.throughput / load[key]!.throughput;
  }

  const result: WorkloadResult = {
    key: workload.key,
    name: workload.name,
    note: workload.note,
    query: workload.query,
    variables: workload.variables,
    sampleErrors,
    ...(answer ? { answer } : {}),
    statementsPerRequest: statementsPerRequest as WorkloadResult['statementsPerRequest'],
    heaviestStatements,
    load: load as WorkloadResult['load'],
    oneConnection: single as WorkloadResult['oneConnection'],
    sqlMs: sqlUse.total.ms,
    sqlPlanMs: sqlUse.total.planMs,
    ratioToSql: single.ours!.latencyMs.p50 / sqlUse.total.ms,
    sqlBuffers: sqlUse.total.buffers,
    accountabilityBuffers: sqlUse.total.accountabilityBuffers,
    rowsReturned: sqlUse.total.rows,
    answerRows: answerRows(sample.body.data),
    buffersPerRow: sqlUse.total.buffers / Math.max(1, answerRows(sample.body.data)),
    sqlPerPartner: sqlUse.perPartner,
    breakdown,
    profiles,
    comparisons,
    ...(comparisons.hive ? { hive: comparisons.hive } : {}),
  };

  // The gateway's overhead: the captured subgraph fetches sent directly.
  if (workload.direct) {
    const plan = await capturePlan(context.proxied, workload);
    const sameAnswer = firstDifference(sample.body, plan.result) === null;
    const caller = { ...callerOf(workload.caller), traceId: 'bench-replay', spanId: 'bench-replay' };
    let replayed = true;
    for (const stage of plan.stages) {
      for (const fetch of stage) {
        const response = await post(fetch.url, fetch.body, { [IDENTITY_HEADER]: signIdentity(caller, fetch.partner, subgraphSecret(fetch.partner, process.env)) });
        if (firstDifference(JSON.parse(fetch.response), response) !== null) replayed = false;
      }
    }
    if (!sameAnswer || !replayed) log(`  warning: the captured plan ${sameAnswer ? '' : 'answered differently from our gateway'}${replayed ? '' : ' did not replay to the same subgraph answers'}`);
    const chain: LoadSpec = {
      ...base,
      kind: 'chain',
      tool: 'driver',
      caller: callerOf(workload.caller),
      stages: plan.stages.map((stage) => stage.map((f) => ({ partner: f.partner, url: f.url, body: f.body }))),
    };
    const gateway = await measure({ ...base, kind: 'single', tool: 'driver', request });
    const direct = await measure(chain);
    result.overhead = {
      stages: plan.stages.map((stage) => stage.map((f) => f.partner)),
      replayChecked: sameAnswer && replayed,
      gateway,
      direct,
      clean: [gateway, direct].every((r) => r.non2xx + r.errors + r.timeouts + r.graphqlErrors + r.unfinished === 0),
      ratioP50: gateway.latencyMs.p50 / direct.latencyMs.p50,
      ratioMean: gateway.latencyMs.mean / direct.latencyMs.mean,
    };
    log(`  overhead: fetches ${result.overhead.stages.map((s) => s.join('+')).join(' → ')}; gateway p50 ${gateway.latencyMs.p50} ms vs direct ${direct.latencyMs.p50} ms (× ${result.overhead.ratioP50.toFixed(2)})`);
  }
  result.processes = processMemory(deployment);
  result.serverLog = context.takeServerLog();
  if (result.serverLog.lines) log(`  the servers logged ${result.serverLog.lines} line${result.serverLog.lines === 1 ? '' : 's'} meanwhile, e.g. ${result.serverLog.sample[0]}`);
  return result;
}
