import type { VenueResolvers } from '../generated/resolvers-types';

export const Venue: VenueResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  activities: (venue, args, { loaders }) => loaders.activitiesAtVenue(args).load(venue.id),
};
