// Row-level rules for personal data (about residents, volunteers, clients), the same in every subgraph, and
// the one place that answers "who may read what":
// - every read needs a purpose that one of the caller's roles exists for (purposes.ts);
// - a row may be read by the organisations that hold it; by the resident it is about; by whoever its policy
//   names besides (the data-protection officer); and by another partner only when one of the row's holders
//   recorded the resident's consent naming that partner and the caller's purpose (consent.ts);
// - fields a policy declares holder-only are served to the holders alone: anyone else gets null;
// - a policy may name parts of a row for organisations that do not hold it (a former holder after a
//   transfer, the helper's organisation of an open match): they read those fields only, nothing else;
// - a field is written to the processing log only when its value really left in the answer, non-null.
// Each subgraph declares a policy per personal type (policies.ts); guardPersonalData wraps every field of
// those types, and every entry point that leads to them, so no resolver can forget a check.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  getNamedType,
  isNonNullType,
  isObjectType,
  isUnionType,
  responsePathAsArray,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type DataLoader from 'dataloader';
import type { Caller, Purpose } from '../../../platform/caller';
import type { ConsentQuestion } from './consent';
import { forbidden } from './errors';
import { assertPurpose } from './purposes';
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
  /** Purposes for which another partner may read it with consent recorded by a holder; [] = holders only. */
  consentPurposes: readonly Purpose[];
  /**
   * Fields served to the holders only: anyone else who may read the row (with consent, the resident, the
   * officer) gets null for them, and nothing is logged. `field.sub` is a field of the objects `field` returns
   * (e.g. `transitions.reason`). Each must be nullable, and its SDL description says "Holders only".
   */
  holderOnly?: readonly string[];
  /** Callers who may read every row of the type besides its holders (e.g. the data-protection officer). */
  alsoReadableBy?: (caller: Caller) => boolean;
  /**
   * Parts of a row for organisations that do not hold it and need no consent for them: each names its
   * readers (from the row) and the only fields they read (holder-only ones too, when named). Their other
   * fields answer them null, or FORBIDDEN where the schema does not allow null, and are not logged.
   */
  parts?: readonly RecordPart<Row>[];
}

export interface RecordPart<Row = any> {
  /** What the part is, for messages ("the part a former holder keeps"). */
  name: string;
  readersOf: (row: Row) => readonly (string | null)[];
  fields: readonly string[];
  /** The purposes it is read for (default: any purpose of the caller's roles). */
  purposes?: readonly Purpose[];
}

/** What a caller may read of a record: all of it (as its policy allows), or only some fields. */
export type ReadScope = 'record' | { fields: ReadonlySet<string>; parts: string[] };

export interface PersonalRecord {
  type: string;
  id: string;
  personId: string | null;
  holders: string[];
  consentPurposes: readonly Purpose[];
  alsoReadableBy?: (caller: Caller) => boolean;
  /** The parts of the row, each with its readers resolved. */
  parts?: readonly { name: string; readers: readonly (string | null)[]; fields: readonly string[]; purposes?: readonly Purpose[] }[];
}

interface PendingRead {
  record: PersonalRecord;
  field: string;
  path: readonly (string | number)[];
  relayed?: boolean;
}

/** One request's access to personal data: decisions are cached per record, served fields are logged. */
export class PersonalDataAccess {
  private readonly decisions = new Map<string, Promise<ReadScope | null>>();
  private pending: PendingRead[] = [];

  constructor(
    readonly caller: Caller,
    private readonly consents: DataLoader<ConsentQuestion, boolean, string>,
    readonly log: ProcessingLog,
  ) {}

  /** The caller's purpose, refused unless signed in and one of its roles exists for it. */
  requirePurpose(): Purpose {
    return assertPurpose(this.caller);
  }

  /** Whether the caller may read the record (throws FORBIDDEN if not), and how much of it. */
  async authorize(record: PersonalRecord): Promise<ReadScope> {
    const scope = await this.readScope(record);
    if (scope === null) {
      throw forbidden(`${record.type} ${record.id} is another organisation's; none of its holders recorded the resident's consent to ${this.caller.purpose} for yours`);
    }
    return scope;
  }

  /** How much of the record the caller may read, or null: authorize without the error (for filtering many rows). */
  readScope(record: PersonalRecord): Promise<ReadScope | null> {
    const key = `${record.type}:${record.id}`;
    let decision = this.decisions.get(key);
    if (!decision) {
      decision = this.decide(record);
      this.decisions.set(key, decision);
    }
    return decision;
  }

