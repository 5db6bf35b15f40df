// One delivery of one event to one endpoint, as a graphile-worker job (kit/jobs.ts): signed after Standard
// Webhooks (webhook-id is the event's id, so a retry, a replay and a duplicate carry the same one), sent with
// kit/outbound-http.ts, retried with exponential backoff and jitter, DEAD after the configured tries.
//
// - One attempt at a time per delivery: a try holds an advisory lock on the delivery while it is sent, and a
//   job that finds it locked or no longer PENDING does nothing, so a job scheduled twice sends once. Not a
//   row lock: locking a row gives the transaction an id, and the event feeds (kit/events/feed.ts) serve only
//   rows older than every transaction id still running on the PostgreSQL server, so a try waiting on a slow
//   endpoint would hold up every feed, and with it every other endpoint. A try writes only after its
//   endpoint answered.
// - In order per subject: while an earlier event of the same subject is PENDING for this endpoint, a later
//   one waits; the earlier one's end (delivered, dead, not allowed) starts the next at once.
// - Need-to-know: a non-public event is sent only when `audience` says the endpoint's organisation may read
//   its subject for the endpoint's purpose, asked before every attempt (a revoked consent stops it at once).
//   Otherwise NOT_ALLOWED, nothing sent. Each attempt records whether it was allowed (public, or the check said
//   yes): the delivery log shows the endpoint's organisation only those (log.ts).
import { scheduleJob, type Sql } from '../../kit/jobs';
import { outboundRequest, type OutboundPolicy } from '../../kit/outbound-http';
import type { EventType } from '../../kit/events/event-types';
import { signedHeaders } from '../../kit/events/signing';
import { attemptError, UNANSWERED_CHECK } from './attempt-error';

export const DELIVER_TASK = 'webhooks_deliver';

/** The event a delivery carries, as the need-to-know check is asked about it. */
export interface DeliveryEvent {
  id: string;
  type: EventType;
  /** The subgraph whose outbox it came from (it owns the subject). */
  partner: string;
  subject: { type: string; id: string };
  occurredAt: Date;
}

/** May `organisationId` read the event's subject now, for `purpose`? Asked before every attempt of a non-public event. */
export type Audience = (event: DeliveryEvent, organisationId: string, purpose: string) => Promise<boolean>;

export interface DeliverySettings {
  retryBaseMs: number;
  maxAttempts: number;
  outbound: OutboundPolicy;
}

/** At most an hour between two tries. */
const MAX_BACKOFF_MS = 3_600_000;

/** The wait before try `attempt + 1`: base · 2^(attempt−1), capped, with jitter (between half and all of it). */
export function backoffMs(attempt: number, baseMs: number, random = Math.random): number {
  const full = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + random() * (full / 2));
}

const jobKey = (deliveryId: string) => `${DELIVER_TASK}:${deliveryId}`;

/** Schedules the delivery's job at `runAt` (a waiting one with the same key is moved). */
export async function scheduleDelivery(sql: Sql, deliveryId: string, runAt: Date = new Date()): Promise<void> {
  await scheduleJob(sql, DELIVER_TASK, { id: deliveryId }, { jobKey: jobKey(deliveryId), runAt, maxAttempts: 5 });
}

/** Starts the delivery now, or at its event's time when that is later (a follow-up that falls due). */
export async function kickDelivery(sql: Sql, deliveryId: string): Promise<void> {
  const [updated] = (await sql.query(
    `WITH kicked AS (UPDATE webhook_delivery SET next_attempt_at = greatest(now(), occurred_at) WHERE id = $1 RETURNING next_attempt_at) SELECT next_attempt_at FROM kicked`,
    [deliveryId],
  )) as { next_attempt_at: Date }[];
  await scheduleDelivery(sql, deliveryId, updated?.next_attempt_at ?? new Date());
}

interface Row {
  id: string;
  webhook_id: string;
  partner: string;
  event_seq: string;
  event_id: string;
  event_type: EventType;
  subject_type: string;
  subject_id: string;
  public: boolean;
  occurred_at: Date;
  status: string;
  attempts: number;
  url: string;
  secret: string;
  webhook_status: string;
  organisation_id: string;
  purpose: string;
}

/** The body a partner receives: ids, types and times, never a personal field. */
export function deliveryBody(row: Pick<Row, 'event_id' | 'event_type' | 'subject_type' | 'subject_id' | 'occurred_at'>, sentAt: Date): string {
  return JSON.stringify({
    type: row.event_type,
    timestamp: sentAt.toISOString(),
    data: { eventId: row.event_id, subject: { type: row.subject_type, id: row.subject_id }, occurredAt: row.occurred_at.toISOString() },
  });
}

/** The next PENDING delivery of the same subject to the same endpoint starts now (an earlier one has ended). */
async function startNext(manager: DeliverySql, row: Row): Promise<void> {
  const [next]: { id: string }[] = await manager.query(
    `SELECT id::text FROM webhook_delivery WHERE webhook_id = $1 AND partner = $2 AND subject_type = $3 AND subject_id = $4 AND event_seq > $5 AND status = 'PENDING'
      ORDER BY event_seq LIMIT 1`,
    [row.webhook_id, row.partner, row.subject_type, row.subject_id, row.event_seq],
  );
  if (next) await kickDelivery(manager, next.id);
}

