// Fresh databases per test file on the run's PostgreSQL server, dropped again afterwards.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PARTNERS, type Partner } from '../../platform/config';
import { ensureDatabase } from '../../hub/postgres-admin';

export function adminUrl(): string {
  const url = process.env.SAMENSPEL_TEST_ADMIN_URL;
  if (!url) throw new Error('the test database server is not running (see test/support/global-setup.ts)');
  return url;
}

export interface TestDatabases {
  urls: Record<Partner, string>;
  drop(): Promise<void>;
}

export async function createTestDatabases(partners: readonly Partner[] = PARTNERS): Promise<TestDatabases> {
  const suffix = randomBytes(4).toString('hex');
  const names = Object.fromEntries(partners.map((p) => [p, `test_${suffix}_${p}`])) as Record<Partner, string>;
  const urls = {} as Record<Partner, string>;
  for (const partner of partners) urls[partner] = await ensureDatabase(adminUrl(), names[partner]);
  return {
    urls,
    drop: async () => {
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        for (const name of Object.values(names)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
