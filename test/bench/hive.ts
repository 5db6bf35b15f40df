// Hive Gateway over the same supergraph, for a side-by-side comparison: its programmatic runtime
// (createGatewayRuntime) on Node's http server, with the subgraph URLs put into the supergraph's
// @join__graph entries; in the bench's own process (BENCH_PROCESSES=one) or as a process of its own
// (hive-main.ts). Two planners: Hive's JavaScript one (its default) and the Rust query planner of Hive Router
// (`@graphql-hive/router-runtime`, enabled with its `unifiedGraphHandler`, as HIVE_ROUTER_RUNTIME=true does
// for the hive-gateway CLI). Our subgraphs answer only a caller signed for them
// (x-samenspel-identity), so Hive forwards the same identity: per client request it verifies the bearer
// token and purpose exactly as our gateway does (gateway/caller.ts; verified before Hive sees the request,
// since Hive asks for the headers synchronously) and signs the caller per subgraph with that subgraph's
// secret (propagateHeaders.fromClientToSubgraphs).
// It gives up on a subgraph after the same time as ours, and like ours sends every client request's fetches
// (no sharing of identical fetches in flight). Not the same: Hive runs without our GraphQL Armor limits,
// trusted documents and error formatting.
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { SUPERGRAPH_PATH, supergraphForGateway } from '../../gateway/gateway';
import { callerAuthenticator } from '../../gateway/caller';
import { tokenVerifier } from '../../gateway/token-issuers';
import { gatewayConfig, PARTNERS, type Partner } from '../../platform/config';
import type { Caller } from '../../platform/caller';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';

export interface RunningHive {
  url: string;
  version: string;
  close(): Promise<void>;
}

/** The supergraph as our gateway reads it, with the running subgraphs' URLs. */
export function supergraphWithUrls(subgraphUrls: Record<Partner, string>): string {
  let replaced = 0;
  const sdl = supergraphForGateway(readFileSync(SUPERGRAPH_PATH, 'utf8')).replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (whole, name: string) => {
      const url = subgraphUrls[name as Partner];
      if (!url) return whole;
      replaced += 1;
      return `@join__graph(name: "${name}", url: "${url}")`;
    },
  );
  if (replaced !== PARTNERS.length) throw new Error(`expected ${PARTNERS.length} @join__graph entries in the supergraph, replaced ${replaced}`);
  return sdl;
}

/** Hive's planners: its JavaScript one, or Hive Router's Rust query planner. */
export type HivePlanner = 'js' | 'rust';

export function hiveVersion(planner: HivePlanner = 'js'): string {
  const gateway = (require('@graphql-hive/gateway/package.json') as { version: string }).version;
  if (planner === 'js') return gateway;
  return `${gateway} + router-runtime ${(require('@graphql-hive/router-runtime/package.json') as { version: string }).version}`;
}

/** Starts Hive's runtime on `supergraph` and asks it `{ __typename }`; the error message when it cannot serve. */
async function probe(runtime: ReturnType<typeof createGatewayRuntime>): Promise<string | null> {
  const response = await runtime.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as { data?: { __typename?: string }; errors?: { message: string }[] };
  return body.data?.__typename === 'Query' ? null : `HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`;
}

export async function startHiveGateway(subgraphUrls: Record<Partner, string>, planner: HivePlanner = 'js'): Promise<RunningHive> {
  const config = gatewayConfig(process.env);
  // The bench's organisations are the demo town's: the registry question is our gateway's alone.
  const authenticate = callerAuthenticator(tokenVerifier(config.auth), async () => true);
  const callers = new Map<string, Caller>(); // by the two headers; the bench sends a few tokens many times
  const keyOf = (get: (name: string) => string | null | undefined) => JSON.stringify(['authorization', 'x-purpose'].map((name) => get(name) ?? null));
  const callerOf = (request: Request): Caller => callers.get(keyOf((name) => request.headers.get(name)))!;
  const verify = async (req: IncomingMessage) => {
    const key = keyOf((name) => req.headers[name] as string | undefined);
    if (!callers.has(key)) callers.set(key, await authenticate(req));
  };
  const create = (supergraph: string) =>
    createGatewayRuntime({
      supergraph,
      logging: process.env.BENCH_HIVE_LOG === '1' ? 'debug' : false,
      // Hive's default masks unexpected errors; the comparison wants them as they are.
      maskedErrors: false,
      landingPage: false,
      graphiql: false,
      graphqlEndpoint: '/graphql',
      ...(planner === 'rust' ? { unifiedGraphHandler } : {}),
      // The same patience with a subgraph as our gateway (SUBGRAPH_TIMEOUT_MS, default 5 s, gateway/gateway.ts).
      upstreamTimeout: config.subgraphTimeoutMs,
      // Hive's HTTP executor shares one subgraph fetch among identical fetches in flight (by default); the
      // bench's load sends one request over and over, so under load Hive would ask the subgraphs a fraction
      // of what ours asks (in a small run, 58 against 5 req/s for the match view: the subgraphs alone, sent
      // the same fetches directly, served 14). Off, both gateways fetch once per client request.
      transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
      propagateHeaders: {
        fromClientToSubgraphs: ({ request, subgraphName }) => {
          const partner = subgraphName.toLowerCase() as Partner;
          if (!PARTNERS.includes(partner)) throw new Error(`unknown subgraph "${subgraphName}"`);
          return { [IDENTITY_HEADER]: signIdentity(callerOf(request), partner, config.subgraphSecrets[partner]) };
        },
      },
    });

  const runtime = create(supergraphWithUrls(subgraphUrls));
  const failure = await probe(runtime);
  if (failure) {
    await runtime.dispose();
    throw new Error(`Hive Gateway cannot serve the supergraph: ${failure}`);
  }
  const server = http.createServer((req, res) => {
    verify(req).then(
      () => runtime(req, res),
      (error) => {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] }));
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    version: hiveVersion(planner),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.dispose();
    },
  };
}