/** SQL in the try's transaction, answering rows. */
export interface DeliverySql {
  query(sql: string, parameters?: unknown[]): Promise<any[]>;
}

/**
 * Runs one try in one transaction. The job gives one of the runner's own connections (jobs.ts), never the
 * serving pool: a try holds its transaction (with no transaction id, see the top of this file) while the
 * endpoint is waited for (up to 10 s), and the GraphQL requests must not wait behind slow endpoints.
 */
export type DeliveryTransaction = (work: (sql: DeliverySql) => Promise<void>) => Promise<void>;

/** The job: one attempt of delivery `id` (see the top of this file). */
export async function deliver(transaction: DeliveryTransaction, id: string, audience: Audience, settings: DeliverySettings): Promise<void> {
  await transaction(async (manager) => {
    // being sent by another job (a hash shared with another delivery only delays that one until the sweep)
    const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked', [`webhook_delivery|${id}`]);
    if (!locked) return;
    // read after the lock (its own statement, so its own snapshot): what an earlier try committed is seen
    const [row]: Row[] = await manager.query(
      `SELECT d.id::text, d.webhook_id, d.partner, d.event_seq::text, d.event_id, d.event_type, d.subject_type, d.subject_id, d.public, d.occurred_at, d.status, d.attempts,
              w.url, w.secret, w.status AS webhook_status, w.organisation_id, w.purpose
         FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id WHERE d.id = $1`,
      [id],
    );
    // gone (deleted), done, or held while its endpoint is paused (resume starts it)
    if (!row || row.status !== 'PENDING' || row.webhook_status !== 'ACTIVE') return;
    const retryAt = (ms: number) => new Date(Date.now() + ms);
    const [earlier]: unknown[] = await manager.query(
      `SELECT 1 FROM webhook_delivery WHERE webhook_id = $1 AND partner = $2 AND subject_type = $3 AND subject_id = $4 AND event_seq < $5 AND status = 'PENDING' LIMIT 1`,
      [row.webhook_id, row.partner, row.subject_type, row.subject_id, row.event_seq],
    );
    if (earlier) {
      // started by the earlier one's end; this later run is only a fallback
      const at = retryAt(settings.retryBaseMs);
      await manager.query('UPDATE webhook_delivery SET next_attempt_at = $2 WHERE id = $1', [id, at]);
      return scheduleDelivery(manager, id, at);
    }
    const event: DeliveryEvent = { id: row.event_id, type: row.event_type, partner: row.partner, subject: { type: row.subject_type, id: row.subject_id }, occurredAt: row.occurred_at };
    // an unanswered need-to-know check is a failed try: nothing sent, asked again at the next one
    const verdict = row.public || (await audience(event, row.organisation_id, row.purpose).catch(() => null));
    if (verdict === false) {
      await manager.query(`UPDATE webhook_delivery SET status = 'NOT_ALLOWED', next_attempt_at = NULL WHERE id = $1`, [id]);
      return startNext(manager, row);
    }
    const allowed = verdict === true;
    let statusCode: number | null = null;
    let failure: string | null = allowed ? null : UNANSWERED_CHECK;
    if (allowed) {
      try {
        const sentAt = new Date();
        const body = deliveryBody(row, sentAt);
        statusCode = (await outboundRequest(row.url, { method: 'POST', headers: signedHeaders(row.secret, row.event_id, sentAt, body), body, timeoutMs: 10_000, maxBytes: 64 * 1024 }, settings.outbound)).status;
      } catch (error) {
        failure = attemptError(error);
      }
    }
    // the first write, so the transaction takes its id only now; a delivery deleted with its endpoint meanwhile has nothing to record
    const [now]: { attempts: number }[] = await manager.query('SELECT attempts FROM webhook_delivery WHERE id = $1 FOR UPDATE', [id]);
    if (!now) return;
    const attempt = now.attempts + 1;
    await manager.query('INSERT INTO webhook_attempt (delivery_id, number, status_code, error, allowed) VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM webhook_attempt WHERE delivery_id = $1), $2, $3, $4)', [id, statusCode, failure, allowed]);
    if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
      await manager.query(`UPDATE webhook_delivery SET status = 'DELIVERED', attempts = $2, last_status_code = $3, next_attempt_at = NULL, delivered_at = now() WHERE id = $1`, [id, attempt, statusCode]);
      return startNext(manager, row);
    }
    if (attempt >= settings.maxAttempts) {
      await manager.query(`UPDATE webhook_delivery SET status = 'DEAD', attempts = $2, last_status_code = $3, next_attempt_at = NULL WHERE id = $1`, [id, attempt, statusCode]);
      return startNext(manager, row);
    }
    const at = retryAt(backoffMs(attempt, settings.retryBaseMs));
    await manager.query('UPDATE webhook_delivery SET attempts = $2, last_status_code = $3, next_attempt_at = $4 WHERE id = $1', [id, attempt, statusCode, at]);
    await scheduleDelivery(manager, id, at);
  });
}
