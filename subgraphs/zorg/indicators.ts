// zorg's indicators for the municipal dashboard (kit/indicators applies the disclosure rules). Referrals
// without an area are not counted; one coded to a wijk or the gemeente counts in that area.
import type { IndicatorSource } from '../kit/indicators';
import { bucketOf, inPeriod, inScope, nodeOf } from '../kit/indicator-sql';

const counted = (name: string, key: string, where: string, at = 'r.created_at'): IndicatorSource => ({
  name,
  kind: 'flow',
  keys: key === "''" ? 'none' : 'partition',
  sql: `SELECT ${nodeOf('r.area_key')} AS node, ${bucketOf(at)} AS bucket, ${key} AS key, count(*)::int AS n
        FROM referral r WHERE ${inScope('r')} AND ${inPeriod(at)} AND ${where} GROUP BY 1, 2, 3`,
});

export const INDICATORS: IndicatorSource[] = [
  counted('referralsByReason', 'r.reason', "r.kind = 'REFERRAL'"),
  counted('signalsByReason', 'r.reason', "r.kind = 'SIGNAL'"),
  counted('referralsByDirection', 'r.direction', 'true'),
  counted('returnedToInformalHelp', "''", "r.status = 'RETURNED_TO_INFORMAL_HELP'", 'r.status_changed_at'),
];
