// The SQL the subgraphs really issue uses indexes: on a data set large enough that PostgreSQL prefers them
// (60,000 hulpvragen with 3 years of matches, 5,000 volunteers and 5,000 neighbours' offers, 8,000
// activities and 8,000 services, 15,000 residents with 30,000 consents; ANALYZE; test/bench/seed.ts), every SELECT that the main GraphQL requests
// cause is captured with its parameters (from each subgraph's TypeORM logger) and EXPLAINed; a sequential
// scan of a big table fails the request's test, naming the statement.
import { Client } from 'pg';
import { PARTNERS, type Partner } from '../../platform/config';
import { CONSENT_SQL } from '../../subgraphs/gemeente/consent/register';
import type { Database } from '../../subgraphs/kit/database';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { graphql } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { readConfig } from '../bench/config';
import { seedBench } from '../bench/seed';

const MATCHER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
const COORDINATING_MATCHER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'COORDINATION' };
/** A table with more rows than this is big: reading all of it for one request does not scale. */
const BIG_TABLE_ROWS = 5_000;

interface Statement {
  partner: Partner;
  sql: string;
  parameters: unknown[];
}

let hub: TestHub;
let captured: Statement[] | null = null;
const bigTables = new Map<Partner, Set<string>>();

beforeAll(async () => {
  hub = await startTestHub(); // its sociale kaart indexer stays quiet; seedBench fills the index set-based
  // The kaart just big enough (above BIG_TABLE_ROWS in each partner): its items and their change feeds were most
  // of the set-up's work at 40,000, and social-map-explain.test.ts checks the kaart search on 40,000 items.
  const config = readConfig({ BENCH_HELP_REQUESTS: '60000', BENCH_HELPERS: '10000', BENCH_KAART_ITEMS: '16000', BENCH_PERSONS: '15000' });
  await seedBench(hub.databases.urls, config, () => {});
  // Consents as a register fills up: every resident with a welfare organisation for COORDINATION, and some
  // for MATCHING (on a connection of its own: the subgraph's pool cancels statements that run long).
  const bulk = new Client({ connectionString: hub.databases.urls.gemeente });
  await bulk.connect();
  try {
    await bulk.query(`
      INSERT INTO consent (id, person_id, holder_organisation_id, recipient_organisation_id, purpose, method, reference, granted_at, valid_until, recorded_by, recorded_by_organisation_id, recorded_as)
      SELECT 'bulk-consent-' || p.id || '-' || c.purpose, p.id, c.holder, c.recipient, c.purpose, 'WRITTEN', 'test', now() - interval '30 days', now() + interval '1 year', 'test', c.holder, 'HOLDER'
      FROM person p CROSS JOIN (VALUES ('org-bw-01', 'org-wz-01', 'COORDINATION'), ('org-bw-02', 'org-wz-02', 'MATCHING')) AS c(holder, recipient, purpose)
      WHERE p.id LIKE 'bench-person-%';
      ANALYZE consent`);
  } finally {
    await bulk.end();
  }
  for (const partner of PARTNERS) {
    const db = hub.subgraphs[partner].db;
    // Every statement with its parameters, while a request is being captured.
    const logger = db.logger as { logQuery: (query: string, parameters?: unknown[], ...rest: unknown[]) => unknown };
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, ...rest) => {
      captured?.push({ partner, sql: query, parameters: parameters ?? [] });
      return original(query, parameters, ...rest);
    };
    const rows: { relname: string }[] = await db.query(
      "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public' AND c.reltuples > $1",
      [BIG_TABLE_ROWS],
    );
    bigTables.set(partner, new Set(rows.map((row) => row.relname)));
  }
}, 120_000);
afterAll(() => hub?.close());

/** Plan nodes that read a whole big table. */
function seqScansOfBigTables(plan: any, big: Set<string>): string[] {
  const found: string[] = [];
  const walk = (node: any) => {
    if (node['Node Type'] === 'Seq Scan' && big.has(node['Relation Name'])) found.push(`${node['Relation Name']} (${Math.round(node['Plan Rows'])} rows estimated)`);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan);
  return found;
}

async function explain(db: Database, sql: string, parameters: unknown[]): Promise<any> {
  const [{ 'QUERY PLAN': plan }] = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
  return plan[0].Plan;
}

/** Runs a request through the gateway and returns the SELECTs it caused, per subgraph. */
async function statementsOf(query: string, caller?: TestCaller, variables?: Record<string, unknown>): Promise<Statement[]> {
  captured = [];
  try {
    const response = await graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));
    expect(response.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return captured.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql) && !/^\s*SELECT 1\s*$/i.test(s.sql));
  } finally {
    captured = null;
  }
}

