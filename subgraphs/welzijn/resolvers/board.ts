import type { BoardListingResolvers } from '../generated/resolvers-types';
import { areaRef } from '../../kit/references';

export const BoardListing: BoardListingResolvers = {
  area: (listing) => areaRef(listing.areaCode),
};
