// A statement that runs longer than STATEMENT_TIMEOUT_MS is cancelled by PostgreSQL: the request gets a
// clear QUERY_TIMEOUT (no stack trace, no database message), its pool connection is free again at once,
// and the subgraph goes on serving. The slow statement is made by holding a lock the query has to wait for.
import { Client } from 'pg';
import { graphql } from '../support/graphql';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { subgraphConfig } from '../../platform/config';
import { captureLogs } from '../../platform/log';
import { LEAK } from './helpers';

const TIMEOUT_MS = 300;
const AREAS = '{ areas(first: 5) { edges { node { code name } } } }';
let gemeente: TestSubgraph;
let locker: Client;

beforeAll(async () => {
  const before = process.env.STATEMENT_TIMEOUT_MS;
  process.env.STATEMENT_TIMEOUT_MS = String(TIMEOUT_MS);
  try {
    gemeente = await startTestSubgraph('gemeente');
  } finally {
    if (before === undefined) delete process.env.STATEMENT_TIMEOUT_MS;
    else process.env.STATEMENT_TIMEOUT_MS = before;
  }
  locker = new Client({ connectionString: gemeente.databases.urls.gemeente });
  await locker.connect();
}, 60_000);

afterAll(async () => {
  await locker?.end();
  await gemeente?.close();
});

test('the default is half a second under the gateway\'s subgraph timeout; a bad value is refused', () => {
  const statementTimeoutMs = (env: Record<string, string>) => subgraphConfig('zorg', { SAMENSPEL_DEV: '1', ...env }).statementTimeoutMs;
  expect(statementTimeoutMs({})).toBe(4_500);
  expect(statementTimeoutMs({ SUBGRAPH_TIMEOUT_MS: '20000' })).toBe(19_500);
  expect(statementTimeoutMs({ STATEMENT_TIMEOUT_MS: '1200' })).toBe(1_200);
  expect(() => statementTimeoutMs({ STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/STATEMENT_TIMEOUT_MS: must be a whole number of milliseconds/);
});

test('a statement over the limit is cancelled with QUERY_TIMEOUT, and the pool serves again', async () => {
  await locker.query('BEGIN; LOCK TABLE area IN ACCESS EXCLUSIVE MODE');
  const logs = captureLogs((entry) => entry.code === 'QUERY_TIMEOUT');
  try {
    const started = Date.now();
    // more requests than the pool has connections: each is cancelled, none waits for the lock to go
    const responses = await Promise.all(Array.from({ length: 12 }, () => gemeente.query(AREAS)));
    expect(Date.now() - started).toBeLessThan(10 * TIMEOUT_MS + 2_000);
    for (const response of responses) {
      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions).toEqual({ code: 'QUERY_TIMEOUT' });
      expect(response.errors![0].message).toMatch(/took too long/);
      expect(JSON.stringify(response)).not.toMatch(LEAK);
    }
  } finally {
    await locker.query('ROLLBACK');
    logs.restore();
  }
  // one warning a second at most, not twelve
  expect(logs.entries.filter((e) => e.code === 'QUERY_TIMEOUT').length).toBeGreaterThanOrEqual(1);
  expect(logs.entries.filter((e) => e.code === 'QUERY_TIMEOUT').length).toBeLessThan(12);
  const after = await gemeente.query(AREAS);
  expect(after.errors).toBeUndefined();
  expect(after.data.areas.edges.length).toBeGreaterThan(0);
});

