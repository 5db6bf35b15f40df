import type { HelpRequestResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef, personRef } from '../../kit/references';
import { readableRows } from '../../kit/access/personal-data';
import { pointOf } from '../../kit/matching/location';
import { readPage } from '../../kit/pagination';
import { requiredFields } from '../../kit/access/representations';
import { helpRequestTransferPolicy, matchPolicy } from '../policies';
import { mergeCandidates, type RankedCandidate } from '../candidates';

// Who reads which field (description, underlyingNeed and the transitions' staff and reasons are holder-only)
// is declared in ../policies.ts and enforced by the kit, not here.
export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.helpRequestById.load(ref.id),
  area: (request) => areaRef(request.areaCode),
  location: (request) => pointOf(request),
  requester: (request) => personRef(request.requesterId),
  intakeOrganisation: (request) => organisationRef(request.intakeOrganisationId),
  referredBy: (request) => (request.referredByOrganisationId ? organisationRef(request.referredByOrganisationId) : null),
  matches: async (request, _args, { loaders, personalData }) =>
    readableRows(personalData, matchPolicy, await loaders.matchesOfHelpRequest.load(request.id)),
  transitions: async (request, _args, { loaders }) =>
    (await loaders.transitionsOfHelpRequest.load(request.id)).map((step) => ({
      from: step.fromStatus as never,
      to: step.toStatus as never,
      at: step.at,
      by: step.bySubject,
      organisation: organisationRef(step.byOrganisationId),
      reason: step.reason,
    })),
  cascade: (request, _args, { loaders }) => loaders.latestCascadeOfHelpRequest.load(request.id),
  transfers: async (request, _args, { loaders, personalData }) =>
    readableRows(personalData, helpRequestTransferPolicy, await loaders.transfersOfHelpRequest.load(request.id)),
  earlierHelpOffers: (request, _args, { loaders }) => loaders.earlierHelpOffersOfHelpRequest.load(request.id),
  candidates: async (request, { first }, { loaders }) => {
    const { limit } = readPage({ first });
    // what bewoners ranked, sent along by the gateway (@requires)
    type Ranked = { helperId: string; score: number; reasons: string[] };
    const ranked = requiredFields<{ neighbourCandidates: (Ranked | null)[] | null }>(request).neighbourCandidates ?? [];
    const neighbours = ranked.flatMap((candidate): RankedCandidate[] =>
      candidate ? [{ pool: 'NEIGHBOUR', helperId: candidate.helperId, score: candidate.score, reasons: () => candidate.reasons }] : [],
    );
    // a helper who declined this hulpvraag (or was declined for it) is not offered again
    const declined = new Set((await loaders.matchesOfHelpRequest.load(request.id)).filter((match) => match.status === 'DECLINED').map((match) => match.volunteerId ?? match.helpOfferId));
    const volunteers = await loaders.volunteerCandidates.load(request);
    return mergeCandidates([volunteers, neighbours].map((list) => list.filter((candidate) => !declined.has(candidate.helperId))), limit);
  },
};
