// gemeente's statistics grid: how finely the dashboard figures of each area may be cut, from its population
// (CBS). Every subgraph's indicators read it through federation (@requires of Area.statisticsGrid), so a
// village or a small buurt gets quarters or years in every partner's figures alike.
import type { Interval, StatisticsArea } from '../kit/indicators';
import type { Database } from '../kit/database';

/** Below these populations an area's figures are published per year, or per quarter at the finest. */
export const VILLAGE_POPULATION = 1_000;
export const SMALL_AREA_POPULATION = 5_000;

export function minimumInterval(population: number): Interval {
  if (population < VILLAGE_POPULATION) return 'YEAR';
  if (population < SMALL_AREA_POPULATION) return 'QUARTER';
  return 'WEEK';
}

/** The four digits of the gemeente an area code (GMxxxx, WKxxxxxx, BUxxxxxxxx) lies in. */
const gemeenteOf = (code: string) => code.slice(2, 6);

/** For each of `codes`: every area of the gemeente that holds it, with its minimum interval; one statement for all. */
export async function statisticsGrids(db: Database, codes: readonly string[]): Promise<StatisticsArea[][]> {
  const rows: { code: string; population: number }[] = await db.query(
    'SELECT code, population FROM area WHERE substring(code from 3 for 4) = ANY($1) ORDER BY code',
    [[...new Set(codes.map(gemeenteOf))]],
  );
  const grid = rows.map((row) => ({ code: row.code, minimumInterval: minimumInterval(row.population) }));
  return codes.map((code) => grid.filter((area) => gemeenteOf(area.code) === gemeenteOf(code)));
}
