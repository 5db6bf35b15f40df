// Lock your own row or refuse: a mutation that changes an existing row goes on only when the caller's
// organisation may write it, and then loads it again with SELECT … FOR UPDATE. By default the writers are the
// row's holders (the type's policy in policies.ts); a mutation that names other writers says so (a referral
// is moved on by the organisation it was sent to, not by the one that sent it). Consent gives reading, never
// writing.
// A caller that may not even read the row gets NOT_FOUND, exactly as for an id that does not exist, so ids
// cannot be probed; one that may read it (with consent, as a co-holder, or because it is public) gets
// FORBIDDEN.
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { notFound } from '../../../platform/errors';
import type { Caller } from '../../../platform/caller';
import { forbidden } from './errors';
import { recordOf, type PersonalDataAccess, type PersonalDataPolicy } from './personal-data';

export interface WriteRule<Row> {
  /** The GraphQL type, for messages. */
  type: string;
  /** Organisations that may change the row. */
  writersOf: (row: Row) => readonly (string | null)[];
  /** Whether the caller may read the row (then a refusal is FORBIDDEN rather than NOT_FOUND). */
  mayRead: (row: Row) => Promise<boolean> | boolean;
  /** Why a reader may not write, for the FORBIDDEN message. */
  refusal: string;
}

/**
 * The rule for a type with personal data: the policy's holders write (or `writersOf`, when the mutation
 * names its writers); whoever the policy lets read the row is refused with FORBIDDEN.
 */
export function personalDataWriteRule<Row>(
  policy: PersonalDataPolicy<Row>,
  personalData: PersonalDataAccess,
  options: { writersOf?: (row: Row) => readonly (string | null)[]; refusal?: string } = {},
): WriteRule<Row> {
  return {
    type: policy.type,
    writersOf: options.writersOf ?? policy.holdersOf,
    mayRead: (row) =>
      personalData.authorize(recordOf(policy, row)).then(
        () => true,
        (error: { extensions?: { code?: string } }) => {
          // not readable for this caller (another organisation's, no consent, or no purpose of its roles given)
          if (['FORBIDDEN', 'PURPOSE_REQUIRED', 'PURPOSE_NOT_ALLOWED'].includes(error.extensions?.code ?? '')) return false;
          throw error;
        },
      ),
    refusal: options.refusal ?? `only the organisations holding a ${policy.type} change it; consent gives reading, not writing`,
  };
}

/**
 * Loads `id` locked for the rest of the transaction, when the caller's organisation may write it.
 * `field` is where the id is in the arguments (e.g. "id", "input.helpRequestId"), for the user error.
 */
export function lockOwnRow<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  id: string,
  rule: WriteRule<Row>,
  caller: Caller,
  field: string,
): Promise<Row> {
  return ownRow(manager, entity, id, rule, caller, field, true);
}

/**
 * The same refusals without a lock: before slow work that comes first (a question to another subgraph), so
 * a caller that may not write the row learns nothing from that work. lockOwnRow then loads it for the write.
 */
export async function assertOwnRow<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  id: string,
  rule: WriteRule<Row>,
  caller: Caller,
  field: string,
): Promise<void> {
  await ownRow(manager, entity, id, rule, caller, field, false);
}

async function ownRow<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  id: string,
  rule: WriteRule<Row>,
  caller: Caller,
  field: string,
  lock: boolean,
): Promise<Row> {
  const where = { id } as unknown as FindOptionsWhere<Row>;
  const writes = (row: Row) => caller.organisationId !== null && rule.writersOf(row).includes(caller.organisationId);
  // Decided before the lock: mayRead may ask another subgraph (a consent question over HTTP), and a locked
  // row gives the transaction an id, which holds back every event feed on the server while it waits
  // (kit/events/feed.ts).
  const row = await manager.findOne(entity, { where });
  if (!row) throw notFound(rule.type, id, field);
  if (!writes(row)) {
    if (await rule.mayRead(row)) throw forbidden(`${rule.type} ${id}: ${rule.refusal}`);
    throw notFound(rule.type, id, field);
  }
  if (!lock) return row;
  const locked = await manager.findOne(entity, { where, lock: { mode: 'pessimistic_write' } });
  if (!locked) throw notFound(rule.type, id, field);
  // handed to another organisation in between: the caller held it a moment ago, so FORBIDDEN tells it nothing new
  if (!writes(locked)) throw forbidden(`${rule.type} ${id}: ${rule.refusal}`);
  return locked;
}
