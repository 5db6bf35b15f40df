// Each partner publishes its public items for the sociale kaart as a change feed: a table `public_change`
// that triggers on the partner's own tables fill in the same transaction as the change (so nothing is
// missed), served at GET /feeds/sociale-kaart?after=<seq>&limit=<n>. gemeente's index pulls it; pulling
// again from any cursor is harmless (idempotent, replayable).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Database } from '../database';
import { sendJson } from '../../../platform/http';
import type { CapacityRecord } from '../capacity';
import type { ContactRecord } from '../contact-details';

export const FEED_PATH = '/feeds/sociale-kaart';
export const MAX_FEED_PAGE = 1000;
/** The advisory lock that orders feed writers (any constant unique to this use). */
const FEED_LOCK = 7_263_001;

/** What kind of kaart item a change is about, as the sociale kaart index's SocialMapKind names them. */
export type SocialMapKind = string;

/** The public summary a partner publishes for an item (what the kaart can show while the partner is down). */
export interface PublicSummary {
  title: string;
  description: string;
  themes: string[];
  targetGroups: string[];
  areaCode: string;
  organisationId: string;
  free: boolean;
  latitude?: number | null;
  longitude?: number | null;
  venueId?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  recurrence?: string | null;
  /** Local dates (YYYY-MM-DD) of cancelled occurrences of a recurring activity (EXDATE). */
  excludedDates?: string[] | null;
  /** Phones, e-mail, website, address, opening hours (kit/contact-details.ts). */
  contact?: ContactRecord | null;
  /** Takes new clients or volunteers, waiting time (kit/capacity.ts), for services and vacancies. */
  capacity?: CapacityRecord | null;
  /** The HSDS id an imported item keeps (its id in the HSDS export). */
  hsdsId?: string | null;
}

export interface PublicChange {
  seq: number;
  kind: SocialMapKind;
  id: string;
  /** false: the item left the kaart (unpublished, cancelled or deleted). */
  published: boolean;
  summary: PublicSummary | null;
}

const FEED_SQL = `
  SELECT seq::int AS seq, kind, item_id AS id, published, summary FROM public_change
  WHERE seq > $1 ORDER BY seq LIMIT $2`;

export async function readPublicChanges(db: Database, after: number, limit: number): Promise<PublicChange[]> {
  return db.query(FEED_SQL, [after, limit]);
}

export function publicChangeFeedRoute(db: Database) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const after = Number(url.searchParams.get('after') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 500);
    if (!Number.isInteger(after) || after < 0 || !Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_PAGE) {
      return sendJson(res, 400, { error: `after must be a sequence number ≥ 0 and limit 1–${MAX_FEED_PAGE}` });
    }
    const changes = await readPublicChanges(db, after, limit);
    sendJson(res, 200, { changes, next: changes.length ? changes[changes.length - 1].seq : after });
  };
}

/** The change table, the same in every subgraph. Each subgraph adds the triggers for its own tables. */
export class PublicChanges1763900000005 implements MigrationInterface {
  name = 'PublicChanges1763900000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public_change (
        seq bigserial PRIMARY KEY,
        kind text NOT NULL,
        item_id text NOT NULL,
        published boolean NOT NULL,
        summary jsonb,
        changed_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE public_change');
  }
}

/**
 * Withdrawn items leave a tombstone without content (issue 13, finding 7). The feed is replayable from any
 * cursor, so before this every earlier version of a cancelled, unpublished or deleted item stayed readable
 * in it, title and description included. Now each change supersedes the item's earlier rows: the feed holds
 * one row per item, its latest state, and for a withdrawn item that is `published: false` with no summary
 * (a CHECK keeps it so). A reader at any cursor still learns every current state (a superseded row only
 * ever sits below the row that replaced it), and the index removes the item on the tombstone.
 */
export class PublicChangeTombstones1763900000021 implements MigrationInterface {
  name = 'PublicChangeTombstones1763900000021';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX public_change_item ON public_change (kind, item_id, seq);
      DELETE FROM public_change p USING public_change q WHERE q.kind = p.kind AND q.item_id = p.item_id AND q.seq > p.seq;
      UPDATE public_change SET summary = NULL WHERE NOT published AND summary IS NOT NULL;
      ALTER TABLE public_change ADD CONSTRAINT public_change_tombstone_empty CHECK (published OR summary IS NULL);
      CREATE FUNCTION public_change_supersede() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM public_change WHERE kind = NEW.kind AND item_id = NEW.item_id AND seq < NEW.seq;
        RETURN NULL;
      END $$;
      CREATE TRIGGER public_change_supersede AFTER INSERT ON public_change FOR EACH ROW EXECUTE FUNCTION public_change_supersede();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER public_change_supersede ON public_change; DROP FUNCTION public_change_supersede();
      ALTER TABLE public_change DROP CONSTRAINT public_change_tombstone_empty; DROP INDEX public_change_item`);
  }
}

/**
 * SQL for a trigger that records changes of `table` as kind `kind`; `visible` is an SQL condition on NEW
 * (or OLD) saying whether the row is on the kaart, `summary` builds the PublicSummary from a row alias.
 * Writers of the feed take one transaction-level lock first, so change numbers become visible in order:
 * a reader never sees 6 while 5 is still to commit (and so never skips 5 for good). Publishing is rare
 * enough that this queueing costs nothing noticeable.
 */
export function publicChangeTriggerSql(table: string, kind: SocialMapKind, visible: (row: string) => string, summary: (row: string) => string): string {
  return `
    CREATE FUNCTION ${table}_public_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(${FEED_LOCK});
      IF TG_OP = 'DELETE' THEN
        IF ${visible('OLD')} THEN
          INSERT INTO public_change (kind, item_id, published, summary) VALUES ('${kind}', OLD.id, false, NULL);
        END IF;
        RETURN OLD;
      END IF;
      IF ${visible('NEW')} THEN
        INSERT INTO public_change (kind, item_id, published, summary) VALUES ('${kind}', NEW.id, true, ${summary('NEW')});
      ELSIF TG_OP = 'UPDATE' AND ${visible('OLD')} THEN
        INSERT INTO public_change (kind, item_id, published, summary) VALUES ('${kind}', NEW.id, false, NULL);
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER ${table}_public_change AFTER INSERT OR UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${table}_public_change();
    INSERT INTO public_change (kind, item_id, published, summary)
      SELECT '${kind}', r.id, true, ${summary('r')} FROM ${table} r WHERE ${visible('r')} ORDER BY r.id;`;
}
