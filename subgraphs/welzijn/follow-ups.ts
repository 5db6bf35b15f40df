// Follow-ups (nazorg): 2 to 3 weeks after a match starts, the organisation that took the hulpvraag in checks
// how it is going. followUpDue is set at 17 days (matching.ts); the check is due from 14 days after the start
// and stays on the list, overdue, until recordFollowUp records an outcome (which feeds the followUpOutcomes
// and hoursGiven indicators) or the match ends.
import type { Caller } from '../../platform/caller';
import type { Database } from '../kit/database';
import { pageQuery, type PageArgs } from '../kit/pagination';
import { Match } from './entities';

/** The check is due this long before followUpDue: 14 days after the start, the first of the 2–3 weeks. */
const DUE_BEFORE_MS = 3 * 24 * 3600 * 1000;

/** The caller's organisation's active matches whose follow-up is due or overdue and not recorded, by id (index match_follow_up_open). */
export function followUpsDue(db: Database, caller: Caller, args: PageArgs, now = new Date()) {
  const query = db
    .getRepository(Match)
    .createQueryBuilder('match')
    .where('match.request_organisation_id = :organisation', { organisation: caller.organisationId })
    .andWhere("match.status = 'ACTIVE' AND match.follow_up_outcome IS NULL")
    .andWhere('match.follow_up_due <= :dueBy', { dueBy: new Date(now.getTime() + DUE_BEFORE_MS) });
  return pageQuery(query, args);
}
