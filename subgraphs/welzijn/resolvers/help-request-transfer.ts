import type { HelpRequestTransferResolvers } from '../generated/resolvers-types';
import { organisationRef } from '../../kit/references';
import { loadRequired } from '../../kit/loaders';

// Who reads a hand-over (its sender and receiver), and which part of the hulpvraag the sender still reads,
// is declared in ../policies.ts and enforced by the kit.
export const HelpRequestTransfer: HelpRequestTransferResolvers = {
  helpRequest: (transfer, _args, { loaders }) => loadRequired(loaders.helpRequestById, transfer.helpRequestId, 'HelpRequest'),
  from: (transfer) => organisationRef(transfer.fromOrganisationId),
  to: (transfer) => organisationRef(transfer.toOrganisationId),
  by: (transfer) => transfer.bySubject,
};
