// A cooperative publishes its activities: each mutation is one transaction, validated before it writes,
// and only the cooperative's own staff may change its activities (kit/access/own-row.ts). Publishing
// reaches the sociale kaart through the change feed (the trigger in migration 6).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';
import { lockOwnRow, type WriteRule } from '../kit/access/own-row';
import { createOnce } from '../kit/idempotent-create';
import { optionalId, requiredText } from '../kit/validation';
import { assertAreaCode } from '../kit/areas';
import { occurrencesBetween, recurrenceProblem, startsOnRuleDay } from '../kit/social-map/schedule';
import { localDate } from '../kit/social-map/local-time';
import { contactDetails } from '../kit/contact-details';
import type { Caller } from '../../platform/caller';
import type { CreateActivityInput, UpdateActivityInput } from './generated/resolvers-types';
import { Activity } from './entities';

const MAX_TITLE = 200;
const MAX_DESCRIPTION = 4000;
const MAX_DURATION_MS = 24 * 3600 * 1000;
const MAX_LOCATION = 300;

/** Checks the fields given (each refusal names it under `input.`). */
export function checkFields(fields: Partial<Pick<Activity, 'title' | 'description' | 'startsAt' | 'endsAt' | 'recurrence'>>): void {
  if (fields.title !== undefined) requiredText(fields.title, 'input.title', MAX_TITLE);
  if (fields.description !== undefined && fields.description.length > MAX_DESCRIPTION) throw badInput(`description is at most ${MAX_DESCRIPTION} characters`, 'input.description');
  if (fields.startsAt && fields.endsAt) {
    if (fields.endsAt <= fields.startsAt) throw badInput('endsAt must be after startsAt', 'input.endsAt');
    if (fields.endsAt.getTime() - fields.startsAt.getTime() > MAX_DURATION_MS) throw badInput('an activity lasts at most a day; repeat it with recurrence', 'input.endsAt');
  }
  const problem = fields.recurrence ? recurrenceProblem(fields.recurrence) : null;
  if (problem) throw badInput(problem, 'input.recurrence');
}

/** RFC 5545 counts the start as the first occurrence: it must fall on a day the rule includes. */
export function checkRuleDay(startsAt: Date, recurrence: string | null): void {
  if (recurrence && !recurrenceProblem(recurrence) && !startsOnRuleDay(startsAt, recurrence)) {
    throw badInput(`startsAt (${localDate(startsAt)}) must fall on a day the recurrence includes (${recurrence})`, 'input.startsAt');
  }
}

/** A location in words, trimmed; null when empty. */
export function locationText(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text.length > MAX_LOCATION) throw badInput(`location is at most ${MAX_LOCATION} characters`, 'input.location');
  if (/[\u0000-\u001f\u007f]/.test(text)) throw badInput('location is one line of text', 'input.location');
  return text || null;
}

export async function createActivity(manager: EntityManager, input: CreateActivityInput, caller: Caller): Promise<Activity> {
  if (assertAreaCode(input.area, 'input.area').startsWith('GM')) throw badInput('area must be a wijk or buurt', 'input.area');
  const venueId = optionalId(input.venueId, 'input.venueId');
  const fields = { title: input.title.trim(), description: input.description ?? '', startsAt: input.startsAt, endsAt: input.endsAt, recurrence: input.recurrence || null };
  checkFields(fields);
  checkRuleDay(fields.startsAt, fields.recurrence);
  const contact = contactDetails(input.contact, 'input.contact');
  const location = locationText(input.location);
  const { record } = await createOnce(manager, {
    entity: Activity,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: () =>
      manager.create(Activity, {
        id: `activity-${randomUUID()}`,
        ...fields,
        kind: input.kind,
        themes: [...new Set(input.themes ?? [])],
        targetGroups: [...new Set(input.targetGroups ?? [])],
        venueId,
        areaCode: input.area,
        free: input.free ?? true,
        contact,
        location,
        published: false,
        status: 'SCHEDULED',
        updatedAt: new Date(),
      }),
  });
  return record;
}

