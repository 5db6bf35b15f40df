// Fresh databases per test file on the run's PostgreSQL server, dropped again afterwards (with their roles).
// Each is set up as in production (kit/database-setup.ts): the subgraph migrates as its migration role and
// serves as its serving role, with generated passwords. `urls` are the superuser's, for the tests' own
// inspection and for setting up scenarios.
import { randomBytes } from 'node:crypto';
import { PARTNERS, type Partner } from '../../platform/config';
import { databaseUrl, ensurePartnerDatabase } from '../../hub/postgres-admin';
import { dropDatabase, type PartnerConnections } from '../../subgraphs/kit/database-setup';

export function adminUrl(): string {
  const url = process.env.SAMENSPEL_TEST_ADMIN_URL;
  if (!url) throw new Error('the test database server is not running (see test/support/global-setup.ts)');
  return url;
}

export interface TestDatabases {
  /** The superuser's URL of each database (for inspecting and arranging, not for the subgraphs). */
  urls: Record<Partner, string>;
  /** What each subgraph connects with: its serving role and its migration role. */
  connections: Record<Partner, PartnerConnections>;
  drop(): Promise<void>;
}

export async function createTestDatabases(partners: readonly Partner[] = PARTNERS): Promise<TestDatabases> {
  const suffix = randomBytes(4).toString('hex');
  const names = Object.fromEntries(partners.map((p) => [p, `test_${suffix}_${p}`])) as Record<Partner, string>;
  const urls = {} as Record<Partner, string>;
  const connections = {} as Record<Partner, PartnerConnections>;
  for (const partner of partners) {
    connections[partner] = await ensurePartnerDatabase(adminUrl(), partner, names[partner]);
    urls[partner] = databaseUrl(adminUrl(), names[partner]);
  }
  return {
    urls,
    connections,
    drop: async () => {
      for (const name of Object.values(names)) await dropDatabase(adminUrl(), name);
    },
  };
}
