// Writes of personal data go into the processing log like reads (who, which record, which fields, why), in
// the transaction of the write: a change without its log line is never committed.
import type { EntityManager } from 'typeorm';
import { recordOf, type PersonalDataAccess, type PersonalDataPolicy } from './personal-data';

/** Logs that `fields` of `row` were written by the caller, inside the write's transaction `manager`. */
export async function logPersonalDataWrite<Row>(manager: EntityManager, personalData: PersonalDataAccess, policy: PersonalDataPolicy<Row>, row: Row, fields: readonly string[]): Promise<void> {
  const record = recordOf(policy, row);
  for (const field of fields) personalData.log.record(record, `write:${field}`, personalData.caller);
  await personalData.log.write(manager);
}
