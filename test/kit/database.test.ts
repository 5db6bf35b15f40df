// The serving pool's sessions: UTC (indicator days are UTC dates whatever the server's zone) and the
// statement timeout asked for; migrations run without that timeout.
import { createTestDatabases, type TestDatabases } from '../support/databases';
import { openDatabase, type Database } from '../../subgraphs/kit/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

class SlowMigration1700000000000 implements MigrationInterface {
  name = 'SlowMigration1700000000000';
  async up(db: QueryRunner): Promise<void> {
    await db.query('SELECT pg_sleep(0.5)');
  }
  async down(): Promise<void> {}
}

let databases: TestDatabases;
let db: Database;

beforeAll(async () => {
  databases = await createTestDatabases(['zorg']);
  db = await openDatabase({ url: databases.urls.zorg, entities: [], migrations: [SlowMigration1700000000000], statementTimeoutMs: 200 });
});
afterAll(async () => {
  await db?.destroy();
  await databases?.drop();
});

test('sessions are in UTC and carry the statement timeout; the slower migration still ran', async () => {
  expect(await db.query('SHOW TimeZone')).toEqual([{ TimeZone: 'UTC' }]);
  expect(await db.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '200ms' }]);
  expect(await db.query('SELECT name FROM migrations')).toEqual([{ name: 'SlowMigration1700000000000' }]);
  await expect(db.query('SELECT pg_sleep(0.5)')).rejects.toMatchObject({ driverError: { code: '57014' } });
});
