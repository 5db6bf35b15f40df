import type { HelpRequestResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef, personRef } from '../../kit/references';

export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.helpRequestById.load(ref.id),
  area: (request) => areaRef(request.areaCode),
  requester: (request) => personRef(request.requesterId),
  intakeOrganisation: (request) => organisationRef(request.intakeOrganisationId),
  matches: (request, _args, { loaders }) => loaders.matchesOfHelpRequest.load(request.id),
};
