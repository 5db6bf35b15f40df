// A volunteer centre's vrijwilligers from a CSV file (parsed by csv-parse): every row registered as
// registerVolunteer does, keyed by the centre's own reference (so a second import of the same file changes
// nothing), in one transaction with a savepoint per row. Any refused row, or a dry run, rolls everything
// back: nothing is half-imported. Refusals name their line and column (input.csv.<line>.<column>).
import { GraphQLError } from 'graphql';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { enumValuesOf } from '../kit/sdl';
import { DateScalar } from '../kit/scalars';
import { USER_ERROR_CODES, type UserError } from '../kit/mutation-payload';
import type { Database } from '../kit/database';
import type { RegisterVolunteerInput, VolunteerImportOutcome } from './generated/resolvers-types';
import { registerVolunteerOnce } from './volunteers';

const MAX_ROWS = 5000;
const COLUMNS = ['reference', 'homeArea', 'categories', 'limits', 'vogIssuedOn', 'insured', 'maxDistanceKm', 'languages', 'availability', 'loadCap', 'competences'];
const REQUIRED = ['reference', 'homeArea', 'categories'];

interface ImportRow {
  line: number;
  reference: string;
  outcome: VolunteerImportOutcome;
  volunteerId: string | null;
}
export interface VolunteerImport {
  dryRun: boolean;
  created: number;
  unchanged: number;
  refused: number;
  rows: ImportRow[];
}

/** Rolls the import's transaction back while keeping its report. */
class RolledBack extends Error {
  constructor(readonly report: VolunteerImport, readonly errors: UserError[]) {
    super('import rolled back');
  }
}

const list = (value: string | undefined) => (value ?? '').split('|').map((v) => v.trim()).filter(Boolean);

function enumList(value: string | undefined, enumName: string, field: string): string[] {
  const allowed = new Set(enumValuesOf('welzijn', enumName).map((v) => v.name));
  const values = list(value).map((v) => v.toUpperCase());
  const wrong = values.filter((v) => !allowed.has(v));
  if (wrong.length) throw badInput(`${wrong.join(', ')}: not a ${enumName} (one of ${[...allowed].join(', ')})`, field);
  return values;
}

function number(value: string | undefined, field: string): number | undefined {
  if (!value?.trim()) return undefined;
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n)) throw badInput(`${value} is not a number`, field);
  return n;
}

function yesNo(value: string | undefined, field: string): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (['ja', 'yes', 'true', '1'].includes(v)) return true;
  if (['nee', 'no', 'false', '0'].includes(v)) return false;
  throw badInput(`${value}: write ja or nee`, field);
}

/** One CSV row as registerVolunteer's input; faults name the row's column. */
function rowInput(record: Record<string, string>, field: (column: string) => string): RegisterVolunteerInput {
  for (const column of REQUIRED) if (!record[column]?.trim()) throw badInput(`${column} is required`, field(column));
  const reference = record.reference.trim();
  if (reference.length > 90) throw badInput('reference is at most 90 characters', field('reference'));
  let vogIssuedOn: string | undefined;
  if (record.vogIssuedOn?.trim()) {
    try {
      vogIssuedOn = DateScalar.parseValue(record.vogIssuedOn.trim()) as string;
    } catch {
      throw badInput(`${record.vogIssuedOn} is not a date (YYYY-MM-DD)`, field('vogIssuedOn'));
    }
  }
  const languages = list(record.languages);
  return {
    clientMutationId: `csv:${reference}`,
    homeArea: record.homeArea.trim(),
    loadCap: number(record.loadCap, field('loadCap')) ?? 2,
    profile: {
      categories: enumList(record.categories, 'HelpCategory', field('categories')) as RegisterVolunteerInput['profile']['categories'],
      limits: enumList(record.limits, 'HelperLimit', field('limits')) as RegisterVolunteerInput['profile']['limits'],
      availability: enumList(record.availability, 'TimeSlot', field('availability')) as RegisterVolunteerInput['profile']['availability'],
      vogIssuedOn,
      insured: yesNo(record.insured, field('insured')) ?? false,
      maxDistanceKm: number(record.maxDistanceKm, field('maxDistanceKm')) ?? 3,
      languages: languages.length ? languages : ['nl'],
      competences: list(record.competences),
    },
  };
}

/** A row's field path, from registerVolunteer's (input.profile.categories → input.csv.<line>.categories). */
function rowField(line: number, field: unknown): string {
  const column = typeof field === 'string' ? field.split('.').pop()! : '';
  return `input.csv.${line}${column && column !== 'input' ? `.${column}` : ''}`;
}

function parseCsv(csv: string): Record<string, string>[] {
  const firstLine = csv.slice(0, csv.indexOf('\n') === -1 ? undefined : csv.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: true, delimiter, bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    throw badInput(`not a readable CSV file: ${(error as Error).message.split('\n')[0]}`, 'input.csv');
  }
  if (!records.length) throw badInput('the file has no rows under its header', 'input.csv');
  if (records.length > MAX_ROWS) throw badInput(`at most ${MAX_ROWS} rows per file`, 'input.csv');
  const unknown = Object.keys(records[0]).filter((c) => !COLUMNS.includes(c));
  if (unknown.length) throw badInput(`unknown column ${unknown.join(', ')} (columns: ${COLUMNS.join(', ')})`, 'input.csv');
  const missing = REQUIRED.filter((c) => !(c in records[0]));
  if (missing.length) throw badInput(`the header lacks ${missing.join(', ')}`, 'input.csv');
  return records;
}

/** Runs the import; answers its report and the refused rows' errors (when any, nothing was written). */
export async function importVolunteers(db: Database, csv: string, dryRun: boolean, caller: Caller, personalData: PersonalDataAccess): Promise<{ report: VolunteerImport; errors: UserError[] }> {
  const records = parseCsv(csv);
  try {
    return await db.transaction(async (manager: EntityManager) => {
      const report: VolunteerImport = { dryRun, created: 0, unchanged: 0, refused: 0, rows: [] };
      const errors: UserError[] = [];
      const seen = new Map<string, number>();
      for (const [i, record] of records.entries()) {
        const line = i + 2; // the header is line 1
        const reference = record.reference?.trim() ?? '';
        await manager.query('SAVEPOINT import_row');
        try {
          if (seen.has(reference)) throw badInput(`reference ${reference} is also on line ${seen.get(reference)}`, 'reference');
          seen.set(reference, line);
          const input = rowInput(record, (column) => column);
          const { record: volunteer, created } = await registerVolunteerOnce(manager, input, caller, personalData);
          report.rows.push({ line, reference, outcome: created ? 'CREATED' : 'UNCHANGED', volunteerId: created && dryRun ? null : volunteer.id });
          report[created ? 'created' : 'unchanged'] += 1;
          await manager.query('RELEASE SAVEPOINT import_row');
        } catch (error) {
          const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
          if (typeof code !== 'string' || !USER_ERROR_CODES.has(code)) throw error;
          await manager.query('ROLLBACK TO SAVEPOINT import_row');
          errors.push({ field: rowField(line, (error as GraphQLError).extensions?.field).split('.'), message: `line ${line}: ${(error as GraphQLError).message}`, code });
          report.rows.push({ line, reference, outcome: 'REFUSED', volunteerId: null });
          report.refused += 1;
        }
      }
      if (dryRun || errors.length) throw new RolledBack({ ...report, dryRun: true }, errors);
      return { report, errors };
    });
  } catch (error) {
    if (error instanceof RolledBack) return { report: error.report, errors: error.errors };
    throw error;
  }
}
