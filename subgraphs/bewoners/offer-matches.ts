// Before a cooperative ends a neighbour's offer, bewoners asks welzijn, which records the matches, for the
// states of the offer's open matches (kit/matching/offer-check.ts). An offer with open matches is not ended:
// CONFLICT naming their states (kit/helper-profile.ts openMatchesConflict), the same rule as for a volunteer.
// When welzijn cannot answer, nothing is written (OPEN_MATCH_CHECK_UNAVAILABLE).
import { GraphQLError } from 'graphql';
import type { Caller } from '../../platform/caller';
import type { Logger } from '../../platform/log';
import { OFFER_MATCHES_PATH, openMatchesOfOffer } from '../kit/matching/offer-check';
import type { PeerUrls, SubgraphServices } from '../kit/subgraph';

export interface OfferMatches {
  /** The states of the offer's open matches in welzijn; throws when welzijn cannot say. */
  openStates(offerId: string, caller: Caller): Promise<string[]>;
}

export interface BewonersServices extends SubgraphServices {
  offerMatches: OfferMatches;
}

export function offerMatches(peers: PeerUrls, secret: string, log: Logger): OfferMatches {
  return {
    async openStates(offerId, caller) {
      // read when asked: peers may be filled in after bewoners starts
      const url = peers.welzijn?.replace(/\/graphql$/, OFFER_MATCHES_PATH);
      try {
        if (!url) throw new Error('welzijn has no address');
        return await openMatchesOfOffer(url, secret, caller, offerId);
      } catch (error) {
        log.warn({ traceId: caller.traceId, err: error }, 'open-match check failed');
        throw new GraphQLError("welzijn cannot say whether the offer has open matches now, so it is not ended; try again later", {
          extensions: { code: 'OPEN_MATCH_CHECK_UNAVAILABLE' },
        });
      }
    },
  };
}
