import type { Caller } from '../../../platform/caller';
import type { Activity } from '../entities';

/** Unpublished activities are drafts of their cooperative and do not exist for anyone else. */
export function publishedOnly(activity: Activity | null, caller: Caller): Activity | null {
  return activity && (activity.published || activity.organisationId === caller.organisationId) ? activity : null;
}
