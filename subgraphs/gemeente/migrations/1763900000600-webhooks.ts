import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (issue 17): partners' endpoints, a cursor per subgraph's event feed, one delivery per endpoint and
 * event (unique: an event reaches an endpoint once, a retry or replay reuses the row) and its attempts.
 */
export class Webhooks1763900000600 implements MigrationInterface {
  name = 'Webhooks1763900000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook (
        id text PRIMARY KEY,
        organisation_id text NOT NULL REFERENCES organisation (id),
        url text NOT NULL,
        event_types text[] NOT NULL,
        purpose text NOT NULL,
        secret text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        client_mutation_id text,
        client_mutation_hash text
      );
      CREATE UNIQUE INDEX webhook_client_mutation ON webhook (organisation_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL;
      CREATE INDEX webhook_organisation ON webhook (organisation_id, id);

      -- how far gemeente has read each subgraph's outbox
      CREATE TABLE webhook_cursor (
        partner text PRIMARY KEY,
        seq bigint NOT NULL
      );

      CREATE TABLE webhook_delivery (
        id bigserial PRIMARY KEY,
        webhook_id text NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
        partner text NOT NULL,
        event_seq bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        public boolean NOT NULL,
        occurred_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD', 'NOT_ALLOWED')),
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        next_attempt_at timestamptz,
        delivered_at timestamptz,
        UNIQUE (webhook_id, event_id)
      );
      -- the delivery log, newest first; replay from a time
      CREATE INDEX webhook_delivery_log ON webhook_delivery (webhook_id, id);
      CREATE INDEX webhook_delivery_occurred ON webhook_delivery (webhook_id, occurred_at);
      -- one subject's deliveries to one endpoint go in order: the earlier pending ones
      CREATE INDEX webhook_delivery_subject ON webhook_delivery (webhook_id, partner, subject_type, subject_id, event_seq) WHERE status = 'PENDING';

      CREATE TABLE webhook_attempt (
        delivery_id bigint NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
        number integer NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        status_code integer,
        error text,
        PRIMARY KEY (delivery_id, number)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE webhook_attempt; DROP TABLE webhook_delivery; DROP TABLE webhook_cursor; DROP TABLE webhook;');
  }
}
