// A cooperative publishes its activities: each mutation is one transaction, validated before it writes,
// and only the cooperative's own staff may change its activities. Publishing reaches the sociale kaart
// through the change feed (the trigger in migration 6).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../platform/errors';
import { forbidden } from '../kit/access/errors';
import { assertAreaCode } from '../kit/areas';
import { isValidRecurrence } from '../kit/social-map/schedule';
import type { Caller } from '../../platform/caller';
import type { CreateActivityInput, UpdateActivityInput } from './generated/resolvers-types';
import { Activity } from './entities';

const MAX_TITLE = 200;
const MAX_DESCRIPTION = 4000;
const MAX_DURATION_MS = 24 * 3600 * 1000;

function checkFields(fields: Partial<Pick<Activity, 'title' | 'description' | 'startsAt' | 'endsAt' | 'recurrence'>>): void {
  if (fields.title !== undefined && (!fields.title.trim() || fields.title.length > MAX_TITLE)) throw badInput(`title must be 1–${MAX_TITLE} characters`, 'title');
  if (fields.description !== undefined && fields.description.length > MAX_DESCRIPTION) throw badInput(`description is at most ${MAX_DESCRIPTION} characters`, 'description');
  if (fields.startsAt && fields.endsAt) {
    if (fields.endsAt <= fields.startsAt) throw badInput('endsAt must be after startsAt', 'endsAt');
    if (fields.endsAt.getTime() - fields.startsAt.getTime() > MAX_DURATION_MS) throw badInput('an activity lasts at most a day; repeat it with recurrence', 'endsAt');
  }
  if (fields.recurrence && !isValidRecurrence(fields.recurrence)) {
    throw badInput('recurrence must be an RFC 5545 RRULE with FREQ=WEEKLY or FREQ=MONTHLY, e.g. FREQ=WEEKLY;BYDAY=TU', 'recurrence');
  }
}

export async function createActivity(manager: EntityManager, input: CreateActivityInput, caller: Caller): Promise<Activity> {
  if (!input.clientMutationId.trim() || input.clientMutationId.length > 100) throw badInput('clientMutationId must be 1–100 characters', 'clientMutationId');
  const earlier = await manager.findOneBy(Activity, { organisationId: caller.organisationId!, clientMutationId: input.clientMutationId });
  if (earlier) return earlier;
  if (assertAreaCode(input.area, 'area').startsWith('GM')) throw badInput('area must be a wijk or buurt', 'area');
  const fields = { title: input.title.trim(), description: input.description ?? '', startsAt: input.startsAt, endsAt: input.endsAt, recurrence: input.recurrence || null };
  checkFields(fields);
  const activity = manager.create(Activity, {
    id: `activity-${randomUUID()}`,
    ...fields,
    kind: input.kind,
    themes: [...(input.themes ?? [])],
    targetGroups: [...(input.targetGroups ?? [])],
    organisationId: caller.organisationId!,
    venueId: input.venueId ?? null,
    areaCode: input.area,
    free: input.free ?? true,
    published: false,
    status: 'SCHEDULED',
    clientMutationId: input.clientMutationId,
    updatedAt: new Date(),
  });
  // ON CONFLICT: a concurrent retry with the same clientMutationId wins the race; we return its row.
  const inserted = await manager.createQueryBuilder().insert().into(Activity).values(activity).orIgnore().returning('id').execute();
  if (inserted.raw.length === 0) {
    return manager.findOneByOrFail(Activity, { organisationId: caller.organisationId!, clientMutationId: input.clientMutationId });
  }
  return activity;
}

/** Loads and locks one of the caller's cooperative's activities. */
async function ownActivity(manager: EntityManager, id: string, caller: Caller): Promise<Activity> {
  const activity = await manager.findOne(Activity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!activity) throw notFound('Activity', id);
  if (activity.organisationId !== caller.organisationId) throw forbidden('Only the cooperative that organises an activity changes it');
  return activity;
}

export async function updateActivity(manager: EntityManager, id: string, input: UpdateActivityInput, caller: Caller): Promise<Activity> {
  const activity = await ownActivity(manager, id, caller);
  if (activity.status === 'CANCELLED') throw badInput('a cancelled activity cannot be changed', 'id');
  const changes: Partial<Activity> = {};
  if (input.title != null) changes.title = input.title.trim();
  if (input.description != null) changes.description = input.description;
  if (input.themes != null) changes.themes = [...input.themes];
  if (input.targetGroups != null) changes.targetGroups = [...input.targetGroups];
  if (input.startsAt != null) changes.startsAt = input.startsAt;
  if (input.endsAt != null) changes.endsAt = input.endsAt;
  if (input.recurrence != null) changes.recurrence = input.recurrence || null;
  if (input.free != null) changes.free = input.free;
  checkFields({ ...changes, startsAt: changes.startsAt ?? activity.startsAt, endsAt: changes.endsAt ?? activity.endsAt });
  Object.assign(activity, changes, { updatedAt: new Date() });
  return manager.save(activity);
}

export async function setPublished(manager: EntityManager, id: string, published: boolean, caller: Caller): Promise<Activity> {
  const activity = await ownActivity(manager, id, caller);
  if (published && activity.status === 'CANCELLED') throw badInput('a cancelled activity cannot be published', 'id');
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
