// The Apollo Gateway over the committed supergraph (schema/supergraph.graphql): never IntrospectAndCompose.
// Subgraph URLs come from configuration. A subgraph that cannot be reached, answers with an HTTP error or
// with something that is not a GraphQL response, or does not answer within SUBGRAPH_TIMEOUT_MS, costs only
// its part of the answer: the error names the subgraph (extensions.serviceName; code SUBGRAPH_UNAVAILABLE
// or SUBGRAPH_TIMEOUT). Nothing is remembered about a failure, so the next request tries again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { PARTNERS, type Partner } from '../platform/config';
import { anonymous, newTrace, type Caller } from '../platform/caller';
import { HANDSHAKE_PATH, IDENTITY_HEADER, signIdentity } from '../platform/identity';
import { throttledLog } from '../platform/throttled-log';
import { serviceLog, type Logger } from '../platform/log';
import { latencyHistogram, type Histogram, type Registry } from '../platform/metrics';
import { TRACEPARENT_HEADER, traceparent } from '../platform/trace';
import { subgraphFetcher, type PoolOptions } from './subgraph-fetch';
import { nulledEntities } from './failed-fetch';
import { deliveryConfirmer, DeliveryTracker } from './delivery';

export interface GatewayContext {
  caller: Caller;
  /** What this request's fetches sent and answered, for the subgraphs' processing logs (delivery.ts). */
  delivery?: DeliveryTracker;
}

export const SUPERGRAPH_PATH = path.join(__dirname, '..', 'schema', 'supergraph.graphql');

/**
 * How process() hands a request's deadline to the fetcher: by an id in a header the fetcher takes off again
 * (never sent). The data source's fetcher gets only a URL and headers, and an AsyncLocalStorage would
 * switch on Node's promise hooks for the whole process, a cost on every await of every request.
 */
const DEADLINE_HEADER = 'x-samenspel-deadline';

/**
 * Whether a subgraph's answer is a GraphQL response at all: an object with `data` and/or `errors`; for an
 * entity fetch, `data._entities` is a list with one entry per representation sent.
 */
function isGraphQLResponse(body: unknown, representations: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (data === undefined && errors === undefined) return false;
  if (data !== undefined && data !== null) {
    if (typeof data !== 'object' || Array.isArray(data)) return false;
    if (Array.isArray(representations)) {
      const entities = (data as { _entities?: unknown })._entities;
      if (!Array.isArray(entities) || entities.length !== representations.length) return false;
    }
  }
  if (errors === undefined) return true;
  return Array.isArray(errors) && errors.every((e) => e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string');
}

/**
 * The errors of a subgraph's HTTP 400 answer (a value the gateway passes on unchecked, such as a DateTime,
 * refused by the subgraph's own scalar), to relay as what they are: the caller's bad input.
 */
function badRequestErrors(error: unknown): GraphQLFormattedError[] | null {
  const response = (error as { extensions?: { response?: { status?: unknown; body?: unknown } } })?.extensions?.response;
  if (response?.status !== 400) return null;
  const errors = (response.body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || !errors.length) return null;
  const formatted = errors.filter((e): e is GraphQLFormattedError => e && typeof e === 'object' && typeof e.message === 'string');
  if (formatted.length !== errors.length || !formatted.every((e) => typeof e.extensions?.code === 'string')) return null;
  return formatted.map(({ message, extensions }) => ({ message, extensions }));
}

/**
 * A subgraph data source: forwards the caller signed with the subgraph's own secret, gives each request a
 * deadline, and turns transport failures, timeouts and answers that are not GraphQL into a GraphQL error
 * naming the subgraph.
 */
class PartnerDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly logFailure: ReturnType<typeof throttledLog>;
  /** Deadlines of the requests in flight, by the id process() gives each. */
  private readonly deadlines = new Map<string, AbortSignal>();
  private readonly deadlineIds = new WeakMap<object, string>();
  private lastId = 0;
  readonly pool: ReturnType<typeof subgraphFetcher>;

  constructor(
    private readonly partner: Partner,
    url: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
    pool: PoolOptions,
    log: Logger,
    private readonly fetchSeconds: Histogram<'subgraph' | 'outcome'> | undefined,
  ) {
    super({ url });
    this.logFailure = throttledLog(log, `subgraph ${partner} failed`); // a subgraph that is down fails often
    this.pool = subgraphFetcher(pool);
    // The deadline aborts the wait for a socket, the connection, the wait for the answer and its reading.
    this.fetcher = (input, init = {}) => {
      const { [DEADLINE_HEADER]: id, ...headers } = init.headers ?? {};
      return this.pool(input, { ...init, headers, signal: id === undefined ? undefined : this.deadlines.get(id) });
    };
  }

  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Requests the gateway makes on its own (health checks) go as an anonymous caller.
    const caller = (context as Partial<GatewayContext>).caller ?? anonymous(newTrace());
    request.http?.headers.set(IDENTITY_HEADER, signIdentity(caller, this.partner, this.secret));
    // the subgraph's work is a child of the gateway's span for this request
    request.http?.headers.set(TRACEPARENT_HEADER, traceparent(caller.traceId, caller.spanId));
    const id = this.deadlineIds.get(request);
    if (id !== undefined) request.http?.headers.set(DEADLINE_HEADER, id);
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    const id = String(++this.lastId);
    this.deadlines.set(id, signal);
    this.deadlineIds.set(options.request, id);
    const stopTimer = this.fetchSeconds?.startTimer({ subgraph: this.partner });
    let outcome = 'ok';
    const representations = options.request.query?.includes('_entities') ? options.request.variables?.representations : undefined;
    // where what is sent sits in the answer being built, before anything of this fetch is merged into it
    const answered = (options.context as Partial<GatewayContext>).delivery?.sent(this.partner, 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined, representations);
    try {
      const response = await super.process(options);
      if (!isGraphQLResponse(response, representations)) throw new Error('the answer is not a GraphQL response');
      answered?.(response.data, response.extensions);
      // the subgraph's unconfirmed lines are for the gateway alone
      if (response.extensions) delete response.extensions.processingLog;
      return response;
    } catch (error) {
      const refused = badRequestErrors(error);
      if (refused) {
        outcome = 'refused';
        return { errors: refused };
      }
      const timedOut = signal.aborted;
      outcome = timedOut ? 'timeout' : 'unavailable';
      const traceId = (options.context as Partial<GatewayContext>).caller?.traceId;
      this.logFailure(timedOut ? `no answer within ${this.timeoutMs} ms` : error instanceof Error ? error.message : String(error), { traceId, subgraph: this.partner });
      const [message, code] = timedOut
        ? [`Subgraph "${this.partner}" did not answer within ${this.timeoutMs} ms; its part of the answer is missing`, 'SUBGRAPH_TIMEOUT']
        : [`Subgraph "${this.partner}" is unavailable; its part of the answer is missing`, 'SUBGRAPH_UNAVAILABLE'];
      const entities = nulledEntities(options.request.query, options.request.variables?.representations);
      return { ...(entities && { data: { _entities: entities } }), errors: [{ message, extensions: { code } }] };
    } finally {
      this.deadlines.delete(id);
      stopTimer?.({ outcome });
    }
  }
}

