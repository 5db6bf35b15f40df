import type { AreaResolvers } from '../generated/resolvers-types';
import { indicatorSetFor, withGrid } from '../../kit/indicators';
import { INDICATORS } from '../indicators';
import { assertAreaCode } from '../../kit/areas';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: assertAreaCode(ref.code, 'code') }),
  services: (area, args, { loaders }) => loaders.servicesInArea(args).load(area.code),
  zorgIndicators: (area, args, context) => indicatorSetFor(context, withGrid(area), args, INDICATORS),
};
