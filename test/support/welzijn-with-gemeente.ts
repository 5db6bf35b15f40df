// welzijn on its own database, with gemeente answering its consent questions (another organisation reading a
// hulpvraag asks them), over real HTTP: the set-up of the tests that drive one welzijn process (or several
// on one database, or one restarted) without the whole hub.
import { Pool } from 'pg';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { SUBGRAPHS } from '../../hub/hub';
import { CONSENT_CHECK_PATH } from '../../subgraphs/kit/access/consent-api';
import { createTestDatabases, type TestDatabases } from './databases';

export interface WelzijnWithGemeente {
  databases: TestDatabases;
  gemeente: RunningSubgraph;
  /** The test's own connection to welzijn's database (superuser), also while no welzijn process runs. */
  sql(query: string, params?: unknown[]): Promise<any[]>;
  /** Starts a welzijn process on the database (another one, or again after a stop). */
  startWelzijn(): Promise<RunningSubgraph>;
  /** Stops one of them. */
  stopWelzijn(subgraph: RunningSubgraph): Promise<void>;
  /** Stops every process started here, and drops the databases. */
  close(): Promise<void>;
}

export async function startWelzijnWithGemeente(): Promise<WelzijnWithGemeente> {
  const databases = await createTestDatabases(['welzijn', 'gemeente']);
  const gemeente = await startSubgraph(SUBGRAPHS.gemeente, {
    databaseUrl: databases.connections.gemeente.url,
    migrationUrl: databases.connections.gemeente.migrationUrl,
    port: 0,
    host: '127.0.0.1',
    peers: {},
  });
  const admin = new Pool({ connectionString: databases.urls.welzijn, max: 2 });
  const started: RunningSubgraph[] = [];
  return {
    databases,
    gemeente,
    sql: async (query, params = []) => (await admin.query(query, params)).rows,
    async startWelzijn() {
      const subgraph = await startSubgraph(SUBGRAPHS.welzijn, {
        databaseUrl: databases.connections.welzijn.url,
        migrationUrl: databases.connections.welzijn.migrationUrl,
        port: 0,
        host: '127.0.0.1',
        peers: {},
        consentUrl: gemeente.url.replace(/\/graphql$/, CONSENT_CHECK_PATH),
      });
      started.push(subgraph);
      return subgraph;
    },
    async stopWelzijn(subgraph) {
      await subgraph.close();
      started.splice(started.indexOf(subgraph), 1);
    },
    async close() {
      for (const subgraph of started) await subgraph.close();
      await admin.end();
      await gemeente.close();
      await databases.drop();
    },
  };
}
