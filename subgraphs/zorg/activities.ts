// Before zorg records a referral to an activity it asks bewoners, which holds the activities
// (kit/activity-check.ts): an activity that is not published or is cancelled is refused like one that does
// not exist, one organised by another cooperative than the referral is sent to is refused too; when bewoners
// cannot answer, nothing is recorded (ACTIVITY_CHECK_UNAVAILABLE).
import { GraphQLError } from 'graphql';
import { badInput } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { Logger } from '../../platform/log';
import { ACTIVITY_CHECK_PATH, checkActivity } from '../kit/activity-check';
import type { PeerUrls, SubgraphServices } from '../kit/subgraph';

export interface Activities {
  /** Throws unless the activity is published, on, and organised by `organisationId`. */
  assertReferable(activityId: string, organisationId: string, caller: Caller): Promise<void>;
}

export interface ZorgServices extends SubgraphServices {
  activities: Activities;
}

export function activities(peers: PeerUrls, secret: string, log: Logger): Activities {
  return {
    async assertReferable(activityId, organisationId, caller) {
      // read when asked: peers may be filled in after zorg starts
      const url = peers.bewoners?.replace(/\/graphql$/, ACTIVITY_CHECK_PATH);
      let answer;
      try {
        if (!url) throw new Error('bewoners has no address');
        answer = await checkActivity(url, secret, caller, activityId);
      } catch (error) {
        log.warn({ traceId: caller.traceId, err: error }, 'activity check failed');
        throw new GraphQLError('bewoners cannot confirm the activity now, so no referral is recorded; try again later', {
          extensions: { code: 'ACTIVITY_CHECK_UNAVAILABLE' },
        });
      }
      if (answer.status === 'UNKNOWN') throw badInput(`no published activity "${activityId}" (drafts and cancelled activities cannot be referred to)`, 'input.activityId');
      if (answer.organisationId !== organisationId) {
        throw badInput(`activity ${activityId} is organised by another cooperative than toOrganisationId`, 'input.activityId');
      }
    },
  };
}
