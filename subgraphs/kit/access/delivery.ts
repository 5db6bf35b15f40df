// What the gateway confirms about the read lines a subgraph wrote for one of its requests (the same route in
// every subgraph). A subgraph writes a read line `unconfirmed`, before its answer leaves: it cannot know
// whether the gateway hands its fields to the caller, passes them to another subgraph as @requires or key
// input, or drops them (a later fetch was refused and nulled the parent). The gateway knows, once it has built
// the answer; it then posts here once per request, with the identity it signs for this subgraph (the same one a
// GraphQL request carries), for each of the subgraph's spans in the request (a match view asks welzijn twice)
// and per line: the fields the caller received and the fields it passed to which subgraph. Each line is
// then confirmed with the fields served, a passed-on field becomes a `disclosure` line naming the subgraph it
// went to, and a line with neither is deleted. Only the request's own unconfirmed lines can be touched (its
// trace, span, caller), once, and only to narrow them. A line never confirmed (gateway gone) stays as it was
// written: served, marked unconfirmed, so the log never says less than what may have left.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../database';
import type { Caller } from '../../../platform/caller';
import { sendJson } from '../../../platform/http';
import { spanLinesSql } from './processing-log-spans';

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

function isDelivery(value: unknown): value is Delivery {
  const { span, lines } = (value ?? {}) as { span?: unknown; lines?: unknown };
  if (typeof span !== 'string' || !Array.isArray(lines)) return false;
  return lines.every((line) => {
    const { entity, id, served, disclosedTo } = (line ?? {}) as Partial<DeliveredLine>;
    if (typeof entity !== 'string' || typeof id !== 'string' || !isStrings(served)) return false;
    return !!disclosedTo && typeof disclosedTo === 'object' && Object.values(disclosedTo).every(isStrings);
  });
}

/** The body `{ deliveries: [...] }`, checked field by field; null when it is not one. */
export function parseDeliveries(body: unknown): Delivery[] | null {
  const { deliveries } = (body ?? {}) as { deliveries?: unknown };
  return Array.isArray(deliveries) && deliveries.every(isDelivery) ? deliveries : null;
}

/** `fields` (a line's comma list) narrowed to `keep` (a comma list), sorted; '' when none is left. */
const NARROWED = (fields: string, keep: string) => `(SELECT coalesce(string_agg(f, ',' ORDER BY f), '') FROM unnest(string_to_array(${fields}, ',')) f WHERE f = ANY(string_to_array(${keep}, ',')))`;

/** What a disclosure line copies of the read line it comes from. */
const COPIED = 'logged_at, trace_id, span_id, parent_span_id, processing_activity_id, operation_name, foreign_operation, organisation_id, subject, roles, purpose, entity, entity_id, person_id';
/** COPIED, each column of table `alias`. */
const copiedOf = (alias: string) => COPIED.split(', ').map((column) => `${alias}.${column}`).join(', ');

/**
 * A request's deliveries as one statement (atomic without a transaction of its own). `d`: the deliveries, one
 * row per span, line and recipient ('' for the caller; a line named twice counts once, with both field lists).
 * `span`: the request's unconfirmed read lines, matched by trace, span and caller (the identity the gateway
 * signed; found through the span rows, processing-log-spans.ts), read once and then changed by their row
 * address (ctid) instead of a primary-key lookup per line.
 * `kept`: per line and recipient, the fields the line itself named (a delivery only narrows; materialized, so
 * each is narrowed once, not once for every use in `line`). `line`: per line, the fields served to the caller
 * and its disclosures (recipient and fields, in recipient order, empty ones left out). A line with fields
 * served is confirmed with them, and each disclosure is a line of its own. A line with none served becomes
 * its first disclosure in place (the others are added), so a neighbour ranked but not shown costs one update
 * instead of an insert, an update and a delete. A line with neither is deleted. The added disclosures are
 * made from what the update returns (the lines it confirmed, with their disclosures): joining `line`, the
 * update and `span` again, each estimated at one row, was a nested loop over every pair of lines (8 of 15 ms
 * for 109 lines). The update and the delete check again that the line is still an unconfirmed read line: a
 * second delivery for the same span (a replay, or one racing the first) waits for the first and then finds
 * its lines confirmed, so it leaves them as they are (under READ COMMITTED the row address alone is not
 * checked again on the newer version), and it adds no disclosures, as those come only from lines it did
 * confirm.
 */
