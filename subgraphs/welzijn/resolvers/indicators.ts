import { indicatorSetFor, type IndicatorArea, type IndicatorArgs } from '../../kit/indicators';
import type { Database } from '../../kit/database';
import { INDICATORS, daysToMatch } from '../indicators';

export const welzijnIndicators = (area: IndicatorArea, args: IndicatorArgs, db: Database) => indicatorSetFor(db, area, args, INDICATORS, daysToMatch(db));
