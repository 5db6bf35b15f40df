// What gemeente's delivery log tells a partner about a try that got no answer (webhooks/delivery.ts, log.ts,
// attempt-error.ts): a short kind of the network's error, never its own message (the address connected to,
// OpenSSL's internals); a try whose need-to-know check went unanswered is recorded as not allowed and shown to
// no one, and a non-public delivery appears in the log from its first allowed try on, answered or not.
// Real PostgreSQL, real sockets on loopback; gemeente alone, deliveries run by calling the job's function.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import type { TestCaller } from '../support/callers';
import { freePort } from '../support/ports';
import { outboundRequest, type OutboundPolicy } from '../../subgraphs/kit/outbound-http';
import { attemptError, UNANSWERED_CHECK } from '../../subgraphs/gemeente/webhooks/attempt-error';
import { deliver, type Audience, type DeliverySettings } from '../../subgraphs/gemeente/webhooks/delivery';

const OWNER: TestCaller = { org: 'org-zg-01', roles: ['partner-system'], purpose: 'REFERRAL' };
const LOOPBACK: OutboundPolicy = { allowPrivateNetworks: true };
// retries far ahead, so the job runner never tries on its own while the test does
const SETTINGS: DeliverySettings = { retryBaseMs: 600_000, maxAttempts: 5, outbound: LOOPBACK };

let gemeente: TestSubgraph;
const servers: net.Server[] = [];

beforeAll(async () => {
  gemeente = await startTestSubgraph('gemeente', { env: { ...process.env, WEBHOOK_RETRY_BASE_MS: '600000' } });
}, 120_000);
afterAll(async () => {
  await gemeente?.close();
  for (const server of servers) server.close();
});

async function listening<T extends net.Server>(server: T): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** The kind the log shows for a request to `url`. */
const kindOf = (url: string, policy = LOOPBACK, timeoutMs = 10_000) =>
  outboundRequest(url, { method: 'POST', body: '{}', timeoutMs }, policy).then(
    () => 'answered',
    (error: unknown) => attemptError(error),
  );

describe('the kind of a failed try', () => {
  test('refused, closed, timed out, TLS, not HTTP, a refused address: short, without the addresses or OpenSSL’s message', async () => {
    expect(await kindOf(`http://127.0.0.1:${await freePort()}/hooks`)).toBe('connection refused');
    const closing = await listening(net.createServer((socket) => socket.once('data', () => socket.destroy())));
    expect(await kindOf(`http://127.0.0.1:${closing}/hooks`)).toBe('connection closed without an answer');
    const silent = await listening(net.createServer(() => undefined));
    expect(await kindOf(`http://127.0.0.1:${silent}/hooks`, LOOPBACK, 200)).toBe('timed out');
    const plain = await listening(http.createServer((_req, res) => res.end()));
    expect(await kindOf(`https://127.0.0.1:${plain}/hooks`)).toBe('TLS');
    const garbage = await listening(net.createServer((socket) => socket.once('data', () => socket.end('not http at all\r\n\r\n'))));
    expect(await kindOf(`http://127.0.0.1:${garbage}/hooks`)).toBe('not an HTTP answer');
    // a name that resolves to loopback in production: the address it resolved to is not told
    expect(await kindOf('http://localhost:9/hooks', { allowPrivateNetworks: false })).toBe('the host is not on the public internet');
  });
});

describe('the log of a personal delivery', () => {
  const LOG = 'query ($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attemptCount attempts { number statusCode error } } } } }';
  const log = async (webhookId: string) => {
    const response = await gemeente.query(LOG, { id: webhookId }, OWNER);
    expect(response.errors).toBeUndefined();
    return response.data.webhookDeliveries.edges.map((e: any) => e.node);
  };

  test('a try whose check went unanswered is hidden; from the first allowed try on the delivery shows, with its connection error', async () => {
    const db = gemeente.subgraph.db;
    const url = `http://127.0.0.1:${await freePort()}/hooks`;
    await db.query(`INSERT INTO webhook (id, organisation_id, url, event_types, purpose, secret, created_by) VALUES ('webhook-attempts', $1, $2, '{REFERRAL_CREATED}', 'REFERRAL', 'whsec_dGVzdA==', 'test')`, [OWNER.org, url]);
    const [{ id }] = await db.query(
      `INSERT INTO webhook_delivery (webhook_id, partner, event_seq, event_id, event_type, subject_type, subject_id, public, occurred_at)
       VALUES ('webhook-attempts', 'zorg', 1, gen_random_uuid(), 'REFERRAL_CREATED', 'Referral', 'referral-001', false, now()) RETURNING id::text`,
    );
    const unanswered: Audience = async () => {
      throw new Error('no address for zorg at http://10.0.0.7:4003');
    };
    const yes: Audience = async () => true;

    await deliver((work) => db.transaction(work), id, unanswered, SETTINGS);
    expect(await db.query('SELECT number, allowed, status_code, error FROM webhook_attempt WHERE delivery_id = $1', [id])).toEqual([{ number: 1, allowed: false, status_code: null, error: UNANSWERED_CHECK }]);
    expect(await log('webhook-attempts')).toEqual([]);

    await deliver((work) => db.transaction(work), id, yes, SETTINGS);
    expect(await log('webhook-attempts')).toEqual([{ status: 'PENDING', attemptCount: 2, attempts: [{ number: 2, statusCode: null, error: 'connection refused' }] }]);
  });
});
