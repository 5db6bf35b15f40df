import { indicatorSetFor, type IndicatorArea, type IndicatorArgs, type IndicatorContext } from '../../kit/indicators';
import { INDICATORS, daysToMatch } from '../indicators';

export const welzijnIndicators = (area: IndicatorArea, args: IndicatorArgs, context: IndicatorContext) => indicatorSetFor(context, area, args, INDICATORS, daysToMatch(context.db));
