import type { ServiceResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef } from '../../kit/references';
import { publishedOnly } from './published';

export const Service: ServiceResolvers = {
  __resolveReference: async (ref, { loaders }) => publishedOnly(await loaders.serviceById.load(ref.id)),
  organisation: (service) => organisationRef(service.organisationId),
  area: (service) => areaRef(service.areaCode),
};
