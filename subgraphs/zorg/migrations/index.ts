import { Outbox1763900000470 } from '../../kit/events/outbox';
import { OutboxCommitOrder1763900000601, OutboxFeedOrder1763900000790 } from '../../kit/events/feed';
import { ProcessingLog1763900000001, ProcessingLogDelivery1763900000451, ProcessingLogIndexes1763900000800, ProcessingLogRoomForConfirmation1763900000810, ProcessingLogStandard1763900000022 } from '../../kit/access/processing-log';
import { ProcessingLogSpans1763900000820 } from '../../kit/access/processing-log-spans';
import { PublicChangeTombstones1763900000021, PublicChanges1763900000005 } from '../../kit/social-map/public-changes';
import { ServiceFeed1763900000006 } from './1763900000006-service-feed';
import { ReferralArea1763900000007 } from './1763900000007-referral-area';
import { ReferralStatusReason1763900000008 } from './1763900000008-referral-status-reason';
import { Initial1763900000000 } from './1763900000000-initial';
import { Referrer1763900000003 } from './1763900000003-referrer';
import { ReferralIntake1763900000004 } from './1763900000004-referral-intake';
import { RetryFingerprint1763900000013 } from './1763900000013-retry-fingerprint';
import { ServiceWrites1763900000301 } from './1763900000301-service-writes';
import { SignalsWithoutPerson1763900000422 } from './1763900000422-signals-without-person';
import { ReferralActivity1763900000423 } from './1763900000423-referral-activity';
import { ServiceHsdsId1763900000656 } from './1763900000656-service-hsds-id';

export const migrations = [Initial1763900000000, ProcessingLog1763900000001, Referrer1763900000003, ReferralIntake1763900000004, PublicChanges1763900000005, ServiceFeed1763900000006, ReferralArea1763900000007, ReferralStatusReason1763900000008, RetryFingerprint1763900000013, PublicChangeTombstones1763900000021, ProcessingLogStandard1763900000022, ServiceWrites1763900000301, SignalsWithoutPerson1763900000422, ReferralActivity1763900000423, ProcessingLogDelivery1763900000451, Outbox1763900000470, OutboxCommitOrder1763900000601, ServiceHsdsId1763900000656, OutboxFeedOrder1763900000790, ProcessingLogIndexes1763900000800, ProcessingLogRoomForConfirmation1763900000810, ProcessingLogSpans1763900000820];
