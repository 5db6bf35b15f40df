// bewoners answers zorg's question before a referral to an activity (kit/activity-check.ts): a published
// activity that is not cancelled is OPEN, with the cooperative that organises it; anything else UNKNOWN.
import type { Database } from '../kit/database';
import type { ActivityCheck } from '../kit/activity-check';
import { Activity } from './entities';

export function answerActivityCheck(db: Database) {
  return async (activityId: string): Promise<ActivityCheck> => {
    const activity = await db.getRepository(Activity).findOneBy({ id: activityId, published: true, status: 'SCHEDULED' });
    return activity ? { status: 'OPEN', organisationId: activity.organisationId } : { status: 'UNKNOWN' };
  };
}
