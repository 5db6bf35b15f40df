import type { GrantResolvers } from '../generated/resolvers-types';
import { loadRequired } from '../../kit/loaders';

export const Grant: GrantResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.grantById.load(ref.id),
  organisation: (grant, _args, { loaders }) => loadRequired(loaders.organisationById, grant.organisationId, 'Organisation'),
};
