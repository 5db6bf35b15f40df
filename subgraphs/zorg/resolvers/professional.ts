import type { ProfessionalResolvers } from '../generated/resolvers-types';
import { organisationRef } from '../../kit/references';

export const Professional: ProfessionalResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.professionalById.load(ref.id),
  organisation: (professional) => organisationRef(professional.organisationId),
};
