// Plain HTTP routes of the subgraphs that the gateway passes through unchanged, so one host serves all:
// the sociale kaart in HSDS (gemeente) and the iCalendar feeds (bewoners). Both are public.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Partner } from '../platform/config';
import type { RouteHandler } from '../platform/http';

export const PASS_THROUGH: Record<string, Partner> = { '/hsds/': 'gemeente', '/ical/': 'bewoners' };

export function passThroughRoutes(subgraphUrls: Record<Partner, string>): Record<string, RouteHandler> {
  return Object.fromEntries(
    Object.entries(PASS_THROUGH).map(([prefix, partner]) => [
      prefix,
      async (req: IncomingMessage, res: ServerResponse) => {
        if (req.method !== 'GET') {
          res.writeHead(405, { allow: 'GET' });
          res.end();
          return;
        }
        const target = subgraphUrls[partner].replace(/\/graphql$/, req.url ?? '/');
        try {
          const response = await fetch(target, { signal: AbortSignal.timeout(10_000) });
          res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' });
          res.end(Buffer.from(await response.arrayBuffer()));
        } catch {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: `subgraph "${partner}" is unavailable` }));
        }
      },
    ]),
  );
}
