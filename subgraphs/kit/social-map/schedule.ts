// Activity schedules follow RFC 5545 RRULE (as Open Referral HSDS 3 `schedule` does). The index keeps each
// activity's occurrences for the coming year, so a date window is an indexed range query.
import { RRule, rrulestr, type Options } from 'rrule';
import { fromWallClock, isoOffset, localDate, localTime, offsetMinutes, wallClock } from './local-time';

const DAY_MS = 24 * 3600 * 1000;
export const OCCURRENCE_HORIZON_DAYS = 365;
/** At most this many occurrences are expanded from one rule (a daily activity has 366 in the horizon). */
export const MAX_OCCURRENCES = 400;
/**
 * Expanding one rule stops after this long, whatever the rule: a safeguard, far above what an allowed rule
 * takes (a few milliseconds for a year of daily occurrences), so a busy machine never cuts a real schedule.
 */
export const MAX_EXPANSION_MS = 1_000;

/**
 * The RRULE parts an activity may use. An activity happens on days (BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS
 * select them; its time of day is its startsAt), so BYHOUR, BYMINUTE and BYSECOND, which multiply every day
 * into up to 86,400 occurrences, are refused, as are BYYEARDAY and BYWEEKNO (yearly rules only).
 */
const ALLOWED_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']);
const EXAMPLE = 'e.g. FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1SA';

