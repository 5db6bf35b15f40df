// The bewoners subgraph on its own database: activities, neighbours' offers (@requires), and batching.
import { countStatements, startTestSubgraph, type TestSubgraph } from '../support/hub';

let bewoners: TestSubgraph;

beforeAll(async () => {
  bewoners = await startTestSubgraph('bewoners');
});
afterAll(() => bewoners?.close());

test('only published activities are listed, with their recurrence', async () => {
  const { data } = await bewoners.query('{ activities(first: 100) { edges { node { id recurrence } } } }');
  const [{ count }] = await bewoners.subgraph.db.query('SELECT count(*)::int AS count FROM activity WHERE published');
  expect(data.activities.edges).toHaveLength(count);
  expect(data.activities.edges.some((e: any) => e.node.recurrence === 'FREQ=WEEKLY;BYDAY=TU,FR')).toBe(true);
});

test('activities from a moment on leave out one-off activities that are over', async () => {
  const from = '2026-11-20T00:00:00Z';
  const { data } = await bewoners.query('query ($from: DateTime) { activities(from: $from, first: 100) { edges { node { endsAt recurrence } } } }', { from });
  for (const { node } of data.activities.edges) {
    expect(node.recurrence !== null || new Date(node.endsAt) >= new Date(from)).toBe(true);
  }
  const literal = await bewoners.query('{ activities(from: "next tuesday") { edges { node { id } } } }');
  expect(literal.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(literal.errors?.[0].message).toContain('DateTime must be an ISO 8601 date and time');
  const variable = await bewoners.query('query ($from: DateTime) { activities(from: $from) { edges { node { id } } } }', { from: '2026-02-30T10:00:00Z' });
  expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('neighbourOffers uses the required category and area of each hulpvraag, all in one statement', async () => {
  // the cooperative with the most available offers; its coordinator reads only its own offers
  const [{ org }] = await bewoners.subgraph.db.query(
    'SELECT organisation_id AS org FROM help_offer WHERE available GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
  );
  const coordinator = { org, roles: ['cooperative-coordinator' as const], purpose: 'SERVICE_DELIVERY' as const };
  const own: { categories: string[]; area_code: string }[] = await bewoners.subgraph.db.query(
    'SELECT categories, area_code FROM help_offer WHERE organisation_id = $1 AND available ORDER BY id',
    [org],
  );
  expect(own.length).toBeGreaterThan(0);
  const representations = own.map((offer, i) => ({ id: `help-request-${i}`, category: offer.categories[0], area: { code: offer.area_code } }));
  let response: any;
  const statements = await countStatements(bewoners.subgraph, async () => {
    response = await bewoners.entities('HelpRequest', representations, 'id neighbourOffers { id categories area { code } available }', coordinator);
  });
  expect(response.errors).toBeUndefined();
  expect(statements).toBe(2); // the offers, and the processing log
  const expected: { id: string }[][] = await Promise.all(
    representations.map((r) =>
      bewoners.subgraph.db.query(
        'SELECT id FROM help_offer WHERE available AND area_code = $1 AND $2 = ANY(categories) AND organisation_id = $3 ORDER BY id',
        [r.area.code, r.category, org],
      ),
    ),
  );
  response.data._entities.forEach((entity: any, i: number) => {
    expect(entity.neighbourOffers.map((o: any) => o.id)).toEqual(expected[i].map((row) => row.id));
    expect(entity.neighbourOffers.length).toBeGreaterThan(0);
  });
});

test('activities of many venues and organisations load in a constant number of statements', async () => {
  const venues = Array.from({ length: 8 }, (_, i) => ({ id: `venue-0${i + 1}` }));
  const selection = 'id activities(first: 2) { edges { node { title } } }';
  const few = await countStatements(bewoners.subgraph, () => bewoners.entities('Venue', venues.slice(0, 2), selection));
  let response: any;
  const many = await countStatements(bewoners.subgraph, async () => {
    response = await bewoners.entities('Venue', venues, selection);
  });
  expect(many).toBe(few);
  expect(response.data._entities.every((v: any) => v.activities.edges.length > 0)).toBe(true);
});
