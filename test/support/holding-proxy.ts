// An HTTP proxy between two subgraphs that can hold one answer back: the request reaches the real server and
// is answered there, but the answer waits in the proxy until the test releases it. That makes an interleaving
// of two services deterministic (the question was answered, what the asker does with it comes later) without
// a hook in production code.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HeldAnswer {
  /** Resolves once the real server has answered the held request. */
  answered: Promise<void>;
  /** Lets the held answer go on to the asker. */
  release(): void;
}

export interface HoldingProxy {
  /** Stands in for the target's GraphQL URL (peers replace /graphql by their internal path). */
  url: string;
  /** Holds the answer of the next request to `path`. */
  holdNext(path: string): HeldAnswer;
  close(): Promise<void>;
}

/** A proxy to the server at `target` (any URL of it: only its origin is used). */
export async function startHoldingProxy(target: string): Promise<HoldingProxy> {
  const origin = new URL(target).origin;
  const holds = new Map<string, { answered: () => void; released: Promise<void> }>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name, value]) => typeof value === 'string' && name !== 'host' && name !== 'content-length')) as Record<string, string>;
    const upstream = await fetch(origin + req.url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    const body = Buffer.from(await upstream.arrayBuffer());
    const hold = holds.get(req.url ?? '');
    if (hold) {
      holds.delete(req.url ?? '');
      hold.answered();
      await hold.released;
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    holdNext(path) {
      let answered!: () => void;
      let release!: () => void;
      const answeredPromise = new Promise<void>((resolve) => (answered = resolve));
      holds.set(path, { answered, released: new Promise<void>((resolve) => (release = resolve)) });
      return { answered: answeredPromise, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
