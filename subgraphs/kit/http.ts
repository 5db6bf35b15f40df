// A small HTTP front for Apollo Server on Node's own http module, used by the gateway and every subgraph:
// POST/GET /graphql, GET /health, and any extra plain routes a server adds. Bodies over the limit get 413.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

export const MAX_BODY_BYTES = 1_000_000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  health: () => Promise<Record<string, unknown>>;
  routes?: Record<string, RouteHandler>;
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

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function graphqlError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

async function handleGraphQL<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req);
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
    contextValue = await options.context(req);
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

export async function startHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
  listen: { port: number; host: string },
): Promise<RunningServer> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/graphql') return await handleGraphQL(options, req, res, url);
      if (url.pathname === '/health' && req.method === 'GET') {
        const report = await options.health();
        return sendJson(res, report.status === 'ok' ? 200 : 503, report);
      }
      // exact paths, or prefixes written with a trailing slash ('/ical/')
      const routes = options.routes ?? {};
      const route = routes[url.pathname] ?? Object.entries(routes).find(([path]) => path.endsWith('/') && url.pathname.startsWith(path))?.[1];
      if (route) return await route(req, res);
      sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return graphqlError(res, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE');
      }
      console.error('http error:', error);
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
  return {
    port,
    url: `http://${listen.host}:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
