// Plain HTTP routes of the subgraphs that the gateway passes through, so one host serves all: the sociale
// kaart in HSDS (gemeente) and the iCalendar feeds (bewoners). Both are public.
//
// Only what the allow-list names gets through. The request's path is parsed and each segment decoded
// once; a segment that is empty (a double slash), `.` or `..`, or that holds anything but letters, digits,
// `.`, `_` and `-` once decoded (an encoded slash, `$&`, a second layer of encoding) is refused, as is a
// path of the wrong shape. The target URL is then built from the subgraph's origin and the checked
// segments, with only the allowed query parameters: nothing of the request is pasted into a string.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Partner } from '../platform/config';
import { sendJson, type RouteHandler } from '../platform/http';

interface PassThroughRoute {
  partner: Partner;
  /** One pattern per path segment after the prefix. */
  segments: RegExp[];
  /** Query parameters passed on; others are dropped. */
  query: string[];
}

/** Every query parameter of the HSDS routes (subgraphs/gemeente/social-map/hsds.ts says which route takes which). */
const HSDS_PARAMETERS = ['page', 'per_page', 'search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full', 'full_service', 'postcode', 'proximity'];
/** Response headers passed back: the type, and the subgraph's caching (so shared caches in front of the gateway keep to it). */
const RESPONSE_HEADERS = ['content-type', 'cache-control', 'etag', 'last-modified', 'expires', 'vary'];
/** The routes are public data, for any web page to read (a municipality's own kaart, a calendar widget). */
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, OPTIONS', 'access-control-max-age': '86400' };

export const PASS_THROUGH: Record<string, PassThroughRoute[]> = {
  // /hsds/<collection> and /hsds/<collection>/<id> (gemeente answers unknown collections with 404, and a
  // parameter a route does not take with 400)
  hsds: [
    { partner: 'gemeente', segments: [/^[a-z_]{1,40}$/], query: HSDS_PARAMETERS },
    { partner: 'gemeente', segments: [/^[a-z_]{1,40}$/, /^[0-9a-f-]{36}$/], query: ['full_service'] },
  ],
  // /ical/areas/<CBS code>.ics, /ical/organisations/<id>.ics
  ical: [{ partner: 'bewoners', segments: [/^(areas|organisations)$/, /^[A-Za-z0-9-]{1,60}\.ics$/], query: [] }],
};

const SAFE_SEGMENT = /^[A-Za-z0-9._-]+$/;

/** The path's segments, each decoded once and checked; null for anything unsafe. */
export function safeSegments(rawPath: string): string[] | null {
  if (!rawPath.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segment === '' || segment === '.' || segment === '..' || !SAFE_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/**
 * Where a request goes: the subgraph's URL for an allowed path, or null; with the query parameters the route
 * does not take (`refused`), which the handler answers with 400 instead of dropping them silently.
 */
export function passThroughTarget(requestUrl: string, subgraphUrls: Record<Partner, string>): { partner: Partner; url: URL; refused: string[]; accepted: string[] } | null {
  const queryStart = requestUrl.indexOf('?');
  const rawPath = queryStart === -1 ? requestUrl : requestUrl.slice(0, queryStart);
  const segments = safeSegments(rawPath);
  if (!segments) return null;
  const [prefix, ...rest] = segments;
  const route = PASS_THROUGH[prefix]?.find((r) => r.segments.length === rest.length && r.segments.every((pattern, i) => pattern.test(rest[i])));
  if (!route) return null;
  const url = new URL('/', subgraphUrls[route.partner]);
  url.pathname = `/${segments.map(encodeURIComponent).join('/')}`;
  const given = new URLSearchParams(queryStart === -1 ? '' : requestUrl.slice(queryStart + 1));
  for (const name of route.query) {
    const value = given.get(name);
    if (value !== null) url.searchParams.set(name, value);
  }
  return { partner: route.partner, url, refused: [...new Set(given.keys())].filter((name) => !route.query.includes(name)), accepted: route.query };
}

export function passThroughRoutes(subgraphUrls: Record<Partner, string>): Record<string, RouteHandler> {
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET, OPTIONS' });
      res.end();
      return;
    }
    const target = passThroughTarget(req.url ?? '/', subgraphUrls);
    if (!target) {
      return sendJson(res, 404, { error: 'not found' });
    }
    if (target.refused.length) {
      return sendJson(res, 400, { error: `unknown query parameter ${target.refused.join(', ')}; this route takes: ${target.accepted.join(', ') || 'none'}` });
    }
    try {
      const response = await fetch(target.url, { signal: AbortSignal.timeout(10_000), redirect: 'manual' });
      const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
      for (const name of RESPONSE_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch {
      sendJson(res, 502, { error: `subgraph "${target.partner}" is unavailable` });
    }
  };
  return Object.fromEntries(Object.keys(PASS_THROUGH).map((prefix) => [`/${prefix}/`, handler]));
}
