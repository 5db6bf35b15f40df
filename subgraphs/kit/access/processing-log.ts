// The processing log (verwerkingenlog), after the Logboek Dataverwerkingen standard: one line per record
// per request and kind of processing, with exactly the fields that were served. A line says
//   who        organisation, user (token subject) and roles of the caller;
//   why        the purpose and its processing activity in the register (processing-activities.ts);
//   about whom the data subject: the resident's pseudonymous Person key (null for a volunteer's record);
//   what       the record (entity, id), the kind of processing (action) and the fields;
//   where      the trace: the gateway's trace id, this subgraph's own span (the standard's operation id) and
//              the gateway's span as its parent, and the asking partner's own operation: the name of their
//              GraphQL operation and the id they sent in x-partner-operation (foreign_operation).
// Each subgraph keeps its own log in its own database; a request's lines are written in one statement before
// the answer leaves. Nothing that was refused is written: callers record a field only once it was served.
// A read line is written `unconfirmed`: only the gateway knows whether its fields reached the caller (a later
// fetch may null the parent) or were only passed on to another subgraph for @requires. The answer tells the
// gateway where each field sits in it (extensions.processingLog), and the gateway confirms (delivery.ts).
import { randomBytes } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Database } from '../database';
import type { Caller } from '../../../platform/caller';
import type { Logger } from '../../../platform/log';
import type { PersonalRecord } from './personal-data';
import { processingActivityFor } from './processing-activities';
import { purposeRequired, unauthenticated } from './errors';

/**
 * What was done with the record: served in an answer, written (a consent recorded or revoked), exported,
 * erased, or checked for another subgraph (a consent question, a neighbour's offer before a match).
 */
export const PROCESSING_ACTIONS = ['read', 'write', 'export', 'erasure', 'check', 'disclosure'] as const;
export type ProcessingAction = (typeof PROCESSING_ACTIONS)[number];

/** A field's place in this subgraph's answer (graphql's response path). */
export type ResponsePath = readonly (string | number)[];

/** A read line waiting for the gateway's confirmation: its record and where each of its fields is in the answer. */
export interface UnconfirmedLine {
  entity: string;
  id: string;
  fields: Record<string, ResponsePath[]>;
  /** Fields whose values the requiring subgraph shows the caller (Disclosure.relayed). */
  relayed?: string[];
}

/** Where a subgraph's answer lists its unconfirmed lines for the gateway (never passed on to the caller). */
export const UNCONFIRMED_EXTENSION = 'processingLog';

interface Entry {
  action: ProcessingAction;
  caller: Caller;
  type: string;
  id: string;
  personId: string | null;
  fields: Set<string>;
  /** For a read served in this answer: where each field is in it (the line waits for the gateway). */
  paths?: Map<string, ResponsePath[]>;
  relayed?: Set<string>;
}

/**
 * The asking partner's own operation name. The gateway names the operation it sends a subgraph after the
 * partner's: `<name>__<subgraph>__<n>`; an anonymous partner operation reaches the subgraph unnamed.
 */
export function partnerOperationName(name: string | null | undefined): string | null {
  if (!name) return null;
  return /^(.+)__[A-Za-z0-9]+__\d+$/.exec(name)?.[1] ?? name;
}

/** A line names who and why: an identified caller (organisation and a non-empty subject) with a purpose. */
function assertLoggable(caller: Caller): void {
  if (!caller.subject || !caller.organisationId) throw unauthenticated();
  if (caller.purpose === null) throw purposeRequired();
}

export class ProcessingLog {
  /** `spanId`: this subgraph's own step in the request's trace (the standard's operation_id), as in its request log line. */
  constructor(readonly spanId: string = randomBytes(8).toString('hex')) {}

  /** The asking partner's GraphQL operation name, when it has one (set when the request starts). */
  operationName: string | null = null;
  private readonly entries = new Map<string, Entry>();
  /** The read lines written for this answer that wait for the gateway's confirmation. */
  readonly unconfirmed: UnconfirmedLine[] = [];

