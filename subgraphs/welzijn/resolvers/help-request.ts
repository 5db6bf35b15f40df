import type { HelpRequestResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef, personRef } from '../../kit/references';
import { readableRows } from '../../kit/access/personal-data';
import { pointOf } from '../../kit/matching/location';
import { readPage } from '../../kit/pagination';
import type { Caller } from '../../../platform/caller';
import type { HelpRequest as HelpRequestRow } from '../entities';
import { helpRequestPolicy, matchPolicy } from '../policies';
import { mergeCandidates, type RankedCandidate } from '../candidates';

/** The resident's own words and the vraag achter de vraag stay with the organisations holding the request. */
const forHolders = (request: HelpRequestRow, caller: Caller, value: string | null) =>
  helpRequestPolicy.holdersOf(request).includes(caller.organisationId ?? '') ? value : null;

export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: async (ref, { loaders }) => {
    const request = await loaders.helpRequestById.load(ref.id);
    // Keep what bewoners sent along (@requires: neighbourCandidates) next to the row.
    return request && Object.assign(Object.create(request), ref);
  },
  description: (request, _args, { caller }) => forHolders(request, caller, request.description),
  underlyingNeed: (request, _args, { caller }) => forHolders(request, caller, request.underlyingNeed),
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
  candidates: async (request, { first }, { loaders }) => {
    const { limit } = readPage({ first });
    const ranked = (request as { neighbourCandidates?: (Omit<RankedCandidate, 'pool'> | null)[] | null }).neighbourCandidates ?? [];
    const neighbours = ranked.flatMap((candidate) => (candidate ? [{ ...candidate, pool: 'NEIGHBOUR' as const }] : []));
    return mergeCandidates([await loaders.volunteerCandidates.load(request), neighbours], limit);
  },
};
