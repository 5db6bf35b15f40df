// Serves the reference dashboard page (gateway/dashboard/) and its charting library from the gateway, so
// it talks to the same origin's /graphql. Static files only; no CDN.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

export const DASHBOARD_PREFIX = '/dashboard/';

const FILES: Record<string, { file: string; type: string }> = {
  '': { file: path.join(__dirname, 'dashboard', 'index.html'), type: 'text/html; charset=utf-8' },
  'dashboard.js': { file: path.join(__dirname, 'dashboard', 'dashboard.js'), type: 'text/javascript; charset=utf-8' },
  'api.js': { file: path.join(__dirname, 'dashboard', 'api.js'), type: 'text/javascript; charset=utf-8' },
  'format.js': { file: path.join(__dirname, 'dashboard', 'format.js'), type: 'text/javascript; charset=utf-8' },
  'views.js': { file: path.join(__dirname, 'dashboard', 'views.js'), type: 'text/javascript; charset=utf-8' },
  'dashboard.css': { file: path.join(__dirname, 'dashboard', 'dashboard.css'), type: 'text/css; charset=utf-8' },
  'vendor/uPlot.iife.min.js': { file: require.resolve('uplot/dist/uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
  'vendor/uPlot.min.css': { file: require.resolve('uplot/dist/uPlot.min.css'), type: 'text/css; charset=utf-8' },
};

export function dashboardRoute(req: IncomingMessage, res: ServerResponse): void {
  const name = new URL(req.url ?? '/', 'http://localhost').pathname.slice(DASHBOARD_PREFIX.length);
  const entry = FILES[name === 'index.html' ? '' : name];
  if (!entry || req.method !== 'GET') {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-cache' });
  res.end(readFileSync(entry.file));
}
