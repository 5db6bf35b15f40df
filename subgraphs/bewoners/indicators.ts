// bewoners' indicators for the municipal dashboard (kit/indicators.ts rolls them up and suppresses).
import type { IndicatorSource } from '../kit/indicators';
import { bucketOf, inPeriod, inScope } from '../kit/indicator-sql';

const sessions = (name: string, key: string, n: string): IndicatorSource => ({
  name,
  sql: `SELECT a.area_code, ${bucketOf('s.held_on')} AS bucket, ${key} AS key, ${n}::int AS n
        FROM activity_session s JOIN activity a ON a.id = s.activity_id
        WHERE ${inScope('a')} AND ${inPeriod('s.held_on')} GROUP BY 1, 2, 3`,
});

export const INDICATORS: IndicatorSource[] = [
  sessions('activitiesHeld', 'a.kind', 'count(*)'),
  sessions('participants', 'a.kind', 'sum(s.participants)'),
  // per buurt; a cooperative active in two buurten counts in both
  sessions('activeCooperatives', "''", 'count(DISTINCT a.organisation_id)'),
];
