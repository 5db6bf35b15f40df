// W3C Trace Context (https://www.w3.org/TR/trace-context/): every request's trace id comes from its
// `traceparent` header when it carries a valid one, else it is new; each server gives its own work a new span
// id under the caller's. The trace id is in every log line about the request, in the `x-trace-id` response
// header, in the processing log, and in the traceparent the gateway sends to each subgraph.
import { newTrace } from './caller';

export const TRACEPARENT_HEADER = 'traceparent';
export const TRACE_ID_HEADER = 'x-trace-id';

export interface RequestTrace {
  /** 32 hex digits, shared by every server that works on the request. */
  traceId: string;
  /** 16 hex digits: this server's span. */
  spanId: string;
  /** The caller's span, from its traceparent; null when the trace started here. */
  parentSpanId: string | null;
}

// version-traceid-parentid-flags; version ff is invalid, a later version may append fields after a dash
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/** The trace of a request: its traceparent's trace id with a new span, or a new trace when it has none (or a bad one). */
export function traceOf(header: string | string[] | undefined): RequestTrace {
  const fresh = newTrace();
  const match = typeof header === 'string' ? TRACEPARENT.exec(header.trim()) : null;
  if (!match) return { ...fresh, parentSpanId: null };
  const [, version, traceId, parentSpanId, , rest] = match;
  const invalid = version === 'ff' || (version === '00' && rest !== undefined) || /^0+$/.test(traceId) || /^0+$/.test(parentSpanId);
  return invalid ? { ...fresh, parentSpanId: null } : { traceId, spanId: fresh.spanId, parentSpanId };
}

/** The traceparent header for work done on behalf of span `spanId` of trace `traceId`. */
export function traceparent(traceId: string, spanId: string): string {
  return `00-${traceId}-${spanId}-01`;
}
