// Need-to-know through the whole delivery (issue 17): a referral's events reach the endpoints of the
// organisations that may read the referral at that moment (its holders; a recipient with a holder's consent
// for the endpoint's purpose) and no other, whose delivery log does not show them either; a revoked consent
// stops the next event at once. An endpoint that is down gets a personal event it may read in its log, with
// its failed tries, why each failed and the next try. Real receivers on loopback, verified with the
// standardwebhooks library.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Webhook as Verifier } from 'standardwebhooks';
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { recordConsent } from '../support/consent';
import { freePort } from '../support/ports';

const HOLDER: TestCaller = { org: 'org-zg-01', roles: ['partner-system'], purpose: 'REFERRAL' };
const RECIPIENT: TestCaller = { org: 'org-wz-09', roles: ['partner-system'], purpose: 'REFERRAL' };
const UNRELATED: TestCaller = { org: 'org-wz-07', roles: ['partner-system'], purpose: 'REFERRAL' };
const REFERRER: TestCaller = { org: 'org-wz-05', roles: ['matcher'], purpose: 'REFERRAL' };

let hub: TestHub;
const servers: http.Server[] = [];
const sockets: net.Server[] = [];

beforeAll(async () => {
  process.env.WEBHOOK_RETRY_BASE_MS = '100';
  process.env.WEBHOOK_PULL_INTERVAL_MS = '200';
  process.env.WEBHOOK_MAX_ATTEMPTS = '3';
  hub = await startTestHub();
}, 180_000);
afterAll(async () => {
  await hub?.close();
  for (const server of servers) server.close();
  for (const server of sockets) server.close();
});

