// bewoners' indicators for the municipal dashboard (kit/indicators applies the disclosure rules), from the
// sessions cooperatives record.
import type { IndicatorSource } from '../kit/indicators';
import { NODES, bucketOf, inNode, inPeriod, inScope, nodeOf } from '../kit/indicator-sql';

const sessions = (name: string, key: string, n: string): IndicatorSource => ({
  name,
  kind: 'flow',
  keys: 'partition',
  sql: `SELECT ${nodeOf('a.area_key')} AS node, ${bucketOf('s.held_on')} AS bucket, ${key} AS key, ${n}::int AS n
        FROM activity_session s JOIN activity a ON a.id = s.activity_id
        WHERE ${inScope('a')} AND ${inPeriod('s.held_on')} GROUP BY 1, 2, 3`,
});

export const INDICATORS: IndicatorSource[] = [
  sessions('activitiesHeld', 'a.kind', 'count(*)'),
  sessions('participants', 'a.kind', 'sum(s.participants)'),
  {
    // Reach among target groups: participants of activities meant for each group (an activity for two groups
    // counts in both; the total counts each participant once).
    name: 'participantsByTargetGroup',
    kind: 'flow',
    keys: 'overlapping',
    sql: `SELECT ${nodeOf('a.area_key')} AS node, ${bucketOf('s.held_on')} AS bucket, g.key, sum(s.participants)::int AS n
          FROM activity_session s JOIN activity a ON a.id = s.activity_id
          CROSS JOIN LATERAL (SELECT '' AS key UNION ALL SELECT unnest(a.target_groups)) g
          WHERE ${inScope('a')} AND ${inPeriod('s.held_on')} GROUP BY 1, 2, 3`,
  },
  {
    // Cooperatives with a session in the area in the bucket: one active in two buurten counts in both, and
    // once in their wijk, so it is counted per area of the answer rather than summed.
    name: 'activeCooperatives',
    kind: 'distinct',
    keys: 'none',
    areaAdditive: false,
    sql: `SELECT n.key AS node, ${bucketOf('s.held_on')} AS bucket, '' AS key, count(DISTINCT a.organisation_id)::int AS n
          FROM ${NODES} JOIN activity a ON ${inNode('a.area_key')} JOIN activity_session s ON s.activity_id = a.id
          WHERE ${inPeriod('s.held_on')} GROUP BY 1, 2`,
  },
];
