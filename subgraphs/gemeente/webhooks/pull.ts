// gemeente reads every subgraph's event feed (kit/events/feed.ts), its own included, one graphile-worker job
// per subgraph that schedules its next run. The deliveries of a page of events (one per endpoint subscribed
// to the type, unique per endpoint and event) and the cursor past that page are written in one transaction,
// with the deliveries' jobs: nothing lost, nothing twice. While no webhook is registered the pulls read no
// feed. The sweep re-queues deliveries whose job is gone (e.g. lost with a PostgreSQL restart) and restarts
// a pull that stopped; registerWebhook starts them too.
// These jobs run on the job runner's own connections (graphile-worker's helpers), not the serving pool.
import { PARTNERS, type Partner } from '../../../platform/config';
import { fetchEvents, type FeedCursor, type FeedEvent } from '../../kit/events/feed';
import { scheduleJob, type RunnerSql, type Sql } from '../../kit/jobs';
import type { PeerUrls } from '../../kit/subgraph';
import { scheduleDelivery } from './delivery';

export const PULL_TASK = 'webhooks_pull';
export const SWEEP_TASK = 'webhooks_sweep';
const PAGE = 200;

/** Runs `work` in one transaction on one of the runner's connections. */
export type InTransaction = <T>(work: (sql: RunnerSql) => Promise<T>) => Promise<T>;

const pullKey = (partner: Partner) => `${PULL_TASK}:${partner}`;

export async function schedulePull(sql: Sql, partner: Partner, runAt = new Date()): Promise<void> {
  await scheduleJob(sql, PULL_TASK, { partner }, { jobKey: pullKey(partner), runAt, maxAttempts: 1 });
}

/** Every subgraph's pull, now (registerWebhook, the sweep). */
export async function schedulePulls(sql: Sql): Promise<void> {
  for (const partner of PARTNERS) await schedulePull(sql, partner);
}

/** Creates the deliveries of `events` and moves the cursor past them, unless another pull moved it meanwhile. */
async function record(sql: RunnerSql, partner: Partner, after: FeedCursor, events: FeedEvent[]): Promise<void> {
  await sql.query("INSERT INTO webhook_cursor (partner, xid, seq) VALUES ($1, '0', 0) ON CONFLICT DO NOTHING", [partner]);
  const { rows: [cursor] } = await sql.query('SELECT xid::text, seq::text FROM webhook_cursor WHERE partner = $1 FOR UPDATE', [partner]);
  if (cursor.xid !== after.xid || cursor.seq !== after.seq) return; // another pull took this page
  const { rows: created } = await sql.query(
    `WITH event AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS e(seq bigint, id uuid, type text, subject jsonb, public boolean, "occurredAt" timestamptz)
     ), inserted AS (
       INSERT INTO webhook_delivery (webhook_id, partner, event_seq, event_id, event_type, subject_type, subject_id, public, occurred_at, next_attempt_at)
       SELECT w.id, $1, e.seq, e.id, e.type, e.subject->>'type', e.subject->>'id', e.public, e."occurredAt", greatest(now(), e."occurredAt")
         FROM event e JOIN webhook w ON e.type = ANY (w.event_types) AND w.created_at <= e."occurredAt"
       ON CONFLICT (webhook_id, event_id) DO NOTHING
       RETURNING id, webhook_id, next_attempt_at
     )
     SELECT i.id::text, i.next_attempt_at, w.status = 'ACTIVE' AS active FROM inserted i JOIN webhook w ON w.id = i.webhook_id ORDER BY i.id`,
    [partner, JSON.stringify(events)],
  );
  // a paused endpoint's deliveries wait for its resume
  for (const delivery of created) if (delivery.active) await scheduleDelivery(sql, delivery.id, delivery.next_attempt_at);
  const last = events[events.length - 1]!;
  await sql.query('UPDATE webhook_cursor SET xid = $2, seq = $3 WHERE partner = $1', [partner, last.xid, last.seq]);
}

export interface PullSettings {
  peers: PeerUrls;
  secret: string;
  intervalMs: number;
  warn: (message: string) => void;
}

/** The pull job of one subgraph: a page of its feed, then its next run (at once while there is more). */
export async function pull(sql: RunnerSql, inTransaction: InTransaction, partner: Partner, settings: PullSettings): Promise<void> {
  const { rows: [state] } = await sql.query(
    'SELECT EXISTS (SELECT 1 FROM webhook) AS any, c.xid::text, c.seq::text FROM (SELECT 1) one LEFT JOIN webhook_cursor c ON c.partner = $1',
    [partner],
  );
  if (!state.any) return; // no webhook: the pulls rest until registerWebhook starts them
  let more = false;
  try {
    const url = settings.peers[partner];
    if (url) {
      const after: FeedCursor = state.seq === null ? { xid: '0', seq: '0' } : { xid: state.xid, seq: state.seq };
      const events = await fetchEvents(url.replace(/\/graphql$/, ''), settings.secret, after, PAGE);
      if (events.length) await inTransaction((tx) => record(tx, partner, after, events));
      more = events.length === PAGE;
    }
  } catch (error) {
    settings.warn(`the event feed of ${partner} could not be read (${error instanceof Error ? error.message : String(error)}); trying again`);
  }
  await schedulePull(sql, partner, new Date(Date.now() + (more ? 0 : settings.intervalMs)));
}

/** Every minute: deliveries overdue by a minute get their job again, and the pulls run (when there is a webhook). */
export async function sweep(sql: RunnerSql): Promise<void> {
  const { rows: overdue } = await sql.query(
    `SELECT d.id::text FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
      WHERE d.status = 'PENDING' AND w.status = 'ACTIVE' AND d.next_attempt_at < now() - interval '1 minute' ORDER BY d.id LIMIT 1000`,
  );
  for (const delivery of overdue) await scheduleDelivery(sql, delivery.id);
  const { rows: [state] } = await sql.query('SELECT EXISTS (SELECT 1 FROM webhook) AS any');
  if (state.any) await schedulePulls(sql);
}
