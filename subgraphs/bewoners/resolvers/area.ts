import type { AreaResolvers } from '../generated/resolvers-types';
import { assertAreaCode } from '../../kit/areas';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: assertAreaCode(ref.code, 'code') }),
  activities: (area, args, { loaders }) => loaders.activitiesInArea(args).load(area.code),
};