  /** Whether the caller's organisation holds the record (and so is served its holder-only fields). */
  holds(record: PersonalRecord): boolean {
    return this.caller.organisationId !== null && record.holders.includes(this.caller.organisationId);
  }

  /** Whether a holder of one of the resident's records let the caller's organisation read it for `purpose`. */
  consented(personId: string, holders: string[], purpose: Purpose): Promise<boolean> {
    return this.consents.load({ personId, holderOrganisationIds: holders, recipientOrganisationId: this.caller.organisationId!, purpose });
  }

  private async decide(record: PersonalRecord): Promise<ReadScope | null> {
    const { caller } = this;
    const purpose = assertPurpose(caller);
    if (this.holds(record)) return 'record';
    // the data subject, reading about themself (a resident's token is bound to their own Person key)
    if (record.personId !== null && caller.roles.includes('resident') && caller.personId === record.personId) return 'record';
    if (record.alsoReadableBy?.(caller)) return 'record';
    if (record.personId !== null && record.holders.length && record.consentPurposes.includes(purpose)) {
      if (await this.consented(record.personId, record.holders, purpose)) return 'record';
    }
    const parts = (record.parts ?? []).filter(
      (part) => caller.organisationId !== null && part.readers.includes(caller.organisationId) && (!part.purposes || part.purposes.includes(purpose)),
    );
    if (parts.length) return { fields: new Set(parts.flatMap((part) => part.fields)), parts: parts.map((part) => part.name) };
    return null;
  }

  /**
   * Notes that `field` of `record` was resolved at `info.path`; logged if it is in the answer (see
   * confirmServed). `relayed`: the value is meant to reach the caller through the subgraph that @requires it.
   */
  served(record: PersonalRecord, field: string, info: Pick<GraphQLResolveInfo, 'path'>, relayed = false): void {
    this.pending.push({ record, field, path: responsePathAsArray(info.path), relayed });
  }

  /**
   * Logs the noted fields whose value is in the answer and not null: a field refused, null, or cut away by
   * an error further up (null propagation) did not leave, so it is not a disclosure. Whether the gateway
   * passes them on to the caller, it confirms afterwards (kit/access/delivery.ts).
   */
  confirmServed(data: unknown): void {
    const pending = this.pending;
    this.pending = [];
    for (const read of pending) {
      let value: unknown = data;
      for (const key of read.path) value = value === null || value === undefined ? undefined : (value as Record<string | number, unknown>)[key];
      if (value !== null && value !== undefined) this.log.record(read.record, read.field, this.caller, 'read', { path: read.path, relayed: read.relayed });
    }
  }
}

export function recordOf<Row>(policy: PersonalDataPolicy<Row>, row: Row): PersonalRecord {
  return {
    type: policy.type,
    id: policy.idOf ? policy.idOf(row) : (row as { id: string }).id,
    personId: policy.personOf(row),
    holders: policy.holdersOf(row),
    consentPurposes: policy.consentPurposes,
    alsoReadableBy: policy.alsoReadableBy,
    parts: policy.parts?.map((part) => ({ name: part.name, readers: part.readersOf(row), fields: part.fields, purposes: part.purposes })),
  };
}

type Context = { personalData: PersonalDataAccess };

/** `field` or `field.sub` of a policy's type, checked against the schema: it exists and may be null. */
function holderOnlyFields(type: GraphQLObjectType, paths: readonly string[]): Map<string, string[] | 'field'> {
  const fields = new Map<string, string[] | 'field'>();
  for (const path of paths) {
    const [name, sub, ...rest] = path.split('.');
    const field = type.getFields()[name];
    const target = sub === undefined ? field : (getNamedType(field?.type) as GraphQLObjectType | undefined);
    const leaf = sub === undefined ? field : isObjectType(target) ? target.getFields()[sub] : undefined;
    if (!field || !leaf || rest.length) throw new Error(`policy for ${type.name}: holder-only field ${path} is not in the schema`);
    if (isNonNullType(leaf.type)) throw new Error(`policy for ${type.name}: holder-only field ${path} must be nullable (others get null)`);
    if (sub === undefined) fields.set(name, 'field');
    else fields.set(name, [...((fields.get(name) as string[] | undefined) ?? []), sub]);
  }
  return fields;
}

/** Hides the holder-only fields of the objects a field returned, without changing the objects themselves. */
function withoutFields(value: unknown, names: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutFields(item, names));
  if (value === null || typeof value !== 'object') return value;
  return Object.assign(Object.create(value), Object.fromEntries(names.map((name) => [name, null])));
}