/** Activities are changed by the cooperative that organises them; a published one is public, a draft is not there for others. */
const ORGANISER_WRITES: WriteRule<Activity> = {
  type: 'Activity',
  writersOf: (activity) => [activity.organisationId],
  mayRead: (activity) => activity.published,
  refusal: 'only the cooperative that organises an activity changes it',
};

/** Loads and locks one of the caller's cooperative's activities. */
function ownActivity(manager: EntityManager, id: string, caller: Caller): Promise<Activity> {
  return lockOwnRow(manager, Activity, id, ORGANISER_WRITES, caller, 'id');
}

function notCancelled(activity: Activity, what: string): void {
  if (activity.status === 'CANCELLED') throw conflict(`Activity ${activity.id} is cancelled; a cancelled activity cannot be ${what}`, 'id');
}

export async function updateActivity(manager: EntityManager, id: string, input: UpdateActivityInput, caller: Caller): Promise<Activity> {
  const changes: Partial<Activity> = {};
  if (input.title != null) changes.title = input.title.trim();
  if (input.description != null) changes.description = input.description;
  if (input.themes != null) changes.themes = [...new Set(input.themes)];
  if (input.targetGroups != null) changes.targetGroups = [...new Set(input.targetGroups)];
  if (input.startsAt != null) changes.startsAt = input.startsAt;
  if (input.endsAt != null) changes.endsAt = input.endsAt;
  if (input.recurrence != null) changes.recurrence = input.recurrence || null;
  if (input.free != null) changes.free = input.free;
  if (input.contact != null) changes.contact = contactDetails(input.contact, 'input.contact');
  if (input.location != null) changes.location = locationText(input.location);
  checkFields(changes);
  const activity = await ownActivity(manager, id, caller);
  notCancelled(activity, 'changed');
  checkFields({ startsAt: changes.startsAt ?? activity.startsAt, endsAt: changes.endsAt ?? activity.endsAt });
  if (changes.startsAt || changes.recurrence !== undefined) checkRuleDay(changes.startsAt ?? activity.startsAt, changes.recurrence !== undefined ? changes.recurrence : activity.recurrence);
  Object.assign(activity, changes, { updatedAt: new Date() });
  return manager.save(activity);
}

export async function setPublished(manager: EntityManager, id: string, published: boolean, caller: Caller): Promise<Activity> {
  const activity = await ownActivity(manager, id, caller);
  if (published) notCancelled(activity, 'published');
  // a rule stored before rules were checked is refused here too, before it reaches the kaart
  const problem = published && activity.recurrence ? recurrenceProblem(activity.recurrence) : null;
  if (problem) throw badInput(`${problem}; change it with updateActivity first`, 'id');
  if (activity.published === published) return activity; // safe to retry
  Object.assign(activity, { published, updatedAt: new Date() });
  return manager.save(activity);
}

export async function cancelActivity(manager: EntityManager, id: string, caller: Caller): Promise<Activity> {
  const activity = await ownActivity(manager, id, caller);
  if (activity.status === 'CANCELLED') return activity;
  Object.assign(activity, { status: 'CANCELLED', updatedAt: new Date() });
  return manager.save(activity);
}

/** Cancels one occurrence (by its local date): an EXDATE in the calendar feeds, gone from the kaart's dates. */
export async function cancelActivityOccurrence(manager: EntityManager, id: string, date: string, caller: Caller): Promise<Activity> {
  const activity = await ownActivity(manager, id, caller);
  notCancelled(activity, 'changed');
  if (activity.excludedDates.includes(date)) return activity; // safe to retry
  const dayStart = new Date(`${date}T00:00:00Z`);
  // the local day lies within UTC −2 h … +24 h of that date's midnight in UTC
  const onThatDay = occurrencesBetween(activity.startsAt, activity.recurrence, new Date(dayStart.getTime() - 2 * 3_600_000), new Date(dayStart.getTime() + 24 * 3_600_000))
    .some((moment) => localDate(moment) === date);
  if (!activity.recurrence || !onThatDay) throw badInput(`${activity.title} does not take place on ${date}${activity.recurrence ? '' : ' (it is a one-off activity: cancel it with cancelActivity)'}`, 'date');
  activity.excludedDates = [...activity.excludedDates, date].sort();
  activity.updatedAt = new Date();
  return manager.save(activity);
}
