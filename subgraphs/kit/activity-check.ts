// The question zorg asks bewoners before it records a referral to an activity (afschalen back to the
// neighbourhood): is the activity published and still on, and which cooperative organises it? Activities
// on the sociale kaart are public, so only that crosses; a draft, a cancelled or an unknown activity is
// UNKNOWN alike. A signed question (signed-question.ts): zorg does not read bewoners' database.
import type { Caller } from '../../platform/caller';
import type { Logger } from '../../platform/log';
import { answerSignedRoute, askSigned, type Question } from './signed-question';

export const ACTIVITY_CHECK_PATH = '/internal/activity-check';
const ACTIVITY_CHECK: Question = { audience: 'activity-check', name: 'activity check' };

export type ActivityCheck = { status: 'OPEN'; organisationId: string } | { status: 'UNKNOWN' };

/** Asks the activities' holder at `url` about one activity for `caller`; throws when it cannot answer (fail closed). */
export async function checkActivity(url: string, secret: string, caller: Caller, activityId: string): Promise<ActivityCheck> {
  const answer = await askSigned(url, secret, ACTIVITY_CHECK, caller, activityId);
  if (answer.status === 'UNKNOWN') return { status: 'UNKNOWN' };
  if (answer.status === 'OPEN' && typeof answer.organisationId === 'string') return { status: 'OPEN', organisationId: answer.organisationId };
  throw new Error('the activity check answered something else');
}

/** The holder's side: verifies the question and answers it with `answer`. */
export function activityCheckRoute(secret: string, answer: (activityId: string) => Promise<ActivityCheck>, log: Logger) {
  return answerSignedRoute(secret, ACTIVITY_CHECK, async (_caller, activityId) => answer(activityId), log);
}
