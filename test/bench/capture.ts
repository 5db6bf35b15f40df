// What the gateway asks the subgraphs for one request: a second instance of our gateway (in the bench's
// process), pointed at small recording proxies in front of the subgraphs, answers the workload once. The
// recorded fetches, in stages (a fetch that started after another one ended depends on it), are what "the
// same data fetch directly against the owning subgraphs" replays (load-worker.ts, chain mode).
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { PARTNERS, type Partner } from '../../platform/config';
import { startGateway } from '../../gateway/server';
import { graphql } from '../support/graphql';
import { gatewayHeaders } from '../support/callers';
import type { Workload } from './workloads';

export interface SubgraphFetch {
  partner: Partner;
  url: string;
  body: string;
  status: number;
  response: string;
  start: number;
  end: number;
}

export interface CapturedPlan {
  fetches: SubgraphFetch[];
  /** Fetches by stage: every fetch of a stage only needs answers of earlier stages. */
  stages: SubgraphFetch[][];
  /** The answer of the capturing gateway. */
  result: unknown;
}

async function readAll(stream: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A proxy in front of one subgraph that records every GraphQL request and its answer. */
export async function recordingProxy(partner: Partner, target: string, fetches: SubgraphFetch[]) {
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer(async (req, res) => {
    try {
      const body = await readAll(req);
      const start = performance.now();
      const upstream = new URL(req.url ?? '/', target);
      const { status, text, headers } = await new Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
        const forward = http.request(upstream, { method: req.method, headers: { ...req.headers, host: upstream.host }, agent }, async (response) => {
          resolve({ status: response.statusCode ?? 0, text: await readAll(response), headers: response.headers });
        });
        forward.on('error', reject);
        forward.end(body);
      });
      if (upstream.pathname === new URL(target).pathname) fetches.push({ partner, url: target, body, status, response: text, start, end: performance.now() });
      res.writeHead(status, { 'content-type': String(headers['content-type'] ?? 'application/json') });
      res.end(text);
    } catch (error) {
      res.writeHead(502);
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${new URL(target).pathname}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      agent.destroy();
    }),
  };
}

/** Groups fetches into stages: a fetch's stage is one more than that of the latest fetch that ended before it started. */
export function stagesOf<F extends { start: number; end: number }>(fetches: F[]): F[][] {
  const sorted = [...fetches].sort((a, b) => a.start - b.start);
  const level = new Map<F, number>();
  for (const fetch of sorted) {
    const before = sorted.filter((other) => other !== fetch && other.end <= fetch.start);
    level.set(fetch, before.length ? Math.max(...before.map((other) => level.get(other)!)) + 1 : 0);
  }
  const stages: F[][] = [];
  for (const fetch of sorted) (stages[level.get(fetch)!] ??= []).push(fetch);
  return stages.filter(Boolean);
}

/** Our gateway in front of recording proxies: every subgraph fetch it makes lands in `fetches`. */
export interface ProxiedGateway {
  url: string;
  fetches: SubgraphFetch[];
  close(): Promise<void>;
}

export async function startProxiedGateway(subgraphUrls: Record<Partner, string>): Promise<ProxiedGateway> {
  const fetches: SubgraphFetch[] = [];
  const proxies = await Promise.all(PARTNERS.map((p) => recordingProxy(p, subgraphUrls[p], fetches)));
  const proxied = Object.fromEntries(PARTNERS.map((p, i) => [p, proxies[i].url])) as Record<Partner, string>;
  try {
    const gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: proxied });
    return {
      url: gateway.url,
      fetches,
      close: async () => {
        await gateway.close();
        await Promise.all(proxies.map((p) => p.close()));
      },
    };
  } catch (error) {
    await Promise.all(proxies.map((p) => p.close()));
    throw error;
  }
}

export async function capturePlan(gateway: ProxiedGateway, workload: Workload): Promise<CapturedPlan> {
  gateway.fetches.length = 0;
  const response = await graphql(gateway.url, workload.query, workload.variables, gatewayHeaders(workload.caller));
  const { status: _status, ...result } = response;
  const fetches = gateway.fetches.splice(0);
  return { fetches, stages: stagesOf(fetches), result };
}
