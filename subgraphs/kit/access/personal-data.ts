// Row-level rules for personal data (about residents, volunteers, clients), the same in every subgraph:
// a row may be read by the organisations that hold it, and by another partner only with the resident's
// consent for the caller's purpose. Every read needs a purpose and is written to the processing log.
// Each subgraph declares a policy per personal type (policies.ts); guardPersonalData wraps every field of
// those types, so no resolver can forget the check.
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type DataLoader from 'dataloader';
import type { Caller, Purpose } from '../../../platform/caller';
import type { ConsentQuestion } from './consent';
import { forbidden, purposeRequired, unauthenticated } from './errors';
import type { ProcessingLog } from './processing-log';

export interface PersonalDataPolicy<Row = any> {
  /** The GraphQL type holding personal data. */
  type: string;
  /** The row's key (default: row.id). */
  idOf?: (row: Row) => string;
  /** The resident the row is about; null when it is about someone without a Person key (a volunteer). */
  personOf: (row: Row) => string | null;
  /** Organisations that hold the row as their own record. */
  holdersOf: (row: Row) => string[];
  /** Purposes for which another partner may read it with the resident's consent; [] = holders only. */
  consentPurposes: readonly Purpose[];
}

export interface PersonalRecord {
  type: string;
  id: string;
  personId: string | null;
  holders: string[];
  consentPurposes: readonly Purpose[];
}

/** One request's access to personal data: decisions are cached per record, reads are logged. */
export class PersonalDataAccess {
  private readonly decisions = new Map<string, Promise<void>>();

  constructor(
    readonly caller: Caller,
    private readonly consents: DataLoader<ConsentQuestion, boolean, string>,
    readonly log: ProcessingLog,
  ) {}

  authorize(record: PersonalRecord): Promise<void> {
    const key = `${record.type}:${record.id}`;
    let decision = this.decisions.get(key);
    if (!decision) {
      decision = this.decide(record);
      this.decisions.set(key, decision);
    }
    return decision;
  }

  private async decide(record: PersonalRecord): Promise<void> {
    const { caller } = this;
    if (caller.subject === null || caller.organisationId === null) throw unauthenticated();
    if (caller.purpose === null) throw purposeRequired();
    if (record.holders.includes(caller.organisationId)) return;
    if (record.personId !== null && record.consentPurposes.includes(caller.purpose)) {
      const consented = await this.consents.load({ personId: record.personId, organisationId: caller.organisationId, purpose: caller.purpose });
      if (consented) return;
    }
    throw forbidden(`${record.type} ${record.id} is another organisation's; the resident has not consented to ${caller.purpose} by yours`);
  }

  /** Authorizes and logs a read of `field` of a personal record. */
  async read(record: PersonalRecord, field: string): Promise<void> {
    await this.authorize(record);
    this.log.record(record, field, this.caller);
  }
}

export function recordOf<Row>(policy: PersonalDataPolicy<Row>, row: Row): PersonalRecord {
  return {
    type: policy.type,
    id: policy.idOf ? policy.idOf(row) : (row as { id: string }).id,
    personId: policy.personOf(row),
    holders: policy.holdersOf(row),
    consentPurposes: policy.consentPurposes,
  };
}

/** Wraps every field of each policy's type with the row check and the log entry. */
export function guardPersonalData(schema: GraphQLSchema, policies: PersonalDataPolicy[]): void {
  for (const policy of policies) {
    const type = schema.getType(policy.type);
    if (!isObjectType(type)) throw new Error(`policy for unknown type ${policy.type}`);
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (row, args, context: { personalData: PersonalDataAccess }, info) => {
        await context.personalData.read(recordOf(policy, row), field.name);
        return resolve(row, args, context, info);
      };
    }
  }
}

/** The rows of a list that the caller may read: others' rows are left out; other refusals stand. */
export async function readableRows<Row>(access: PersonalDataAccess, policy: PersonalDataPolicy<Row>, rows: Row[]): Promise<Row[]> {
  const readable = await Promise.all(
    rows.map((row) =>
      access.authorize(recordOf(policy, row)).then(
        () => true,
        (error: { extensions?: { code?: string } }) => {
          if (error.extensions?.code === 'FORBIDDEN') return false;
          throw error;
        },
      ),
    ),
  );
  return rows.filter((_, i) => readable[i]);
}
