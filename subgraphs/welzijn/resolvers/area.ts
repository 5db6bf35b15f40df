import type { AreaResolvers } from '../generated/resolvers-types';
import { welzijnIndicators } from './indicators';
import { assertAreaCode } from '../../kit/areas';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: assertAreaCode(ref.code, 'code') }),
  helpRequests: (area, args, { loaders }) => loaders.helpRequestsInArea(args).load(area.code),
  welzijnIndicators: (area, { period }, context) => welzijnIndicators(area.code, period, context),
};
