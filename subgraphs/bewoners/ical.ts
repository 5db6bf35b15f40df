// iCalendar (RFC 5545) feeds of published activities, for calendar apps to subscribe to:
//   GET /ical/organisations/<organisation id>.ics   GET /ical/areas/<CBS code>.ics (with sub-areas)
// Times are local (DTSTART;TZID=Europe/Amsterdam with its VTIMEZONE), so a weekly eettafel at 12:00 stays at
// 12:00 after the clocks change; recurring activities carry their RRULE and cancelled occurrences as EXDATE;
// a cancelled activity stays in the feed as STATUS:CANCELLED with a higher SEQUENCE. Served by bewoners;
// the gateway passes /ical/ through.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../kit/database';
import { insideAreaSql, isAreaCode } from '../kit/areas';
import { TIME_ZONE, wallClock } from '../kit/social-map/local-time';

export const ICAL_PREFIX = '/ical/';

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break (CRLF, LF or a
 * lone CR) as \n, and the other control characters, which TEXT may not hold (a lone CR would end the line
 * for some readers and start a property of the caller's making), left out. Tabs stay.
 */
const escape = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let rest = Buffer.from(line, 'utf8');
  while (rest.length > 75) {
    let cut = 75;
    while (cut > 0 && (rest[cut] & 0xc0) === 0x80) cut -= 1; // do not split a UTF-8 character
    out.push(rest.subarray(0, cut).toString('utf8'));
    rest = Buffer.concat([Buffer.from(' '), rest.subarray(cut)]);
  }
  out.push(rest.toString('utf8'));
  return out.join('\r\n');
}

/** Europe/Amsterdam as RFC 5545 writes it: CET/CEST, the EU rules since 1996 (last Sunday of March and of October). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A local date-time value (with TZID=Europe/Amsterdam): 20260409T120000. */
const local = (moment: Date) => stamp(wallClock(moment)).replace(/Z$/, '');

export interface ActivityRow {
  id: string;
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  recurrence: string | null;
  updated_at: Date;
  status: 'SCHEDULED' | 'CANCELLED';
  sequence: number;
  excluded_dates: string[];
  location: string | null;
  url: string | null;
}

/** A cancelled occurrence at the activity's local start time on that date. */
function exdate(a: ActivityRow, date: string): string {
  return `${date.replace(/-/g, '')}T${local(a.starts_at).slice(9)}`;
}

export function calendar(name: string, activities: ActivityRow[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Samenspel//Sociale kaart//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escape(name)}`, `X-WR-TIMEZONE:${TIME_ZONE}`, ...VTIMEZONE];
  for (const a of activities) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${a.id}@samenspel`,
      `DTSTAMP:${stamp(a.updated_at)}`,
      `LAST-MODIFIED:${stamp(a.updated_at)}`,
      `SEQUENCE:${a.sequence}`,
      `STATUS:${a.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'}`,
      `DTSTART;TZID=${TIME_ZONE}:${local(a.starts_at)}`,
      `DTEND;TZID=${TIME_ZONE}:${local(a.ends_at)}`,
      ...(a.recurrence ? [`RRULE:${a.recurrence}`] : []),
      ...(a.recurrence && a.excluded_dates.length ? [`EXDATE;TZID=${TIME_ZONE}:${a.excluded_dates.map((d) => exdate(a, d)).join(',')}`] : []),
      `SUMMARY:${escape(a.title)}`,
      `DESCRIPTION:${escape(a.description)}`,
      ...(a.location ? [`LOCATION:${escape(a.location)}`] : []),
      ...(a.url ? [`URL:${a.url}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** An organisation bewoners knows: one with activities, ongoing services or members here. */
async function knownOrganisation(db: Database, id: string): Promise<boolean> {
  const [row] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM activity WHERE organisation_id = $1) OR EXISTS (SELECT 1 FROM cooperative_service WHERE organisation_id = $1)
       OR EXISTS (SELECT 1 FROM membership WHERE organisation_id = $1) AS known`,
    [id],
  );
  return row.known;
}

export function icalRoute(db: Database) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const match = /^\/ical\/(organisations|areas)\/([A-Za-z0-9-]+)\.ics$/.exec(path);
    const notFound = (message: string) => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(message);
    };
    if (!match) return notFound('use /ical/organisations/<id>.ics or /ical/areas/<CBS code>.ics');
    const [, scope, key] = match;
    if (scope === 'areas' && !isAreaCode(key)) return notFound(`"${key}" is not a CBS area code`);
    if (scope === 'organisations' && !(await knownOrganisation(db, key))) return notFound(`no cooperative "${key}" is known here`);
    const condition = scope === 'areas' ? insideAreaSql('a', '$1') : 'a.organisation_id = $1';
    // cancelled activities stay in the feed (STATUS:CANCELLED), so subscribed calendars take them out
    const rows: ActivityRow[] = await db.query(
      `SELECT a.id, a.title, a.description, a.starts_at, a.ends_at, a.recurrence, a.updated_at, a.status, a.sequence, a.excluded_dates, a.location,
         a.contact->>'website' AS url
       FROM activity a WHERE a.published AND ${condition} ORDER BY a.id LIMIT 2000`,
      [key],
    );
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' });
    res.end(calendar(`Activiteiten ${key}`, rows));
  };
}
