import type { VenueResolvers } from '../generated/resolvers-types';
import { loadRequired } from '../../kit/loaders';

export const Venue: VenueResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.venueById.load(ref.id),
  area: (venue, _args, { loaders }) => loadRequired(loaders.areaByCode, venue.areaCode, 'Area'),
  organisation: (venue, _args, { loaders }) => loadRequired(loaders.organisationById, venue.organisationId, 'Organisation'),
  location: (venue) => ({ latitude: venue.latitude, longitude: venue.longitude }),
};
