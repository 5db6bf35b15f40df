// A subgraph's event feed (kit/events/feed.ts) never lets the reader's cursor pass an event that is still to
// commit: seq is taken at insert, so a transaction that started first can commit a lower seq after a higher
// one is visible. The feed serves a row only once every transaction that could still add a lower seq has
// ended; an event dated later is served at once with its time (its delivery waits for it).
import { Client } from 'pg';
import { fetchEvents } from '../../subgraphs/kit/events/feed';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';

let zorg: TestSubgraph;
const SECRET = 'dev-only-events-secret';
const base = () => zorg.subgraph.url.replace(/\/graphql$/, '');
const insert = "INSERT INTO outbox (type, subject_type, subject_id, public, occurred_at) VALUES ('REFERRAL_CREATED', 'Referral', $1, false, coalesce($2, now())) RETURNING seq::text";

beforeAll(async () => {
  zorg = await startTestSubgraph('zorg', { seed: false });
}, 120_000);
afterAll(() => zorg?.close());

/**
 * The feed from `after`, once it holds `count` events: any transaction of the server still running (a job
 * runner's, another database's) holds rows back until it ends, which under load can take a moment.
 */
async function feedOf(after: string, count: number) {
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
    expect((await fetchEvents(base(), SECRET, max, 100)).map((e) => e.subject.id)).toEqual([]);
    await open.query('COMMIT');
    expect((await feedOf(max, 2)).map((e) => [e.seq, e.subject.id])).toEqual([
      [early.seq, 'referral-early'],
      [late.seq, 'referral-late'],
    ]);
  } finally {
    await open.end();
  }
});

test('an event dated later is served with its time, and the ones after it are not held back', async () => {
  const [{ max }] = await zorg.subgraph.db.query('SELECT coalesce(max(seq), 0)::text AS max FROM outbox');
  const due = new Date(Date.now() + 7 * 86_400_000);
  await zorg.subgraph.db.query(insert, ['referral-due', due]);
  await zorg.subgraph.db.query(insert, ['referral-now', null]);
  const events = await feedOf(max, 2);
  expect(events.map((e) => [e.subject.id, e.occurredAt === due.toISOString()])).toEqual([
    ['referral-due', true],
    ['referral-now', false],
  ]);
  expect(Object.keys(events[0]!).sort()).toEqual(['id', 'occurredAt', 'public', 'seq', 'subject', 'type']);
});

test('a page is at most `limit` events, from after the cursor', async () => {
  const all = await fetchEvents(base(), SECRET, '0', 100);
  const page = await fetchEvents(base(), SECRET, all[0]!.seq, 2);
  expect(page.map((e) => e.seq)).toEqual(all.slice(1, 3).map((e) => e.seq));
});
