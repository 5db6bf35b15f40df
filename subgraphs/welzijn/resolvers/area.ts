import type { AreaResolvers } from '../generated/resolvers-types';
import { welzijnIndicators } from './indicators';
import { assertAreaCode } from '../../kit/areas';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: assertAreaCode(ref.code, 'code'), statisticsGrid: ref.statisticsGrid }),
  helpRequests: (area, args, { loaders }) => loaders.helpRequestsInArea(args).load(area.code),
  welzijnIndicators: (area, args, context) => welzijnIndicators(area, args, context),
};