  /**
   * Records that `field` of `record` was served (or written, exported, erased, checked) for `caller`; `at`:
   * where a read field is in this subgraph's answer, for the gateway's confirmation.
   */
  record(record: PersonalRecord, field: string, caller: Caller, action: ProcessingAction = 'read', at?: { path: ResponsePath; relayed?: boolean }): void {
    const path = at?.path;
    assertLoggable(caller);
    // a line waiting for confirmation is its own line: the gateway confirms or drops it as a whole
    const key = `${action}:${path ? 'answer' : 'own'}:${record.type}:${record.id}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { action, caller, type: record.type, id: record.id, personId: record.personId, fields: new Set(), ...(path && { paths: new Map(), relayed: new Set<string>() }) };
      this.entries.set(key, entry);
    }
    entry.fields.add(field);
    if (path && entry.paths) entry.paths.set(field, [...(entry.paths.get(field) ?? []), path]);
    if (at?.relayed) entry.relayed?.add(field);
  }

  /** Writes the entries; also used by mutations that must log inside their own transaction. */
  async write(db: Pick<Database, 'query'>): Promise<void> {
    if (!this.entries.size) return;
    const entries = [...this.entries.values()];
    this.entries.clear();
    const column = <T>(value: (entry: Entry) => T) => entries.map(value);
    await db.query(
      `INSERT INTO processing_log (trace_id, span_id, parent_span_id, processing_activity_id, action, operation_name, foreign_operation,
         organisation_id, subject, roles, purpose, entity, entity_id, person_id, fields, delivery)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])`,
      [
        column((e) => e.caller.traceId),
        column(() => this.spanId),
        column((e) => e.caller.spanId),
        column((e) => processingActivityFor(e.caller.purpose!).id),
        column((e) => e.action),
        column(() => this.operationName),
        column((e) => e.caller.foreignOperation ?? null),
        column((e) => e.caller.organisationId),
        column((e) => e.caller.subject),
        column((e) => e.caller.roles.join(',')),
        column((e) => e.caller.purpose),
        column((e) => e.type),
        column((e) => e.id),
        column((e) => e.personId),
        column((e) => [...e.fields].sort().join(',')),
        column((e) => (e.paths ? 'unconfirmed' : null)),
      ],
    );
    for (const e of entries) {
      if (e.paths) this.unconfirmed.push({ entity: e.type, id: e.id, fields: Object.fromEntries(e.paths), ...(e.relayed?.size && { relayed: [...e.relayed] }) });
    }
  }
}

/** Writes each request's log before the answer leaves; when that fails, no personal data leaves. */
export function processingLogPlugin(db: Database, log: Logger): ApolloServerPlugin<{ personalData: { log: ProcessingLog }; caller: Caller }> {
  return {
    async requestDidStart({ request, contextValue }) {
      contextValue.personalData.log.operationName = partnerOperationName(request.operationName);
      return {
        async willSendResponse({ contextValue, response }) {
          try {
            const processingLog = contextValue.personalData.log;
            await processingLog.write(db);
            // for the gateway only: which lines wait for its confirmation, and where their fields are
            if (processingLog.unconfirmed.length && response.body.kind === 'single') {
              const result = response.body.singleResult;
              result.extensions = { ...result.extensions, [UNCONFIRMED_EXTENSION]: { span: processingLog.spanId, lines: processingLog.unconfirmed } };
            }
          } catch (error) {
            log.error({ traceId: contextValue.caller.traceId, code: 'PROCESSING_LOG_UNAVAILABLE', err: error }, 'processing log write failed');
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                new GraphQLError('The processing log is unavailable, so no personal data is served', {
                  extensions: { code: 'PROCESSING_LOG_UNAVAILABLE' },
                }).toJSON(),
              ];
            }
          }
        },
      };
    },
  };
}

/** The same table in every subgraph; each subgraph lists this migration after its own initial one. */
export class ProcessingLog1763900000001 implements MigrationInterface {
  name = 'ProcessingLog1763900000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE processing_log (
        id bigserial PRIMARY KEY,
        logged_at timestamptz NOT NULL DEFAULT now(),
        trace_id text NOT NULL,
        organisation_id text,
        subject text,
        roles text NOT NULL DEFAULT '',
        purpose text,
        entity text NOT NULL,
        entity_id text NOT NULL,
        person_id text,
        fields text NOT NULL
      );
      CREATE INDEX processing_log_person ON processing_log (person_id, logged_at);
      CREATE INDEX processing_log_trace ON processing_log (trace_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE processing_log');
  }
}

/**
 * The Logboek Dataverwerkingen fields: this subgraph's span and its parent, the processing activity, the kind
 * of processing, the partner's own operation; and no line without an identified caller and a purpose.
 * (NOT VALID: lines written before keep what they had; every new line is checked.)
 */
export class ProcessingLogStandard1763900000022 implements MigrationInterface {
  name = 'ProcessingLogStandard1763900000022';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE processing_log
        ADD COLUMN span_id text,
        ADD COLUMN parent_span_id text,
        ADD COLUMN processing_activity_id text,
        ADD COLUMN action text NOT NULL DEFAULT 'read' CHECK (action IN ('read', 'write', 'export', 'erasure', 'check')),
        ADD COLUMN operation_name text,
        ADD COLUMN foreign_operation text,
        ADD CONSTRAINT processing_log_identified
          CHECK (coalesce(organisation_id, '') <> '' AND coalesce(subject, '') <> '' AND purpose IS NOT NULL) NOT VALID;
      CREATE INDEX processing_log_organisation_person ON processing_log (organisation_id, person_id, logged_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX processing_log_organisation_person;
      ALTER TABLE processing_log DROP CONSTRAINT processing_log_identified, DROP COLUMN span_id, DROP COLUMN parent_span_id,
        DROP COLUMN processing_activity_id, DROP COLUMN action, DROP COLUMN operation_name, DROP COLUMN foreign_operation;
    `);
  }
}

