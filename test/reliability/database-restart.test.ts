// PostgreSQL restarts under a running subgraph: requests during the gap fail cleanly (DATABASE_UNAVAILABLE,
// no stack trace, no database message, nothing half written), the process stays up (the pool's idle
// connections fail without crashing it), readiness says the database is failing, and once PostgreSQL is
// back the subgraph serves again by itself. On a PostgreSQL server of this file's own, so it may stop it.
import { identityHeaders } from '../support/callers';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { ensureDatabase } from '../../hub/postgres-admin';
import { gemeente } from '../../subgraphs/gemeente';
import { DEMO_DATA } from '../../hub/demo';
import type { SubgraphDefinition } from '../../subgraphs/kit/subgraph';
import { captureLogs, type CapturedLogs } from '../../platform/log';
import { eventually, LEAK, sql, startOwnPostgres, type OwnPostgres } from './helpers';

let postgres: OwnPostgres;
let subgraph: RunningSubgraph;
let databaseUrl: string;
/** What the subgraph says while PostgreSQL is away: expected here, kept off the terminal. */
let logs: CapturedLogs;

beforeAll(async () => {
  // the job runner's lost connections included (graphile-worker reconnects by itself)
  logs = captureLogs((entry) => entry.level === 'warn' && /^(database (unavailable|reliability_gemeente: an idle connection failed)|jobs: )/.test(entry.msg));
  postgres = await startOwnPostgres();
  databaseUrl = await ensureDatabase(postgres.adminUrl, 'reliability_gemeente');
  subgraph = await startSubgraph(gemeente as unknown as SubgraphDefinition<unknown>, { databaseUrl, port: 0, host: '127.0.0.1', seed: DEMO_DATA.gemeente, peers: {} });
}, 60_000);

afterAll(async () => {
  await subgraph?.close();
  await postgres?.destroy();
  logs.restore();
});

const MATCHER = { org: 'org-wz-01', roles: ['matcher' as const], purpose: 'MATCHING' as const };
const AREAS = '{ areas(first: 50) { edges { node { code name population } } } }';
const GRANT = 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id purpose } userErrors { message } } }';
const grant = (clientMutationId: string) => ({
  personId: 'person-042',
  holderOrganisationId: 'org-wz-01',
  recipientOrganisationId: 'org-wz-02',
  purpose: 'MATCHING',
  method: 'WRITTEN',
  reference: 'formulier',
  validUntil: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
  clientMutationId,
});

const ask = (query: string, variables?: Record<string, unknown>) => graphql(subgraph.url, query, variables, identityHeaders('gemeente', MATCHER));
const health = async (path: string) => {
  const response = await fetch(subgraph.url.replace(/\/graphql$/, path));
  return { status: response.status, body: await response.json() };
};

function expectUnavailable(response: GraphQLResponse): void {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
  expect(response.errors![0].message).toMatch(/database is unavailable/);
  expect(JSON.stringify(response)).not.toMatch(LEAK);
}

test('PostgreSQL stops and starts again: clean errors in the gap, serving again afterwards, nothing half written', async () => {
  // warm up: several connections in the pool, idle when PostgreSQL goes away
  const warm = await Promise.all(Array.from({ length: 6 }, () => ask(AREAS)));
  for (const response of warm) expect(response.data.areas.edges.length).toBeGreaterThan(0);
  const before = await ask(AREAS);

  // a steady load of reads throughout
  const outcomes: string[] = [];
  let loading = true;
  const load = (async () => {
    while (loading) {
      const response = await ask(AREAS).catch(() => null);
      outcomes.push(response === null ? 'NO_ANSWER' : response.errors ? String(response.errors[0].extensions?.code) : 'OK');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();

  try {
    await restartUnderLoad(before);
  } finally {
    loading = false;
    await load;
  }
  // the load saw answers and clean refusals only, no hangs or other errors
  expect(outcomes.length).toBeGreaterThan(0);
  expect(new Set(outcomes)).toEqual(new Set(outcomes.filter((o) => o === 'OK' || o === 'DATABASE_UNAVAILABLE')));
  expect(outcomes).toContain('DATABASE_UNAVAILABLE');
  // the operator was told: at most a line a second, each with its code and trace id
  expect(logs.entries).toContainEqual(expect.objectContaining({ level: 'warn', service: 'gemeente', code: 'DATABASE_UNAVAILABLE', traceId: expect.stringMatching(/^[0-9a-f]{32}$/) }));
  expect(logs.entries.filter((e) => e.code === 'DATABASE_UNAVAILABLE').length).toBeLessThan(outcomes.filter((o) => o === 'DATABASE_UNAVAILABLE').length);
}, 60_000);

async function restartUnderLoad(before: GraphQLResponse): Promise<void> {
  await postgres.stop();
  const read = await ask(AREAS);
  expectUnavailable(read);
  expect(read.data).toBeNull();
  expectUnavailable(await ask(GRANT, { input: grant('during-the-gap') }));
  expect(await health('/health/ready')).toEqual({
    status: 503,
    body: { status: 'failing', subgraph: 'gemeente', dependencies: { database: 'failing' }, failing: ['database'] },
  });
  expect(await health('/health')).toEqual({ status: 503, body: { status: 'failing', subgraph: 'gemeente', failing: ['database'] } });
  expect((await health('/health/live')).status).toBe(200);

  await postgres.start();
  const took = await eventually(async () => (await ask(AREAS)).errors === undefined, 5_000, 50);
  expect(took).toBeLessThan(5_000);

  expect(await ask(AREAS)).toEqual(before);
  expect((await health('/health/ready')).status).toBe(200);

  // the refused write is not there; writing works again (and the same clientMutationId is free)
  expect(await sql(databaseUrl, "SELECT id FROM consent WHERE client_mutation_id = 'during-the-gap'")).toEqual([]);
  const granted = await ask(GRANT, { input: grant('during-the-gap') });
  expect(granted.errors).toBeUndefined();
  expect(await sql(databaseUrl, "SELECT id FROM consent WHERE client_mutation_id = 'during-the-gap'")).toEqual([{ id: granted.data.grantConsent.consent.id }]);
}
