// What the gateway confirms about the read lines a subgraph wrote for one of its requests (the same route in
// every subgraph). A subgraph writes a read line `unconfirmed`, before its answer leaves: it cannot know
// whether the gateway hands its fields to the caller, passes them to another subgraph as @requires or key
// input, or drops them (a later fetch was refused and nulled the parent). The gateway knows, once it has built
// the answer; it then posts here, with the identity it signs for this subgraph (the same one a GraphQL request
// carries), per line: the fields the caller received and the fields it passed to which subgraph. Each line is
// then confirmed with the fields served, a passed-on field becomes a `disclosure` line naming the subgraph it
// went to, and a line with neither is deleted. Only the request's own unconfirmed lines can be touched (its
// trace, span, caller), and only to narrow them. A line never confirmed (gateway gone) stays as it was
// written: served, marked unconfirmed, so the log never says less than what may have left.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../database';
import type { Caller } from '../../../platform/caller';
import { sendJson } from '../../../platform/http';

export const DELIVERY_PATH = '/internal/processing-log/delivery';
const MAX_BODY_BYTES = 4_000_000;

/** Per unconfirmed line of one subgraph request (its span): what reached the caller, what went to which subgraph. */
export interface DeliveredLine {
  entity: string;
  id: string;
  served: string[];
  /** Fields passed to another subgraph, by that subgraph's name. */
  disclosedTo: Record<string, string[]>;
}

export interface Delivery {
  /** The subgraph request's own span (the lines' span_id). */
  span: string;
  lines: DeliveredLine[];
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The body, checked field by field; null when it is not a delivery. */
export function parseDelivery(body: unknown): Delivery | null {
  const { span, lines } = (body ?? {}) as { span?: unknown; lines?: unknown };
  if (typeof span !== 'string' || !Array.isArray(lines)) return null;
  for (const line of lines) {
    const { entity, id, served, disclosedTo } = (line ?? {}) as Partial<DeliveredLine>;
    if (typeof entity !== 'string' || typeof id !== 'string' || !isStrings(served)) return null;
    if (!disclosedTo || typeof disclosedTo !== 'object' || !Object.values(disclosedTo).every(isStrings)) return null;
  }
  return { span, lines: lines as DeliveredLine[] };
}

/** The request's unconfirmed lines, matched by trace, span and caller (the identity the gateway signed). */
const LINES = `
  SELECT l.id, d.served, d.recipient, d.disclosed
  FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) AS d(entity, entity_id, served, recipient, disclosed)
  JOIN processing_log l ON l.trace_id = $1 AND l.span_id = $2 AND l.organisation_id = $3 AND l.subject = $4
    AND l.action = 'read' AND l.delivery = 'unconfirmed' AND l.entity = d.entity AND l.entity_id = d.entity_id`;

/** `fields` (a line's comma list) narrowed to `keep` (a comma list), sorted; '' when none is left. */
const NARROWED = (fields: string, keep: string) => `(SELECT coalesce(string_agg(f, ',' ORDER BY f), '') FROM unnest(string_to_array(${fields}, ',')) f WHERE f = ANY(string_to_array(${keep}, ',')))`;

/** Applies a delivery in one transaction: disclosure lines added, lines narrowed to what was served and confirmed, empty ones deleted. */
export async function applyDelivery(db: Database, caller: Caller, delivery: Delivery): Promise<void> {
  // one row per line and recipient ('' for the caller)
  const rows = delivery.lines.flatMap((line) => [
    { line, recipient: '', fields: line.served },
    ...Object.entries(line.disclosedTo).map(([recipient, fields]) => ({ line, recipient, fields })),
  ]);
  if (!rows.length) return;
  const params = [
    caller.traceId,
    delivery.span,
    caller.organisationId,
    caller.subject,
    rows.map((r) => r.line.entity),
    rows.map((r) => r.line.id),
    rows.map((r) => (r.recipient === '' ? r.fields.join(',') : '')),
    rows.map((r) => r.recipient),
    rows.map((r) => (r.recipient === '' ? '' : r.fields.join(','))),
  ];
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO processing_log (logged_at, trace_id, span_id, parent_span_id, processing_activity_id, action, operation_name, foreign_operation,
         organisation_id, subject, roles, purpose, entity, entity_id, person_id, fields, delivery, recipient)
       SELECT l.logged_at, l.trace_id, l.span_id, l.parent_span_id, l.processing_activity_id, 'disclosure', l.operation_name, l.foreign_operation,
         l.organisation_id, l.subject, l.roles, l.purpose, l.entity, l.entity_id, l.person_id, ${NARROWED('l.fields', 'm.disclosed')}, 'confirmed', m.recipient
       FROM (${LINES}) m JOIN processing_log l ON l.id = m.id
       WHERE m.recipient <> '' AND ${NARROWED('l.fields', 'm.disclosed')} <> ''`,
      params,
    );
    await manager.query(
      `UPDATE processing_log l SET fields = ${NARROWED('l.fields', 'm.served')}, delivery = 'confirmed'
       FROM (${LINES}) m WHERE l.id = m.id AND m.recipient = ''`,
      params,
    );
    await manager.query(
      `DELETE FROM processing_log WHERE trace_id = $1 AND span_id = $2 AND action = 'read' AND delivery = 'confirmed' AND fields = ''`,
      [caller.traceId, delivery.span],
    );
  });
}

/** POST DELIVERY_PATH: `authenticate` verifies the gateway's identity (as for /graphql). */
export function deliveryRoute(db: Database, authenticate: (req: IncomingMessage) => Promise<Caller>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST a delivery' });
    let caller: Caller;
    try {
      caller = await authenticate(req);
    } catch (error) {
      return sendJson(res, 401, { error: (error as Error).message });
    }
    if (!caller.subject || !caller.organisationId) return sendJson(res, 401, { error: 'a delivery names the caller whose lines it confirms' });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return sendJson(res, 413, { error: 'delivery too large' });
      chunks.push(chunk as Buffer);
    }
    let delivery: Delivery | null = null;
    try {
      delivery = parseDelivery(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch {
      // not JSON: answered below
    }
    if (!delivery) return sendJson(res, 400, { error: 'the body is not a delivery: { span, lines: [{ entity, id, served, disclosedTo }] }' });
    await applyDelivery(db, caller, delivery);
    sendJson(res, 200, { status: 'ok' });
  };
}
