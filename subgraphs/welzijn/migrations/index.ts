import { Outbox1763900000470 } from '../../kit/events/outbox';
import { ProcessingLog1763900000001, ProcessingLogDelivery1763900000451, ProcessingLogStandard1763900000022 } from '../../kit/access/processing-log';
import { PublicChangeTombstones1763900000021, PublicChanges1763900000005 } from '../../kit/social-map/public-changes';
import { VolunteerVacancies1763900000006 } from './1763900000006-volunteer-vacancies';
import { Indicators1763900000007 } from './1763900000007-indicators';
import { IndicatorRollups1763900000009 } from './1763900000009-indicator-rollups';
import { IndicatorRules1763900000015 } from './1763900000015-indicator-rules';
import { Initial1763900000000 } from './1763900000000-initial';
import { MatchHolders1763900000003 } from './1763900000003-match-holders';
import { Matching1763900000004 } from './1763900000004-matching';
import { helperReachMigration } from '../../kit/matching/reach';
import { helperLocationCheckMigration } from '../../kit/matching/location-check';
import { ScopedRetryKeys1763900000013 } from './1763900000013-scoped-retry-keys';
import { VolunteerProfile1763900000301, VolunteerWrites1763900000302 } from './1763900000301-volunteer-writes';
import { ListPages1763900000419 } from './1763900000419-list-pages';
import { MatchingRules1763900000422 } from './1763900000422-matching-rules';
import { Board1763900000452 } from './1763900000452-board';

export const migrations = [Initial1763900000000, ProcessingLog1763900000001, MatchHolders1763900000003, Matching1763900000004, PublicChanges1763900000005, VolunteerVacancies1763900000006, Indicators1763900000007, helperReachMigration('volunteer'), IndicatorRollups1763900000009, helperLocationCheckMigration('volunteer'), ScopedRetryKeys1763900000013, IndicatorRules1763900000015, PublicChangeTombstones1763900000021, ProcessingLogStandard1763900000022, VolunteerProfile1763900000301, VolunteerWrites1763900000302, ListPages1763900000419, MatchingRules1763900000422, ProcessingLogDelivery1763900000451, Board1763900000452, Outbox1763900000470];
