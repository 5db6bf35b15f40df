// Writes of personal data go into the processing log like reads (who, which record, which fields, why), in
// the transaction of the write: a change without its log line is never committed.
import type { EntityManager } from 'typeorm';
import { recordOf, type PersonalDataAccess, type PersonalDataPolicy } from './personal-data';

/** Logs that `fields` of `row` were written by the caller, inside the write's transaction `manager`. */
/** The fields a write's input sets (given and not null), for its log line; the retry key is not a field. */
export function writtenFields(input: object): string[] {
  return Object.keys(input).filter((key) => key !== 'clientMutationId' && (input as Record<string, unknown>)[key] != null);
}

export async function logPersonalDataWrite<Row>(manager: EntityManager, personalData: Pick<PersonalDataAccess, 'caller' | 'log'>, policy: PersonalDataPolicy<Row>, row: Row, fields: readonly string[]): Promise<void> {
  const record = recordOf(policy, row);
  for (const field of fields) personalData.log.record(record, `write:${field}`, personalData.caller);
  await personalData.log.write(manager);
}