const ask = (caller: TestCaller, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

/** Registers `url` as an endpoint of the caller's organisation for REFERRAL_CREATED. */
async function register(caller: TestCaller, url: string, key = caller.org): Promise<{ id: string; secret: string }> {
  const registered = await ask(caller, `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } secret ${USER_ERRORS} } }`, {
    input: { clientMutationId: `need-to-know-${key}`, url, eventTypes: ['REFERRAL_CREATED'], purpose: caller.purpose },
  });
  expect(registered.data.registerWebhook.userErrors).toEqual([]);
  return { id: registered.data.registerWebhook.webhook.id, secret: registered.data.registerWebhook.secret };
}

/** A partner's endpoint: keeps the bodies it verified with its secret. */
async function endpoint(caller: TestCaller): Promise<{ id: string; received: () => any[] }> {
  const bodies: { body: string; headers: Record<string, string> }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers as Record<string, string> });
      res.writeHead(204).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { id, secret } = await register(caller, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`);
  return { id, received: () => bodies.map((b) => new Verifier(secret).verify(b.body, b.headers)) };
}

/**
 * A receiver that closes every connection without an answer; the second it holds open until `release`, so
 * the log can be read between two tries.
 */
async function dropping(): Promise<{ url: string; second: Promise<void>; release: () => void }> {
  let connections = 0;
  let held: net.Socket | undefined;
  let arrived!: () => void;
  const second = new Promise<void>((resolve) => (arrived = resolve));
  const server = net.createServer((socket) => {
    socket.once('data', () => {
      if (++connections !== 2) return socket.destroy();
      held = socket;
      arrived();
    });
  });
  sockets.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, second, release: () => held?.destroy() };
}

/** The referrer sends a resident (person-071) to the holder: REFERRAL_CREATED. */
async function createReferral(): Promise<string> {
  const created = await ask(REFERRER, `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } ${USER_ERRORS} } }`, {
    input: { clientMutationId: `need-to-know-${randomUUID()}`, kind: 'REFERRAL', direction: 'TO_PROFESSIONAL', reason: 'DEBTS', personId: 'person-071', toOrganisationId: HOLDER.org },
  });
  expect(created.data.createReferral.userErrors).toEqual([]);
  return created.data.createReferral.referral.id;
}

/** Each endpoint's delivery of the event about `subjectId`, once none is PENDING any more. */
async function settled(webhookIds: string[], subjectId: string): Promise<Record<string, string>> {
  for (;;) {
    const rows: { webhook_id: string; status: string }[] = await hub.subgraphs.gemeente.db.query(
      'SELECT webhook_id, status FROM webhook_delivery WHERE webhook_id = ANY($1) AND subject_id = $2',
      [webhookIds, subjectId],
    );
    if (rows.length === webhookIds.length && rows.every((r) => r.status !== 'PENDING')) return Object.fromEntries(rows.map((r) => [r.webhook_id, r.status]));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const logOf = async (caller: TestCaller, webhookId: string): Promise<string[]> => {
  const response = await ask(caller, 'query ($id: ID!) { webhookDeliveries(webhookId: $id, first: 50) { edges { node { subjectId status } } } }', { id: webhookId });
  expect(response.errors).toBeUndefined();
  return response.data.webhookDeliveries.edges.map((e: any) => e.node.subjectId);
};

test('a referral’s event reaches its holder and a recipient with consent, not an unrelated organisation; a revoked consent stops the next', async () => {
  const consent = await recordConsent(hub.subgraphs.gemeente, { personId: 'person-071', holderOrganisationId: HOLDER.org, recipientOrganisationId: RECIPIENT.org, purpose: 'REFERRAL' });
  const [holder, recipient, unrelated] = [await endpoint(HOLDER), await endpoint(RECIPIENT), await endpoint(UNRELATED)];
  const ids = [holder.id, recipient.id, unrelated.id];

  const first = await createReferral();
  expect(await settled(ids, first)).toEqual({ [holder.id]: 'DELIVERED', [recipient.id]: 'DELIVERED', [unrelated.id]: 'NOT_ALLOWED' });
  expect(holder.received().map((e) => e.data.subject)).toEqual([{ type: 'Referral', id: first }]);
  expect(recipient.received().map((e) => e.data.subject)).toEqual([{ type: 'Referral', id: first }]);
  expect(unrelated.received()).toEqual([]);
  // the log is need-to-know too: the unrelated organisation's does not name the referral
  expect(await logOf(HOLDER, holder.id)).toEqual([first]);
  expect(await logOf(UNRELATED, unrelated.id)).toEqual([]);

  const revoked = await ask({ org: HOLDER.org, roles: ['professional'], purpose: 'REFERRAL' }, `mutation ($id: ID!) { revokeConsent(id: $id) { consent { revokedAt } ${USER_ERRORS} } }`, { id: consent });
  expect(revoked.data.revokeConsent.userErrors).toEqual([]);
  const second = await createReferral();
  expect(await settled(ids, second)).toEqual({ [holder.id]: 'DELIVERED', [recipient.id]: 'NOT_ALLOWED', [unrelated.id]: 'NOT_ALLOWED' });
  expect(recipient.received().map((e) => e.data.subject.id)).toEqual([first]);
  expect(await logOf(RECIPIENT, recipient.id)).toEqual([first]);
}, 120_000);

const FULL_LOG = 'query ($id: ID!) { webhookDeliveries(webhookId: $id, first: 50) { edges { node { subjectId status attemptCount lastStatusCode nextAttemptAt attempts { number attemptedAt statusCode error } } } } }';

const fullLogOf = async (caller: TestCaller, webhookId: string): Promise<any[]> => {
  const response = await ask(caller, FULL_LOG, { id: webhookId });
  expect(response.errors).toBeUndefined();
  return response.data.webhookDeliveries.edges.map((e: any) => e.node);
};

test('an endpoint that is down shows a personal event its organisation may read, with each failed try, why, and the next try; a revoked consent’s delivery stays hidden', async () => {
  const refused = await register(HOLDER, `http://127.0.0.1:${await freePort()}/hooks`, 'down-refused');
  const receiver = await dropping();
  const dropped = await register(HOLDER, receiver.url, 'down-dropped');
  const consent = await recordConsent(hub.subgraphs.gemeente, { personId: 'person-071', holderOrganisationId: HOLDER.org, recipientOrganisationId: RECIPIENT.org, purpose: 'REFERRAL' });
  const revoked = await ask({ org: HOLDER.org, roles: ['professional'], purpose: 'REFERRAL' }, `mutation ($id: ID!) { revokeConsent(id: $id) { consent { revokedAt } ${USER_ERRORS} } }`, { id: consent });
  expect(revoked.data.revokeConsent.userErrors).toEqual([]);
  const unreadable = await register(RECIPIENT, `http://127.0.0.1:${await freePort()}/hooks`, 'down-revoked');

  const referral = await createReferral();
  // between two tries: the first failed without an answer, the next is due
  await receiver.second;
  const [pending] = await fullLogOf(HOLDER, dropped.id);
  receiver.release();
  expect(pending).toMatchObject({ subjectId: referral, status: 'PENDING', attemptCount: 1, lastStatusCode: null, attempts: [{ number: 1, statusCode: null, error: 'connection closed without an answer' }] });
  expect(new Date(pending.nextAttemptAt).getTime()).toBeGreaterThan(new Date(pending.attempts[0].attemptedAt).getTime());

  expect(await settled([refused.id, dropped.id, unreadable.id], referral)).toEqual({ [refused.id]: 'DEAD', [dropped.id]: 'DEAD', [unreadable.id]: 'NOT_ALLOWED' });
  expect(await fullLogOf(HOLDER, refused.id)).toEqual([
    {
      subjectId: referral,
      status: 'DEAD',
      attemptCount: 3,
      lastStatusCode: null,
      nextAttemptAt: null,
      attempts: [1, 2, 3].map((number) => ({ number, attemptedAt: expect.any(String), statusCode: null, error: 'connection refused' })),
    },
  ]);
  const [dead] = await fullLogOf(HOLDER, dropped.id);
  expect(dead).toMatchObject({ status: 'DEAD', attemptCount: 3, nextAttemptAt: null });
  expect(dead.attempts.map((a: any) => [a.statusCode, a.error])).toEqual([1, 2, 3].map(() => [null, 'connection closed without an answer']));
  // need-to-know: the recipient whose consent was revoked sees nothing of it
  expect(await fullLogOf(RECIPIENT, unreadable.id)).toEqual([]);
}, 120_000);
