// gemeente's indicators for the municipal dashboard: grants (subsidies) to partners working in the area,
// counted in the first area an organisation serves and in the bucket of 1 January of the grant's year.
// Population figures are fields of Area itself. What grants go to which organisation is public (the
// subsidieregister), so the euros are figures about organisations, published exactly; the number of grants
// follows the rules for residents' figures like every other count.
import type { IndicatorSource } from '../kit/indicators';
import { bucketOf, inScopeKey, nodeOf } from '../kit/indicator-sql';

const YEAR_START = 'make_date(g.year, 1, 1)';
const AREA_KEY = 'substring(o.area_codes[1] from 3)';

const grants = (name: string, key: string, n: string, about?: 'organisations'): IndicatorSource => ({
  name,
  kind: 'flow',
  keys: 'partition',
  unit: about ? 'EUROS' : undefined,
  about,
  sql: `SELECT ${nodeOf(AREA_KEY)} AS node, ${bucketOf(YEAR_START)} AS bucket, ${key} AS key, count(*)::int AS n, ${n} AS amount
        FROM "grant" g JOIN organisation o ON o.id = g.organisation_id
        WHERE ${inScopeKey(AREA_KEY)} AND ${YEAR_START} BETWEEN $2::date AND $3::date
        GROUP BY 1, 2, 3`,
});

export const INDICATORS: IndicatorSource[] = [
  grants('grants', 'g.purpose', 'count(*)'),
  grants('grantEurosByOrganisation', 'g.organisation_id', 'sum(g.amount_euros)', 'organisations'),
  grants('grantEurosByTheme', 'g.purpose', 'sum(g.amount_euros)', 'organisations'),
];
