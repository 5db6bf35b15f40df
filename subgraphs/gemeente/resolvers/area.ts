import type { AreaResolvers } from '../generated/resolvers-types';
import { indicatorSetFor } from '../../kit/indicators';
import { INDICATORS } from '../indicators';

export const Area: AreaResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.areaByCode.load(ref.code),
  parent: (area, _args, { loaders }) => (area.parentCode ? loaders.areaByCode.load(area.parentCode) : null),
  children: (area, _args, { loaders }) => loaders.childrenOfArea.load(area.code),
  centroid: (area) => ({ latitude: area.latitude, longitude: area.longitude }),
  venues: (area, args, { loaders }) => loaders.venuesInArea(args).load(area.code),
  statisticsGrid: (area, _args, { loaders }) => loaders.statisticsGridOf.load(area.code),
  gemeenteIndicators: async (area, args, context) => indicatorSetFor(context, { code: area.code, statisticsGrid: await context.loaders.statisticsGridOf.load(area.code) }, args, INDICATORS),
};
