// A small HTTP front for Apollo Server on Node's own http module, used by the gateway and every subgraph:
// POST/GET /graphql, GET /health, /health/live and /health/ready, GET /metrics, and any extra plain routes a
// server adds. Bodies over the limit get 413. close() drains: no new requests (503 SHUTTING_DOWN on open
// connections), in-flight ones finish (up to the drain bound), then the connections are cut.
// Every request gets its trace (from its traceparent, or new; platform/trace.ts) and a request id, both sent
// back as headers (x-trace-id, x-request-id), and one access log line when it is answered: at info, or at
// debug for the health checks and /metrics that orchestrators and scrapers ask every few seconds.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { serviceLog, type Logger } from './log';
import { METRICS_PATH, sendMetrics, serverMetrics, type ServerMetrics } from './metrics';
import { TRACE_ID_HEADER, traceOf, type RequestTrace } from './trace';
import { HANDSHAKE_PATH } from './identity';

export const MAX_BODY_BYTES = 1_000_000;
/** How long close() waits for in-flight requests before it cuts their connections (DRAIN_TIMEOUT_MS). */
export const DRAIN_TIMEOUT_MS = 10_000;
/** close() keeps listening this long, answering 503, before it stops accepting (see close() below). */
const REFUSE_GRACE_MS = 250;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The request's context; `trace` is the request's trace (the gateway makes it the caller's). */
  context: (req: IncomingMessage, trace: RequestTrace) => Promise<TContext>;
  /** The server's logger (access log, errors); default service "http". */
  log?: Logger;
  /** The server's metrics, also served at GET /metrics; default its own. */
  metrics?: ServerMetrics;
  /** When set, GET /metrics needs it as a bearer token (METRICS_TOKEN). */
  metricsToken?: string;
  /** A page for browsers on GET /graphql (the gateway's explorer) instead of a GraphQL answer. */
  page?: { wants(req: IncomingMessage): boolean; serve: RouteHandler };
  /** GET /health (kept for docker-compose); 503 unless `status` is 'ok'. */
  health: () => Promise<Record<string, unknown>>;
  /** GET /health/ready: the server's dependencies; 503 unless `status` is 'ok'. Default: health. */
  ready?: () => Promise<Record<string, unknown>>;
  /** In-flight requests get this long to finish when the server closes (the setting DRAIN_TIMEOUT_MS). */
  drainTimeoutMs?: number;
  routes?: Record<string, RouteHandler>;
  /** The largest request body accepted (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Rewrites a parsed POST body before Apollo sees it (the gateway's trusted documents). */
  transformBody?: (body: unknown) => unknown;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

/** Thrown by a context function to refuse a request before any GraphQL work (e.g. 401). */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/**
 * The body, up to `maxBytes`. Past the limit it stops collecting and refuses at once; the rest of the
 * upload is read and thrown away (the answer closes the connection), so the client gets its 413 rather
 * than a reset connection.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      req.resume();
      reject(new BodyTooLarge());
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

/** A JSON answer: the one way every route of the gateway and the subgraphs writes JSON. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** An HTTP-level refusal in GraphQL's shape; its code is counted with the GraphQL errors (samenspel_errors_total). */
function graphqlError(res: ServerResponse, status: number, message: string, code: string): void {
  errorCodes.get(res)?.inc({ code });
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** Where graphqlError counts: the answering server's error counter, by response. */
const errorCodes = new WeakMap<ServerResponse, ServerMetrics['errors']>();

/** Routes asked every few seconds by orchestrators and scrapers: logged at debug. */
const ROUTINE = new Set(['/health', '/health/live', '/health/ready', HANDSHAKE_PATH, METRICS_PATH]);

async function handleGraphQL<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  trace: RequestTrace,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    if ((headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        return graphqlError(res, 400, 'The request body is not valid JSON', 'BAD_REQUEST');
      }
    } else {
      body = text;
    }
    if (options.transformBody) body = options.transformBody(body);
  }
  let contextValue: TContext;
  try {
    contextValue = await options.context(req, trace);
  } catch (error) {
    if (error instanceof HttpError) return graphqlError(res, error.status, error.message, error.code);
    throw error;
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => contextValue,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Answers a health report: 200 when its status is 'ok', else 503. */
async function sendReport(res: ServerResponse, report: () => Promise<Record<string, unknown>>): Promise<void> {
  const body = await report();
  sendJson(res, body.status === 'ok' ? 200 : 503, body);
}

export async function startHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
  listen: { port: number; host: string },
): Promise<RunningServer> {
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  const log = options.log ?? serviceLog('http');
  const metrics = options.metrics ?? serverMetrics('http');
  const routes = options.routes ?? {};
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  /** The route a path is answered by, as named in metrics and logs (never the raw path: bounded labels). */
  const routeOf = (pathname: string): string => {
    if (pathname === '/graphql' || ROUTINE.has(pathname) || routes[pathname]) return pathname;
    // exact paths, or prefixes written with a trailing slash ('/ical/')
    return Object.keys(routes).find((path) => path.endsWith('/') && pathname.startsWith(path)) ?? 'unmatched';
  };
  const server = http.createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const trace = traceOf(req.headers.traceparent);
    const requestId = randomBytes(8).toString('hex');
    const route = routeOf(url.pathname);
    res.setHeader(TRACE_ID_HEADER, trace.traceId);
    res.setHeader('x-request-id', requestId);
    errorCodes.set(res, metrics.errors);
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.headersSent ? res.statusCode : 0; // 0: the connection closed before an answer
      metrics.requests.inc({ route, method: req.method ?? 'GET', status: String(status) });
      metrics.duration.observe({ route }, seconds);
      const line = { traceId: trace.traceId, spanId: trace.spanId, ...(trace.parentSpanId ? { parentSpanId: trace.parentSpanId } : {}), requestId, method: req.method, route, path: url.pathname, status, durationMs: Math.round(seconds * 10_000) / 10 };
      if (ROUTINE.has(route)) log.debug(line, 'request');
      else log.info(line, 'request');
    });
    // While draining, every answer closes its connection, so the server can finish closing.
    if (draining) res.setHeader('connection', 'close');
    try {
      if (req.method === 'GET' && url.pathname === '/health/live') return sendJson(res, 200, { status: 'ok', draining });
      if (req.method === 'GET' && url.pathname === METRICS_PATH) return await sendMetrics(req, res, metrics, options.metricsToken);
      if (draining) {
        req.resume();
        if (url.pathname === '/health' || url.pathname === '/health/ready') return sendJson(res, 503, { status: 'draining' });
        return graphqlError(res, 503, 'The server is shutting down; try again shortly', 'SHUTTING_DOWN');
      }
      if (url.pathname === '/graphql' && options.page?.wants(req)) return options.page.serve(req, res);
      if (url.pathname === '/graphql') return await handleGraphQL(options, req, res, url, trace);
      if (req.method === 'GET' && url.pathname === '/health') return await sendReport(res, options.health);
      if (req.method === 'GET' && url.pathname === '/health/ready') return await sendReport(res, options.ready ?? options.health);
      const handler = routes[route];
      if (handler) return await handler(req, res);
      sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        return graphqlError(res, 413, `The request body is larger than ${maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE');
      }
      log.error({ traceId: trace.traceId, requestId, route, code: 'INTERNAL_SERVER_ERROR', err: error }, 'request failed');
      if (!res.headersSent) graphqlError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const drainTimeoutMs = options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS;
  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${listen.host}:${port}/graphql`,
    // Draining: every new request is answered 503 SHUTTING_DOWN and in-flight ones finish (each answer then
    // closes its connection). After a short grace the server stops listening and closes idle keep-alive
    // connections: a client that connected just before close() (still in the accept queue, or its request
    // not read yet) gets a clear 503 rather than a reset connection. Whatever is still open after the drain
    // bound is cut.
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        draining = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
        const bound = setTimeout(() => {
          if (inFlight.size) log.warn({ inFlight: inFlight.size, drainTimeoutMs }, 'requests still running after the drain bound; closing their connections');
          server.closeAllConnections();
        }, drainTimeoutMs);
        setTimeout(() => {
          server.close(() => {
            clearTimeout(bound);
            resolve();
          });
        }, Math.min(REFUSE_GRACE_MS, drainTimeoutMs));
      })),
  };
}