const REQUESTS: [string, TestCaller | undefined, string][] = [
  [
    'the match view with candidates from both pools',
    MATCHER,
    `{ matchView(area: "WK030703", first: 20) { edges { node { ageInDays helpRequest { id category area { name } candidates(first: 3) { pool score } } } } } }`,
  ],
  ['own hulpvragen in a wijk, by state and category', MATCHER, `{ helpRequests(area: "WK030702", states: [OPEN, MATCHED], categories: [SHOPPING, GARDEN], first: 20) { edges { node { id status } } } }`],
  [
    'a wijk with its hulpvragen, venues, services and activities',
    MATCHER,
    `{ area(code: "WK030703") { name venues(first: 10) { edges { node { id } } } helpRequests(states: [OPEN], first: 10) { edges { node { id } } }
       services(first: 10) { edges { node { id name } } } activities(first: 10) { edges { node { id title } } } } }`,
  ],
  [
    'hulpvragen with matches, volunteers, transitions, referrals and neighbours\' offers',
    MATCHER,
    `{ helpRequests(area: "BU03070301", states: [IN_PROGRESS], first: 20) { edges { node { id matches { id status volunteer { id activeMatches } }
       transitions { to } referrals { id } neighbourOffers(first: 3) { id } } } } }`,
  ],
  ['an organisation\'s own hulpvragen (status filter)', MATCHER, `{ organisation(id: "org-wz-01") { name helpRequests(states: [OPEN], first: 20) { edges { node { id } } } } }`],
  ['who is involved with a resident (consent check)', COORDINATING_MATCHER, `{ helpRequests(states: [OPEN], first: 5) { edges { node { requester { id involvedOrganisations { id } } } } } }`],
  ['services in a buurt by theme and target group', undefined, `{ services(area: "BU03070302", themes: [MONEY], targetGroups: [POVERTY_DEBT], first: 20) { edges { node { id name } } } }`],
  ['activities in a wijk from a date', undefined, `{ activities(area: "WK030701", from: "2026-01-01T00:00:00Z", first: 20) { edges { node { id title } } } }`],
  ['organisations working in an area, by kind', undefined, `{ organisations(kind: COOPERATIVE, area: "BU03070301", first: 20) { edges { node { id name venues { id } } } } }`],
  ['venues in an area', undefined, `{ venues(area: "WK030704", first: 20) { edges { node { id name activities(first: 5) { edges { node { id } } } } } } }`],
  [
    'a sociale kaart text search with details from the owners',
    undefined,
    `{ socialMap(filter: { text: "koffie" }, first: 20) { edges { node { id title item { __typename ... on Activity { title } ... on Service { name } } } } } }`,
  ],
  ['a batch proposal for a wijk', MATCHER, `{ batchProposal(area: "WK030703") { totalScore assignments { score volunteer { id } } } }`],
];

test.each(REQUESTS)('%s: no sequential scan of a big table', async (_name, caller, query) => {
  const statements = await statementsOf(query, caller);
  expect(statements.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const s of statements) {
    const plan = await explain(hub.subgraphs[s.partner].db, s.sql, s.parameters);
    const scans = seqScansOfBigTables(plan, bigTables.get(s.partner)!);
    if (scans.length) problems.push(`${s.partner}: Seq Scan on ${scans.join(', ')} in: ${s.sql.replace(/\s+/g, ' ').trim().slice(0, 400)}`);
  }
  expect(problems).toEqual([]);
});

test('a batch of 500 consent questions stays on the consent index', async () => {
  const persons: { id: string }[] = await hub.subgraphs.gemeente.db.query("SELECT id FROM person WHERE id LIKE 'bench-person-%' ORDER BY id LIMIT 500");
  expect(persons).toHaveLength(500);
  const plan = await explain(hub.subgraphs.gemeente.db, CONSENT_SQL, [
    persons.map((p) => p.id),
    persons.map(() => 'org-bw-01,org-bw-02'),
    persons.map(() => 'org-wz-01'),
    persons.map(() => 'COORDINATION'),
  ]);
  expect(seqScansOfBigTables(plan, bigTables.get('gemeente')!)).toEqual([]);
});

test('the bench seed fills the title words of the kaart search (its items load without their triggers)', async () => {
  const [{ words, expected }] = await hub.subgraphs.gemeente.db.query(
    `SELECT (SELECT count(*)::int FROM social_map_title_word) AS words,
            (SELECT count(*)::int FROM social_map_item i, social_map_title_words(i.title_norm)) AS expected`,
  );
  expect(words).toBeGreaterThan(3 * 16_000); // a few words per bulk item
  expect(words).toBe(expected);
});

test('the data set is big enough and the check recognises a full scan (so it can fail)', async () => {
  for (const [partner, table] of [['welzijn', 'help_request'], ['welzijn', 'volunteer'], ['welzijn', 'match'], ['bewoners', 'activity'], ['bewoners', 'help_offer'], ['zorg', 'service'], ['gemeente', 'social_map_item'], ['gemeente', 'consent']] as const) {
    expect(bigTables.get(partner)).toContain(table);
  }
  const plan = await explain(hub.subgraphs.welzijn.db, "SELECT * FROM help_request WHERE description LIKE '%12%'", []);
  expect(seqScansOfBigTables(plan, bigTables.get('welzijn')!)).toEqual([expect.stringContaining('help_request')]);
});
