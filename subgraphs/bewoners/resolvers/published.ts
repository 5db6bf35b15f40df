import type { Activity } from '../entities';

/** Unpublished activities are drafts of their cooperative and do not exist for anyone else. */
export function publishedOnly(activity: Activity | null): Activity | null {
  return activity?.published ? activity : null;
}
