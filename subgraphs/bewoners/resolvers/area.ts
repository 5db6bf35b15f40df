import type { AreaResolvers } from '../generated/resolvers-types';
import { indicatorSetFor } from '../../kit/indicators';
import { INDICATORS } from '../indicators';
import { assertAreaCode } from '../../kit/areas';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: assertAreaCode(ref.code, 'code') }),
  activities: (area, args, { loaders }) => loaders.activitiesInArea(args).load(area.code),
  bewonersIndicators: (area, { period }, context) => indicatorSetFor(context, area.code, period, INDICATORS),
};