/**
 * A document with several operations and no (or an unknown) operationName is the caller's mistake: 400
 * BAD_REQUEST. (Apollo Gateway finds out only while executing, and Apollo Server answers that with 500.)
 */
export const operationRequiredPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        throw new GraphQLError(
          request.operationName ? `Unknown operation named "${request.operationName}"` : 'Must provide operation name if query contains multiple operations',
          { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
        );
      },
    };
  },
};

/**
 * Whether a subgraph accepts the identity this gateway signs for it (GET /health/handshake with the identity
 * header, checked as every GraphQL request is). A subgraph with another SUBGRAPH_SECRET_<PARTNER> refuses it
 * (401), and would refuse every real request too: its part of every answer would be missing.
 */
async function handshake(partner: Partner, url: string, secret: string, signal: AbortSignal): Promise<string> {
  const caller = anonymous(newTrace());
  const response = await fetch(url.replace(/\/graphql$/, HANDSHAKE_PATH), {
    headers: { [IDENTITY_HEADER]: signIdentity(caller, partner, secret), [TRACEPARENT_HEADER]: traceparent(caller.traceId, caller.spanId) },
    signal,
  });
  if (response.ok) return 'ok';
  if (response.status === 401) return `refuses the gateway's identity (HTTP 401): SUBGRAPH_SECRET_${partner.toUpperCase()} differs between the gateway and the subgraph`;
  return `the signed handshake failed (HTTP ${response.status})`;
}

/**
 * The gateway's readiness: every subgraph's own readiness (/health/ready: up, not draining, its database
 * answering) and the signed handshake (it accepts the identity the gateway signs for it), each subgraph asked
 * with a short timeout. Lists the failing ones.
 */
