// The kit's idempotent create on a real PostgreSQL table of its own: one record per (owner, key), the
// owner's own record on a retry, a CONFLICT for the key with other input, retries that race, and the
// database's unique index as the last word when a writer outside the helper holds the key.
import { Client } from 'pg';
import { Column, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestDatabases, type TestDatabases } from '../support/databases';
import { openDatabase, type Database } from '../../subgraphs/kit/database';
import { createOnce, inputFingerprint } from '../../subgraphs/kit/idempotent-create';

@Entity('note')
class Note {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}

class Notes1700000000000 implements MigrationInterface {
  name = 'Notes1700000000000';
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE note (id text PRIMARY KEY, text text NOT NULL, organisation_id text NOT NULL, client_mutation_id text, client_mutation_hash text);
      CREATE UNIQUE INDEX note_client_mutation ON note (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL`);
  }
  async down(): Promise<void> {}
}

let databases: TestDatabases;
let db: Database;
beforeAll(async () => {
  databases = await createTestDatabases(['zorg']);
  db = await openDatabase({ url: databases.urls.zorg, entities: [Note], migrations: [Notes1700000000000] });
});
afterAll(async () => {
  await db?.destroy();
  await databases?.drop();
});

let built = 0;
const create = (owner: string, key: string, text: string, delayMs = 0) =>
  db.transaction((manager) =>
    createOnce(manager, {
      entity: Note,
      scope: 'organisationId',
      owner,
      clientMutationId: key,
      input: { clientMutationId: key, text },
      build: async () => {
        built += 1;
        if (delayMs) await manager.query('SELECT pg_sleep($1)', [delayMs / 1000]);
        return manager.create(Note, { id: `note-${owner}-${built}`, text });
      },
    }),
  );
const rows = (key: string) => db.query('SELECT id, organisation_id, text FROM note WHERE client_mutation_id = $1 ORDER BY id', [key]);

test('one record per (owner, key); a retry gets the owner’s own record; another owner’s key is another key', async () => {
  const first = await create('org-a', 'k1', 'eerste');
  expect(first.created).toBe(true);
  const retry = await create('org-a', 'k1', 'eerste');
  expect(retry).toEqual({ record: expect.objectContaining({ id: first.record.id, text: 'eerste' }), created: false });
  const other = await create('org-b', 'k1', 'van een ander');
  expect(other.created).toBe(true);
  expect(other.record.id).not.toBe(first.record.id);
  expect(await rows('k1')).toHaveLength(2);
});

test('the key with other input is a CONFLICT on the key, naming no record; nothing is written', async () => {
  const first = await create('org-a', 'k2', 'eerste');
  const refused = create('org-a', 'k2', 'iets anders');
  await expect(refused).rejects.toMatchObject({ extensions: { code: 'CONFLICT', field: 'input.clientMutationId' } });
  await expect(refused).rejects.not.toMatchObject({ message: expect.stringContaining(first.record.id) });
  expect(await rows('k2')).toEqual([{ id: first.record.id, organisation_id: 'org-a', text: 'eerste' }]);
});

test('a key must be 1–100 characters', async () => {
  for (const key of ['', '  ', 'x'.repeat(101)]) {
    await expect(create('org-a', key, 'x')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.clientMutationId' } });
  }
});

test('retries racing each other: the state is checked and the row built once, every retry gets it', async () => {
  const before = built;
  const results = await Promise.all(Array.from({ length: 6 }, () => create('org-c', 'k3', 'tegelijk', 100)));
  expect(built - before).toBe(1);
  expect(new Set(results.map((r) => r.record.id)).size).toBe(1);
  expect(results.filter((r) => r.created)).toHaveLength(1);
  expect(await rows('k3')).toHaveLength(1);
});

test('a writer outside the helper holding the key: the unique index decides, and the helper reads back the row that won', async () => {
  const other = new Client({ connectionString: databases.urls.zorg });
  await other.connect();
  try {
    for (const outcome of ['COMMIT', 'ROLLBACK'] as const) {
      const key = `k4-${outcome}`;
      await other.query('BEGIN');
      await other.query("INSERT INTO note VALUES ($1, 'van buiten', 'org-d', $2, $3)", [`outside-${outcome}`, key, inputFingerprint({ clientMutationId: key, text: 'binnen' })]);
      const inside = create('org-d', key, 'binnen');
      await new Promise((resolve) => setTimeout(resolve, 200)); // the helper's insert now waits on the other's row
      await other.query(outcome);
      const result = await inside;
      if (outcome === 'COMMIT') expect(result).toEqual({ record: expect.objectContaining({ id: 'outside-COMMIT' }), created: false });
      else expect(result).toMatchObject({ record: { text: 'binnen' }, created: true });
      expect(await rows(key)).toHaveLength(1);
    }
  } finally {
    await other.end();
  }
});

test('the fingerprint does not depend on key order, absent versus null fields, or how a date was written', () => {
  expect(inputFingerprint({ a: 1, b: [2, 3], c: null })).toBe(inputFingerprint({ b: [2, 3], a: 1 }));
  expect(inputFingerprint({ at: new Date('2026-06-01T10:00:00+02:00') })).toBe(inputFingerprint({ at: new Date('2026-06-01T08:00:00Z') }));
  expect(inputFingerprint({ a: 1, b: [2, 3] })).not.toBe(inputFingerprint({ a: 1, b: [3, 2] }));
  expect(inputFingerprint({ a: { x: 1 } })).not.toBe(inputFingerprint({ a: { x: 2 } }));
});
