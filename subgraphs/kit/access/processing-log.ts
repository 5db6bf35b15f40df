// The processing log (verwerkingenlog, after VNG's Logboek Dataverwerkingen): every read of personal data,
// by whom, about whom, which fields, for which purpose, with the gateway's trace id. Each subgraph keeps
// its own log in its own database; a request's reads are written in one statement when it answers.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Database } from '../database';
import type { Caller } from '../../../platform/caller';
import type { Logger } from '../../../platform/log';
import type { PersonalRecord } from './personal-data';

interface Entry {
  caller: Caller;
  type: string;
  id: string;
  personId: string | null;
  fields: Set<string>;
}

export class ProcessingLog {
  private readonly entries = new Map<string, Entry>();

  record(record: PersonalRecord, field: string, caller: Caller): void {
    const key = `${record.type}:${record.id}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { caller, type: record.type, id: record.id, personId: record.personId, fields: new Set() };
      this.entries.set(key, entry);
    }
    entry.fields.add(field);
  }

  /** Writes the entries; also used by mutations that must log inside their own transaction. */
  async write(db: Pick<Database, 'query'>): Promise<void> {
    if (!this.entries.size) return;
    const entries = [...this.entries.values()];
    this.entries.clear();
    await db.query(
      `INSERT INTO processing_log (trace_id, organisation_id, subject, roles, purpose, entity, entity_id, person_id, fields)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])`,
      [
        entries.map((e) => e.caller.traceId),
        entries.map((e) => e.caller.organisationId),
        entries.map((e) => e.caller.subject),
        entries.map((e) => e.caller.roles.join(',')),
        entries.map((e) => e.caller.purpose),
        entries.map((e) => e.type),
        entries.map((e) => e.id),
        entries.map((e) => e.personId),
        entries.map((e) => [...e.fields].sort().join(',')),
      ],
    );
  }
}

/** Writes each request's log before the answer leaves; when that fails, no personal data leaves. */
export function processingLogPlugin(db: Database, log: Logger): ApolloServerPlugin<{ personalData: { log: ProcessingLog }; caller: Caller }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.personalData.log.write(db);
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