export function subgraphReadiness(subgraphUrls: Record<Partner, string>, secrets: Record<Partner, string>, timeoutMs = 1_000): () => Promise<Record<string, unknown>> {
  return async () => {
    const checks = await Promise.all(
      PARTNERS.map(async (partner): Promise<[Partner, string]> => {
        const signal = AbortSignal.timeout(timeoutMs);
        try {
          const response = await fetch(subgraphUrls[partner].replace(/\/graphql$/, '/health/ready'), { signal });
          const body = (await response.json().catch(() => null)) as { status?: unknown; failing?: unknown } | null;
          if (response.ok && body?.status === 'ok') return [partner, await handshake(partner, subgraphUrls[partner], secrets[partner], signal)];
          if (body?.status === 'draining') return [partner, 'draining'];
          if (Array.isArray(body?.failing) && body.failing.length) return [partner, `failing: ${body.failing.join(', ')}`];
          return [partner, `HTTP ${response.status}`];
        } catch {
          return [partner, signal.aborted ? `no answer within ${timeoutMs} ms` : 'unreachable'];
        }
      }),
    );
    const failing = checks.filter(([, state]) => state !== 'ok').map(([partner]) => partner);
    return { status: failing.length ? 'failing' : 'ok', service: 'gateway', dependencies: Object.fromEntries(checks), failing };
  };
}

/**
 * Apollo Gateway refuses a supergraph whose @authenticated / @requiresScopes links are marked
 * `for: SECURITY`, since it cannot enforce them. Our subgraphs enforce them (subgraphs/kit/access), so the
 * gateway gets the links without that mark; the committed supergraph stays as composed (a Router enforces
 * them too).
 */
export function supergraphForGateway(supergraph: string): string {
  return supergraph.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v[0-9.]+"), for: SECURITY\)/g,
    '$1)',
  );
}

/** From the gateway's configuration (platform/config.ts). */
export interface GatewayOptions {
  /** SUBGRAPH_TIMEOUT_MS. */
  timeoutMs: number;
  /** Socket pool per subgraph (SUBGRAPH_MAX_SOCKETS, SUBGRAPH_IDLE_SOCKET_MS). */
  pool: PoolOptions;
  /** Query plan cache size in MiB (GATEWAY_QUERY_PLAN_CACHE_MIB; Apollo Gateway's default is 30). */
  queryPlanCacheMiB: number;
  /** SUBGRAPH_SECRET_<PARTNER>: signs the identity forwarded to each subgraph. */
  secrets: Record<Partner, string>;
  log?: Logger;
  /** Where the subgraph fetch latencies are kept (samenspel_subgraph_fetch_duration_seconds). */
  metrics?: Registry;
}

/**
 * Follows each request's fetches and, once its answer is built, tells each subgraph what of its answer
 * reached the caller or went to which other subgraph (delivery.ts); worked out and sent after the answer.
 */
export function deliveryPlugin(subgraphUrls: Record<Partner, string>, secrets: Record<Partner, string>, log: Logger): ApolloServerPlugin<GatewayContext> {
  const confirm = deliveryConfirmer(subgraphUrls, secrets, log);
  return {
    async requestDidStart({ contextValue }) {
      const tracker = new DeliveryTracker();
      contextValue.delivery = tracker;
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single') confirm(contextValue.caller, tracker, response.body.singleResult.data ?? null);
        },
      };
    },
  };
}

/** The subgraph socket pools of each gateway, closed by closeSubgraphPools() when the gateway stops. */
const pools = new WeakMap<ApolloGateway, PartnerDataSource[]>();

/**
 * Query plans are cached by operation (the document's hash and operation name), so a plan is built once per
 * distinct operation, not per request; the cache holds about `queryPlanCacheMiB` of plans (a plan of our
 * larger operations is a few KiB: thousands of distinct operations). Parsed and validated documents are
 * cached by Apollo Server itself (its documentStore).
 */
export function createGateway(subgraphUrls: Record<Partner, string>, options: GatewayOptions): ApolloGateway {
  const known = new Set<string>(PARTNERS);
  const sources: PartnerDataSource[] = [];
  const log = options.log ?? serviceLog('gateway');
  const fetchSeconds = options.metrics
    ? latencyHistogram(options.metrics, 'samenspel_subgraph_fetch_duration_seconds', 'Time a subgraph took to answer the gateway, by subgraph and outcome (ok, refused, timeout, unavailable)', ['subgraph', 'outcome'])
    : undefined;
  // Apollo Gateway otherwise probes cloud metadata endpoints at start and reports to Apollo's servers
  // (hourly and on every stop). The hub reports to no one; APOLLO_TELEMETRY_DISABLED=0 allows it.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForGateway(readFileSync(SUPERGRAPH_PATH, 'utf8')),
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB,
    buildService: ({ name }) => {
      if (!known.has(name)) throw new Error(`the supergraph names an unknown subgraph "${name}"`);
      const source = new PartnerDataSource(name as Partner, subgraphUrls[name as Partner], options.secrets[name as Partner], options.timeoutMs, options.pool, log, fetchSeconds);
      sources.push(source);
      return source;
    },
  });
  pools.set(gateway, sources);
  return gateway;
}

/** Closes a stopped gateway's idle subgraph connections (idle sockets would otherwise linger until they expire). */
export function closeSubgraphPools(gateway: ApolloGateway): void {
  for (const source of pools.get(gateway) ?? []) source.pool.close();
}
