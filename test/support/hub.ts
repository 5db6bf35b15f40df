// Starts subgraphs (alone or the whole hub) on fresh databases and free ports, over real HTTP.
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { PARTNERS, type Partner } from '../../platform/config';
import { SUBGRAPHS, startHub, type Hub } from '../../hub/hub';
import { DEMO_DATA } from '../../hub/demo';
import { createTestDatabases, type TestDatabases } from './databases';
import { identityHeaders, type TestCaller } from './callers';
import { graphql, type GraphQLResponse } from './graphql';
import { fetchEntities } from './entities';

export interface TestSubgraph {
  subgraph: RunningSubgraph;
  databases: TestDatabases;
  /** A GraphQL request straight to the subgraph, as the gateway would send it for `caller`. */
  query(query: string, variables?: Record<string, unknown>, caller?: TestCaller): Promise<GraphQLResponse>;
  /** `_entities` straight to the subgraph. */
  entities(typename: string, representations: Record<string, unknown>[], selection: string, caller?: TestCaller): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

export async function startTestSubgraph(partner: Partner, options: { seed?: boolean; env?: Record<string, string | undefined> } = {}): Promise<TestSubgraph> {
  const databases = await createTestDatabases([partner]);
  const subgraph = await startSubgraph(SUBGRAPHS[partner], {
    databaseUrl: databases.connections[partner].url,
    migrationUrl: databases.connections[partner].migrationUrl,
    port: 0,
    host: '127.0.0.1',
    seed: (options.seed ?? true) ? DEMO_DATA[partner] : undefined,
    env: options.env,
    peers: {}, // alone: no other partners (gemeente's indexer has no feeds to pull)
  });
  return {
    subgraph,
    databases,
    query: (query, variables, caller) => graphql(subgraph.url, query, variables, identityHeaders(partner, caller)),
    entities: (typename, representations, selection, caller) =>
      fetchEntities(subgraph.url, typename, representations, selection, identityHeaders(partner, caller)),
    close: async () => {
      await subgraph.close();
      await databases.drop();
    },
  };
}

export interface TestHub extends Hub {
  databases: TestDatabases;
}

/** `seed`: which partners start with the demo town (default all), e.g. { zorg: false } for a zorg that starts empty. */
export async function startTestHub(options: { seed?: Partial<Record<Partner, boolean>> } = {}): Promise<TestHub> {
  // The sociale kaart indexer pulls in the background and would add statements to gemeente's counts;
  // tests that need it set a short interval themselves or call refreshSocialMap.
  process.env.SOCIAL_MAP_PULL_INTERVAL_MS ||= '600000';
  const databases = await createTestDatabases();
  const hub = await startHub({
    databaseUrls: Object.fromEntries(Object.entries(databases.connections).map(([p, c]) => [p, c.url])) as Record<Partner, string>,
    migrationUrls: Object.fromEntries(Object.entries(databases.connections).map(([p, c]) => [p, c.migrationUrl])),
    host: '127.0.0.1',
    ports: { gateway: 0, gemeente: 0, welzijn: 0, zorg: 0, bewoners: 0 },
    seed: options.seed ? Object.fromEntries(PARTNERS.map((p) => [p, options.seed![p] ?? true])) : true,
  });
  return {
    ...hub,
    databases,
    close: async () => {
      await hub.close();
      await databases.drop();
    },
  };
}

/** Statements a subgraph's database ran while `action` ran. */
export async function countStatements(subgraph: RunningSubgraph, action: () => Promise<unknown>): Promise<number> {
  const before = subgraph.db.stats.statements;
  await action();
  return subgraph.db.stats.statements - before;
}
