// Shared by the reliability tests and the soak run: a misbehaving stand-in for a subgraph, an embedded
// PostgreSQL the caller owns (so it may stop and start it), and a checksum of every table of a database.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/ports';

/** No stack trace, no source location, no database message in an answer. */
export const LEAK = /stacktrace|\.ts:\d+|\.js:\d+|\n\s+at |QueryFailedError|violates|relation "|duplicate key|syntax error at|pg-protocol|node_modules|ECONNREFUSED|SQLSTATE/i;

/** How a stand-in subgraph answers. */
export type FaultMode =
  | 'pass' // forwards to the real subgraph
  | 'hang' // never answers
  | 'html' // 200 with an HTML page
  | 'bad-json' // 200, JSON content type, not JSON
  | 'empty-object' // {}
  | 'array' // a JSON array
  | 'data-not-object' // {"data": 5}
  | 'errors-not-list' // {"errors": "broken"}
  | 'entities-wrong' // {"data": {"_entities": "broken"}}
  | 'http-500' // 500 with a text body
  | 'reset' // closes the connection without an answer
  | 'leaky'; // a GraphQL error without a code, carrying a database message and a stack trace

export interface FaultyProxy {
  url: string;
  mode: FaultMode;
  /** Requests to /graphql seen (any mode). */
  requests: number;
  close(): Promise<void>;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A stand-in in front of a real subgraph (`target` is its /graphql URL) that misbehaves on demand (every path). */
export async function startFaultyProxy(target: () => string): Promise<FaultyProxy> {
  const proxy = { mode: 'pass' as FaultMode, requests: 0 } as FaultyProxy;
  const forward = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const url = target().replace(/\/graphql$/, req.url ?? '/');
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length', 'keep-alive'].includes(key)) headers[key] = value;
    }
    try {
      const response = await fetch(url, { method: req.method, headers, body: req.method === 'POST' ? body.toString('utf8') : undefined });
      res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch {
      req.socket.destroy(); // the real subgraph is down: so is the stand-in
    }
  };
  const server = http.createServer(async (req, res) => {
    const body = await readAll(req);
    if (req.url?.startsWith('/graphql')) proxy.requests++;
    const json = (status: number, value: string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(value);
    };
    switch (proxy.mode) {
      case 'pass':
        return forward(req, res, body);
      case 'hang':
        return; // closed by close()
      case 'html':
        return json(200, '<html><body>502 Bad Gateway</body></html>', 'text/html');
      case 'bad-json':
        return json(200, '{"data": {"_entities": [');
      case 'empty-object':
        return json(200, '{}');
      case 'array':
        return json(200, '[1, 2, 3]');
      case 'data-not-object':
        return json(200, '{"data": 5}');
      case 'errors-not-list':
        return json(200, '{"errors": "broken"}');
      case 'entities-wrong':
        return json(200, '{"data": {"_entities": "broken"}}');
      case 'http-500':
        return json(500, 'upstream exploded', 'text/plain');
      case 'reset':
        req.socket.destroy();
        return;
      case 'leaky':
        return json(
          200,
          JSON.stringify({
            data: null,
            errors: [
              {
                message: 'QueryFailedError: relation "service" does not exist',
                extensions: { stacktrace: ['at Parser.parseErrorMessage (/app/node_modules/pg-protocol/src/parser.ts:369:69)'] },
              },
            ],
          }),
        );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  proxy.url = `http://127.0.0.1:${port}/graphql`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

export interface OwnPostgres {
  adminUrl: string;
  port: number;
  dataDir: string;
  /** Stops the server; the data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same data directory and port. */
  start(): Promise<void>;
  /** Stops it (if running) and removes the data. */
  destroy(): Promise<void>;
}

/** Starts postgres-process.ts; resolves with the child once the server accepts connections. */
function spawnPostgres(dataDir: string, port: number): Promise<{ child: ChildProcess; adminUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'postgres-process.ts'), dataDir, String(port)], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk.toString();
      const ready = output.match(/^ready (\S+)$/m);
      if (ready) resolve({ child, adminUrl: ready[1] });
    });
    child.stderr!.on('data', (chunk) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`PostgreSQL did not start (exit ${code}): ${output.trim()}`)));
  });
}

/**
 * An embedded PostgreSQL of its own (data in a fresh temporary directory, in a child process), to stop and
 * start at will.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const parent = mkdtempSync(path.join(tmpdir(), 'samenspel-reliability-'));
  chmodSync(parent, 0o755); // the server runs as the user `postgres` when the tests run as root
  const dataDir = path.join(parent, 'pg');
  const port = await freePort();
  let running: ChildProcess | null = null;
  const start = async () => {
    if (running) return;
    const { child, adminUrl } = await spawnPostgres(dataDir, port);
    running = child;
    own.adminUrl = adminUrl;
  };
  const own: OwnPostgres = {
    adminUrl: '',
    port,
    dataDir,
    start,
    stop: async () => {
      const child = running;
      if (!child) return;
      running = null;
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
    destroy: async () => {
      await own.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
  await start();
  return own;
}

/** Per table of the public schema: md5 over all its rows (in text form, sorted). */
export async function tableChecksums(databaseUrl: string, exclude: readonly string[] = []): Promise<Record<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const sums: Record<string, string> = {};
    for (const { table_name: table } of tables) {
      if (exclude.includes(table)) continue;
      const { rows } = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`);
      sums[table] = `${rows[0].n}:${rows[0].sum}`;
    }
    return sums;
  } finally {
    await client.end();
  }
}

/** Runs one SQL statement on a database and returns its rows. */
export async function sql<T extends Record<string, any> = any>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Polls `check` until it returns true or `timeoutMs` passes; returns how long it took. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
