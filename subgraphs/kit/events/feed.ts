// Every subgraph's event feed: `POST /internal/events` answers gemeente's webhook delivery with the outbox
// rows after a cursor, in `seq` order. Signed with EVENTS_SECRET as a one-minute HS256 token under the feed's
// own audience (kit/signed-question.ts does the same for its questions). Ids, types and times only.
//
// Nothing is lost to commit order: `seq` is taken at insert, so a transaction that started earlier can commit
// a lower seq after a higher one was served. The feed serves only rows whose transaction is older than every
// transaction still running (pg_snapshot_xmin), so once a seq is served no lower one can still appear.
// Events dated later (a follow-up that falls due) are served at once with their `occurredAt`: the delivery
// waits until then, and the cursor is not held back by them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { hmacKey, signJwt, verifyHs256 } from '../../../platform/jwt';
import { readBody, sendJson } from '../../../platform/http';
import type { Database } from '../database';
import type { EventType } from './event-types';

export const EVENTS_PATH = '/internal/events';
export const EVENTS_AUDIENCE = 'samenspel-events';
/** At most this many events per answer. */
export const MAX_EVENTS_PER_PAGE = 500;

/** One outbox row as the feed serves it. */
export interface FeedEvent {
  /** Position in the subgraph's outbox: the cursor (a decimal string, bigserial). */
  seq: string;
  /** The event's own id: a delivery's webhook-id, the same on every retry and replay. */
  id: string;
  type: EventType;
  subject: { type: string; id: string };
  public: boolean;
  occurredAt: string;
}

const isSeq = (value: unknown): value is string => typeof value === 'string' && /^[0-9]{1,18}$/.test(value);

/** The feed's route: verifies the token, then answers `{ events }` for the body `{ after, limit }`. */
export function eventFeedRoute(db: Database, secret: string) {
  const key = hmacKey(secret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
    try {
      await verifyHs256((req.headers.authorization ?? '').replace(/^Bearer /, ''), key, { audience: EVENTS_AUDIENCE, maxLifetimeSeconds: 60 });
    } catch {
      return sendJson(res, 401, { error: 'not signed for the event feed' });
    }
    let body: { after?: unknown; limit?: unknown };
    try {
      body = JSON.parse(await readBody(req, 10_000)) as typeof body;
    } catch {
      return sendJson(res, 400, { error: 'the body must be JSON: {"after": "<seq>", "limit": <n>}' });
    }
    const after = body.after ?? '0';
    const limit = body.limit ?? 100;
    if (!isSeq(after) || typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_EVENTS_PER_PAGE) {
      return sendJson(res, 400, { error: `after must be a seq (decimal text), limit 1–${MAX_EVENTS_PER_PAGE}` });
    }
    sendJson(res, 200, { events: await readEvents(db, after, limit) });
  };
}

async function readEvents(db: Database, after: string, limit: number): Promise<FeedEvent[]> {
  const rows: { seq: string; id: string; type: EventType; subject_type: string; subject_id: string; public: boolean; occurred_at: Date }[] = await db.query(
    `SELECT seq::text, id, type, subject_type, subject_id, public, occurred_at FROM outbox
      WHERE seq > $1 AND xid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY seq LIMIT $2`,
    [after, limit],
  );
  return rows.map((r) => ({ seq: r.seq, id: r.id, type: r.type, subject: { type: r.subject_type, id: r.subject_id }, public: r.public, occurredAt: r.occurred_at.toISOString() }));
}

/** Reads one page of a subgraph's feed (`baseUrl`: the subgraph without /graphql); throws when it does not answer. */
export async function fetchEvents(baseUrl: string, secret: string, after: string, limit: number): Promise<FeedEvent[]> {
  const now = Math.floor(Date.now() / 1000);
  const token = signJwt({ aud: EVENTS_AUDIENCE, iat: now, exp: now + 60 }, secret);
  const response = await fetch(`${baseUrl}${EVENTS_PATH}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ after, limit }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`the event feed at ${baseUrl} answered ${response.status}`);
  return ((await response.json()) as { events: FeedEvent[] }).events;
}

/** The outbox's rows carry their transaction, so the feed can wait for every lower seq to commit. */
export class OutboxCommitOrder1763900000601 implements MigrationInterface {
  name = 'OutboxCommitOrder1763900000601';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE outbox ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE outbox DROP COLUMN xid');
  }
}
