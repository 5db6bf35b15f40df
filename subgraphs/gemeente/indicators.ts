// gemeente's indicators for the municipal dashboard: grants (subsidies) to partners working in the area,
// counted by the area an organisation mainly works in. Population figures are fields of Area itself.
import type { IndicatorSource } from '../kit/indicators';
import { bucketOf } from '../kit/indicator-sql';

const YEAR_START = 'make_date(g.year, 1, 1)';

export const INDICATORS: IndicatorSource[] = [
  {
    name: 'grants',
    sql: `SELECT o.area_codes[1] AS area_code, ${bucketOf(YEAR_START)} AS bucket, g.purpose AS key, count(*)::int AS n
          FROM "grant" g JOIN organisation o ON o.id = g.organisation_id
          WHERE substring(o.area_codes[1] from 3) LIKE substring($1 from 3) || '%'
            AND ${YEAR_START} >= date_trunc('year', $2::date) AND ${YEAR_START} <= $3::date
          GROUP BY 1, 2, 3`,
  },
];
