// Graceful shutdown: close() stops taking requests, lets the ones in flight finish (bounded), and only then
// closes the database pool. First the HTTP front on its own (platform/http.ts), then the whole hub with writes
// in flight.
import net from 'node:net';
import { ApolloServer } from '@apollo/server';
import { Client } from 'pg';
import { startHttpServer, type RunningServer } from '../../platform/http';
import { graphql } from '../support/graphql';
import { gatewayHeaders } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { captureLogs } from '../../platform/log';
import { eventually, sql } from './helpers';

describe('the HTTP front', () => {
  let server: RunningServer;
  let apollo: ApolloServer;

  /** A server with one field that takes `ms` to answer. */
  async function start(drainTimeoutMs: number): Promise<void> {
    apollo = new ApolloServer({
      typeDefs: 'type Query { slow(ms: Int!): String }',
      resolvers: { Query: { slow: (_: unknown, { ms }: { ms: number }) => new Promise((resolve) => setTimeout(() => resolve(`slept ${ms}`), ms).unref()) } },
    });
    await apollo.start();
    server = await startHttpServer(
      { apollo, context: async () => ({}), health: async () => ({ status: 'ok' }), drainTimeoutMs },
      { port: 0, host: '127.0.0.1' },
    );
  }

  afterEach(async () => {
    await server?.close();
    await apollo?.stop();
  });

  test('a request in flight when close() is called still gets its answer; close() waits for it; new requests are refused', async () => {
    await start(5_000);
    const inFlight = graphql(server.url, '{ slow(ms: 600) }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const closed = server.close();
    // at first a new request gets 503 (and readiness says draining) ...
    expect(await graphql(server.url, '{ slow(ms: 1) }')).toMatchObject({ status: 503, errors: [{ extensions: { code: 'SHUTTING_DOWN' } }] });
    const ready = await fetch(server.url.replace('/graphql', '/health/ready'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining' });
    // ... then the server stops listening
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(server.url.replace('/graphql', '/health/live'))).rejects.toThrow();
    expect(await inFlight).toMatchObject({ status: 200, data: { slow: 'slept 600' } });
    await closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  test('a request on a keep-alive connection opened before close() gets 503 SHUTTING_DOWN; liveness still answers', async () => {
    await start(5_000);
    /** A raw keep-alive connection: send one request, get the raw answer. */
    const connection = async () => {
      const socket = net.connect(server.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      return (request: string) =>
        new Promise<string>((resolve) => {
          let received = '';
          socket.on('data', (chunk) => {
            received += chunk.toString();
            if (/\r\n0\r\n\r\n$/.test(received)) resolve(received); // the end of a chunked answer
          });
          socket.on('close', () => resolve(received));
          socket.write(request);
        });
    };
    const body = JSON.stringify({ query: '{ slow(ms: 1) }' });
    const post = `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`;
    const [a, b] = [await connection(), await connection()];
    expect(await a('GET /health/live HTTP/1.1\r\nhost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 200[\s\S]*"draining":false/);

    const closed = server.close();
    const live = await a('GET /health/live HTTP/1.1\r\nhost: x\r\n\r\n');
    expect(live).toMatch(/^HTTP\/1\.1 200/);
    expect(live).toMatch(/connection: close/i);
    expect(live).toContain('"draining":true');
    const refused = await b(post);
    expect(refused).toMatch(/^HTTP\/1\.1 503/);
    expect(refused).toContain('"code":"SHUTTING_DOWN"');
    await closed;
  });

  test('a request that outlives the drain bound is cut off, and close() does not wait for it', async () => {
    await start(400);
    const logs = captureLogs((entry) => entry.msg.startsWith('requests still running after the drain bound'));
    const stuck = graphql(server.url, '{ slow(ms: 5000) }').catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(String(await stuck)).toMatch(/fetch failed/);
    logs.restore();
    expect(logs.atLeast('warn')).toEqual([expect.objectContaining({ level: 'warn', inFlight: 1, drainTimeoutMs: 400 })]);
  });
});

describe('the hub', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });

  afterAll(async () => {
    await hub?.close(); // closing again is harmless
  });

  const MATCHER = { org: 'org-wz-02', roles: ['matcher' as const], purpose: 'MATCHING' as const };
  const CREATE = 'mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id status } userErrors { code } } }';
  const intake = (n: number) => ({
    clientMutationId: `shutdown-${n}`,
    requesterId: `person-0${String(10 + n).padStart(2, '0')}`,
    category: 'SHOPPING',
    intensity: 'LIGHT_ONE_OFF',
    channel: 'PHONE',
    description: `Boodschappen voor de buurvrouw (${n})`,
    area: 'BU03070301',
  });

  test('writes and a large read in flight when the hub closes finish, and the writes are in the database', async () => {
    // Hold the requests in flight where they cannot be missed: blocked on table locks in the databases.
    const welzijnLock = new Client({ connectionString: hub.databases.urls.welzijn });
    const gemeenteLock = new Client({ connectionString: hub.databases.urls.gemeente });
    for (const client of [welzijnLock, gemeenteLock]) client.on('error', () => undefined);
    await Promise.all([welzijnLock.connect(), gemeenteLock.connect()]);
    try {
      await inFlightDuringClose(welzijnLock, gemeenteLock);
    } finally {
      await Promise.all([welzijnLock.end(), gemeenteLock.end()]);
    }
  });

  async function inFlightDuringClose(welzijnLock: Client, gemeenteLock: Client): Promise<void> {
    await welzijnLock.query('BEGIN; LOCK TABLE help_request IN EXCLUSIVE MODE'); // reads pass, writes wait
    await gemeenteLock.query('BEGIN; LOCK TABLE venue IN ACCESS EXCLUSIVE MODE'); // everything waits
    const waiting = async (client: Client, n: number) => {
      await client.query('SELECT pg_stat_clear_snapshot()'); // a transaction otherwise sees one snapshot of the statistics
      const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      return rows[0].n >= n;
    };

    const writes = Array.from({ length: 8 }, (_, n) => graphql(hub.gateway.url, CREATE, { input: intake(n) }, gatewayHeaders(MATCHER)));
    const read = graphql(hub.gateway.url, '{ venues(first: 100) { edges { node { id name kind selfManaged area { code name } } } } }');
    await eventually(async () => (await waiting(welzijnLock, 8)) && (await waiting(gemeenteLock, 1)), 20_000, 20);

    // what hub.close() does (TestHub's close would also drop the databases): the gateway drains, then the subgraphs
    const closing = (async () => {
      await hub.gateway.close();
      await Promise.all(Object.values(hub.subgraphs).map((subgraph) => subgraph.close()));
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // no new requests: refused (503 while the listener drains, or the connection refused once it stopped)
    const late = await graphql(hub.gateway.url, '{ __typename }').catch((error: Error) => error);
    if ('status' in late) expect(late).toMatchObject({ status: 503, errors: [{ extensions: { code: 'SHUTTING_DOWN' } }] });
    else expect(String(late)).toMatch(/fetch failed/);
    expect(hub.subgraphs.welzijn.db.isInitialized).toBe(true); // the pool stays open while requests run

    await welzijnLock.query('COMMIT');
    await gemeenteLock.query('COMMIT');
    await closing;

    const answers = await Promise.all(writes);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.createHelpRequest).toEqual({ helpRequest: { id: expect.stringMatching(/^help-request-/), status: 'NEW' }, userErrors: [] });
    }
    const venues = await read;
    expect(venues.errors).toBeUndefined();
    expect(venues.data.venues.edges.length).toBeGreaterThan(0);

    // the pools closed only after the requests finished; every acknowledged write is there
    expect(hub.subgraphs.welzijn.db.isInitialized).toBe(false);
    const rows = await sql(hub.databases.urls.welzijn, "SELECT id FROM help_request WHERE client_mutation_id LIKE 'shutdown-%'");
    expect(rows.map((row) => row.id).sort()).toEqual(answers.map((a) => a.data.createHelpRequest.helpRequest.id).sort());
  }
});
