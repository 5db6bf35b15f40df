import type { AreaResolvers } from '../generated/resolvers-types';
import { assertAreaCode } from '../../kit/areas';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: assertAreaCode(ref.code, 'code') }),
  services: (area, args, { loaders }) => loaders.servicesInArea(args).load(area.code),
};
