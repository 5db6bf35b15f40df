import type { ActivityResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef, venueRef } from '../../kit/references';
import { publishedOnly } from './published';

export const Activity: ActivityResolvers = {
  __resolveReference: async (ref, { loaders }) => publishedOnly(await loaders.activityById.load(ref.id)),
  organisation: (activity) => organisationRef(activity.organisationId),
  venue: (activity) => (activity.venueId ? venueRef(activity.venueId) : null),
  area: (activity) => areaRef(activity.areaCode),
};
