// The soak's webhook side: two partner systems receive the hub's events on loopback while the soak runs.
//   - org-wz-01, the holder of every consent the soak records, subscribes to CONSENT_GRANTED; its receiver is
//     slow (up to RECEIVER_DELAY_MS) and answers 500 to one request in five, so deliveries are retried;
//   - org-zg-01, a care provider that is no party to those consents, subscribes to the same type: every
//     consent event reaching it is one delivered without the right to read its subject.
// Both verify every request with the standardwebhooks library. Afterwards the report compares what the
// outbox committed with what arrived: `lost` and `deliveredWithoutRight` must be 0; `duplicated` (the same
// webhook-id twice, e.g. a retry after an answer that got lost) is allowed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { DELIVER_TASK } from '../../subgraphs/gemeente/webhooks/delivery';

const RECEIVER_DELAY_MS = 400;
const FAILURE_RATE = 0.2;

interface Receipt {
  webhookId: string;
  type: string;
  subjectId: string;
}

interface Receiver {
  url: string;
  secret: string;
  receipts: Receipt[];
  badSignatures: number;
  server: Server;
}

export interface EventsReport {
  committed: number;
  delivered: number;
  duplicated: number;
  lost: number;
  deliveredWithoutRight: number;
  badSignatures: number;
  /** Where the lost events stand in gemeente: `<delivery status or NOT_PULLED>/<its job: none, waiting or locked>` and how many. */
  lostAt: Record<string, number>;
}

async function receiver(options: { slowAndFailing: boolean }): Promise<Receiver> {
  const state: Receiver = { url: '', secret: '', receipts: [], badSignatures: 0, server: undefined as unknown as Server };
  state.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = () => {
        if (options.slowAndFailing && Math.random() < FAILURE_RATE) return res.writeHead(500).end();
        const body = Buffer.concat(chunks).toString('utf8');
        try {
          const event = new Webhook(state.secret).verify(body, req.headers as Record<string, string>) as { type: string; data: { subject: { id: string } } };
          state.receipts.push({ webhookId: String(req.headers['webhook-id']), type: event.type, subjectId: event.data.subject.id });
          res.writeHead(204).end();
        } catch {
          state.badSignatures++;
          res.writeHead(400).end();
        }
      };
      if (options.slowAndFailing) setTimeout(answer, Math.random() * RECEIVER_DELAY_MS);
      else answer();
    });
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/hooks`;
  return state;
}

const REGISTER = 'mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } secret userErrors { field message } } }';

/** Registers `target`; answers the webhook's id. */
async function register(gatewayUrl: string, headers: Record<string, string>, target: Receiver, purpose: string, key: string): Promise<string> {
  const input = { clientMutationId: key, url: target.url, eventTypes: ['CONSENT_GRANTED'], purpose };
  const response = await fetch(gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: REGISTER, variables: { input } }) });
  const answer = (await response.json()) as { data?: { registerWebhook?: { webhook?: { id: string }; secret?: string; userErrors: unknown[] } }; errors?: unknown };
  const secret = answer.data?.registerWebhook?.secret;
  if (!secret) throw new Error(`registerWebhook failed: ${JSON.stringify(answer)}`);
  target.secret = secret;
  return answer.data!.registerWebhook!.webhook!.id;
}

/** For a failed run: each lost event's delivery to the holder's endpoint and its job, counted by where they stand. */
async function lostAt(client: Client, webhookId: string, lost: string[]): Promise<Record<string, number>> {
  if (!lost.length) return {};
  const { rows } = await client.query<{ at: string; n: number }>(
    `SELECT coalesce(d.status, 'NOT_PULLED') || '/' || CASE WHEN j.id IS NULL THEN 'none' WHEN j.locked_at IS NULL THEN 'waiting' ELSE 'locked' END AS at, count(*)::int AS n
       FROM unnest($1::text[]) AS e(id)
       LEFT JOIN webhook_delivery d ON d.event_id::text = e.id AND d.webhook_id::text = $2
       LEFT JOIN graphile_worker.jobs j ON j.key = $3 || ':' || d.id
      GROUP BY 1 ORDER BY 1`,
    [lost, webhookId, DELIVER_TASK],
  );
  return Object.fromEntries(rows.map((row) => [row.at, row.n]));
}

export interface EventsProbe {
  /** The report once every committed event arrived, or `waitMs` passed. */
  report(gemeenteDatabaseUrl: string, consentIds: ReadonlySet<string>, waitMs: number): Promise<EventsReport>;
  close(): Promise<void>;
}

/** Starts both receivers and registers them through the gateway (partner-system tokens of both organisations). */
export async function startEventsProbe(gatewayUrl: string, tokens: { holder: Record<string, string>; other: Record<string, string> }, run: string): Promise<EventsProbe> {
  const holder = await receiver({ slowAndFailing: true });
  const other = await receiver({ slowAndFailing: false });
  const holderWebhook = await register(gatewayUrl, tokens.holder, holder, 'MATCHING', `soak-${run}-webhook-holder`);
  await register(gatewayUrl, tokens.other, other, 'COORDINATION', `soak-${run}-webhook-other`);

  const tally = async (databaseUrl: string, consentIds: ReadonlySet<string>): Promise<EventsReport> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    let committed: string[];
    let lost: string[];
    let where: Record<string, number>;
    try {
      // the soak's consents' events, as the outbox committed them (each consent is granted once)
      const { rows } = await client.query<{ id: string; subject_id: string }>(
        "SELECT id::text, subject_id FROM outbox WHERE type = 'CONSENT_GRANTED' AND subject_id = ANY($1)",
        [[...consentIds]],
      );
      committed = rows.map((row) => row.id);
      const arrived = new Set(holder.receipts.map((receipt) => receipt.webhookId));
      lost = committed.filter((id) => !arrived.has(id));
      where = await lostAt(client, holderWebhook, lost);
    } finally {
      await client.end();
    }
    const received = new Set(holder.receipts.map((receipt) => receipt.webhookId));
    return {
      committed: committed.length,
      delivered: committed.filter((id) => received.has(id)).length,
      duplicated: holder.receipts.length - received.size,
      lost: lost.length,
      deliveredWithoutRight: other.receipts.filter((receipt) => consentIds.has(receipt.subjectId)).length,
      badSignatures: holder.badSignatures + other.badSignatures,
      lostAt: where,
    };
  };

  return {
    async report(databaseUrl, consentIds, waitMs) {
      const until = Date.now() + waitMs;
      let report = await tally(databaseUrl, consentIds);
      while (report.lost > 0 && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        report = await tally(databaseUrl, consentIds);
      }
      return report;
    },
    async close() {
      await Promise.all([holder, other].map((r) => new Promise((resolve) => r.server.close(resolve))));
    },
  };
}
