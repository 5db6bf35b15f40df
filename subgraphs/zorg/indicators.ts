// zorg's indicators for the municipal dashboard (kit/indicators.ts rolls them up and suppresses).
import type { IndicatorSource } from '../kit/indicators';
import { bucketOf, inPeriod, inScope } from '../kit/indicator-sql';

const counted = (name: string, key: string, where: string, at = 'r.created_at'): IndicatorSource => ({
  name,
  sql: `SELECT r.area_code, ${bucketOf(at)} AS bucket, ${key} AS key, count(*)::int AS n
        FROM referral r WHERE ${inScope('r')} AND ${inPeriod(at)} AND ${where} GROUP BY 1, 2, 3`,
});

export const INDICATORS: IndicatorSource[] = [
  counted('referralsByReason', 'r.reason', "r.kind = 'REFERRAL'"),
  counted('signalsByReason', 'r.reason', "r.kind = 'SIGNAL'"),
  counted('referralsByDirection', 'r.direction', 'true'),
  counted('returnedToInformalHelp', "''", "r.status = 'RETURNED_TO_INFORMAL_HELP'", 'r.status_changed_at'),
];
