// A cooperative subscribes to a calendar it already keeps (its website's .ics): bewoners pulls it on a
// schedule (a graphile-worker job per subscription that schedules its next run, kit/jobs.ts) and on demand
// (pullCalendar), into published activities of the cooperative, by UID: a new UID creates one, a higher
// SEQUENCE updates it, STATUS:CANCELLED cancels it; a lower SEQUENCE than the one taken is left alone.
// A pull is one transaction: a file that cannot be read, or an event that breaks the activity rules, writes
// nothing and is recorded as the subscription's lastError.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { Database } from '../kit/database';
import { assertAreaCode } from '../kit/areas';
import { scheduleJob } from '../kit/jobs';
import { checkOutboundUrl, outboundRequest, OutboundUrlError, type OutboundPolicy } from '../kit/outbound-http';
import { NO_CONTACT, websiteAddress } from '../kit/contact-details';
import { inputFingerprint } from '../kit/idempotent-create';
import { checkFields, checkRuleDay, locationText } from './publishing';
import { CalendarFileError, parseCalendar, type CalendarEvent } from './ical-import';
import type { SubscribeCalendarInput } from './generated/resolvers-types';

export const PULL_TASK = 'calendar.pull';
const FETCH_TIMEOUT_MS = 10_000;
const MAX_BYTES = 2 * 1024 * 1024;

export interface CalendarSubscriptionRow {
  id: string;
  organisation_id: string;
  url: string;
  area_code: string;
  kind: string;
  themes: string[];
  interval_minutes: number;
  last_pulled_at: Date | null;
  last_error: string | null;
}

const jobKey = (id: string) => `calendar:${id}`;

