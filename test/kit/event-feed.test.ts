// A subgraph's event feed (kit/events/feed.ts) never lets the reader's cursor pass an event that is still to
// commit: neither seq (taken at insert) nor the transaction id follows commit order. The feed serves a row
// only once every transaction older than it has ended, in the order of (transaction id, seq), its cursor; an
// event dated later is served at once with its time (its delivery waits for it).
import { Client } from 'pg';
import { signJwt } from '../../platform/jwt';
import { EVENTS_AUDIENCE, EVENTS_PATH, fetchEvents, type FeedCursor } from '../../subgraphs/kit/events/feed';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';

let zorg: TestSubgraph;
const SECRET = 'dev-only-events-secret';
const base = () => zorg.subgraph.url.replace(/\/graphql$/, '');
/** The cursor after every row with a seq up to `seq` (the form a cursor from before the transaction ids has). */
const afterSeq = (seq: string): FeedCursor => ({ xid: null, seq });
const insert = "INSERT INTO outbox (type, subject_type, subject_id, public, occurred_at) VALUES ('REFERRAL_CREATED', 'Referral', $1, false, coalesce($2, now())) RETURNING seq::text";

beforeAll(async () => {
  zorg = await startTestSubgraph('zorg', { seed: false });
}, 120_000);
afterAll(() => zorg?.close());

/**
 * The feed from `after`, once it holds `count` events: any transaction of the server still running (a job
 * runner's, another database's) holds rows back until it ends, which under load can take a moment.
 */
async function feedOf(after: FeedCursor, count: number) {
  const until = Date.now() + 15_000;
  for (;;) {
    const events = await fetchEvents(base(), SECRET, after, 100);
    if (events.length >= count || Date.now() > until) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('a lower seq still to commit holds back the higher ones after it; then both come, in order', async () => {
  const [{ max }] = await zorg.subgraph.db.query('SELECT coalesce(max(seq), 0)::text AS max FROM outbox');
  const open = new Client({ connectionString: zorg.databases.connections.zorg.url });
  await open.connect();
  try {
    await open.query('BEGIN');
    const { rows: [early] } = await open.query(insert, ['referral-early', null]);
    const [late] = await zorg.subgraph.db.query(insert, ['referral-late', null]); // committed at once
    expect(Number(late.seq)).toBeGreaterThan(Number(early.seq));
    // the committed later event is held back while the earlier one is open: a cursor past it would skip it
    expect((await fetchEvents(base(), SECRET, afterSeq(max), 100)).map((e) => e.subject.id)).toEqual([]);
    await open.query('COMMIT');
    expect((await feedOf(afterSeq(max), 2)).map((e) => [e.seq, e.subject.id])).toEqual([
      [early.seq, 'referral-early'],
      [late.seq, 'referral-late'],
    ]);
  } finally {
    await open.end();
  }
});

test('an older transaction that commits a higher seq while a younger one with a lower seq is open does not carry the cursor past it', async () => {
  const [{ max }] = await zorg.subgraph.db.query('SELECT coalesce(max(seq), 0)::text AS max FROM outbox');
  const older = new Client({ connectionString: zorg.databases.connections.zorg.url });
  const younger = new Client({ connectionString: zorg.databases.connections.zorg.url });
  await Promise.all([older.connect(), younger.connect()]);
  try {
    await older.query('BEGIN');
    await older.query('SELECT pg_current_xact_id()'); // its transaction id first: as a change does before its event
    await younger.query('BEGIN');
    const { rows: [low] } = await younger.query(insert, ['referral-younger', null]);
    const { rows: [high] } = await older.query(insert, ['referral-older', null]);
    expect(Number(high.seq)).toBeGreaterThan(Number(low.seq));
    await older.query('COMMIT');
    const first = await fetchEvents(base(), SECRET, afterSeq(max), 100);
    const last = first[first.length - 1];
    const cursor = last ? { xid: last.xid, seq: last.seq } : afterSeq(max);
    await younger.query('COMMIT');
    const rest = await feedOf(cursor, 1);
    expect([...first, ...rest].map((e) => e.subject.id).sort()).toEqual(['referral-older', 'referral-younger']);
  } finally {
    await Promise.all([older.end(), younger.end()]);
  }
});

test('a page of transaction ids with more digits does not carry the cursor past those with fewer', async () => {
  // explicit transaction ids far below every real one: all ended, so the feed serves them
  const rows = ['98', '99', '100', '101', '1000'];
  for (const xid of rows) {
    await zorg.subgraph.db.query("INSERT INTO outbox (type, subject_type, subject_id, public, xid) VALUES ('REFERRAL_CREATED', 'Referral', $1, false, $2::xid8)", [`referral-xid-${xid}`, xid]);
  }
  const first = await fetchEvents(base(), SECRET, { xid: '97', seq: '0' }, 2);
  expect(first.map((e) => e.xid)).toEqual(['98', '99']);
  const next = await fetchEvents(base(), SECRET, { xid: first[1]!.xid, seq: first[1]!.seq }, 2);
  expect(next.map((e) => e.xid)).toEqual(['100', '101']);
});

test('an event dated later is served with its time, and the ones after it are not held back', async () => {
  const [{ max }] = await zorg.subgraph.db.query('SELECT coalesce(max(seq), 0)::text AS max FROM outbox');
  const due = new Date(Date.now() + 7 * 86_400_000);
  await zorg.subgraph.db.query(insert, ['referral-due', due]);
  await zorg.subgraph.db.query(insert, ['referral-now', null]);
  const events = await feedOf(afterSeq(max), 2);
  expect(events.map((e) => [e.subject.id, e.occurredAt === due.toISOString()])).toEqual([
    ['referral-due', true],
    ['referral-now', false],
  ]);
  expect(Object.keys(events[0]!).sort()).toEqual(['id', 'occurredAt', 'public', 'seq', 'subject', 'type', 'xid']);
});

test('a page is at most `limit` events, from after the cursor, in the order of (transaction id, seq)', async () => {
  const all = await fetchEvents(base(), SECRET, afterSeq('0'), 100);
  const order = (e: { xid: string; seq: string }) => [BigInt(e.xid), BigInt(e.seq)] as const;
  for (let i = 1; i < all.length; i++) {
    const [a, b] = [order(all[i - 1]!), order(all[i]!)];
    expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])).toBe(true);
  }
  const page = await fetchEvents(base(), SECRET, { xid: all[0]!.xid, seq: all[0]!.seq }, 2);
  expect(page.map((e) => e.seq)).toEqual(all.slice(1, 3).map((e) => e.seq));
});

test('a cursor that is not a cursor is refused with 400', async () => {
  const now = Math.floor(Date.now() / 1000);
  const token = signJwt({ aud: EVENTS_AUDIENCE, iat: now, exp: now + 60 }, SECRET);
  for (const after of ['12', { seq: '1' }, { xid: '1; DROP TABLE outbox', seq: '1' }, { xid: null, seq: -1 }]) {
    const response = await fetch(`${base()}${EVENTS_PATH}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ after, limit: 5 }) });
    expect(response.status).toBe(400);
  }
});
