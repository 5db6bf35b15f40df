import type { GrantResolvers } from '../generated/resolvers-types';
import { loadRequired } from '../../kit/loaders';
import type { Caller } from '../../../platform/caller';
import type { SubgraphConfig } from '../../../platform/config';
import type { Grant as GrantRow } from '../entities';

/** Grants are partner-internal: the organisation itself and the gemeente that funds it (MUNICIPALITY_ORGANISATION_ID). */
export function mayReadGrant(caller: Caller, grant: Pick<GrantRow, 'organisationId'>, config: SubgraphConfig): boolean {
  return caller.organisationId === grant.organisationId || caller.organisationId === config.municipalityOrganisationId;
}

export const Grant: GrantResolvers = {
  __resolveReference: async (ref, { loaders, caller, config }) => {
    const grant = await loaders.grantById.load(ref.id);
    return grant && mayReadGrant(caller, grant, config) ? grant : null;
  },
  organisation: (grant, _args, { loaders }) => loadRequired(loaders.organisationById, grant.organisationId, 'Organisation'),
};