/** Why an activity's RRULE is refused, or null when it is fine: the publishing mutations and the indexer ask. */
export function recurrenceProblem(recurrence: string): string | null {
  if (!/^FREQ=(WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/.test(recurrence)) {
    return `recurrence must be an RFC 5545 RRULE with FREQ=WEEKLY or FREQ=MONTHLY, ${EXAMPLE}`;
  }
  const names = recurrence.split(';').map((part) => part.split('=')[0]);
  const refused = [...new Set(names.filter((name) => !ALLOWED_PARTS.has(name)))];
  if (refused.length) {
    return `recurrence may not use ${refused.join(', ')}: an activity repeats on days, at the time of day of its startsAt (allowed: ${[...ALLOWED_PARTS].join(', ')}; ${EXAMPLE})`;
  }
  if (new Set(names).size !== names.length) return `recurrence names a part twice (${recurrence})`;
  try {
    rrulestr(recurrence, { dtstart: new Date() });
    return null;
  } catch {
    return `recurrence is not a valid RFC 5545 RRULE, ${EXAMPLE}`;
  }
}

/** Whether a recurring activity starts on a day its rule includes (RFC 5545 counts DTSTART as the first occurrence either way). */
export function startsOnRuleDay(startsAt: Date, recurrence: string): boolean {
  return occurrencesBetween(startsAt, recurrence, startsAt, startsAt).length === 1;
}

/** A field-specific check of an RRULE, for the publishing mutations. */
export function isValidRecurrence(recurrence: string): boolean {
  return recurrenceProblem(recurrence) === null;
}

/**
 * Occurrences between two moments, bounded whatever the rule says: at most MAX_OCCURRENCES, and no more than
 * MAX_EXPANSION_MS of work. A one-off activity has just its start, if inside; so has one whose rule is refused
 * (stored before the rules were checked, or by a partner that does not check them). The rule repeats on the
 * Amsterdam wall clock (local-time.ts): 12:00 in winter stays 12:00 after the clocks go forward. Excluded
 * local dates (EXDATE, YYYY-MM-DD) are left out.
 */
export function occurrencesBetween(startsAt: Date, recurrence: string | null, from: Date, to: Date, excludedDates: readonly string[] = []): Date[] {
  const kept = (moment: Date) => !excludedDates.includes(localDate(moment));
  const once = startsAt >= from && startsAt <= to && kept(startsAt) ? [startsAt] : [];
  if (!recurrence || recurrenceProblem(recurrence)) return once;
  const deadline = Date.now() + MAX_EXPANSION_MS;
  const options = RRule.parseString(recurrence);
  if (options.until) options.until = wallClock(options.until);
  return ruleFrom(wallClock(startsAt), options, wallClock(from))
    .between(wallClock(from), wallClock(to), true, (_date, i) => i < MAX_OCCURRENCES && Date.now() < deadline)
    .map(fromWallClock)
    .filter(kept);
}

/**
 * The rule, started no more than one interval before `from` when that changes none of its occurrences (no
 * COUNT; moved by whole intervals, its implicit weekday or day of the month written out): rrule walks every
 * day from the start, so an activity that began years ago would otherwise cost years of walking.
 */
function ruleFrom(startsAt: Date, options: Partial<Options>, from: Date): RRule {
  const interval = options.interval ?? 1;
  if (options.count || startsAt >= from) return new RRule({ ...options, dtstart: startsAt });
  if (options.freq === RRule.WEEKLY) {
    const step = interval * 7 * DAY_MS;
    const steps = Math.max(0, Math.floor((from.getTime() - startsAt.getTime()) / step) - 1);
    return new RRule({ byweekday: [(startsAt.getUTCDay() + 6) % 7], ...options, dtstart: new Date(startsAt.getTime() + steps * step) });
  }
  const months = (from.getUTCFullYear() - startsAt.getUTCFullYear()) * 12 + from.getUTCMonth() - startsAt.getUTCMonth();
  const steps = Math.max(0, Math.floor(months / interval) - 1);
  const moved = new Date(startsAt);
  moved.setUTCDate(1);
  moved.setUTCMonth(moved.getUTCMonth() + steps * interval);
  const implicitDay = options.byweekday || options.bymonthday ? {} : { bymonthday: [startsAt.getUTCDate()] };
  return new RRule({ ...implicitDay, ...options, dtstart: steps ? moved : startsAt });
}

/** Occurrences from yesterday to a year ahead, as the index keeps them. */
export function occurrencesOf(startsAt: Date, recurrence: string | null, now = new Date(), excludedDates: readonly string[] = []): Date[] {
  return occurrencesBetween(startsAt, recurrence, new Date(now.getTime() - DAY_MS), new Date(now.getTime() + OCCURRENCE_HORIZON_DAYS * DAY_MS), excludedDates);
}

/** The HSDS 3 `schedule` fields of a recurring activity (RRULE parts by name), for GraphQL and the export. */
export interface HsdsSchedule {
  freq: 'WEEKLY' | 'MONTHLY' | null;
  interval: number | null;
  byday: string | null;
  bymonthday: string | null;
  until: string | null;
  count: number | null;
  dtstart: string;
  /** Hours ahead of UTC at dtstart (HSDS writes the time zone as an offset): 1 in winter, 2 in summer. */
  timezone: number;
  /** Local time with its offset at dtstart, e.g. 12:00+01:00. */
  opens_at: string;
  closes_at: string;
}

export function hsdsSchedule(startsAt: Date, endsAt: Date, recurrence: string | null): HsdsSchedule {
  const options = recurrence ? RRule.parseString(recurrence) : {};
  const freq = options.freq === RRule.WEEKLY ? 'WEEKLY' : options.freq === RRule.MONTHLY ? 'MONTHLY' : null;
  const part = (name: string) => recurrence?.match(new RegExp(`(?:^|;)${name}=([^;]+)`))?.[1] ?? null;
  return {
    freq,
    interval: options.interval ?? (freq ? 1 : null),
    byday: part('BYDAY'),
    bymonthday: part('BYMONTHDAY'),
    until: options.until ? options.until.toISOString() : null,
    count: options.count ?? null,
    dtstart: localDate(startsAt),
    timezone: offsetMinutes(startsAt) / 60,
    opens_at: `${localTime(startsAt)}${isoOffset(startsAt)}`,
    closes_at: `${localTime(endsAt)}${isoOffset(endsAt)}`,
  };
}
