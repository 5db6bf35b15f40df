// iCalendar (RFC 5545) feeds of published activities, for calendar apps to subscribe to:
//   GET /ical/organisations/<organisation id>.ics   GET /ical/areas/<CBS code>.ics (with sub-areas)
// Recurring activities carry their RRULE. Served by bewoners; the gateway passes /ical/ through.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../kit/database';
import { insideAreaSql, isAreaCode } from '../kit/areas';

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

interface ActivityRow {
  id: string;
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  recurrence: string | null;
  updated_at: Date;
}

export function calendar(name: string, activities: ActivityRow[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Samenspel//Sociale kaart//NL', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escape(name)}`];
  for (const a of activities) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${a.id}@samenspel`,
      `DTSTAMP:${stamp(a.updated_at)}`,
      `DTSTART:${stamp(a.starts_at)}`,
      `DTEND:${stamp(a.ends_at)}`,
      ...(a.recurrence ? [`RRULE:${a.recurrence}`] : []),
      `SUMMARY:${escape(a.title)}`,
      `DESCRIPTION:${escape(a.description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
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
    const condition = scope === 'areas' ? insideAreaSql('a', '$1') : 'a.organisation_id = $1';
    const rows: ActivityRow[] = await db.query(
      `SELECT a.id, a.title, a.description, a.starts_at, a.ends_at, a.recurrence, a.updated_at FROM activity a
       WHERE a.published AND a.status = 'SCHEDULED' AND ${condition} ORDER BY a.id LIMIT 2000`,
      [key],
    );
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'max-age=300' });
    res.end(calendar(`Activiteiten ${key}`, rows));
  };
}
