import type { PersonResolvers } from '../generated/resolvers-types';

export const Person: PersonResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.personById.load(ref.id),
};
