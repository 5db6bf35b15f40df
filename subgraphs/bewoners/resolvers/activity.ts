import type { ActivityResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef, venueRef } from '../../kit/references';
import { publishedOnly } from './published';
import { hsdsSchedule } from '../../kit/social-map/schedule';

export const Activity: ActivityResolvers = {
  __resolveReference: async (ref, { loaders, caller }) => publishedOnly(await loaders.activityById.load(ref.id), caller),
  schedule: (activity) => {
    const schedule = hsdsSchedule(activity.startsAt, activity.endsAt, activity.recurrence);
    return { ...schedule, byDay: schedule.byday, byMonthDay: schedule.bymonthday, opensAt: schedule.opens_at.slice(0, 5), closesAt: schedule.closes_at.slice(0, 5), until: schedule.until ? new Date(schedule.until) : null };
  },
  cancelledDates: (activity) => [...activity.excludedDates].sort(),
  organisation: (activity) => organisationRef(activity.organisationId),
  venue: (activity) => (activity.venueId ? venueRef(activity.venueId) : null),
  area: (activity) => areaRef(activity.areaCode),
};
