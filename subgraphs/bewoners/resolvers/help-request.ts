import type { HelpRequestResolvers } from '../generated/resolvers-types';
import { readPage } from '../../kit/pagination';
import { readableRows } from '../../kit/access/personal-data';
import { requiredFields } from '../../kit/access/representations';
import { helpOfferPolicy } from '../policies';
import type { RequiredRequestFields } from '../candidates';

/** What welzijn sends along with each reference (@requires in schema.graphql). */
interface HelpRequestRequires extends RequiredRequestFields {
  area: { code: string };
}

export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  neighbourOffers: async (request, { first }, { loaders, personalData }) => {
    const { category, area } = requiredFields<HelpRequestRequires>(request);
    if (!category || !area) return [];
    const { limit } = readPage({ first });
    const offers = await loaders.offersFor.load({ category, areaCode: area.code });
    return (await readableRows(personalData, helpOfferPolicy, offers)).slice(0, limit);
  },
  neighbourCandidates: (request, _args, { loaders }) => {
    const required = requiredFields<HelpRequestRequires>(request);
    return required.category ? loaders.neighbourCandidates.load({ ...required, id: request.id, category: required.category }) : [];
  },
};
