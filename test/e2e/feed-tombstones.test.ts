// Attack (issue 13, finding 7): a cancelled activity kept its title and description in bewoners' public
// change feed, readable by anyone who replays it from 0. Now an item withdrawn from the kaart (cancelled,
// unpublished or deleted) leaves only a tombstone without content in its partner's feed, in every partner's
// feed, and the sociale kaart index still removes it.
import { FEED_PATH, type PublicChange } from '../../subgraphs/kit/social-map/public-changes';
import type { Partner } from '../../platform/config';
import { graphql } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
const ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'] };

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

/** The whole feed of a partner, replayed from 0 as anyone can (it is public). */
async function wholeFeed(partner: Partner): Promise<PublicChange[]> {
  const changes: PublicChange[] = [];
  for (let after = 0; ; ) {
    const response = await fetch(`${hub.subgraphs[partner].url.replace(/\/graphql$/, FEED_PATH)}?after=${after}&limit=1000`);
    const page = (await response.json()) as { changes: PublicChange[]; next: number };
    changes.push(...page.changes);
    if (page.changes.length < 1000) return changes;
    after = page.next;
  }
}

async function onKaart(kind: string, id: string): Promise<boolean> {
  const refreshed = await graphql(hub.gateway.url, 'mutation { refreshSocialMap { __typename } }', {}, gatewayHeaders(ADMIN));
  expect(refreshed.errors).toBeUndefined();
  const [row] = await hub.subgraphs.gemeente.db.query('SELECT count(*)::int AS n FROM social_map_item WHERE kind = $1 AND item_id = $2', [kind, id]);
  return row.n > 0;
}

/** How many SOCIAL_MAP_ITEM_CHANGED events gemeente's outbox has for a kaart item. */
async function kaartEventsOf(kind: string, id: string): Promise<number> {
  const [row] = await hub.subgraphs.gemeente.db.query("SELECT count(*)::int AS n FROM outbox WHERE type = 'SOCIAL_MAP_ITEM_CHANGED' AND subject_id = $1", [`${kind}:${id}`]);
  return row.n;
}

/** What each partner publishes, and one way each withdraws an item from the kaart. */
const CASES: { partner: Partner; kind: string; table: string; text: string; withdraw: string }[] = [
  { partner: 'bewoners', kind: 'ACTIVITY', table: 'activity', text: 'title', withdraw: "UPDATE activity SET status = 'CANCELLED' WHERE id = $1" },
  { partner: 'bewoners', kind: 'ACTIVITY', table: 'activity', text: 'title', withdraw: 'UPDATE activity SET published = false WHERE id = $1' },
  { partner: 'bewoners', kind: 'ACTIVITY', table: 'activity', text: 'title', withdraw: 'DELETE FROM activity WHERE id = $1' },
  { partner: 'zorg', kind: 'SERVICE', table: 'service', text: 'name', withdraw: 'UPDATE service SET published = false WHERE id = $1' },
  { partner: 'welzijn', kind: 'VOLUNTEER_VACANCY', table: 'volunteer_vacancy', text: 'title', withdraw: 'DELETE FROM volunteer_vacancy WHERE id = $1' },
  { partner: 'gemeente', kind: 'VENUE', table: 'venue', text: 'name', withdraw: 'DELETE FROM venue WHERE id = $1' },
];

test.each(CASES.map((c, i) => [`${c.partner}: ${c.withdraw.split(' WHERE')[0]}`, i]))('%s leaves a tombstone without content', async (_name, i) => {
  const { partner, kind, table, text, withdraw } = CASES[i as number];
  const db = hub.subgraphs[partner].db;
  const visible = (await wholeFeed(partner)).filter((c) => c.kind === kind && c.published);
  // an item on the kaart that this test has not withdrawn yet; changed once first, so it has history in the feed
  const id = visible.map((c) => c.id).find((candidate) => !withdrawn.has(candidate))!;
  withdrawn.add(id);
  const [{ [text]: title }] = await db.query(`SELECT ${text} FROM ${table} WHERE id = $1`, [id]);
  await db.query(`UPDATE ${table} SET ${text} = ${text} || ' (nieuw)' WHERE id = $1`, [id]);
  expect(await onKaart(kind, id)).toBe(true);
  const kaartEvents = await kaartEventsOf(kind, id);
  expect(kaartEvents).toBeGreaterThan(0);

  await db.query(withdraw, [id]);
  const feed = await wholeFeed(partner);
  expect(feed.filter((c) => c.kind === kind && c.id === id)).toEqual([{ seq: expect.any(Number), kind, id, published: false, summary: null }]);
  expect(JSON.stringify(feed)).not.toContain(`${title} (nieuw)`); // its latest content is gone from every row
  expect(await onKaart(kind, id)).toBe(false);
  // the partner's outbox has the item's public events (published by the demo data, changed, withdrawn), and
  // gemeente's has the kaart item changing again as it left the index (kit/events/outbox.ts)
  const events: { type: string }[] = await db.query('SELECT type FROM outbox WHERE subject_id = $1 AND public ORDER BY seq', [id]);
  expect(events.map((e) => e.type)).toEqual([`${kind}_PUBLISHED`, `${kind}_CHANGED`, `${kind}_WITHDRAWN`]);
  expect(await kaartEventsOf(kind, id)).toBeGreaterThan(kaartEvents);
});
const withdrawn = new Set<string>();

test('cancelActivity (the mutation) leaves a tombstone too', async () => {
  const [activity] = await hub.subgraphs.bewoners.db.query(
    "SELECT id, organisation_id FROM activity WHERE published AND status = 'SCHEDULED' ORDER BY id DESC LIMIT 1",
  );
  const coordinator: TestCaller = { org: activity.organisation_id, roles: ['cooperative-coordinator'] };
  const cancelled = await graphql(hub.gateway.url, `mutation { cancelActivity(id: "${activity.id}") { __typename } }`, {}, gatewayHeaders(coordinator));
  expect(cancelled.errors).toBeUndefined();
  const feed = await wholeFeed('bewoners');
  expect(feed.filter((c) => c.id === activity.id)).toEqual([{ seq: expect.any(Number), kind: 'ACTIVITY', id: activity.id, published: false, summary: null }]);
  expect(await onKaart('ACTIVITY', activity.id)).toBe(false);
});