function guardPolicyType(schema: GraphQLSchema, policy: PersonalDataPolicy): void {
  const type = schema.getType(policy.type);
  if (!isObjectType(type)) throw new Error(`policy for unknown type ${policy.type}`);
  const holderOnly = holderOnlyFields(type, policy.holderOnly ?? []);
  for (const part of policy.parts ?? []) {
    const unknown = part.fields.filter((name) => !type.getFields()[name]);
    if (unknown.length) throw new Error(`policy for ${type.name}: ${part.name} names fields not in the schema: ${unknown.join(', ')}`);
  }
  for (const field of Object.values(type.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    const hidden = holderOnly.get(field.name);
    const nullable = !isNonNullType(field.type);
    field.resolve = async (row, args, context: Context, info) => {
      const access = context.personalData;
      const record = recordOf(policy, row);
      const scope = await access.authorize(record);
      const partOnly = scope !== 'record';
      if (partOnly && !scope.fields.has(field.name)) {
        if (nullable) return null;
        throw forbidden(`${record.type}.${field.name} of ${record.id} is not in ${scope.parts.join(' or ')}; your organisation reads only that`);
      }
      // a part names its fields: those are served to its readers even when holder-only
      const holder = partOnly || access.holds(record);
      if (hidden === 'field' && !holder) return null;
      let value = await resolve(row, args, context, info);
      if (Array.isArray(hidden) && !holder) value = withoutFields(value, hidden);
      if (value !== null && value !== undefined) access.served(record, field.name, info);
      return value;
    };
  }
}

const isEntity = (type: GraphQLObjectType) =>
  [type.astNode, ...type.extensionASTNodes].some((node) => node?.directives?.some((d) => d.name.value === 'key'));

/** Whether a field's values lead to personal rows without passing another entity (connections, edges, items). */
function leadsTo(type: GraphQLNamedType, personal: Set<string>, seen = new Set<string>()): boolean {
  if (personal.has(type.name)) return true;
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  if (isUnionType(type)) return type.getTypes().some((member) => leadsTo(member, personal, seen));
  if (!isObjectType(type) || isEntity(type)) return false;
  return Object.values(type.getFields()).some((field) => leadsTo(getNamedType(field.type), personal, seen));
}

function requirePurposeFirst(field: GraphQLField<unknown, Context>): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    context.personalData.requirePurpose();
    return resolve(source, args, context, info);
  };
}

/**
 * Wraps every field of each policy's type with the row check, the holder-only rule and the log entry, and
 * makes every read entry point that leads to personal rows (Query fields, entity fields, through connections
 * and other plain types) ask for a purpose of the caller's roles before it answers anything, cursors
 * included. `entryPoints` ("Type.field") names further fields that answer personal data of another shape.
 */
export function guardPersonalData(schema: GraphQLSchema, policies: PersonalDataPolicy[], entryPoints: readonly string[] = []): void {
  for (const policy of policies) guardPolicyType(schema, policy);
  const personal = new Set(policies.map((p) => p.type));
  const declared = new Set(entryPoints);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_') || type === schema.getMutationType()) continue;
    if (type !== schema.getQueryType() && !isEntity(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) continue; // _entities: each entity's own fields are guarded
      if (declared.delete(`${type.name}.${field.name}`) || leadsTo(getNamedType(field.type), personal)) requirePurposeFirst(field);
    }
  }
  if (declared.size) throw new Error(`personal-data entry points not in the schema: ${[...declared].join(', ')}`);
}

/**
 * Logs what the answer really carries (see PersonalDataAccess.confirmServed). Listed before the processing
 * log's own plugin, and synchronous: Apollo calls the plugins' willSendResponse in order, so the lines are
 * in the log before it is written.
 */
export function servedFieldsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single') contextValue.personalData?.confirmServed(response.body.singleResult.data);
          return Promise.resolve();
        },
      };
    },
  };
}

/** The rows of a list that the caller may read: others' rows are left out; other refusals stand. */
export async function readableRows<Row>(access: PersonalDataAccess, policy: PersonalDataPolicy<Row>, rows: Row[]): Promise<Row[]> {
  // readScope, not authorize: a refused row is no error to build (bewoners filters hundreds per match view)
  const scopes = await Promise.all(rows.map((row) => access.readScope(recordOf(policy, row))));
  return rows.filter((_, i) => scopes[i] !== null);
}
