// Before welzijn records a match with a neighbour's help offer it asks bewoners, which holds the offers
// (kit/matching/offer-check.ts): an offer that does not exist or that the caller's organisation may not
// see (no consent to MATCHING) is refused like a helper id that does not exist; one switched off, paused,
// ended or being ended is a CONFLICT; when bewoners cannot answer, nothing is recorded (OFFER_CHECK_UNAVAILABLE).
// And bewoners asks welzijn before a cooperative ends an offer: the states of its open matches, with the
// ones being recorded (proposal-claims.ts).
import { GraphQLError } from 'graphql';
import { badInput, conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { Logger } from '../../platform/log';
import { checkOffer, OFFER_CHECK_PATH, type OfferStatus } from '../kit/matching/offer-check';
import type { PeerUrls, SubgraphServices } from '../kit/subgraph';
import type { Database } from '../kit/database';
import { openMatchStates } from './proposal-claims';
import { OPEN_MATCH_STATES } from './entities/match';
import type { OrganisationRegistry } from './organisations';

export interface NeighbourOffers {
  /** Throws unless the offer exists, the caller may propose it and it is switched on. */
  assertProposable(offerId: string, caller: Caller): Promise<void>;
}

export interface WelzijnServices extends SubgraphServices {
  neighbourOffers: NeighbourOffers;
  organisations: OrganisationRegistry;
}

const REFUSALS: Record<Exclude<OfferStatus, 'AVAILABLE' | 'UNKNOWN'>, string> = {
  UNAVAILABLE: 'is switched off',
  PAUSED: 'is paused',
  ENDING: 'is being ended by its cooperative right now',
  ENDED: 'has ended',
};

export function neighbourOffers(peers: PeerUrls, secret: string, log: Logger): NeighbourOffers {
  return {
    async assertProposable(offerId, caller) {
      // read when asked: peers may be filled in after welzijn starts
      const url = peers.bewoners?.replace(/\/graphql$/, OFFER_CHECK_PATH);
      let status;
      try {
        if (!url) throw new Error('bewoners has no address');
        status = await checkOffer(url, secret, caller, offerId);
      } catch (error) {
        log.warn({ traceId: caller.traceId, err: error }, 'offer check failed');
        throw new GraphQLError('bewoners cannot confirm the help offer now, so no match is recorded; try again later', {
          extensions: { code: 'OFFER_CHECK_UNAVAILABLE' },
        });
      }
      if (status === 'UNKNOWN') {
        throw badInput(`no help offer "${offerId}" that your organisation may propose (the neighbour must consent to MATCHING by it)`, 'input.helperId');
      }
      if (status !== 'AVAILABLE') throw conflict(`Help offer ${offerId} ${REFUSALS[status]}`, 'input.helperId');
    },
  };
}

/** bewoners' question before an end: the states of the offer's open matches, with those being recorded; nothing else crosses. */
export function answerOpenMatches(db: Database) {
  return (_caller: Caller, offerId: string): Promise<string[]> => openMatchStates(db, offerId);
}
