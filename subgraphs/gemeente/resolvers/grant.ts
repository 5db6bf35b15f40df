import type { GrantResolvers } from '../generated/resolvers-types';
import { loadRequired } from '../../kit/loaders';
import { municipalityOrganisationId } from '../config';
import type { Caller } from '../../../platform/caller';
import type { Grant as GrantRow } from '../entities';

/** Grants are partner-internal: the organisation itself and the gemeente that funds it. */
export function mayReadGrant(caller: Caller, grant: Pick<GrantRow, 'organisationId'>): boolean {
  return caller.organisationId === grant.organisationId || caller.organisationId === municipalityOrganisationId();
}

export const Grant: GrantResolvers = {
  __resolveReference: async (ref, { loaders, caller }) => {
    const grant = await loaders.grantById.load(ref.id);
    return grant && mayReadGrant(caller, grant) ? grant : null;
  },
  organisation: (grant, _args, { loaders }) => loadRequired(loaders.organisationById, grant.organisationId, 'Organisation'),
};
