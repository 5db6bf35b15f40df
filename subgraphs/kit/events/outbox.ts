// The transactional outbox, the same in every subgraph: a change records its domain event in the table
// `outbox` in its own transaction (recordEvent), so a change that commits has its event and one that rolls
// back has none. Delivery reads the table in order of `seq` (an event dated later, a follow-up that falls
// due, waits until `occurred_at`, and withdrawPendingEvents takes it back before then). Public changes of
// the sociale kaart feed (public_change) become events by a trigger, so no publishing path can forget one.
// An event holds ids, types and times only: partners fetch the details through the graph, with a purpose.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Sql } from '../jobs';
import type { EventType } from './event-types';

export interface DomainEvent {
  type: EventType;
  /** The GraphQL type and key of what the event is about (a Referral, a Match, an Activity...). */
  subject: { type: string; id: string };
  /** Public events (the sociale kaart) reach every subscriber; the others only who may read the subject. */
  public?: boolean;
  /** When it happens (default: now); a later time holds the event back until then. */
  occurredAt?: Date;
}

/** Records `event` in the caller's transaction (an EntityManager or QueryRunner of the change). */
export async function recordEvent(sql: Sql, event: DomainEvent): Promise<void> {
  await sql.query('INSERT INTO outbox (type, subject_type, subject_id, public, occurred_at) VALUES ($1, $2, $3, $4, coalesce($5, now()))', [
    event.type,
    event.subject.type,
    event.subject.id,
    event.public ?? false,
    event.occurredAt ?? null,
  ]);
}

/**
 * Withdraws the `type` events about `subject` that have not happened yet (dated later, see occurredAt), in the
 * caller's transaction: what they announce will not come (a follow-up recorded before it fell due, a match
 * ended first). Events that have happened stay: they were true when they happened. A delivery of it that
 * gemeente already holds is refused at its next try: the need-to-know check asks whether the event still
 * stands (kit/events/audience.ts).
 */
export async function withdrawPendingEvents(sql: Sql, event: Pick<DomainEvent, 'type' | 'subject'>): Promise<void> {
  await sql.query('DELETE FROM outbox WHERE type = $1 AND subject_type = $2 AND subject_id = $3 AND occurred_at > now()', [
    event.type,
    event.subject.type,
    event.subject.id,
  ]);
}

/** The SQL that makes the sociale kaart's public changes events: <KIND>_PUBLISHED, _CHANGED or _WITHDRAWN. */
const PUBLIC_CHANGE_EVENTS = `
  CREATE FUNCTION public_change_event() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO outbox (type, subject_type, subject_id, public)
    VALUES (
      NEW.kind || CASE
        WHEN NOT NEW.published THEN '_WITHDRAWN'
        -- runs before public_change_supersede (triggers fire by name), so the item's earlier row is still there
        WHEN EXISTS (SELECT 1 FROM public_change p WHERE p.kind = NEW.kind AND p.item_id = NEW.item_id AND p.seq < NEW.seq AND p.published) THEN '_CHANGED'
        ELSE '_PUBLISHED' END,
      initcap_kind(NEW.kind), NEW.item_id, true);
    RETURN NULL;
  END $$;
  CREATE TRIGGER public_change_event AFTER INSERT ON public_change FOR EACH ROW EXECUTE FUNCTION public_change_event();`;

/** ACTIVITY → Activity, COOPERATIVE_SERVICE → CooperativeService: the GraphQL type a kaart kind names. */
const INITCAP_KIND = `
  CREATE FUNCTION initcap_kind(kind text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(initcap(replace(kind, '_', ' ')), ' ', '')
  $$;`;

/** The outbox and the trigger that turns public changes into events. */
export class Outbox1763900000470 implements MigrationInterface {
  name = 'Outbox1763900000470';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        type text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        public boolean NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      -- replay from a point in time
      CREATE INDEX outbox_occurred ON outbox (occurred_at);
      -- deliveries keep to the order of their subject's events
      CREATE INDEX outbox_subject ON outbox (subject_type, subject_id, seq);
      ${INITCAP_KIND}
      ${PUBLIC_CHANGE_EVENTS}

    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER public_change_event ON public_change; DROP FUNCTION public_change_event(); DROP FUNCTION initcap_kind(text);
      DROP TABLE outbox;
    `);
  }
}
