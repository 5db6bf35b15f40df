import type { AreaResolvers } from '../generated/resolvers-types';
import { indicatorSetFor } from '../../kit/indicators';
import { INDICATORS } from '../indicators';
import { assertAreaCode } from '../../kit/areas';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: assertAreaCode(ref.code, 'code') }),
  services: (area, args, { loaders }) => loaders.servicesInArea(args).load(area.code),
  zorgIndicators: (area, { period }, context) => indicatorSetFor(context, area.code, period, INDICATORS),
};
