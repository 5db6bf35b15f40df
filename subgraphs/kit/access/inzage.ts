// The resident's own view of the processing log (inzage): which organisations read, exported or erased which
// kinds of their data, when and why. Each subgraph serves the lines of its own log as Person.<name>ProcessingLog;
// the subgraph that owns Person merges them into Person.processingLog (through @requires), so the view spans
// the hub, and a subgraph that is down costs only its own lines. Readable by the resident (role resident,
// bound to that Person) and by data-protection officers, for the purpose DATA_SUBJECT_REQUEST: the gemeente's
// officer sees every line, another organisation's officer the lines of its own organisation. Reading the log
// is itself logged.
import DataLoader from 'dataloader';
import type { Database } from '../database';
import type { Caller } from '../../../platform/caller';
import type { SubgraphConfig } from '../../../platform/config';
import { forbidden, unauthenticated } from './errors';
import type { PersonalDataAccess } from './personal-data';
import { processingActivityById, processingActivityFor, type ProcessingActivity } from './processing-activities';
import { isPurpose } from '../../../platform/caller';

/** The newest lines each subgraph shows; a resident with more asks the data-protection officer for the export. */
export const PROCESSING_LOG_VIEW_LIMIT = 1000;

export interface ProcessingLogEntry {
  at: Date | string;
  organisationId: string;
  action: string;
  purpose: string;
  processingActivity: ProcessingActivity | { id: string } | null;
  recordType: string;
  recordId: string;
  fields: string[];
  /** For a disclosure: the subgraph the fields went to. */
  recipient: string | null;
  keptBy: string;
  traceId: string;
  operationName: string | null;
  foreignOperation: string | null;
}

/** Which lines `caller` may see of `personId`'s log: all (null) or one organisation's; refuses anyone else. */
export function processingLogScope(caller: Caller, personId: string, config: SubgraphConfig): string | null {
  if (!caller.subject || !caller.organisationId) throw unauthenticated();
  if (caller.purpose !== 'DATA_SUBJECT_REQUEST') throw forbidden('Reading a processing log needs the purpose DATA_SUBJECT_REQUEST');
  if (caller.roles.includes('resident') && caller.personId === personId) return null;
  if (caller.roles.includes('data-protection-officer')) return caller.organisationId === config.municipalityOrganisationId ? null : caller.organisationId;
  throw forbidden('A processing log is shown to the resident it is about and to data-protection officers');
}

const LINES_SQL = `
  SELECT p.person_id, l.* FROM unnest($1::text[]) AS p(person_id)
  CROSS JOIN LATERAL (
    SELECT logged_at, organisation_id, action, purpose, processing_activity_id, entity, entity_id, fields, recipient, trace_id, operation_name, foreign_operation
    FROM processing_log WHERE person_id = p.person_id AND ($2::text IS NULL OR organisation_id = $2)
    ORDER BY logged_at DESC, id DESC LIMIT ${PROCESSING_LOG_VIEW_LIMIT}
  ) l`;

/** A resident, and whose lines the caller sees of their log (null: all; the same for every resident in a request). */
export interface LinesOf {
  personId: string;
  scope: string | null;
}

/** One request's log lines per resident, in the caller's scope: one statement for all residents asked about. */
export function processingLogLoader(db: Database): DataLoader<LinesOf, any[], string> {
  return new DataLoader(
    async (keys) => {
      const rows: any[] = await db.query(LINES_SQL, [keys.map((key) => key.personId), keys[0].scope]);
      return keys.map((key) => rows.filter((row) => row.person_id === key.personId));
    },
    { cacheKeyFn: (key) => key.personId },
  );
}

interface InzageContext {
  caller: Caller;
  config: SubgraphConfig;
  personalData: PersonalDataAccess;
  loaders: { processingLogOfPerson: DataLoader<LinesOf, any[], string> };
}

/** A subgraph's `Person.<name>ProcessingLog`: the lines of its own log about the resident, newest first. */
export async function processingLogField(context: InzageContext, personId: string, keptBy: string): Promise<ProcessingLogEntry[]> {
  const { caller, config, personalData, loaders } = context;
  const rows = await loaders.processingLogOfPerson.load({ personId, scope: processingLogScope(caller, personId, config) });
  personalData.log.record({ type: 'ProcessingLog', id: personId, personId, holders: [], consentPurposes: [] }, 'lines', caller);
  return rows.map((row) => ({
    at: row.logged_at,
    organisationId: row.organisation_id,
    action: String(row.action).toUpperCase(),
    purpose: row.purpose,
    // lines from before the register name their purpose only
    processingActivity: (row.processing_activity_id && processingActivityById(row.processing_activity_id)) || (isPurpose(row.purpose) ? processingActivityFor(row.purpose) : null),
    recordType: row.entity,
    recordId: row.entity_id,
    fields: row.fields ? String(row.fields).split(',') : [],
    recipient: row.recipient ?? null,
    keptBy,
    traceId: row.trace_id,
    operationName: row.operation_name,
    foreignOperation: row.foreign_operation,
  }));
}

/** Lines of several logs in one list: newest first, ties by the log that keeps them and the record. */
export function mergeProcessingLogs(parts: (ProcessingLogEntry[] | null | undefined)[]): ProcessingLogEntry[] {
  const time = (entry: ProcessingLogEntry) => new Date(entry.at).getTime();
  return parts
    .flatMap((part) => part ?? [])
    .sort((a, b) => time(b) - time(a) || a.keptBy.localeCompare(b.keptBy) || a.recordType.localeCompare(b.recordType) || a.recordId.localeCompare(b.recordId));
}

/** ProcessingLogEntry's resolvers: the activity from the register (a merged part names only its id), the organisation by reference. */
export const processingLogEntryResolvers = {
  processingActivity: (entry: ProcessingLogEntry) => (entry.processingActivity ? processingActivityById(entry.processingActivity.id) : null),
  organisation: (entry: ProcessingLogEntry) => ({ id: entry.organisationId }),
};
