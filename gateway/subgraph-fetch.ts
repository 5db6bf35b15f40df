// How the gateway talks HTTP to a subgraph: Node's own http client over a keep-alive socket pool, one pool
// per subgraph. It replaces RemoteGraphQLDataSource's default fetcher (make-fetch-happen, built for npm's
// registry traffic: cache checks, retries, streams in streams), which costs more CPU per subgraph call
// than the call itself on a fast subgraph.
//   - Sockets are kept open between requests (keepAlive) and reused most-recently-used first (lifo), so a
//     quiet gateway lets its extra sockets expire; idle ones are closed after SUBGRAPH_IDLE_SOCKET_MS
//     (default 15 s, below the subgraphs' keepAliveTimeout of 65 s, so the gateway, not the subgraph,
//     closes an idle connection and never writes into one the subgraph is closing).
//   - At most SUBGRAPH_MAX_SOCKETS (default 64) requests per subgraph are on the wire at once per gateway
//     process; more wait for a free socket (still bounded by their deadline). A subgraph serves from a pool
//     of 10 database connections, so more sockets would only queue there instead.
//   - The answer is read whole before it is handed on; the caller's AbortSignal (the subgraph deadline)
//     aborts connecting, waiting and reading alike.
//   - A query sent on a reused socket that the subgraph closed in the meantime (ECONNRESET/EPIPE before
//     any answer) is sent once more on a new socket. Mutations are not: the first may have arrived.
import http from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherInit = NonNullable<Parameters<Fetcher>[1]>;

export interface PoolOptions {
  /** Requests on the wire at once to this subgraph (SUBGRAPH_MAX_SOCKETS). */
  maxSockets: number;
  /** An idle keep-alive socket is closed after this long (SUBGRAPH_IDLE_SOCKET_MS). */
  idleSocketMs: number;
}

/** A subgraph's answer, read whole: what RemoteGraphQLDataSource needs of a fetch Response. */
class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  bodyUsed = false;
  readonly headers: Headers;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    rawHeaders: string[],
    private readonly body: Buffer,
  ) {
    this.headers = new Headers();
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) this.headers.append(rawHeaders[i], rawHeaders[i + 1]);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }

  async json(): Promise<any> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }

  clone(): SubgraphResponse {
    const copy = Object.create(SubgraphResponse.prototype) as SubgraphResponse;
    return Object.assign(copy, this, { bodyUsed: false });
  }
}

class StaleSocket extends Error {}

const abortError = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });

/** Sends one request on a pooled socket; resolves with the whole answer. */
function send(agent: http.Agent, url: URL, init: FetcherInit, body: Buffer, retryStale: boolean): Promise<SubgraphResponse> {
  return new Promise((resolve, reject) => {
    const signal = init.signal as AbortSignal | undefined;
    if (signal?.aborted) return reject(abortError(signal));
    let answered = false;
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: init.method ?? 'POST',
      headers: { ...init.headers, 'content-length': String(body.length) },
      agent,
    });
    const onAbort = () => request.destroy(abortError(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    request.once('error', (error: NodeJS.ErrnoException) => {
      done();
      const stale = retryStale && request.reusedSocket && !answered && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      reject(stale ? new StaleSocket(error.message) : error);
    });
    request.once('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('error', (error) => {
        done();
        reject(error);
      });
      // 'aborted' (the connection closed mid-answer) ends in an 'error' on the response as well.
      response.once('end', () => {
        done();
        if (!response.complete) return reject(new Error('the subgraph closed the connection before the answer was complete'));
        resolve(new SubgraphResponse(url.href, response.statusCode ?? 0, response.statusMessage ?? '', response.rawHeaders, Buffer.concat(chunks)));
      });
    });
    request.end(body);
  });
}

/** A query (the gateway's JSON body starts with its text: `query …` or `{ … }`); anything else is not resent. */
const isQuery = (body: string) => /^\{"query":"(query\b|\{)/.test(body);

/** A fetcher for one subgraph, with its own socket pool. */
export function subgraphFetcher(options: PoolOptions): Fetcher & { close(): void } {
  const settings = { keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: 'lifo' as const, timeout: options.idleSocketMs };
  const agents = { 'http:': new http.Agent(settings), 'https:': new https.Agent(settings) };
  const fetcher = async (input: string, init: FetcherInit = {}) => {
    const url = new URL(input);
    const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
    const text = typeof init.body === 'string' ? init.body : '';
    const body = typeof init.body === 'string' ? Buffer.from(init.body, 'utf8') : (init.body ?? Buffer.alloc(0));
    try {
      return await send(agent, url, init, body, isQuery(text));
    } catch (error) {
      if (!(error instanceof StaleSocket)) throw error;
      return send(agent, url, init, body, false);
    }
  };
  return Object.assign(fetcher as Fetcher, {
    close: () => {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  });
}
