// Before welzijn hands a hulpvraag to another organisation it asks gemeente, which keeps the partner registry
// (kit/organisation-check.ts): an unknown organisation and one that is not informal (a welfare organisation
// or a resident cooperative) are refused; when gemeente cannot answer, nothing is transferred
// (ORGANISATION_CHECK_UNAVAILABLE).
import { GraphQLError } from 'graphql';
import { badInput } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { Logger } from '../../platform/log';
import { checkOrganisation, ORGANISATION_CHECK_PATH, type OrganisationKind } from '../kit/organisation-check';
import type { PeerUrls } from '../kit/subgraph';

/** The kinds of organisation that give informal help: welfare organisations and resident cooperatives. */
const INFORMAL: readonly OrganisationKind[] = ['WELFARE', 'COOPERATIVE'];

export interface OrganisationRegistry {
  /** Throws unless the organisation is registered and informal; `field` names it in the arguments. */
  assertInformal(organisationId: string, caller: Caller, field: string): Promise<void>;
}

export function organisationRegistry(peers: PeerUrls, secret: string, log: Logger): OrganisationRegistry {
  return {
    async assertInformal(organisationId, caller, field) {
      // read when asked: peers may be filled in after welzijn starts
      const url = peers.gemeente?.replace(/\/graphql$/, ORGANISATION_CHECK_PATH);
      let answer;
      try {
        if (!url) throw new Error('gemeente has no address');
        answer = await checkOrganisation(url, secret, caller, organisationId);
      } catch (error) {
        log.warn({ traceId: caller.traceId, err: error }, 'organisation check failed');
        throw new GraphQLError('gemeente cannot confirm the organisation now, so nothing is transferred; try again later', {
          extensions: { code: 'ORGANISATION_CHECK_UNAVAILABLE' },
        });
      }
      if (answer.status === 'UNKNOWN') throw badInput(`no organisation "${organisationId}" in the partner registry`, field);
      if (!INFORMAL.includes(answer.kind)) {
        throw badInput(`organisation ${organisationId} is ${answer.kind.toLowerCase()}; a hulpvraag goes only to a welfare organisation or a resident cooperative`, field);
      }
    },
  };
}
