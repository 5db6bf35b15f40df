// AVG rights of a resident (inzage and vergetelheid): each subgraph lists once which of its tables hold
// records about a person; the export and the erasure both use that list. The processing log is exported
// with the records and is never erased (it is the evidence of what happened).
import type { Database } from '../database';
import type { Caller } from '../../../platform/caller';
import { forbidden } from './errors';
import type { PersonalDataAccess } from './personal-data';

export interface PersonRecords {
  entity: string;
  /** SQL selecting the rows about person $1. */
  select: string;
  /** SQL deleting them: a DELETE … RETURNING (one row per deleted record). */
  erase: string;
}

export function assertDataSubjectRequest(caller: Caller): void {
  if (caller.purpose !== 'DATA_SUBJECT_REQUEST') {
    throw forbidden('Exporting or erasing a resident\'s data needs the purpose DATA_SUBJECT_REQUEST');
  }
}

export async function exportPersonRecords(db: Database, personId: string, records: PersonRecords[]) {
  const exported: Record<string, unknown[]> = {};
  for (const record of records) exported[record.entity] = await db.query(record.select, [personId]);
  exported.processingLog = await db.query(
    'SELECT logged_at, organisation_id, subject, purpose, entity, entity_id, fields FROM processing_log WHERE person_id = $1 ORDER BY id',
    [personId],
  );
  return exported;
}

export async function erasePersonRecords(db: Database, personId: string, records: PersonRecords[]) {
  return db.transaction(async (manager) => {
    const erased: { entity: string; count: number }[] = [];
    for (const record of records) {
      // Counted in SQL: TypeORM returns DELETE … RETURNING as [rows, affected], not as rows.
      const [{ count }] = await manager.query(`WITH erased AS (${record.erase}) SELECT count(*)::int AS count FROM erased`, [personId]);
      erased.push({ entity: record.entity, count });
    }
    return { personId, erased };
  });
}

interface PersonFieldContext {
  db: Database;
  caller: Caller;
  personalData: PersonalDataAccess;
}

/** A subgraph's `Person.<name>Records`: its export for a data subject request, logged as a read. */
export async function personRecordsField(context: PersonFieldContext, personId: string, field: string, records: PersonRecords[]) {
  assertDataSubjectRequest(context.caller);
  context.personalData.log.record({ type: 'Person', id: personId, personId, holders: [], consentPurposes: [] }, field, context.caller);
  return exportPersonRecords(context.db, personId, records);
}

/** A subgraph's `erase<Name>Records` mutation. */
export function erasePersonRecordsMutation(context: PersonFieldContext, personId: string, records: PersonRecords[]) {
  assertDataSubjectRequest(context.caller);
  return erasePersonRecords(context.db, personId, records);
}
