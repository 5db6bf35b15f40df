import type { HelpRequestResolvers } from '../generated/resolvers-types';
import { readableRows } from '../../kit/access/personal-data';
import { matchPolicy } from '../policies';
import { areaRef, organisationRef, personRef } from '../../kit/references';

export const HelpRequest: HelpRequestResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.helpRequestById.load(ref.id),
  area: (request) => areaRef(request.areaCode),
  requester: (request) => personRef(request.requesterId),
  intakeOrganisation: (request) => organisationRef(request.intakeOrganisationId),
  matches: async (request, _args, { loaders, personalData }) =>
    readableRows(personalData, matchPolicy, await loaders.matchesOfHelpRequest.load(request.id)),
};
