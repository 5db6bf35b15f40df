// Every subgraph's event feed: `POST /internal/events` answers gemeente's webhook delivery with the outbox
// rows after a cursor, in the cursor's order (below). Signed with EVENTS_SECRET as a one-minute HS256 token under the feed's
// own audience (kit/signed-question.ts does the same for its questions). Ids, types and times only.
//
// Nothing is lost to commit order. Neither `seq` (taken at insert) nor the transaction id (taken at a
// transaction's first write) follows the order in which transactions commit, so the feed serves only rows
// whose transaction is older than every transaction still running (pg_snapshot_xmin), in the order of
// (transaction id, seq), and its cursor is that pair: a row still to commit has a transaction id at least that
// xmin, so it sorts after every row served. (A cursor of seq alone skipped rows: an older transaction's
// higher seq could be served while a younger one with a lower seq was still open.)
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

/** Where a reader of the feed stands: after the row with this transaction id and seq. */
export interface FeedCursor {
  /** The transaction id (xid8, decimal text); null for a cursor kept from before the feed had one: after `seq` alone. */
  xid: string | null;
  seq: string;
}

/** One outbox row as the feed serves it. */
export interface FeedEvent {
  /** The transaction that wrote the row (xid8, decimal text): with seq, the reader's cursor. */
  xid: string;
  /** Position in the subgraph's outbox (a decimal string, bigserial). */
  seq: string;
  /** The event's own id: a delivery's webhook-id, the same on every retry and replay. */
  id: string;
  type: EventType;
  subject: { type: string; id: string };
  public: boolean;
  occurredAt: string;
}

const isNumber = (value: unknown): value is string => typeof value === 'string' && /^[0-9]{1,19}$/.test(value);
const isCursor = (value: unknown): value is FeedCursor =>
  typeof value === 'object' && value !== null && isNumber((value as FeedCursor).seq) && ((value as FeedCursor).xid === null || isNumber((value as FeedCursor).xid));

/** The feed's route: verifies the token, then answers `{ events }` for the body `{ after: { xid, seq }, limit }`. */
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
      return sendJson(res, 400, { error: 'the body must be JSON: {"after": {"xid": "<xid>", "seq": "<seq>"}, "limit": <n>}' });
    }
    const after = body.after ?? { xid: null, seq: '0' };
    const limit = body.limit ?? 100;
    if (!isCursor(after) || typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_EVENTS_PER_PAGE) {
      return sendJson(res, 400, { error: `after must be {"xid": <decimal text or null>, "seq": <decimal text>}, limit 1–${MAX_EVENTS_PER_PAGE}` });
    }
    sendJson(res, 200, { events: await readEvents(db, after, limit) });
  };
}

async function readEvents(db: Database, after: FeedCursor, limit: number): Promise<FeedEvent[]> {
  // A cursor without a transaction id (kept from the seq-only feed) has had every row up to its seq: it gets
  // the rows after that seq, and its first page gives it a transaction id. Rows up to its seq may then come
  // again; they make no second delivery (a delivery is unique per endpoint and event).
  const rows: { xid: string; seq: string; id: string; type: EventType; subject_type: string; subject_id: string; public: boolean; occurred_at: Date }[] = await db.query(
    // ordered by the columns (o.xid, o.seq), not by the text the SELECT makes of them: as text, 10012 sorts
    // before 9228, and a page of the larger numbers carried the cursor past the smaller ones
    `SELECT o.xid::text AS xid, o.seq::text AS seq, o.id, o.type, o.subject_type, o.subject_id, o.public, o.occurred_at FROM outbox o
      WHERE (o.xid, o.seq) > ($1::xid8, $2::bigint) AND o.seq > $3 AND o.xid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY o.xid, o.seq LIMIT $4`,
    after.xid === null ? ['0', '0', after.seq, limit] : [after.xid, after.seq, '0', limit],
  );
  return rows.map((r) => ({ xid: r.xid, seq: r.seq, id: r.id, type: r.type, subject: { type: r.subject_type, id: r.subject_id }, public: r.public, occurredAt: r.occurred_at.toISOString() }));
}

/** Reads one page of a subgraph's feed (`baseUrl`: the subgraph without /graphql); throws when it does not answer. */
export async function fetchEvents(baseUrl: string, secret: string, after: FeedCursor, limit: number): Promise<FeedEvent[]> {
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

/** The feed reads the outbox in the order of its cursor. */
export class OutboxFeedOrder1763900000790 implements MigrationInterface {
  name = 'OutboxFeedOrder1763900000790';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX outbox_feed_order ON outbox (xid, seq)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX outbox_feed_order');
  }
}
