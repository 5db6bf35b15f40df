import type { HelpRequestResolvers } from '../generated/resolvers-types';
import { readPage } from '../../kit/pagination';

/** welzijn sends `category` and `area { code }` with each reference (@requires in schema.graphql). */
interface HelpRequestWithRequires {
  id: string;
  category?: string;
  area?: { code: string };
}

export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: (ref) => ref,
  neighbourOffers: async (request, { first }, { loaders }) => {
    const { category, area } = request as HelpRequestWithRequires;
    if (!category || !area) return [];
    const { limit } = readPage({ first });
    return (await loaders.offersFor.load({ category, areaCode: area.code })).slice(0, limit);
  },
};
