// Periods of the dashboards, on the calendar of platform/calendar.ts: because every bucket lies inside one
// bucket of each coarser interval, a month is exactly the sum of its weeks, and the disclosure rules
// (disclosure.ts) can protect each total against its parts along the time dimension too.
//
// A period must start on the first day of a bucket and end on the last day of one: a period that starts
// or ends inside a bucket would let one day be worked out as the difference of two answers.
import { badInput } from '../../../platform/errors';
import { ISO_DATE, bucketEnd, bucketStart, isFiner, isoOf, toDay, type Interval } from '../../../platform/calendar';

export { INTERVALS, bucketEnd, bucketStart, bucketsBetween, coarser, isFiner, isoOf, toDay, type Bucket, type Interval } from '../../../platform/calendar';

/** The interval's name in SQL (kit/indicator-sql.ts: 'week' stands for the week cut at month ends). */
export const INTERVAL_SQL: Record<Interval, string> = { WEEK: 'week', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

const WORD: Record<Interval, string> = { WEEK: 'week', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

export interface PeriodInput {
  from: string;
  to: string;
  interval?: Interval | null;
}

export interface Period {
  from: number;
  to: number;
  interval: Interval;
}

/** A period is at most three years long. */
const MAX_SPAN_DAYS = 3 * 366;

/**
 * Checks a period against the calendar and against the finest interval the area may be cut into
 * (`minimum`, from gemeente's statistics grid). Without an interval, an area gets months, or its minimum
 * when that is coarser (villages and small buurten: quarters or years).
 */
export function checkPeriod(input: PeriodInput, minimum: Interval, areaCode: string): Period {
  for (const field of ['from', 'to'] as const) {
    if (!ISO_DATE.test(input[field]) || Number.isNaN(toDay(input[field]))) throw badInput(`${input[field]} is not a date (YYYY-MM-DD)`, `period.${field}`);
  }
  const from = toDay(input.from);
  const to = toDay(input.to);
  if (to < from) throw badInput('the period ends before it starts', 'period.to');
  if (to - from > MAX_SPAN_DAYS) throw badInput('a period is at most three years', 'period.to');
  const interval = input.interval ?? (isFiner('MONTH', minimum) ? minimum : 'MONTH');
  if (isFiner(interval, minimum)) {
    throw badInput(
      `${areaCode} has too few inhabitants for figures per ${WORD[interval]}: ask per ${WORD[minimum]}${minimum === 'YEAR' ? '' : ' or coarser'}`,
      'period.interval',
    );
  }
  if (bucketStart(from, interval) !== from) {
    throw badInput(
      `period.from must be the first day of a ${WORD[interval]}${interval === 'WEEK' ? ' (a Monday, or the 1st of a month)' : ''}: ${input.from} lies in the ${WORD[interval]} from ${isoOf(bucketStart(from, interval))} to ${isoOf(bucketEnd(from, interval))}`,
      'period.from',
    );
  }
  if (bucketEnd(to, interval) !== to) {
    throw badInput(
      `period.to must be the last day of a ${WORD[interval]}${interval === 'WEEK' ? ' (a Sunday, or the last day of a month)' : ''}: ${input.to} lies in the ${WORD[interval]} from ${isoOf(bucketStart(to, interval))} to ${isoOf(bucketEnd(to, interval))}`,
      'period.to',
    );
  }
  return { from, to, interval };
}

/** The whole calendar years a period lies in: the disclosure rules work from the year down (disclosure.ts). */
export function coveringYears(period: Period): Period {
  return { from: bucketStart(period.from, 'YEAR'), to: bucketEnd(period.to, 'YEAR'), interval: period.interval };
}
