import type { HelpRequestResolvers } from '../generated/resolvers-types';
import { readPage } from '../../kit/pagination';
import { readableRows } from '../../kit/access/personal-data';
import { helpOfferPolicy } from '../policies';
import type { RequiredRequestFields } from '../candidates';

/** welzijn sends `category` and `area { code }` with each reference (@requires in schema.graphql). */
interface HelpRequestWithRequires {
  id: string;
  category?: string;
  area?: { code: string };
}

export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: (ref) => ref,
  neighbourOffers: async (request, { first }, { loaders, personalData }) => {
    const { category, area } = request as HelpRequestWithRequires;
    if (!category || !area) return [];
    const { limit } = readPage({ first });
    const offers = await loaders.offersFor.load({ category, areaCode: area.code });
    return (await readableRows(personalData, helpOfferPolicy, offers)).slice(0, limit);
  },
  neighbourCandidates: (request, _args, { loaders }) => {
    const required = request as unknown as RequiredRequestFields;
    return required.category ? loaders.neighbourCandidates.load(required) : [];
  },
};
