// Activity schedules follow RFC 5545 RRULE (as Open Referral HSDS 3 `schedule` does). The index keeps each
// activity's occurrences for the coming year, so a date window is an indexed range query.
import { RRule, rrulestr } from 'rrule';

const DAY_MS = 24 * 3600 * 1000;
export const OCCURRENCE_HORIZON_DAYS = 365;
const MAX_OCCURRENCES = 400;

/** Occurrences between two moments (at most 400); a one-off activity has just its start, if inside. */
export function occurrencesBetween(startsAt: Date, recurrence: string | null, from: Date, to: Date): Date[] {
  if (!recurrence) return startsAt >= from && startsAt <= to ? [startsAt] : [];
  return rrulestr(recurrence, { dtstart: startsAt }).between(from, to, true).slice(0, MAX_OCCURRENCES);
}

/** Occurrences from yesterday to a year ahead, as the index keeps them. */
export function occurrencesOf(startsAt: Date, recurrence: string | null, now = new Date()): Date[] {
  return occurrencesBetween(startsAt, recurrence, new Date(now.getTime() - DAY_MS), new Date(now.getTime() + OCCURRENCE_HORIZON_DAYS * DAY_MS));
}

/** A field-specific check of an RRULE, for the publishing mutations. */
export function isValidRecurrence(recurrence: string): boolean {
  if (!/^FREQ=(WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/.test(recurrence)) return false;
  try {
    rrulestr(recurrence, { dtstart: new Date() });
    return true;
  } catch {
    return false;
  }
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
  opens_at: string;
  closes_at: string;
}

const hhmm = (date: Date) => date.toISOString().slice(11, 16);

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
    dtstart: startsAt.toISOString().slice(0, 10),
    opens_at: hhmm(startsAt),
    closes_at: hhmm(endsAt),
  };
}
