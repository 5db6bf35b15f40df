// gemeente's statistics grid of the demo town, for tests that ask a subgraph for indicators directly (through
// the gateway, @requires brings it from gemeente).
import { ALL_AREAS } from '../../hub/demo/town';
import { minimumInterval } from '../../subgraphs/gemeente/statistics-grid';
import type { StatisticsArea } from '../../subgraphs/kit/indicators';

export const DEMO_GRID: StatisticsArea[] = ALL_AREAS.map((area) => ({ code: area.code, minimumInterval: minimumInterval(area.population) }));

/** An Area representation as the gateway sends it to a subgraph's indicator field. */
export const areaWithGrid = (code: string, grid: StatisticsArea[] = DEMO_GRID) => ({ code, statisticsGrid: grid });
