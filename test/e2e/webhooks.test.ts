// Webhooks (issue 17) through the gateway, with real receivers on loopback that verify every delivery with
// the standardwebhooks library: registration and its field errors, a public event delivered signed, a wrong
// secret and a replayed old timestamp refused by the verifier, a receiver that fails and recovers, the dead
// letter, pause and resume, a rotated secret, replay with the same webhook-id, the delivery log, and another
// organisation that can neither see nor delete an endpoint. Short retries (WEBHOOK_RETRY_BASE_MS), no sleeps.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook as Verifier, WebhookVerificationError } from 'standardwebhooks';
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { signJwt } from '../../platform/jwt';
import { captureLogs } from '../../platform/log';
import { EVENTS_AUDIENCE, EVENTS_PATH } from '../../subgraphs/kit/events/feed';

const PARTNER: TestCaller = { org: 'org-wz-01', roles: ['partner-system'], purpose: 'MATCHING' };
const OTHER: TestCaller = { org: 'org-zg-03', roles: ['partner-system'], purpose: 'REFERRAL' };
const HUB_ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'], purpose: 'DATA_SUBJECT_REQUEST' };
const COOPERATIVE: TestCaller = { org: 'org-bw-03', roles: ['cooperative-coordinator'], purpose: 'SERVICE_DELIVERY' };

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A partner's endpoint on loopback: answers each request with the next status of `statuses` (the last one repeats). */
class Receiver {
  readonly received: Received[] = [];
  private server!: http.Server;
  private waiters: (() => void)[] = [];
  constructor(private statuses: number[] = [204]) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
        const status = this.statuses.length > 1 ? this.statuses.shift()! : this.statuses[0]!;
        res.writeHead(status).end();
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** The requests carrying the event about `subjectId`, once there are at least `count` of them. */
  async about(subjectId: string, count = 1): Promise<Received[]> {
    const matching = () => this.received.filter((r) => JSON.parse(r.body).data.subject.id === subjectId);
    while (matching().length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return matching();
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let hub: TestHub;
const receivers: Receiver[] = [];

beforeAll(async () => {
  process.env.WEBHOOK_RETRY_BASE_MS = '100';
  process.env.WEBHOOK_MAX_ATTEMPTS = '3';
  process.env.WEBHOOK_PULL_INTERVAL_MS = '200';
  hub = await startTestHub();
}, 180_000);
afterAll(async () => {
  // while the hub stops, gemeente's pulls find feeds closing (503, refused): expected, held back
  const logs = captureLogs((entry) => /^webhooks: the event feed of \w+ could not be read/.test(entry.msg));
  await hub?.close();
  logs.restore();
  await Promise.all(receivers.map((r) => r.close()));
});

const ask = (caller: TestCaller | undefined, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

async function receiver(statuses?: number[]): Promise<Receiver> {
  const started = await new Receiver(statuses).start();
  receivers.push(started);
  return started;
}

/** An endpoint that answers nothing until told to: its open tries, and a promise kept once `count` are open at once. */
async function holdingEndpoint(count: number) {
  const open = new Set<http.ServerResponse>();
  let reached!: () => void;
  const allOpen = new Promise<void>((resolve) => (reached = resolve));
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      open.add(res);
      if (open.size >= count) reached();
    });
    // a try given up on (its outbound timeout) is no longer open
    res.on('close', () => open.delete(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    open,
    allOpen,
    answerAll: () => {
      for (const res of open) res.writeHead(204).end();
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const WEBHOOK_FIELDS = 'id url eventTypes purpose status organisation { id }';
const REGISTER = `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { ${WEBHOOK_FIELDS} } secret ${USER_ERRORS} } }`;
const DELIVERIES = `query ($id: ID!) { webhookDeliveries(webhookId: $id, first: 50) { edges { node { eventId eventType subjectType subjectId status attemptCount lastStatusCode nextAttemptAt deliveredAt attempts { number statusCode error } } } } }`;

async function register(url: string, key: string, caller = PARTNER): Promise<{ id: string; secret: string }> {
  const response = await ask(caller, REGISTER, { input: { clientMutationId: key, url, eventTypes: ['ACTIVITY_PUBLISHED'], purpose: 'MATCHING' } });
  expect(response.errors).toBeUndefined();
  expect(response.data.registerWebhook.userErrors).toEqual([]);
  return { id: response.data.registerWebhook.webhook.id, secret: response.data.registerWebhook.secret };
}

let activities = 0;
/** A cooperative publishes a new activity: ACTIVITY_PUBLISHED, a public event of bewoners. */
async function publishActivity(): Promise<string> {
  const n = ++activities;
  const created = await ask(COOPERATIVE, `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } ${USER_ERRORS} } }`, {
    input: { clientMutationId: `webhook-activity-${n}`, title: `Buurtlunch ${n}`, description: 'Samen eten.', kind: 'SHARED_MEAL', themes: ['FOOD'], area: 'BU03070301', startsAt: '2026-12-04T11:30:00Z', endsAt: '2026-12-04T13:30:00Z' },
  });
  expect(created.data.createActivity.userErrors).toEqual([]);
  const id = created.data.createActivity.activity.id;
  const published = await ask(COOPERATIVE, `mutation ($id: ID!) { publishActivity(id: $id) { activity { id } ${USER_ERRORS} } }`, { id });
  expect(published.data.publishActivity.userErrors).toEqual([]);
  return id;
}

async function deliveries(webhookId: string, caller = PARTNER): Promise<any[]> {
  const response = await ask(caller, DELIVERIES, { id: webhookId });
  expect(response.errors).toBeUndefined();
  return response.data.webhookDeliveries.edges.map((e: { node: unknown }) => e.node);
}

/** The delivery of the event about `subjectId`, once `done` holds for it (the log is read until then). */
async function deliveryOf(webhookId: string, subjectId: string, done: (d: any) => boolean): Promise<any> {
  for (;;) {
    const found = (await deliveries(webhookId)).find((d) => d.subjectId === subjectId);
    if (found && done(found)) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('registration', () => {
  test('a bad address and no event types are field errors; an unknown event type is refused by the schema', async () => {
    const input = { clientMutationId: 'bad', url: 'ftp://hooks.example.org/x', eventTypes: ['ACTIVITY_PUBLISHED'], purpose: 'MATCHING' };
    const badUrl = await ask(PARTNER, REGISTER, { input });
    expect(badUrl.data.registerWebhook).toMatchObject({ webhook: null, secret: null, userErrors: [{ field: ['input', 'url'], code: 'BAD_USER_INPUT' }] });
    const none = await ask(PARTNER, REGISTER, { input: { ...input, url: 'http://127.0.0.1:9/x', eventTypes: [] } });
    expect(none.data.registerWebhook.userErrors).toEqual([expect.objectContaining({ field: ['input', 'eventTypes'], code: 'BAD_USER_INPUT' })]);
    const unknown = await ask(PARTNER, REGISTER, { input: { ...input, url: 'http://127.0.0.1:9/x', eventTypes: ['PERSON_MOVED'] } });
    expect(unknown.errors?.[0]?.message).toMatch(/PERSON_MOVED/);
    expect((await ask(PARTNER, '{ webhooks { edges { node { id } } } }')).data.webhooks.edges).toEqual([]); // nothing written
  });

  test('a retry with the same key answers the same endpoint and secret; the secret is Standard Webhooks', async () => {
    const target = await receiver();
    const first = await register(target.url, 'retry-key');
    const again = await register(target.url, 'retry-key');
    expect(again).toEqual(first);
    expect(first.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect((await ask(PARTNER, `mutation ($id: ID!) { deleteWebhook(id: $id) { id ${USER_ERRORS} } }`, { id: first.id })).data.deleteWebhook).toEqual({ id: first.id, userErrors: [] });
  });

  test('the event feed answers only gemeente, signed with EVENTS_SECRET under its own audience', async () => {
    const feed = hub.subgraphs.bewoners.url.replace(/\/graphql$/, EVENTS_PATH);
    const post = (authorization?: string) => fetch(feed, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: '{"after":{"xid":null,"seq":"0"},"limit":5}' });
    const now = Math.floor(Date.now() / 1000);
    expect((await post()).status).toBe(401);
    expect((await post(`Bearer ${signJwt({ aud: 'activity-check', iat: now, exp: now + 60 }, 'dev-only-events-secret')}`)).status).toBe(401);
    expect((await post(`Bearer ${signJwt({ aud: EVENTS_AUDIENCE, iat: now, exp: now + 60 }, 'another-secret')}`)).status).toBe(401);
    const ok = await post(`Bearer ${signJwt({ aud: EVENTS_AUDIENCE, iat: now, exp: now + 60 }, 'dev-only-events-secret')}`);
    expect(ok.status).toBe(200);
    for (const event of ((await ok.json()) as { events: Record<string, unknown>[] }).events) expect(Object.keys(event).sort()).toEqual(['id', 'occurredAt', 'public', 'seq', 'subject', 'type', 'xid']);
  });
});

describe('delivery', () => {
  let main: Receiver;
  let hook: { id: string; secret: string };
  let firstActivity: string;
  let firstId: string;
  let firstAt: Date;
  let flaky: Receiver;
  let flakyHook: { id: string; secret: string };

  test('a published activity arrives signed, with ids, types and times only; the verifier refuses a wrong secret and an old timestamp', async () => {
    main = await receiver();
    hook = await register(main.url, 'main');
    firstAt = new Date(Date.now() - 1000);
    firstActivity = await publishActivity();
    const [delivery] = await main.about(firstActivity);
    const payload = new Verifier(hook.secret).verify(delivery!.body, delivery!.headers) as any;
    expect(payload).toEqual({ type: 'ACTIVITY_PUBLISHED', timestamp: expect.any(String), data: { eventId: delivery!.headers['webhook-id'], subject: { type: 'Activity', id: firstActivity }, occurredAt: expect.any(String) } });
    firstId = delivery!.headers['webhook-id']!;
    expect(() => new Verifier(`whsec_${Buffer.from('another endpoint secret!').toString('base64')}`).verify(delivery!.body, delivery!.headers)).toThrow(WebhookVerificationError);
    // the same request replayed ten minutes later
    const later = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 10 * 60_000);
    try {
      expect(() => new Verifier(hook.secret).verify(delivery!.body, delivery!.headers)).toThrow(/timestamp too old/);
    } finally {
      later.mockRestore();
    }
    expect(await deliveryOf(hook.id, firstActivity, (d) => d.status === 'DELIVERED')).toMatchObject({ eventId: firstId, eventType: 'ACTIVITY_PUBLISHED', subjectType: 'Activity', attemptCount: 1, lastStatusCode: 204, nextAttemptAt: null, attempts: [{ number: 1, statusCode: 204, error: null }] });
  });

  test('a receiver that answers 500 and then recovers gets the event on a retry, with the same webhook-id; the log shows each try', async () => {
    flaky = await receiver([500, 500, 200]);
    flakyHook = await register(flaky.url, 'flaky');
    const activity = await publishActivity();
    const tries = await flaky.about(activity, 3);
    expect(new Set(tries.map((t) => t.headers['webhook-id'])).size).toBe(1);
    for (const t of tries) expect(() => new Verifier(flakyHook.secret).verify(t.body, t.headers)).not.toThrow();
    expect(await deliveryOf(flakyHook.id, activity, (d) => d.status === 'DELIVERED')).toMatchObject({
      attemptCount: 3,
      lastStatusCode: 200,
      attempts: [{ number: 1, statusCode: 500 }, { number: 2, statusCode: 500 }, { number: 3, statusCode: 200 }],
    });
  });

  test('after the last try a delivery is DEAD, with no next try', async () => {
    const down = await receiver([503]);
    const downHook = await register(down.url, 'down');
    const activity = await publishActivity();
    const dead = await deliveryOf(downHook.id, activity, (d) => d.status === 'DEAD');
    expect(dead).toMatchObject({ attemptCount: 3, lastStatusCode: 503, nextAttemptAt: null });
    expect(dead.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 503, 503]);
    expect(await down.about(activity, 3)).toHaveLength(3);
  });

  test('a paused endpoint gets nothing while paused; after rotating its secret and resuming it gets what waited, signed with the new secret', async () => {
    const paused = await ask(PARTNER, `mutation ($id: ID!) { pauseWebhook(id: $id) { webhook { status } ${USER_ERRORS} } }`, { id: hook.id });
    expect(paused.data.pauseWebhook).toEqual({ webhook: { status: 'PAUSED' }, userErrors: [] });
    const activity = await publishActivity();
    await flaky.about(activity); // the same pull made the paused endpoint's delivery: it waits
    expect(await deliveryOf(hook.id, activity, () => true)).toMatchObject({ status: 'PENDING', attemptCount: 0 });
    expect(main.received.filter((r) => r.body.includes(activity))).toEqual([]);

    const rotated = await ask(PARTNER, `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { webhook { id } secret ${USER_ERRORS} } }`, { id: hook.id });
    const secret = rotated.data.rotateWebhookSecret.secret;
    expect(secret).not.toBe(hook.secret);
    const resumed = await ask(PARTNER, `mutation ($id: ID!) { resumeWebhook(id: $id) { webhook { status } ${USER_ERRORS} } }`, { id: hook.id });
    expect(resumed.data.resumeWebhook).toEqual({ webhook: { status: 'ACTIVE' }, userErrors: [] });
    const [delivery] = await main.about(activity);
    expect(() => new Verifier(secret).verify(delivery!.body, delivery!.headers)).not.toThrow();
    expect(() => new Verifier(hook.secret).verify(delivery!.body, delivery!.headers)).toThrow(WebhookVerificationError);
    hook.secret = secret;
  });

  test('replay from a time sends those events again with their own webhook-id', async () => {
    const replay = await ask(PARTNER, `mutation ($id: ID!, $from: DateTime!) { replayWebhookDeliveries(webhookId: $id, from: $from) { replayed webhook { id } ${USER_ERRORS} } }`, { id: hook.id, from: firstAt.toISOString() });
    expect(replay.data.replayWebhookDeliveries).toMatchObject({ replayed: 4, userErrors: [] }); // the four activities published since
    const both = await main.about(firstActivity, 2);
    expect(both.map((r) => r.headers['webhook-id'])).toEqual([firstId, firstId]);
    expect(() => new Verifier(hook.secret).verify(both[1]!.body, both[1]!.headers)).not.toThrow();
  });

  test('another organisation neither sees nor deletes the endpoint, nor reads its log; the hub-admin sees every endpoint', async () => {
    const list = `{ webhooks(first: 100) { edges { node { id organisation { id } } } } }`;
    expect((await ask(OTHER, list)).data.webhooks.edges).toEqual([]);
    const removal = await ask(OTHER, `mutation ($id: ID!) { deleteWebhook(id: $id) { id ${USER_ERRORS} } }`, { id: hook.id });
    expect(removal.data.deleteWebhook).toEqual({ id: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })] });
    const log = await ask(OTHER, DELIVERIES, { id: hook.id });
    expect(log.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const pause = await ask(OTHER, `mutation ($id: ID!) { pauseWebhook(id: $id) { webhook { status } ${USER_ERRORS} } }`, { id: hook.id });
    expect(pause.data.pauseWebhook.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const all = (await ask(HUB_ADMIN, list)).data.webhooks.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(all).toEqual(expect.arrayContaining([hook.id, flakyHook.id]));
    expect((await ask(PARTNER, list)).data.webhooks.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expect.arrayContaining([hook.id]));
  });

  test('a non-public event is not sent while no need-to-know check says yes (fail closed): NOT_ALLOWED, nothing sent', async () => {
    const guarded = await receiver();
    const response = await ask(PARTNER, REGISTER, { input: { clientMutationId: 'consents', url: guarded.url, eventTypes: ['CONSENT_GRANTED', 'ACTIVITY_PUBLISHED'], purpose: 'MATCHING' } });
    const guardedId = response.data.registerWebhook.webhook.id;
    // a consent event as gemeente's register records it, in its outbox
    await hub.subgraphs.gemeente.db.query("INSERT INTO outbox (type, subject_type, subject_id, public) VALUES ('CONSENT_GRANTED', 'Consent', 'consent-webhook-test', false)");
    const activity = await publishActivity();
    await guarded.about(activity); // the public one after it arrives
    // settled NOT_ALLOWED without a try; the endpoint's log does not name a subject its organisation may not read
    const status = async () => (await hub.subgraphs.gemeente.db.query("SELECT status, attempts FROM webhook_delivery WHERE webhook_id = $1 AND subject_id = 'consent-webhook-test'", [guardedId]))[0];
    while ((await status())?.status !== 'NOT_ALLOWED') await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await status()).toEqual({ status: 'NOT_ALLOWED', attempts: 0 });
    expect((await deliveries(guardedId)).map((d) => d.subjectId)).not.toContain('consent-webhook-test');
    expect(guarded.received.filter((r) => r.body.includes('consent-webhook-test'))).toEqual([]);
  });

  test('a try waiting on a slow endpoint holds no transaction id, so the feeds keep serving: a later event reaches another endpoint meanwhile', async () => {
    // The feeds serve only rows older than every transaction id running on the PostgreSQL server (kit/events/feed.ts):
    // a try that locked its row while it waited held every later event back until its endpoint answered or timed out (10 s).
    const slow = await holdingEndpoint(1);
    let timer: NodeJS.Timeout | undefined;
    try {
      await register(slow.url, 'holding');
      const fast = await receiver();
      await register(fast.url, 'passing');
      await publishActivity();
      await slow.allOpen;
      await new Promise((resolve) => setTimeout(resolve, 300));
      // the waiting try's transaction has no id (idle in transaction for a while: not a pull between two statements)
      const withId = await hub.subgraphs.gemeente.db.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'samenspel-jobs:%' AND state = 'idle in transaction' AND backend_xid IS NOT NULL AND now() - state_change > interval '200 milliseconds'",
      );
      expect(withId[0].n).toBe(0);
      const later = await publishActivity();
      const gaveUp = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('held back while the slow endpoint was waited for'), 5_000)));
      expect(await Promise.race([fast.about(later).then(() => 'delivered'), gaveUp])).toBe('delivered');
      expect(slow.open.size).toBeGreaterThan(0); // the slow endpoint was still being waited for
      slow.answerAll();
    } finally {
      clearTimeout(timer);
      await slow.close();
    }
  }, 30_000);

  test('tries of different subjects run side by side, on the job runner\'s own connections: a slow endpoint holds up neither the others nor the requests', async () => {
    // an endpoint that answers nothing until four tries are open at once (two at a time, as before, never get there)
    const SIDE_BY_SIDE = 4;
    const slow = await holdingEndpoint(SIDE_BY_SIDE);
    let timer: NodeJS.Timeout | undefined;
    try {
      const slowHook = await register(slow.url, 'slow');
      for (let i = 0; i < SIDE_BY_SIDE; i += 1) await publishActivity();
      const gaveUp = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`only ${slow.open.size} tries open at once`), 8_000)));
      expect(await Promise.race([slow.allOpen.then(() => 'all open'), gaveUp])).toBe('all open');
      // while four tries wait on their endpoint, none of them holds a connection of gemeente's serving pool...
      const holding = await hub.subgraphs.gemeente.db.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND application_name NOT LIKE 'samenspel-jobs:%'",
      );
      expect(holding[0].n).toBe(0);
      // ...and gemeente still answers requests
      const served = await ask(PARTNER, `query ($id: ID!) { webhookDeliveries(webhookId: $id, first: 10) { edges { node { status } } } }`, { id: slowHook.id });
      expect(served.errors).toBeUndefined();
      slow.answerAll();
    } finally {
      clearTimeout(timer);
      await slow.close();
    }
  }, 30_000);
});