const APPLY = `
  WITH d AS (
    SELECT span_id, entity, entity_id, recipient, string_agg(fields, ',') AS fields
    FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) AS d(span_id, entity, entity_id, recipient, fields)
    GROUP BY span_id, entity, entity_id, recipient
  ), span AS MATERIALIZED (
    SELECT DISTINCT ON (p.id) p.ctid AS at, p.id, p.fields, ${copiedOf('p')}
    FROM ${spanLinesSql('p', '$1', '$2::text[]')}
      AND p.organisation_id = $3 AND p.subject = $4 AND p.action = 'read' AND p.delivery = 'unconfirmed'
  ), kept AS MATERIALIZED (
    SELECT l.at, l.id, d.recipient, ${NARROWED('l.fields', 'd.fields')} AS fields
    FROM d JOIN span l ON l.span_id = d.span_id AND l.entity = d.entity AND l.entity_id = d.entity_id
  ), line AS (
    SELECT at, id, coalesce(max(fields) FILTER (WHERE recipient = ''), '') AS served,
      array_agg(recipient ORDER BY recipient) FILTER (WHERE recipient <> '' AND fields <> '') AS recipients,
      array_agg(fields ORDER BY recipient) FILTER (WHERE recipient <> '' AND fields <> '') AS disclosed
    FROM kept GROUP BY at, id
  ), confirmed AS (
    UPDATE processing_log l SET delivery = 'confirmed',
      fields = CASE WHEN line.served <> '' THEN line.served ELSE line.disclosed[1] END,
      action = CASE WHEN line.served <> '' THEN 'read' ELSE 'disclosure' END,
      recipient = CASE WHEN line.served <> '' THEN NULL ELSE line.recipients[1] END
    FROM line
    WHERE l.ctid = line.at AND l.id = line.id AND l.action = 'read' AND l.delivery = 'unconfirmed'
      AND (line.served <> '' OR line.recipients IS NOT NULL)
    RETURNING ${copiedOf('l')}, line.served, line.recipients, line.disclosed
  ), added AS (
    INSERT INTO processing_log (${COPIED}, action, fields, delivery, recipient)
    SELECT ${COPIED}, 'disclosure', disclosed[i], 'confirmed', recipients[i]
    FROM confirmed CROSS JOIN LATERAL generate_subscripts(recipients, 1) AS i
    WHERE i > CASE WHEN served = '' THEN 1 ELSE 0 END
  )
  DELETE FROM processing_log l USING line
  WHERE l.ctid = line.at AND l.id = line.id AND l.action = 'read' AND l.delivery = 'unconfirmed'
    AND line.served = '' AND line.recipients IS NULL`;

/** Applies a request's deliveries: lines narrowed to what was served and confirmed, disclosures recorded, lines with neither deleted. */
export async function applyDeliveries(db: Database, caller: Caller, deliveries: readonly Delivery[]): Promise<void> {
  // one row per span, line and recipient ('' for the caller)
  const rows = deliveries.flatMap(({ span, lines }) =>
    lines.flatMap((line) => [
      { span, line, recipient: '', fields: line.served },
      ...Object.entries(line.disclosedTo).map(([recipient, fields]) => ({ span, line, recipient, fields })),
    ]),
  );
  if (!rows.length) return;
  await db.query(APPLY, [
    caller.traceId,
    [...new Set(rows.map((r) => r.span))],
    caller.organisationId,
    caller.subject,
    rows.map((r) => r.span),
    rows.map((r) => r.line.entity),
    rows.map((r) => r.line.id),
    rows.map((r) => r.recipient),
    rows.map((r) => r.fields.join(',')),
  ]);
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
    let deliveries: Delivery[] | null = null;
    try {
      deliveries = parseDeliveries(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch {
      // not JSON: answered below
    }
    if (!deliveries) return sendJson(res, 400, { error: 'the body is not a delivery: { deliveries: [{ span, lines: [{ entity, id, served, disclosedTo }] }] }' });
    await applyDeliveries(db, caller, deliveries);
    sendJson(res, 200, { status: 'ok' });
  };
}
