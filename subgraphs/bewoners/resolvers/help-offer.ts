import type { HelpOfferResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef, personRef } from '../../kit/references';
import { effectiveStatus, hasValidVog } from '../../kit/helper-profile';

export const HelpOffer: HelpOfferResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.helpOfferById.load(ref.id),
  helper: (offer) => personRef(offer.helperId),
  organisation: (offer) => organisationRef(offer.organisationId),
  area: (offer) => areaRef(offer.areaCode),
  hasVog: (offer) => hasValidVog({ has_vog: offer.hasVog, vog_issued_on: offer.vogIssuedOn }),
  status: (offer) => effectiveStatus(offer.status, offer.pausedUntil),
  pausedUntil: (offer) => (effectiveStatus(offer.status, offer.pausedUntil) === 'PAUSED' ? offer.pausedUntil : null),
};
