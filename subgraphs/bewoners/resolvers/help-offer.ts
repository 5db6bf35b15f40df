import type { HelpOfferResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef, personRef } from '../../kit/references';

export const HelpOffer: HelpOfferResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.helpOfferById.load(ref.id),
  helper: (offer) => personRef(offer.helperId),
  organisation: (offer) => organisationRef(offer.organisationId),
  area: (offer) => areaRef(offer.areaCode),
};
