// importHsdsServices: a care organisation loads its existing sociale-kaart data from HSDS 3.0 JSON. Every
// row is checked (hsds-rows.ts) and compared with the organisation's services before anything is written:
// a service is found by its HSDS id (the one it was imported with, or the id gemeente's export derives for
// a service written here), so the same document twice changes nothing. One transaction, under a lock per
// organisation (two imports of one organisation take turns); a dry run or any rejected row writes nothing.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../platform/caller';
import { badInput } from '../../platform/errors';
import type { UserError } from '../kit/mutation-payload';
import { hsdsId } from '../kit/social-map/hsds-id';
import { Service } from './entities';
import { importedService, type ImportedService, type RowError } from './hsds-rows';

export const MAX_HSDS_ROWS = 500;
/** Below the hub's request bound (platform/http.ts, 1 MB), with room for the rest of the request. */
export const MAX_HSDS_BYTES = 900_000;

export type HsdsImportAction = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';
export interface HsdsImportRow {
  index: number;
  hsdsId: string | null;
  action: HsdsImportAction;
  serviceId: string | null;
  errors: RowError[];
}
export interface HsdsImportReport {
  dryRun: boolean;
  written: boolean;
  rows: HsdsImportRow[];
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** The document: JSON text of an array of at most MAX_HSDS_ROWS services. */
function parseDocument(text: string): unknown[] {
  const field = 'input.document';
  if (Buffer.byteLength(text) > MAX_HSDS_BYTES) throw badInput(`${field} is at most ${MAX_HSDS_BYTES / 1000} kB; import a large document in parts`, field);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw badInput(`${field} is not JSON (${(error as Error).message})`, field);
  }
  if (!Array.isArray(document)) throw badInput(`${field} must be a JSON array of HSDS service objects`, field);
  if (document.length > MAX_HSDS_ROWS) throw badInput(`${field} has ${document.length} services; at most ${MAX_HSDS_ROWS} per import`, field);
  return document;
}

/** JSON with its keys sorted: jsonb gives keys back in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

/** The columns an import writes, from a checked row. */
function columnsOf(row: ImportedService) {
  const { hsdsId: _id, capacity: _capacity, ...columns } = row;
  return columns;
}

const sameCapacity = (service: Service, row: ImportedService) =>
  service.capacity.acceptsNew === row.capacity.acceptsNew && service.capacity.waitingDays === row.capacity.waitingDays;

function unchanged(service: Service, row: ImportedService): boolean {
  const columns = columnsOf(row);
  const current = Object.fromEntries(Object.keys(columns).map((key) => [key, service[key as keyof typeof columns]]));
  return service.published && sameCapacity(service, row) && canonical(current) === canonical(columns);
}

export async function importHsdsServices(manager: EntityManager, input: { document: string; dryRun?: boolean | null }, caller: Caller): Promise<HsdsImportReport> {
  const organisationId = caller.organisationId!;
  const document = parseDocument(input.document);
  const dryRun = input.dryRun ?? false;
  await manager.query("SELECT pg_advisory_xact_lock(hashtext('hsds-import:' || $1))", [organisationId]);
  const own = await manager.find(Service, { where: { organisationId }, lock: { mode: 'pessimistic_write' } });
  // by the id the export gives each service: the imported one, else the one derived from its key
  const byHsdsId = new Map(own.map((service) => [service.hsdsId ?? hsdsId(`SERVICE:${service.id}`), service]));
  const firstRow = new Map<string, number>();
  const now = new Date();
  const writes: Service[] = [];
  const rows = document.map((raw, index): HsdsImportRow => {
    const { service: row, errors } = importedService(raw, index, organisationId);
    const id = typeof (raw as any)?.id === 'string' ? ((raw as any).id as string) : null;
    if (id !== null && firstRow.has(id)) errors.push({ field: `$[${index}].id`, message: `$[${index}].id ${id} is the id of row ${firstRow.get(id)} too: each service once` });
    else if (id !== null) firstRow.set(id, index);
    const existing = id === null ? undefined : byHsdsId.get(id);
    if (existing?.withdrawnAt) errors.push({ field: `$[${index}].id`, message: `$[${index}].id: service ${existing.id} was withdrawn; offer a new service (with a new id) instead` });
    if (!row || errors.length) return { index, hsdsId: id, action: 'REJECTED', serviceId: null, errors };
    if (existing && unchanged(existing, row)) return { index, hsdsId: id, action: 'UNCHANGED', serviceId: existing.id, errors: [] };
    // the capacity's updatedAt says when it was last stated: kept when the import states the same
    const capacity = existing && sameCapacity(existing, row) ? existing.capacity : { ...row.capacity, updatedAt: now.toISOString() };
    const service = existing
      ? Object.assign(existing, columnsOf(row), { capacity, published: true, updatedAt: now })
      : manager.create(Service, { id: `service-${randomUUID()}`, ...columnsOf(row), capacity, hsdsId: row.hsdsId, organisationId, published: true, updatedAt: now, withdrawnAt: null, clientMutationId: null, clientMutationHash: null });
    writes.push(service);
    return { index, hsdsId: id, action: existing ? 'UPDATED' : 'CREATED', serviceId: dryRun && !existing ? null : service.id, errors: [] };
  });
  const count = (action: HsdsImportAction) => rows.filter((row) => row.action === action).length;
  const rejected = count('REJECTED');
  const written = !dryRun && rejected === 0;
  if (written && writes.length) await manager.save(writes);
  if (!written) for (const row of rows) if (row.action === 'CREATED') row.serviceId = null;
  return { dryRun, written, rows, created: count('CREATED'), updated: count('UPDATED'), unchanged: count('UNCHANGED'), rejected };
}

/** The payload's userErrors for a report: rows rejected means nothing was written, and says so. */
export function reportErrors(report: HsdsImportReport): UserError[] {
  if (!report.rejected) return [];
  return [{ field: ['input', 'document'], code: 'BAD_USER_INPUT', message: `${report.rejected} of ${report.rows.length} services rejected (see report.rows); nothing was written` }];
}