/**
 * Whether a read reached the caller (delivery.ts): `unconfirmed` until the gateway confirms (and if it never
 * does, the line stands as served), `confirmed` after; null for lines the subgraph writes itself (writes,
 * checks, exports, erasures). A `disclosure` line names the subgraph the fields were passed to (recipient).
 */
export class ProcessingLogDelivery1763900000451 implements MigrationInterface {
  name = 'ProcessingLogDelivery1763900000451';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE processing_log
        DROP CONSTRAINT processing_log_action_check,
        ADD CONSTRAINT processing_log_action_check CHECK (action IN (${PROCESSING_ACTIONS.map((a) => `'${a}'`).join(', ')})),
        ADD COLUMN delivery text CHECK (delivery IN ('unconfirmed', 'confirmed')),
        ADD COLUMN recipient text;
      CREATE INDEX processing_log_unconfirmed ON processing_log (trace_id, span_id) WHERE delivery = 'unconfirmed';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX processing_log_unconfirmed;
      DELETE FROM processing_log WHERE action = 'disclosure';
      ALTER TABLE processing_log DROP COLUMN delivery, DROP COLUMN recipient, DROP CONSTRAINT processing_log_action_check,
        ADD CONSTRAINT processing_log_action_check CHECK (action IN ('read', 'write', 'export', 'erasure', 'check'));
    `);
  }
}

/**
 * Fewer indexes for every line written. A resident's lines are asked for with or without one
 * organisation's scope (inzage.ts, data-subject.ts): one partial index (person_id, organisation_id,
 * logged_at) serves both, where (person_id, logged_at) and (organisation_id, person_id, logged_at) each
 * took every line (all organisations' lines of a resident are now sorted after reading, not read in order);
 * lines about no resident (a volunteer's record) are never asked for by person. A trace's
 * lines, and one span's unconfirmed ones (delivery.ts), are few: one (trace_id, span_id) index serves both,
 * where (trace_id) and a partial (trace_id, span_id) WHERE unconfirmed did; and since no index depends on
 * `delivery` any more, the gateway's confirmation can update a line in place (a HOT update; pages were
 * filled to 90% to leave room for the confirmed version, too little: ProcessingLogRoomForConfirmation).
 */
export class ProcessingLogIndexes1763900000800 implements MigrationInterface {
  name = 'ProcessingLogIndexes1763900000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX processing_log_person_organisation ON processing_log (person_id, organisation_id, logged_at) WHERE person_id IS NOT NULL;
      CREATE INDEX processing_log_trace_span ON processing_log (trace_id, span_id);
      DROP INDEX processing_log_person, processing_log_organisation_person, processing_log_trace, processing_log_unconfirmed;
      ALTER TABLE processing_log SET (fillfactor = 90);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX processing_log_person ON processing_log (person_id, logged_at);
      CREATE INDEX processing_log_organisation_person ON processing_log (organisation_id, person_id, logged_at);
      CREATE INDEX processing_log_trace ON processing_log (trace_id);
      CREATE INDEX processing_log_unconfirmed ON processing_log (trace_id, span_id) WHERE delivery = 'unconfirmed';
      DROP INDEX processing_log_person_organisation, processing_log_trace_span;
      ALTER TABLE processing_log RESET (fillfactor);
    `);
  }
}

/**
 * Room on every page for the confirmed version of each line on it. A subgraph writes a request's read lines
 * together (so onto the same few pages) and the gateway's confirmation rewrites each of them once
 * (delivery.ts). At 90% a page of about twenty lines had room for the new version of two: the others went
 * to another page, with a new entry in each of the three indexes (measured on 300,000 lines: 11% of the
 * confirmations in place; 109 lines confirmed for 1,120 buffers). At 50% every one stays on its page
 * without touching an index (100% in place, 231 buffers), and the table is no larger, since a line moved
 * away leaves its old version behind until vacuum; only lines never confirmed (checks, writes) take twice
 * the room. Pages written before keep their old fill.
 */
export class ProcessingLogRoomForConfirmation1763900000810 implements MigrationInterface {
  name = 'ProcessingLogRoomForConfirmation1763900000810';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE processing_log SET (fillfactor = 50)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE processing_log SET (fillfactor = 90)');
  }
}
