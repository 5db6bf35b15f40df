import { Outbox1763900000470 } from '../../kit/events/outbox';
import { OutboxCommitOrder1763900000601, OutboxFeedOrder1763900000790 } from '../../kit/events/feed';
import { ProcessingLog1763900000001, ProcessingLogDelivery1763900000451, ProcessingLogIndexes1763900000800, ProcessingLogRoomForConfirmation1763900000810, ProcessingLogStandard1763900000022 } from '../../kit/access/processing-log';
import { PublicChangeTombstones1763900000021, PublicChanges1763900000005 } from '../../kit/social-map/public-changes';
import { ActivityPublishing1763900000006 } from './1763900000006-activity-publishing';
import { ActivitySessions1763900000007 } from './1763900000007-activity-sessions';
import { Initial1763900000000 } from './1763900000000-initial';
import { OfferProfile1763900000004 } from './1763900000004-offer-profile';
import { HelpOfferHelper1763900000009 } from './1763900000009-help-offer-helper';
import { helperReachMigration } from '../../kit/matching/reach';
import { helperLocationCheckMigration } from '../../kit/matching/location-check';
import { RetryFingerprint1763900000013 } from './1763900000013-retry-fingerprint';
import { CooperativeWrites1763900000302, HelpOfferProfile1763900000301 } from './1763900000301-cooperative-writes';
import { ListPages1763900000419 } from './1763900000419-list-pages';
import { ActivityCalendar1763900000420 } from './1763900000420-activity-calendar';
import { CalendarSubscriptions1763900000421 } from './1763900000421-calendar-subscriptions';
import { OfferEnding1763900000650 } from './1763900000650-offer-ending';

export const migrations = [Initial1763900000000, ProcessingLog1763900000001, OfferProfile1763900000004, PublicChanges1763900000005, ActivityPublishing1763900000006, ActivitySessions1763900000007, helperReachMigration('help_offer'), HelpOfferHelper1763900000009, helperLocationCheckMigration('help_offer'), RetryFingerprint1763900000013, PublicChangeTombstones1763900000021, ProcessingLogStandard1763900000022, HelpOfferProfile1763900000301, CooperativeWrites1763900000302, ListPages1763900000419, ActivityCalendar1763900000420, CalendarSubscriptions1763900000421, ProcessingLogDelivery1763900000451, Outbox1763900000470, OutboxCommitOrder1763900000601, OfferEnding1763900000650, OutboxFeedOrder1763900000790, ProcessingLogIndexes1763900000800, ProcessingLogRoomForConfirmation1763900000810];
