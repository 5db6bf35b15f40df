// Prometheus metrics (prom-client), served at GET /metrics by the gateway and by every subgraph. Each server
// has its own registry (the hub runs five servers in one process); the process's own metrics (CPU, memory,
// event loop, garbage collection) are collected once per process and served by each of them. With
// METRICS_TOKEN set (platform/config.ts), /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export { Counter, Gauge, Histogram, Registry } from 'prom-client';

export const METRICS_PATH = '/metrics';

/** Buckets for request and fetch latencies, in seconds (5 ms to 10 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface ServerMetrics {
  registry: Registry;
  /** HTTP requests answered, by route, method and status. */
  requests: Counter<'route' | 'method' | 'status'>;
  /** Time to answer, by route. */
  duration: Histogram<'route'>;
  /** Errors answered, by their `extensions.code` (GraphQL errors and HTTP-level refusals). */
  errors: Counter<'code'>;
}

let processRegistry: Registry | undefined;

/** The metrics every server keeps. `service` becomes a label on all of them (gateway, gemeente, …). */
export function serverMetrics(service: string): ServerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  return {
    registry,
    requests: new Counter({ name: 'samenspel_http_requests_total', help: 'HTTP requests answered, by route, method and status', labelNames: ['route', 'method', 'status'], registers: [registry] }),
    duration: new Histogram({ name: 'samenspel_http_request_duration_seconds', help: 'Time to answer an HTTP request, by route', labelNames: ['route'], buckets: LATENCY_BUCKETS, registers: [registry] }),
    errors: new Counter({ name: 'samenspel_errors_total', help: 'Errors answered, by extensions.code', labelNames: ['code'], registers: [registry] }),
  };
}

/** A histogram with the request latency buckets (for the gateway's subgraph fetches). */
export function latencyHistogram<L extends string>(registry: Registry, name: string, help: string, labelNames: L[]): Histogram<L> {
  return new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [registry] });
}

function authorised(req: IncomingMessage, token: string | undefined): boolean {
  if (!token) return true;
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** GET /metrics: this server's metrics and the process's, in the Prometheus text format. */
export async function sendMetrics(req: IncomingMessage, res: ServerResponse, metrics: ServerMetrics, token: string | undefined): Promise<void> {
  if (!authorised(req, token)) {
    res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' });
    res.end('/metrics needs Authorization: Bearer <METRICS_TOKEN>\n');
    return;
  }
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  const text = `${await metrics.registry.metrics()}\n${await processRegistry.metrics()}`;
  res.writeHead(200, { 'content-type': metrics.registry.contentType });
  res.end(text);
}
