// The bewoners subgraph on its own database: activities, neighbours' offers (@requires), and batching.
import { graphql } from '../support/graphql';
import { fetchEntities } from '../support/entities';
import { countStatements, startTestSubgraph, type TestSubgraph } from '../support/hub';

let bewoners: TestSubgraph;
let url: string;

beforeAll(async () => {
  bewoners = await startTestSubgraph('bewoners');
  url = bewoners.subgraph.url;
});
afterAll(() => bewoners?.close());

test('only published activities are listed, with their recurrence', async () => {
  const { data } = await graphql(url, '{ activities(first: 100) { edges { node { id recurrence } } } }');
  const [{ count }] = await bewoners.subgraph.db.query('SELECT count(*)::int AS count FROM activity WHERE published');
  expect(data.activities.edges).toHaveLength(count);
  expect(data.activities.edges.some((e: any) => e.node.recurrence === 'FREQ=WEEKLY;BYDAY=TU,FR')).toBe(true);
});

test('activities from a moment on leave out one-off activities that are over', async () => {
  const from = '2026-11-20T00:00:00Z';
  const { data } = await graphql(url, 'query ($from: DateTime) { activities(from: $from, first: 100) { edges { node { endsAt recurrence } } } }', { from });
  for (const { node } of data.activities.edges) {
    expect(node.recurrence !== null || new Date(node.endsAt) >= new Date(from)).toBe(true);
  }
  const literal = await graphql(url, '{ activities(from: "next tuesday") { edges { node { id } } } }');
  expect(literal.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(literal.errors?.[0].message).toContain('DateTime must be an ISO 8601 date and time');
  const variable = await graphql(url, 'query ($from: DateTime) { activities(from: $from) { edges { node { id } } } }', { from: '2026-02-30T10:00:00Z' });
  expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('neighbourOffers uses the required category and area of each hulpvraag, all in one statement', async () => {
  const representations = [
    { id: 'help-request-a', category: 'GARDEN', area: { code: 'BU03070302' } },
    { id: 'help-request-b', category: 'BUDDY', area: { code: 'BU03070201' } },
    { id: 'help-request-c', category: 'MOVING', area: { code: 'BU03070101' } },
  ];
  let response: any;
  const statements = await countStatements(bewoners.subgraph, async () => {
    response = await fetchEntities(url, 'HelpRequest', representations, 'id neighbourOffers { id categories area { code } available }');
  });
  expect(response.errors).toBeUndefined();
  expect(statements).toBe(1);
  const expected: { id: string }[][] = await Promise.all(
    representations.map((r) =>
      bewoners.subgraph.db.query('SELECT id FROM help_offer WHERE available AND area_code = $1 AND $2 = ANY(categories) ORDER BY id', [r.area.code, r.category]),
    ),
  );
  response.data._entities.forEach((entity: any, i: number) => {
    expect(entity.neighbourOffers.map((o: any) => o.id)).toEqual(expected[i].map((row) => row.id));
  });
  expect(expected.some((rows) => rows.length > 0)).toBe(true);
});

test('activities of many venues and organisations load in a constant number of statements', async () => {
  const venues = Array.from({ length: 8 }, (_, i) => ({ id: `venue-0${i + 1}` }));
  const selection = 'id activities(first: 2) { edges { node { title } } }';
  const few = await countStatements(bewoners.subgraph, () => fetchEntities(url, 'Venue', venues.slice(0, 2), selection));
  let response: any;
  const many = await countStatements(bewoners.subgraph, async () => {
    response = await fetchEntities(url, 'Venue', venues, selection);
  });
  expect(many).toBe(few);
  expect(response.data._entities.every((v: any) => v.activities.edges.length > 0)).toBe(true);
});
