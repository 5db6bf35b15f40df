// Reads a cooperative's own iCalendar file (RFC 5545, parsed by ical.js) into activity fields: one record per
// VEVENT with its UID, SEQUENCE and STATUS. Times with a TZID are taken through the file's VTIMEZONE; a TZID
// the file does not define, and floating times, are read as Europe/Amsterdam local time. A file that is no
// calendar, or an event without UID, DTSTART or SUMMARY, is refused as a whole with the reason.
import ICAL from 'ical.js';
import { fromWallClock, localDate } from '../kit/social-map/local-time';

export interface CalendarEvent {
  uid: string;
  sequence: number;
  cancelled: boolean;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  recurrence: string | null;
  excludedDates: string[];
  location: string | null;
  url: string | null;
}

export class CalendarFileError extends Error {}

function moment(time: any, known: Set<string>): Date {
  const tzid = time.zone?.tzid as string | undefined;
  if (tzid === 'UTC' || (tzid && known.has(tzid))) return time.toJSDate();
  return fromWallClock(new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second)));
}

export function parseCalendar(text: string): CalendarEvent[] {
  let root: any;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new CalendarFileError(`not an iCalendar file: ${(error as Error).message.split('\n')[0]}`);
  }
  if (root.name !== 'vcalendar') throw new CalendarFileError('not an iCalendar file (no VCALENDAR)');
  const known = new Set<string>();
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(tz);
    ICAL.TimezoneService.register(zone);
    known.add(zone.tzid);
  }
  return root.getAllSubcomponents('vevent').map((component: any, i: number) => {
    const uid = component.getFirstPropertyValue('uid');
    const event = new ICAL.Event(component);
    const where = uid ? `event ${uid}` : `event ${i + 1}`;
    if (!uid) throw new CalendarFileError(`${where} has no UID`);
    if (!event.startDate) throw new CalendarFileError(`${where} has no DTSTART`);
    if (!event.summary) throw new CalendarFileError(`${where} has no SUMMARY`);
    const startsAt = moment(event.startDate, known);
    const endsAt = event.endDate ? moment(event.endDate, known) : new Date(startsAt.getTime() + 3_600_000);
    const rrule = component.getFirstProperty('rrule');
    const excludedDates = component.getAllProperties('exdate').flatMap((p: any) => p.getValues().map((t: any) => localDate(moment(t, known))));
    const url = component.getFirstPropertyValue('url');
    return {
      uid: String(uid),
      sequence: Number(component.getFirstPropertyValue('sequence') ?? 0),
      cancelled: String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED',
      title: String(event.summary),
      description: String(event.description ?? ''),
      startsAt,
      endsAt,
      recurrence: rrule ? rrule.getFirstValue().toString() : null,
      excludedDates: [...new Set<string>(excludedDates)].sort(),
      location: event.location ? String(event.location) : null,
      url: url ? String(url) : null,
    };
  });
}
