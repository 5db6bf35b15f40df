import type { AreaResolvers } from '../generated/resolvers-types';
import { indicatorSetFor } from '../../kit/indicators';
import { INDICATORS } from '../indicators';
import { assertAreaCode } from '../../kit/areas';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: assertAreaCode(ref.code, 'code'), statisticsGrid: ref.statisticsGrid }),
  services: (area, args, { loaders }) => loaders.servicesInArea(args).load(area.code),
  zorgIndicators: (area, args, context) => indicatorSetFor(context, area, args, INDICATORS),
};