export async function subscribeCalendar(manager: EntityManager, input: SubscribeCalendarInput, caller: Caller, outbound: OutboundPolicy): Promise<CalendarSubscriptionRow> {
  const url = websiteAddress(input.url, 'input.url')!;
  // not into the hub's own network (SSRF); checked again for the address each pull connects to
  await checkOutboundUrl(url, outbound).catch((error: unknown) => {
    throw error instanceof OutboundUrlError ? badInput(`the calendar address is refused: ${error.message}`, 'input.url') : error;
  });
  if (assertAreaCode(input.area, 'input.area').startsWith('GM')) throw badInput('area must be a wijk or buurt', 'input.area');
  const interval = input.intervalMinutes ?? 60;
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) throw badInput('intervalMinutes is 5–1440', 'input.intervalMinutes');
  const fingerprint = inputFingerprint(input);
  const [earlier] = await manager.query('SELECT * FROM calendar_subscription WHERE organisation_id = $1 AND client_mutation_id = $2', [caller.organisationId, input.clientMutationId]);
  if (earlier) {
    if (earlier.client_mutation_hash !== fingerprint) throw new GraphQLError(`clientMutationId "${input.clientMutationId}" was used before for a different request`, { extensions: { code: 'CONFLICT', field: 'input.clientMutationId' } });
    return earlier;
  }
  const [row] = await manager.query(
    `INSERT INTO calendar_subscription (id, organisation_id, url, area_code, kind, themes, interval_minutes, client_mutation_id, client_mutation_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [`calendar-${randomUUID()}`, caller.organisationId, url, input.area, input.kind, [...new Set(input.themes ?? [])], interval, input.clientMutationId, fingerprint],
  );
  await scheduleJob(manager, PULL_TASK, { id: row.id }, { jobKey: jobKey(row.id) }); // the first pull, as soon as this commits
  return row;
}

async function download(url: string, outbound: OutboundPolicy): Promise<string> {
  const response = await outboundRequest(url, { headers: { accept: 'text/calendar' }, timeoutMs: FETCH_TIMEOUT_MS, maxBytes: MAX_BYTES }, outbound).catch((error: unknown) => {
    if (error instanceof OutboundUrlError) throw new CalendarFileError(`the calendar address is refused: ${error.message}`);
    const failure = error as { code?: string; name?: string; message?: string };
    throw new CalendarFileError(`the calendar could not be fetched (${failure.code ?? failure.name ?? failure.message})`);
  });
  // a redirect is not followed (outbound-http.ts): it is an answer other than the calendar
  if (response.status !== 200) throw new CalendarFileError(`the calendar answered HTTP ${response.status}`);
  return response.body;
}

/** An event as activity fields, checked by the rules createActivity applies. */
function activityFields(event: CalendarEvent) {
  const fields = { title: event.title.trim(), description: event.description, startsAt: event.startsAt, endsAt: event.endsAt, recurrence: event.recurrence };
  try {
    checkFields(fields);
    checkRuleDay(fields.startsAt, fields.recurrence);
    return { ...fields, location: locationText(event.location), website: websiteAddress(event.url, 'url') };
  } catch (error) {
    throw new CalendarFileError(`event ${event.uid}: ${(error as Error).message}`);
  }
}

async function apply(manager: EntityManager, subscription: CalendarSubscriptionRow, events: CalendarEvent[]): Promise<void> {
  // one pull of a subscription at a time (a scheduled one and one asked for): the second sees what the first wrote
  await manager.query('SELECT id FROM calendar_subscription WHERE id = $1 FOR UPDATE', [subscription.id]);
  for (const event of events) {
    const fields = activityFields(event);
    const [existing] = await manager.query('SELECT id, source_sequence FROM activity WHERE source_subscription_id = $1 AND source_uid = $2 FOR UPDATE', [subscription.id, event.uid]);
    const status = event.cancelled ? 'CANCELLED' : 'SCHEDULED';
    const contact = JSON.stringify({ ...NO_CONTACT, website: fields.website });
    if (!existing) {
      await manager.query(
        `INSERT INTO activity (id, title, description, kind, themes, target_groups, organisation_id, area_code, starts_at, ends_at, recurrence, free, published, status,
           updated_at, contact, excluded_dates, location, source_subscription_id, source_uid, source_sequence)
         VALUES ($1, $2, $3, $4, $5, '{}', $6, $7, $8, $9, $10, true, true, $11, now(), $12, $13, $14, $15, $16, $17)`,
        [`activity-${randomUUID()}`, fields.title, fields.description, subscription.kind, subscription.themes, subscription.organisation_id, subscription.area_code,
          fields.startsAt, fields.endsAt, fields.recurrence, status, contact, event.excludedDates, fields.location, subscription.id, event.uid, event.sequence],
      );
    } else if (event.sequence > existing.source_sequence) {
      await manager.query(
        `UPDATE activity SET title = $2, description = $3, starts_at = $4, ends_at = $5, recurrence = $6, status = $7, contact = $8, excluded_dates = $9,
           location = $10, source_sequence = $11, updated_at = now() WHERE id = $1`,
        [existing.id, fields.title, fields.description, fields.startsAt, fields.endsAt, fields.recurrence, status, contact, event.excludedDates, fields.location, event.sequence],
      );
    }
  }
}

/** Pulls one subscription now; records when and what went wrong; schedules the next pull. */
export async function pullCalendar(db: Database, id: string, outbound: OutboundPolicy): Promise<CalendarSubscriptionRow | null> {
  const [subscription]: CalendarSubscriptionRow[] = await db.query('SELECT * FROM calendar_subscription WHERE id = $1', [id]);
  if (!subscription) return null;
  let error: string | null = null;
  try {
    const events = parseCalendar(await download(subscription.url, outbound));
    await db.transaction((manager) => apply(manager, subscription, events));
  } catch (failure) {
    if (failure instanceof CalendarFileError) error = failure.message;
    else throw failure;
  }
  return db.transaction(async (manager) => {
    await manager.query('UPDATE calendar_subscription SET last_pulled_at = now(), last_error = $2 WHERE id = $1', [id, error]);
    const [row] = await manager.query('SELECT * FROM calendar_subscription WHERE id = $1', [id]);
    await scheduleJob(manager, PULL_TASK, { id }, { jobKey: jobKey(id), runAt: new Date(Date.now() + subscription.interval_minutes * 60_000) });
    return row;
  });
}

/** Pulls one of the caller's cooperative's subscriptions now. */
export async function pullOwnCalendar(db: Database, id: string, caller: Caller, outbound: OutboundPolicy): Promise<CalendarSubscriptionRow> {
  const [own] = await db.query('SELECT id FROM calendar_subscription WHERE id = $1 AND organisation_id = $2', [id, caller.organisationId]);
  if (!own) throw new GraphQLError(`no calendar subscription ${id} of your cooperative`, { extensions: { code: 'NOT_FOUND', field: 'id' } });
  return (await pullCalendar(db, id, outbound))!;
}
