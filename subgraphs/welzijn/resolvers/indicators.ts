import { INTERVAL_SQL, indicatorSetFor, measure, type PeriodInput } from '../../kit/indicators';
import type { Database } from '../../kit/database';
import { DAYS_TO_MATCH_SQL, INDICATORS } from '../indicators';

export const welzijnIndicators = (areaCode: string, period: PeriodInput, { db, config }: { db: Database; config: { smallCountThreshold: number } }) =>
  indicatorSetFor({ db, config }, areaCode, period, INDICATORS, async (checked, threshold) => {
    const rows: { bucket: string; cases: number; median: number | null; p90: number | null }[] = await db.query(DAYS_TO_MATCH_SQL, [
      areaCode, checked.from, checked.to, INTERVAL_SQL[checked.interval],
    ]);
    return rows.flatMap((row) => [
      measure('medianDaysToMatch', row.bucket, row.median, row.cases, threshold),
      measure('p90DaysToMatch', row.bucket, row.p90, row.cases, threshold),
    ]);
  });
