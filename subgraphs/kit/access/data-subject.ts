// AVG rights of a resident (inzage and vergetelheid): each subgraph lists once which of its tables hold
// records about a person, every column, and which organisation holds each row; the export and the erasure
// both use that list. An AVG request covers the records of the caller's own organisation (roles hub-admin
// or data-protection-officer), or every organisation's when the gemeente's data-protection officer makes it
// (hub-wide). Every exported and every erased record is a line in the processing log (actions "export" and
// "erasure", with its columns); an erasure's lines are written in its own transaction, so no record goes
// without its line. The processing log itself is exported with the records and is never erased: it is the
// evidence of what happened.
import type { Database } from '../database';
import type { Caller } from '../../../platform/caller';
import type { SubgraphConfig } from '../../../platform/config';
import { badInput } from '../../../platform/errors';
import { forbidden } from './errors';
import type { PersonalDataAccess, PersonalRecord } from './personal-data';
import type { ProcessingAction, ProcessingLog } from './processing-log';

export interface PersonRecords {
  /** The kind of record: its table. */
  entity: string;
  /** SELECT of every column (including `id` or the keyColumns) of the rows about person $1 that organisation $2 holds; all rows when $2 is null. */
  select: string;
  /** Further parameters of `select`, from $3 on. */
  selectParams?: (config: SubgraphConfig) => unknown[];
  /**
   * DELETE … RETURNING * of the rows about person $1 that organisation $2 keeps as its own; all when $2 is
   * null. Absent for rows that are exported but stay with a record whose link to the resident is erased.
   */
  erase?: string;
  /** The columns that make up a row's key in the log (joined with ":"), for a table without an `id` column. */
  keyColumns?: string[];
}

/**
 * Whose records an AVG request by `caller` covers: its own organisation's, or null (every organisation's)
 * for the gemeente's data-protection officer.
 */
export function dataSubjectScope(caller: Caller, config: SubgraphConfig): string | null {
  if (caller.purpose !== 'DATA_SUBJECT_REQUEST') {
    throw forbidden('Exporting or erasing a resident\'s data needs the purpose DATA_SUBJECT_REQUEST');
  }
  const officer = caller.roles.includes('data-protection-officer');
  if (!caller.organisationId || !(officer || caller.roles.includes('hub-admin'))) {
    throw forbidden('AVG exports and erasures are for the roles hub-admin and data-protection-officer');
  }
  return officer && caller.organisationId === config.municipalityOrganisationId ? null : caller.organisationId;
}

function logRows(log: ProcessingLog, caller: Caller, action: ProcessingAction, records: PersonRecords, personId: string, rows: Record<string, unknown>[]) {
  const keyColumns = records.keyColumns ?? ['id'];
  for (const row of rows) {
    const id = keyColumns.map((column) => String(row[column])).join(':');
    const record: PersonalRecord = { type: records.entity, id, personId, holders: [], consentPurposes: [] };
    for (const column of Object.keys(row)) log.record(record, column, caller, action);
  }
}

interface PersonFieldContext {
  db: Database;
  config: SubgraphConfig;
  caller: Caller;
  personalData: PersonalDataAccess;
}

/** A subgraph's `Person.<name>Records`: every record it holds about the resident in the request's scope, and their log lines. */
export async function personRecordsField(context: PersonFieldContext, personId: string, records: PersonRecords[]) {
  const { db, caller, personalData, config } = context;
  const scope = dataSubjectScope(caller, config);
  const exported: Record<string, unknown[]> = {};
  for (const record of records) {
    const rows: Record<string, unknown>[] = await db.query(record.select, [personId, scope, ...(record.selectParams?.(config) ?? [])]);
    logRows(personalData.log, caller, 'export', record, personId, rows);
    exported[record.entity] = rows;
  }
  exported.processingLog = await db.query(
    `SELECT logged_at, trace_id, span_id, parent_span_id, processing_activity_id, action, operation_name, foreign_operation,
       organisation_id, subject, roles, purpose, entity, entity_id, fields, recipient, delivery
     FROM processing_log WHERE person_id = $1 AND ($2::text IS NULL OR organisation_id = $2) ORDER BY id`,
    [personId, scope],
  );
  personalData.log.record({ type: 'processing_log', id: personId, personId, holders: [], consentPurposes: [] }, 'lines', caller, 'export');
  return exported;
}

/** A subgraph's `erase<Name>Records` mutation: deletes in one transaction, with a log line per record erased. */
export async function erasePersonRecords(context: PersonFieldContext, personId: string, records: PersonRecords[]) {
  const { db, caller, personalData, config } = context;
  const scope = dataSubjectScope(caller, config);
  if (!personId.trim()) throw badInput('personId must name a resident', 'personId');
  return db.transaction(async (manager) => {
    const erased: { entity: string; count: number }[] = [];
    for (const record of records) {
      if (!record.erase) continue;
      // Wrapped: TypeORM returns a bare DELETE … RETURNING as [rows, affected], not as rows.
      const rows: Record<string, unknown>[] = await manager.query(`WITH erased AS (${record.erase}) SELECT * FROM erased`, [personId, scope]);
      logRows(personalData.log, caller, 'erasure', record, personId, rows);
      erased.push({ entity: record.entity, count: rows.length });
    }
    await personalData.log.write(manager);
    return { personId, organisationId: scope, erased };
  });
}
