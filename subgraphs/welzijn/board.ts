// The self-matching board: the holder of an OPEN hulpvraag releases it, and the board shows it to anyone
// under a key of its own, with only category, buurt, dagdelen and helpers needed (never the resident, the
// description, the location or the hulpvraag's key). A helper responds through their organisation's partner
// system; the response is a SELF match pending the matcher's review, recorded by the one proposal path
// (matching.ts recordProposal), whose lock on the hulpvraag lets only as many helpers through as are needed.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { checkId } from '../kit/validation';
import { assertAreaCode, insideAreaSql } from '../kit/areas';
import { readPage, toConnection } from '../kit/pagination';
import type { Database } from '../kit/database';
import { BoardListing, HelpRequest, Match } from './entities';
import { OPEN_MATCH_STATES } from './entities/match';
import { lockHelpRequest } from './intake';
import { recordProposal, type ProposalAccess } from './matching';
import type { NeighbourOffers } from './neighbour-offers';
import type { RespondToBoardInput } from './generated/resolvers-types';

/** What the board shows of a listing. */
export interface BoardItem {
  id: string;
  category: string;
  areaCode: string;
  wishedTimes: string[];
  helpersNeeded: number;
  placesLeft: number;
  releasedAt: Date;
}

const ITEM_SQL = `SELECT l.id, h.category, l.area_code AS "areaCode", h.wished_times AS "wishedTimes", h.helpers_needed AS "helpersNeeded", l.released_at AS "releasedAt",
    h.helpers_needed - (SELECT count(*)::int FROM match m WHERE m.help_request_id = h.id AND m.status = ANY($1)) AS "placesLeft"
  FROM board_listing l JOIN help_request h ON h.id = l.help_request_id`;

/** One listing as the board shows it, read in the write's transaction. */
async function itemOf(manager: EntityManager, listing: BoardListing): Promise<BoardItem> {
  const [item] = await manager.query(`${ITEM_SQL} WHERE l.id = $2`, [OPEN_MATCH_STATES, listing.id]);
  return item;
}

/** Takes the caller's hulpvraag off the board; the listing's key, or null when it was not on it. */
export async function withdrawFromBoard(manager: EntityManager, id: string, caller: Caller, personalData: PersonalDataAccess): Promise<string | null> {
  const request = await lockHelpRequest(manager, id, caller, personalData);
  const listing = await manager.findOneBy(BoardListing, { helpRequestId: request.id });
  if (!listing) return null;
  if (!listing.withdrawnAt) await manager.save(Object.assign(listing, { withdrawnAt: new Date() }));
  return listing.id;
}

/** Puts the caller's OPEN hulpvraag on the board (again, after a withdrawal); releasing twice changes nothing. */
export async function releaseToBoard(manager: EntityManager, id: string, caller: Caller, personalData: PersonalDataAccess): Promise<BoardItem> {
  const request = await lockHelpRequest(manager, id, caller, personalData);
  if (request.status !== 'OPEN') throw conflict(`Hulpvraag ${request.id} is ${request.status}; only an OPEN hulpvraag goes on the board`, 'id');
  const listing = await manager.findOneBy(BoardListing, { helpRequestId: request.id });
  if (listing && !listing.withdrawnAt) return itemOf(manager, listing);
  if (listing) return itemOf(manager, await manager.save(Object.assign(listing, { withdrawnAt: null, releasedAt: new Date(), releasedBy: caller.subject! })));
  return itemOf(manager, await manager.save(
    manager.create(BoardListing, {
      id: `board-listing-${randomUUID()}`,
      helpRequestId: request.id,
      organisationId: request.intakeOrganisationId,
      areaCode: request.areaCode,
      releasedAt: new Date(),
      releasedBy: caller.subject!,
      withdrawnAt: null,
    }),
  ));
}

/** A helper's response through a partner system: a SELF match on the listed hulpvraag, pending review. */
export async function respondToBoard(
  db: Database,
  input: RespondToBoardInput,
  caller: Caller,
  personalData: PersonalDataAccess,
  offers: NeighbourOffers,
): Promise<{ id: string; listing: BoardItem; pool: 'VOLUNTEER' | 'NEIGHBOUR'; helperId: string }> {
  checkId(input.listingId, 'input.listingId');
  const listed = async (manager: EntityManager, lock: boolean) => {
    const listing = await manager.findOne(BoardListing, { where: { id: input.listingId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!listing || listing.withdrawnAt) throw notFound('BoardListing', input.listingId, 'input.listingId');
    return listing;
  };
  let listing = await listed(db.manager, false);
  // the listing is public: anyone's partner system may respond, whatever organisation holds the hulpvraag
  const access = (manager: EntityManager): ProposalAccess => ({
    check: async () => void (await listed(manager, false)),
    lock: async () => {
      listing = await listed(manager, true);
      const request = await manager.findOne(HelpRequest, { where: { id: listing.helpRequestId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw notFound('BoardListing', input.listingId, 'input.listingId');
      return request;
    },
    field: 'input.listingId',
  });
  const proposal = { clientMutationId: input.clientMutationId, pool: input.pool, helperId: input.helperId, madeBy: 'SELF' as const, input };
  return recordProposal(db, proposal, access, caller, personalData, offers, async (manager, { record }) => ({
    id: record.id,
    listing: await itemOf(manager, listing),
    pool: record.pool,
    helperId: record.volunteerId ?? record.helpOfferId!,
  }));
}

/** The board of an area (with its sub-areas): listings whose hulpvraag is still OPEN, in key order. */
export async function boardPage(db: Database, args: { area: string; categories?: readonly string[] | null; first?: number | null; after?: string | null }) {
  const { limit, afterId } = readPage(args);
  const rows: BoardItem[] = await db.query(
    `${ITEM_SQL} WHERE l.withdrawn_at IS NULL AND h.status = 'OPEN' AND ${insideAreaSql('l', '$2')}
       AND ($3::text IS NULL OR l.id > $3) AND ($4::text[] IS NULL OR h.category = ANY($4))
     ORDER BY l.id LIMIT $5`,
    [OPEN_MATCH_STATES, assertAreaCode(args.area), afterId, args.categories?.length ? args.categories : null, limit + 1],
  );
  return toConnection(rows, limit, (row) => row.id, args.after);
}

/** Self-made proposals on the caller's organisation's hulpvragen, waiting for a matcher's review. */
export async function selfMatchesToReview(db: Database, caller: Caller, args: { first?: number | null; after?: string | null }) {
  const { limit, afterId } = readPage(args);
  const query = db
    .getRepository(Match)
    .createQueryBuilder('m')
    .where("m.request_organisation_id = :organisation AND m.made_by = 'SELF' AND m.status = 'PROPOSED'", { organisation: caller.organisationId });
  if (afterId) query.andWhere('m.id > :after', { after: afterId });
  const rows = await query.orderBy('m.id', 'ASC').take(limit + 1).getMany();
  return toConnection(rows, limit, (row) => row.id, args.after);
}
