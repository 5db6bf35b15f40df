// What partners read of their webhooks: the endpoints (own, or all for the gemeente's hub-admin) and the
// delivery log of an own endpoint, newest first, with every try (one statement per page).
import type { Caller } from '../../../platform/caller';
import { notFound } from '../../../platform/errors';
import type { Database } from '../../kit/database';
import { decodeCursor, pageSize, toConnection, type Connection, type PageArgs } from '../../kit/pagination';
import { Webhook } from '../entities';
import { seesAll } from './registry';

export interface AttemptRow {
  number: number;
  attemptedAt: Date;
  statusCode: number | null;
  error: string | null;
}

export interface DeliveryRow {
  id: string;
  eventId: string;
  eventType: string;
  subjectType: string;
  subjectId: string;
  occurredAt: Date;
  status: string;
  attemptCount: number;
  lastStatusCode: number | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  attempts: AttemptRow[];
}

const isSeq = (value: unknown): value is string => typeof value === 'string' && /^[0-9]{1,18}$/.test(value);

export async function listWebhooks(db: Database, caller: Caller, municipalityOrganisationId: string, args: PageArgs): Promise<Connection<Webhook>> {
  const limit = pageSize(args.first);
  const query = db.getRepository(Webhook).createQueryBuilder('w').orderBy('w.id').take(limit + 1);
  if (!seesAll(caller, municipalityOrganisationId)) query.where('w.organisation_id = :organisation', { organisation: caller.organisationId });
  if (args.after) query.andWhere('w.id > :after', { after: decodeCursor(args.after) });
  return toConnection(await query.getMany(), limit, (w) => w.id, args.after);
}

/**
 * Need-to-know holds for the log too: a non-public event's delivery names its subject, so it is shown only
 * once a try found the endpoint's organisation allowed to read it (whether or not the endpoint then answered),
 * and never when it was not (NOT_ALLOWED, e.g. after a consent was revoked). Tries that were not allowed (the
 * check went unanswered) are not shown either; a public event's tries all are.
 */
const SHOWN = `(d.public OR (d.status <> 'NOT_ALLOWED' AND EXISTS (SELECT 1 FROM webhook_attempt s WHERE s.delivery_id = d.id AND s.allowed)))`;

export async function listDeliveries(db: Database, webhookId: string, caller: Caller, args: PageArgs): Promise<Connection<DeliveryRow>> {
  const limit = pageSize(args.first);
  const owned = await db.getRepository(Webhook).findOneBy({ id: webhookId, organisationId: caller.organisationId! });
  if (!owned) throw notFound('Webhook', webhookId, 'webhookId');
  const rows: DeliveryRow[] = await db.query(
    `SELECT d.id::text AS "id", d.event_id AS "eventId", d.event_type AS "eventType", d.subject_type AS "subjectType", d.subject_id AS "subjectId",
            d.occurred_at AS "occurredAt", d.status, d.attempts AS "attemptCount", d.last_status_code AS "lastStatusCode",
            d.next_attempt_at AS "nextAttemptAt", d.delivered_at AS "deliveredAt",
            (SELECT coalesce(json_agg(json_build_object('number', a.number, 'attemptedAt', a.attempted_at, 'statusCode', a.status_code, 'error', a.error) ORDER BY a.number), '[]')
               FROM webhook_attempt a WHERE a.delivery_id = d.id AND a.allowed) AS attempts
       FROM webhook_delivery d WHERE d.webhook_id = $1 AND ($2::bigint IS NULL OR d.id < $2::bigint) AND ${SHOWN} ORDER BY d.id DESC LIMIT $3`,
    [webhookId, args.after ? decodeCursor(args.after, isSeq) : null, limit + 1],
  );
  const parsed = rows.map((row) => ({ ...row, attempts: row.attempts.map((a) => ({ ...a, attemptedAt: new Date(a.attemptedAt) })) }));
  return toConnection(parsed, limit, (row) => row.id, args.after);
}
