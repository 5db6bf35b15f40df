// The gateway's HTTP client for subgraphs (gateway/subgraph-fetch.ts), against small local servers: it
// reuses keep-alive connections, keeps to its socket limit, gives up at the deadline, and sends a query
// (not a mutation) once more when a reused connection turns out to have been closed.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { subgraphFetcher } from '../../gateway/subgraph-fetch';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string, nthOnSocket: number) => void;

interface TestServer {
  url: string;
  connections: number;
  maxConcurrent: number;
  close(): Promise<void>;
}

async function serve(handler: Handler): Promise<TestServer> {
  const state = { connections: 0, maxConcurrent: 0, active: 0 };
  const perSocket = new WeakMap<Socket, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const n = (perSocket.get(req.socket) ?? 0) + 1;
      perSocket.set(req.socket, n);
      state.active++;
      state.maxConcurrent = Math.max(state.maxConcurrent, state.active);
      res.once('close', () => state.active--);
      handler(req, res, Buffer.concat(chunks).toString('utf8'), n);
    });
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get connections() {
      return state.connections;
    },
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json = (res: ServerResponse, value: unknown) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};
const QUERY = JSON.stringify({ query: '{ __typename }' });
const MUTATION = JSON.stringify({ query: 'mutation { noop }' });
const post = (body: string, signal?: AbortSignal) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });

let server: TestServer | undefined;
let fetcher: ReturnType<typeof subgraphFetcher> | undefined;
afterEach(async () => {
  fetcher?.close();
  await server?.close();
  server = fetcher = undefined;
});

test('sequential requests reuse one keep-alive connection; the answer reads as a fetch Response', async () => {
  server = await serve((_req, res, body) => json(res, { data: { echo: JSON.parse(body) } }));
  fetcher = subgraphFetcher({ maxSockets: 4, idleSocketMs: 5_000 });
  for (let i = 0; i < 5; i++) {
    const response = await fetcher(server.url, post(QUERY));
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({ data: { echo: { query: '{ __typename }' } } });
  }
  expect(server.connections).toBe(1);
});

test('no more requests on the wire at once than maxSockets; the rest wait for a socket', async () => {
  server = await serve((_req, res) => setTimeout(() => json(res, { data: {} }), 50));
  fetcher = subgraphFetcher({ maxSockets: 3, idleSocketMs: 5_000 });
  const answers = await Promise.all(Array.from({ length: 12 }, () => fetcher!(server!.url, post(QUERY))));
  expect(answers.every((a) => a.status === 200)).toBe(true);
  expect(server.maxConcurrent).toBe(3);
  expect(server.connections).toBe(3);
});

test('the deadline aborts a request that gets no answer, and the pool goes on serving', async () => {
  server = await serve((req, res, body) => {
    if (body.includes('hang')) return; // never answers
    json(res, { data: {} });
  });
  fetcher = subgraphFetcher({ maxSockets: 1, idleSocketMs: 5_000 });
  const started = Date.now();
  await expect(fetcher(server.url, post(JSON.stringify({ query: '{ hang }' }), AbortSignal.timeout(200)))).rejects.toThrow();
  expect(Date.now() - started).toBeLessThan(2_000);
  // the one socket was given up with the hung request: the next one gets a new connection
  expect((await fetcher(server.url, post(QUERY))).status).toBe(200);
  // an already aborted signal sends nothing
  await expect(fetcher(server.url, post(QUERY, AbortSignal.abort()))).rejects.toThrow();
});

test('an answer cut off half way is an error, not a short body', async () => {
  server = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"data": {');
    setTimeout(() => res.socket?.destroy(), 20);
  });
  fetcher = subgraphFetcher({ maxSockets: 2, idleSocketMs: 5_000 });
  await expect(fetcher(server.url, post(QUERY))).rejects.toThrow();
});

test('a reused connection closed by the subgraph: a query is sent again on a new one, a mutation is not', async () => {
  // The second request on any connection finds it closed (as when the subgraph closes an idle connection
  // just as the gateway reuses it).
  let received = 0;
  server = await serve((req, res, _body, nth) => {
    received++;
    if (nth > 1) return req.socket.destroy();
    json(res, { data: { ok: true } });
  });
  fetcher = subgraphFetcher({ maxSockets: 1, idleSocketMs: 5_000 });
  expect((await fetcher(server.url, post(QUERY))).status).toBe(200);
  expect((await fetcher(server.url, post(QUERY))).status).toBe(200); // reset on the reused socket, answered on a new one
  expect(received).toBe(3);
  expect(server.connections).toBe(2);
  await expect(fetcher(server.url, post(MUTATION))).rejects.toThrow(/socket hang up|ECONNRESET/);
  expect(received).toBe(4); // sent once
});

test('HTTP errors come back as answers with their status and body', async () => {
  server = await serve((_req, res) => {
    res.writeHead(503, { 'content-type': 'text/plain' });
    res.end('down for maintenance');
  });
  fetcher = subgraphFetcher({ maxSockets: 2, idleSocketMs: 5_000 });
  const response = await fetcher(server.url, post(QUERY));
  expect(response.ok).toBe(false);
  expect(response.status).toBe(503);
  expect(response.statusText).toBe('Service Unavailable');
  expect(await response.text()).toBe('down for maintenance');
});
