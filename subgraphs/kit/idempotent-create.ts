// Idempotent create: a mutation that takes a clientMutationId creates its record once per (organisation,
// key), where the organisation is the caller's. A retry with the same key and the same input gets the
// caller's own earlier record back; the same key with other input is a CONFLICT (the client reused a key by
// mistake). Another organisation's key is simply another key: it never returns, or names, their record.
//
// Safe under concurrent retries: the retries of one key wait for each other on a transaction-scoped
// advisory lock, so the second one reads what the first committed; and the insert is ON CONFLICT DO
// NOTHING on the scoped unique index (organisation, client_mutation_id), which the database enforces
// whatever happens. The table needs that index (it may be partial, WHERE client_mutation_id IS NOT NULL) and
// a client_mutation_hash column for the input's fingerprint.
import { createHash } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';

export const MAX_CLIENT_MUTATION_ID = 100;

export interface IdempotentCreate<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** The entity property holding whose key it is; createOnce sets it to `owner`. */
  scope: keyof T & string;
  /** Whose key it is: the caller's organisation (or another scope of one caller, e.g. a resident's own key). */
  owner: string;
  clientMutationId: string;
  /** The mutation's arguments: a retry must send the same ones. */
  input: unknown;
  /**
   * Checks the current state and builds the new row; runs only for a key not seen before. createOnce sets
   * the scope, the key and the fingerprint on it, and inserts it.
   */
  build: () => Promise<T> | T;
  /** Where the key is in the arguments (default input.clientMutationId). */
  field?: string;
}

/** A stable fingerprint of a mutation's arguments: keys sorted, nulls left out, dates as ISO text. */
export function inputFingerprint(input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .filter((key) => (value as Record<string, unknown>)[key] !== null && (value as Record<string, unknown>)[key] !== undefined)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(input))).digest('hex');
}

export function checkClientMutationId(key: string, field = 'input.clientMutationId'): string {
  if (!key.trim() || key.length > MAX_CLIENT_MUTATION_ID) throw badInput(`clientMutationId must be 1–${MAX_CLIENT_MUTATION_ID} characters`, field);
  return key;
}

/** Creates the record once per (owner, key); `created` is false for a retry, which gets the owner's earlier record. */
export async function createOnce<T extends ObjectLiteral>(manager: EntityManager, spec: IdempotentCreate<T>): Promise<{ record: T; created: boolean }> {
  const field = spec.field ?? 'input.clientMutationId';
  const key = checkClientMutationId(spec.clientMutationId, field);
  const metadata = manager.connection.getMetadata(spec.entity);
  const scopeColumn = metadata.findColumnWithPropertyName(spec.scope)?.databaseName;
  if (!scopeColumn) throw new Error(`${metadata.name} has no property ${spec.scope}`);
  const fingerprint = inputFingerprint(spec.input);

  const own = async (): Promise<T | null> => {
    const earlier = await manager.findOneBy(spec.entity, { [spec.scope]: spec.owner, clientMutationId: key } as never);
    // Rows recorded before inputs were fingerprinted (no hash) are taken as the same request.
    if (earlier && earlier.clientMutationHash && earlier.clientMutationHash !== fingerprint) {
      throw conflict(`clientMutationId "${key}" was used before for a different request; send a new key for a new request`, field);
    }
    return earlier;
  };

  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${metadata.tableName}|${spec.owner}|${key}`]);
  const earlier = await own();
  if (earlier) return { record: earlier, created: false };

  const row = await spec.build();
  Object.assign(row, { [spec.scope]: spec.owner, clientMutationId: key, clientMutationHash: fingerprint });
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(spec.entity)
    .values(row)
    .onConflict(`("${scopeColumn}", "client_mutation_id") WHERE client_mutation_id IS NOT NULL DO NOTHING`)
    .returning(metadata.primaryColumns.map((column) => `"${column.databaseName}"`).join(', '))
    .execute();
  if (inserted.raw.length === 0) {
    // Not expected behind the advisory lock, but the database has the last word: the row that won is read back.
    const raced = await own();
    if (!raced) throw new Error(`${metadata.tableName}: the key conflicted, but no row of the organisation holds it`);
    return { record: raced, created: false };
  }
  return { record: row, created: true };
}
