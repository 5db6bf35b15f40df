// The kit's "lock your own row or refuse" on a real PostgreSQL table: a writer gets the row locked, a reader
// FORBIDDEN, anyone else NOT_FOUND, and the refusal is decided before any lock. Whether a non-writer may read
// the row can be a question to another subgraph (consent, over HTTP): asked while the row was locked, the
// transaction held an id all that time, and every event feed on the server serves only rows older than every
// running transaction id (kit/events/feed.ts), so one slow consent answer held up every webhook.
import { Column, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestDatabases, type TestDatabases } from '../support/databases';
import { openDatabase, type Database } from '../../subgraphs/kit/database';
import { lockOwnRow, type WriteRule } from '../../subgraphs/kit/access/own-row';
import type { Caller } from '../../platform/caller';

@Entity('dossier')
class Dossier {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;
}

class Dossiers1700000000000 implements MigrationInterface {
  name = 'Dossiers1700000000000';
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE dossier (id text PRIMARY KEY, organisation_id text NOT NULL); INSERT INTO dossier VALUES ('d-1', 'org-a')`);
  }
  async down(): Promise<void> {}
}

let databases: TestDatabases;
let db: Database;
beforeAll(async () => {
  databases = await createTestDatabases(['welzijn']);
  db = await openDatabase({ url: databases.urls.welzijn, entities: [Dossier], migrations: [Dossiers1700000000000] });
});
afterAll(async () => {
  await db?.destroy();
  await databases?.drop();
});

const callerOf = (organisationId: string): Caller => ({ subject: `user@${organisationId}`, organisationId, roles: ['matcher'], purpose: 'MATCHING' }) as Caller;

/** Locks d-1 for `organisationId`; `mayRead` reports whether the transaction had an id when it was asked. */
async function attempt(organisationId: string, readable: boolean) {
  const idsWhileAsked: (string | null)[] = [];
  const outcome = await db
    .transaction(async (manager) => {
      const rule: WriteRule<Dossier> = {
        type: 'Dossier',
        writersOf: (row) => [row.organisationId],
        mayRead: async () => {
          // what a slow consent question would hold while it waits
          idsWhileAsked.push((await manager.query('SELECT pg_current_xact_id_if_assigned()::text AS xid'))[0].xid);
          return readable;
        },
        refusal: 'only the holder changes it',
      };
      const row = await lockOwnRow(manager, Dossier, 'd-1', rule, callerOf(organisationId), 'id');
      const [{ xid }] = await manager.query('SELECT pg_current_xact_id_if_assigned()::text AS xid');
      return { row: row.id, locked: xid !== null };
    })
    .catch((error: { extensions?: { code?: string } }) => ({ error: error.extensions?.code }));
  return { outcome, idsWhileAsked };
}

test('the holder gets its row, locked for the rest of the transaction', async () => {
  expect(await attempt('org-a', false)).toEqual({ outcome: { row: 'd-1', locked: true }, idsWhileAsked: [] });
});

test('a reader (with consent) is FORBIDDEN, asked with no lock taken: the transaction has no id while it waits', async () => {
  expect(await attempt('org-b', true)).toEqual({ outcome: { error: 'FORBIDDEN' }, idsWhileAsked: [null] });
});

test('anyone else gets NOT_FOUND, as for an id that does not exist, also asked with no lock taken', async () => {
  expect(await attempt('org-c', false)).toEqual({ outcome: { error: 'NOT_FOUND' }, idsWhileAsked: [null] });
});
