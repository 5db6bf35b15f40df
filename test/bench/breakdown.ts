// Where one request's time goes, on an otherwise quiet hub: sequential requests through our gateway, each
// with the SQL it caused (sql-stats.ts) and the requests the subgraphs served meanwhile, timed on the
// subgraphs' side (request-timing.ts). Per request:
// - subgraphs: the time at least one subgraph was serving a request (the gateway's fetches, and what the
//   subgraphs ask each other, such as consent checks);
// - SQL on the critical path: per stage of fetches (stagesOf), the SQL of the stage's longest fetch (a
//   partner's SQL is shared over its fetches by their duration, at most the fetch's own duration);
// - subgraph JavaScript: subgraphs minus that SQL (parsing, resolvers, DataLoader, JSON, HTTP);
// - gateway: end to end minus subgraphs (query planning, merging, its HTTP, the loopback hops).
// Medians over the requests, and the SQL per request (sqlMs, buffers, rows) the report shows.
import { PARTNERS, type Partner } from '../../platform/config';
import { gatewayHeaders } from '../support/callers';
import { graphql } from '../support/graphql';
import { stagesOf } from './capture';
import { wallClock } from './request-timing';
import type { Deployment, SubgraphTiming } from './deploy';
import { totalOf, type SqlPerPartner, type SqlStats, type SqlUse } from './sql-stats';
import type { Workload } from './workloads';

export interface Breakdown {
  requests: number;
  endToEndMs: number;
  subgraphsMs: number;
  sqlCriticalMs: number;
  subgraphJsMs: number;
  gatewayMs: number;
  /** Subgraph fetches per request. */
  fetches: number;
}

export interface SqlPerRequest {
  /** Medians over the requests of the summed use per request, all partners together. */
  total: SqlUse;
  perPartner: SqlPerPartner;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n: number) => Math.round(n * 100) / 100;

/** Total length of the union of intervals. */
function busyMs(fetches: SubgraphTiming[]): number {
  const sorted = [...fetches].sort((a, b) => a.start - b.start);
  let total = 0;
  let [from, to] = [-Infinity, -Infinity];
  for (const f of sorted) {
    if (f.start > to) {
      if (to > from) total += to - from;
      [from, to] = [f.start, f.end];
    } else to = Math.max(to, f.end);
  }
  if (to > from) total += to - from;
  return total;
}

function sqlOnCriticalPath(fetches: SubgraphTiming[], sql: SqlPerPartner): number {
  const durationOf = (f: SubgraphTiming) => f.end - f.start;
  const partnerTotal = new Map<Partner, number>();
  for (const f of fetches) partnerTotal.set(f.partner, (partnerTotal.get(f.partner) ?? 0) + durationOf(f));
  const sqlOf = (f: SubgraphTiming) => Math.min(durationOf(f), (sql[f.partner].ms * durationOf(f)) / (partnerTotal.get(f.partner) || 1));
  return stagesOf(fetches).reduce((sum, stage) => {
    const longest = stage.reduce((a, b) => (durationOf(b) > durationOf(a) ? b : a));
    return sum + sqlOf(longest);
  }, 0);
}

export async function breakDown(
  deployment: Deployment,
  workload: Workload,
  sql: SqlStats,
  settle: () => Promise<unknown>,
  requests: number,
): Promise<{ breakdown: Breakdown; sql: SqlPerRequest }> {
  const send = () => graphql(deployment.gatewayUrls.ours!, workload.query, workload.variables, gatewayHeaders(workload.caller));
  for (let i = 0; i < 3; i++) await send(); // warm: plans cached, connections open
  const samples: { e2e: number; busy: number; critical: number; fetches: number; sql: SqlPerPartner }[] = [];
  for (let i = 0; i < requests; i++) {
    let e2e = 0;
    let fetches: SubgraphTiming[] = [];
    const used = await sql.measure(async () => {
      const t = wallClock();
      await send();
      const done = wallClock();
      e2e = done - t;
      await new Promise((resolve) => setTimeout(resolve, 20)); // the subgraphs' timing lines on their way
      fetches = deployment.subgraphTimings(t).filter((f) => f.end <= done);
    }, settle);
    samples.push({ e2e, busy: busyMs(fetches), critical: sqlOnCriticalPath(fetches, used), fetches: fetches.length, sql: used });
  }
  const e2e = median(samples.map((s) => s.e2e));
  const subgraphs = median(samples.map((s) => s.busy));
  const critical = median(samples.map((s) => s.critical));
  const useMedian = (pick: (s: (typeof samples)[number]) => SqlUse): SqlUse => {
    const uses = samples.map(pick);
    return {
      statements: median(uses.map((u) => u.statements)),
      ms: round(median(uses.map((u) => u.ms))),
      planMs: round(median(uses.map((u) => u.planMs))),
      buffers: median(uses.map((u) => u.buffers)),
      accountabilityBuffers: median(uses.map((u) => u.accountabilityBuffers)),
      rows: median(uses.map((u) => u.rows)),
    };
  };
  return {
    breakdown: {
      requests,
      endToEndMs: round(e2e),
      subgraphsMs: round(subgraphs),
      sqlCriticalMs: round(critical),
      subgraphJsMs: round(Math.max(0, subgraphs - critical)),
      gatewayMs: round(Math.max(0, e2e - subgraphs)),
      fetches: median(samples.map((s) => s.fetches)),
    },
    sql: {
      total: useMedian((s) => totalOf(s.sql)),
      perPartner: Object.fromEntries(PARTNERS.map((p) => [p, useMedian((s) => s.sql[p])])) as SqlPerPartner,
    },
  };
}
