import { Outbox1763900000470 } from '../../kit/events/outbox';
import { OutboxCommitOrder1763900000601, OutboxFeedOrder1763900000790 } from '../../kit/events/feed';
import { SocialMapEvents1763900000471 } from './1763900000471-social-map-events';
import { ProcessingLog1763900000001, ProcessingLogDelivery1763900000451, ProcessingLogIndexes1763900000800, ProcessingLogRoomForConfirmation1763900000810, ProcessingLogStandard1763900000022 } from '../../kit/access/processing-log';
import { ProcessingLogSpans1763900000820 } from '../../kit/access/processing-log-spans';
import { PublicChangeTombstones1763900000021, PublicChanges1763900000005 } from '../../kit/social-map/public-changes';
import { VenueFeed1763900000006 } from './1763900000006-venue-feed';
import { SocialMapIndex1763900000007 } from './1763900000007-social-map-index';
import { Initial1763900000000 } from './1763900000000-initial';
import { Consent1763900000002 } from './1763900000002-consent';
import { ConsentHolders1763900000020 } from './1763900000020-consent-holders';
import { PartnerWrites1763900000301 } from './1763900000301-partner-writes';
import { Webhooks1763900000600 } from './1763900000600-webhooks';
import { SocialMapHsdsId1763900000655 } from './1763900000655-social-map-hsds-id';
import { WebhookAttemptAllowed1763900000760 } from './1763900000760-webhook-attempt-allowed';
import { SocialMapTitleWord1763900000780 } from './1763900000780-social-map-title-word';
import { WebhookCursorXid1763900000791 } from './1763900000791-webhook-cursor-xid';

export const migrations = [Initial1763900000000, ProcessingLog1763900000001, Consent1763900000002, PublicChanges1763900000005, VenueFeed1763900000006, SocialMapIndex1763900000007, ConsentHolders1763900000020, PublicChangeTombstones1763900000021, ProcessingLogStandard1763900000022, PartnerWrites1763900000301, ProcessingLogDelivery1763900000451, Outbox1763900000470, SocialMapEvents1763900000471, Webhooks1763900000600, OutboxCommitOrder1763900000601, SocialMapHsdsId1763900000655, WebhookAttemptAllowed1763900000760, SocialMapTitleWord1763900000780, OutboxFeedOrder1763900000790, WebhookCursorXid1763900000791, ProcessingLogIndexes1763900000800, ProcessingLogRoomForConfirmation1763900000810, ProcessingLogSpans1763900000820];
