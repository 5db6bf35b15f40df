// The GraphQL explorer at GET /graphql (for a browser: Accept text/html): GraphiQL served from its npm
// package through the gateway, so it works offline, with the README's example query preloaded
// (schema/example-query.graphql) and a header editor for the bearer token and the purpose.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

export const EXPLORER_PREFIX = '/explorer/';
const EXAMPLE_QUERY_PATH = path.join(__dirname, '..', 'schema', 'example-query.graphql');

/** The newcomer's first query: one wijk with data from all four subgraphs (without its comment line). */
export function exampleQuery(): string {
  return readFileSync(EXAMPLE_QUERY_PATH, 'utf8').replace(/^#.*\n/gm, '').trim();
}

/** React 18's browser builds, which its package exports do not list. */
const umd = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'umd', file);

const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.min.js': { file: require.resolve('graphiql/graphiql.min.js'), type: 'text/javascript; charset=utf-8' },
  'graphiql.min.css': { file: require.resolve('graphiql/graphiql.min.css'), type: 'text/css; charset=utf-8' },
  'react.production.min.js': { file: umd('react', 'react.production.min.js'), type: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { file: umd('react-dom', 'react-dom.production.min.js'), type: 'text/javascript; charset=utf-8' },
  'explorer.js': { file: path.join(__dirname, 'explorer', 'explorer.js'), type: 'text/javascript; charset=utf-8' },
};

/** Whether a GET of /graphql comes from a browser that wants a page rather than a GraphQL answer. */
export function wantsExplorer(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !new URL(req.url ?? '/', 'http://localhost').search;
}

export function explorerPage(_req: IncomingMessage, res: ServerResponse): void {
  // The query goes into a JSON script element; "<" is escaped so no text can close the element.
  const example = JSON.stringify(exampleQuery()).replace(/</g, '\\u003c');
  const html = readFileSync(path.join(__dirname, 'explorer', 'index.html'), 'utf8').replace('__EXAMPLE__', example);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(html);
}

export function explorerAssetRoute(req: IncomingMessage, res: ServerResponse): void {
  const asset = ASSETS[new URL(req.url ?? '/', 'http://localhost').pathname.slice(EXPLORER_PREFIX.length)];
  if (!asset || req.method !== 'GET') {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
  res.end(readFileSync(asset.file));
}
