// The iCalendar bewoners serves, read back by two independent parsers (ical.js and node-ical): local times in
// Europe/Amsterdam on both sides of the March and October clock changes, long multibyte texts with \ ; , and
// line breaks folded and escaped, a cancelled occurrence (EXDATE), a cancelled activity (STATUS:CANCELLED
// with its SEQUENCE), LOCATION and URL.
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { calendar, type ActivityRow } from '../../subgraphs/bewoners/ical';

const amsterdam = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' });
/** A moment as the Amsterdam wall clock reads it: "2026-04-09 12:00". */
const localOf = (moment: Date) => amsterdam.format(moment);

const row = (overrides: Partial<ActivityRow>): ActivityRow => ({
  id: 'a1',
  title: 'Eettafel',
  description: '',
  starts_at: new Date('2026-01-08T11:00:00Z'), // Thursday 8 January, 12:00 in Amsterdam (UTC+1)
  ends_at: new Date('2026-01-08T13:00:00Z'),
  recurrence: 'FREQ=WEEKLY;BYDAY=TH',
  updated_at: new Date('2026-01-02T00:00:00Z'),
  status: 'SCHEDULED',
  sequence: 0,
  excluded_dates: [],
  location: null,
  url: null,
  ...overrides,
});

/** ical.js: occurrences (as moments) between two dates. */
function icalJsOccurrences(text: string, uid: string, until: Date): Date[] {
  const component = new ICAL.Component(ICAL.parse(text));
  // ical.js resolves TZID through the calendar's own VTIMEZONE, registered here
  for (const tz of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const event = new ICAL.Event(component.getAllSubcomponents('vevent').find((e: any) => e.getFirstPropertyValue('uid') === uid));
  const iterator = event.iterator();
  const out: Date[] = [];
  for (let next = iterator.next(); next && next.toJSDate() <= until; next = iterator.next()) out.push(next.toJSDate());
  return out;
}

/** node-ical: occurrences (as moments) between two dates. */
function nodeIcalOccurrences(text: string, uid: string, until: Date): Date[] {
  const event = Object.values(nodeIcal.sync.parseICS(text)).find((c: any) => c.type === 'VEVENT' && c.uid === uid) as any;
  const excluded = new Set(Object.values(event.exdate ?? {}).map((d: any) => new Date(d).getTime()));
  return (event.rrule.between(new Date('2026-01-01T00:00:00Z'), until, true) as Date[]).filter((d) => !excluded.has(d.getTime()));
}

test('an eettafel at 12:00 stays at 12:00 local across the March and the October clock change, in both parsers', () => {
  const text = calendar('Activiteiten', [row({})]);
  expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20260108T120000');
  expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam\r\n/);
  const until = new Date('2026-11-30T00:00:00Z');
  for (const occurrences of [icalJsOccurrences(text, 'a1@samenspel', until), nodeIcalOccurrences(text, 'a1@samenspel', until)]) {
    const local = occurrences.map(localOf);
    expect(local[0]).toBe('2026-01-08 12:00');
    expect(local).toContain('2026-03-26 12:00'); // the last Thursday in winter time
    expect(local).toContain('2026-04-02 12:00'); // the first in summer time: 10:00 UTC, not 11:00
    expect(local).toContain('2026-10-22 12:00');
    expect(local).toContain('2026-10-29 12:00'); // back in winter time
    for (const t of local) expect(t.slice(11)).toBe('12:00');
    expect(occurrences.find((d) => localOf(d) === '2026-04-02 12:00')!.toISOString()).toBe('2026-04-02T10:00:00.000Z');
    expect(occurrences.find((d) => localOf(d) === '2026-10-29 12:00')!.toISOString()).toBe('2026-10-29T11:00:00.000Z');
  }
});

test('one cancelled occurrence (EXDATE) is left out by both parsers; the others stay', () => {
  const text = calendar('Activiteiten', [row({ excluded_dates: ['2026-04-09'] })]);
  expect(text).toContain('EXDATE;TZID=Europe/Amsterdam:20260409T120000');
  const until = new Date('2026-04-30T00:00:00Z');
  for (const occurrences of [icalJsOccurrences(text, 'a1@samenspel', until), nodeIcalOccurrences(text, 'a1@samenspel', until)]) {
    const local = occurrences.map(localOf);
    expect(local).not.toContain('2026-04-09 12:00');
    expect(local).toContain('2026-04-02 12:00');
    expect(local).toContain('2026-04-16 12:00');
  }
});

test('a cancelled activity is STATUS:CANCELLED with its SEQUENCE; events carry LOCATION and URL', () => {
  const text = calendar('Activiteiten', [
    row({ id: 'c1', status: 'CANCELLED', sequence: 3, location: 'Buurtkamer De Kamp, Kamp 12, Amersfoort', url: 'https://dekamp.example.nl/eettafel' }),
  ]);
  const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
  expect(event.getFirstPropertyValue('sequence')).toBe(3);
  expect(event.getFirstPropertyValue('location')).toBe('Buurtkamer De Kamp, Kamp 12, Amersfoort');
  expect(event.getFirstPropertyValue('url')).toBe('https://dekamp.example.nl/eettafel');
  const parsed = Object.values(nodeIcal.sync.parseICS(text)).find((c: any) => c.type === 'VEVENT') as any;
  expect(parsed).toMatchObject({ status: 'CANCELLED', sequence: 3, location: 'Buurtkamer De Kamp, Kamp 12, Amersfoort' });
  expect(String(parsed.url?.val ?? parsed.url)).toBe('https://dekamp.example.nl/eettafel');
});

test('long multibyte titles with \\ ; , and line breaks are folded and escaped, and parse back exactly in both parsers', () => {
  const title = `Ontmoeting voor ouderen – café “De Zonnebloem”; koffie, thee \\ soep\nen daarna: wandelen 🚶‍♀️🌷 in het Soesterkwartier, ééndrachtig ${'ü'.repeat(40)}`;
  const description = `Regel één; met, tekens \\ en\r\nregel twee ${'€'.repeat(60)}`;
  const location = 'Wijkcentrum Het Klokhuis, Klokhuislaan 2; 3812 CD Amersfoort';
  const text = calendar('Activiteiten WK030703', [row({ id: 'long', title, description, location, recurrence: null })]);
  const lines = text.split('\r\n');
  // every line at most 75 octets, none split inside a UTF-8 character; the long ones really were folded
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThanOrEqual(4);
  expect(text).not.toContain('\uFFFD');
  expect(text).toContain('\\;');
  expect(text).toContain('\\,');
  expect(text).toContain('\\\\');

  const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e: any) => new ICAL.Event(e));
  expect(event.summary).toBe(title);
  expect(event.description).toBe(description.replace('\r\n', '\n'));
  expect(event.location).toBe(location);
  const parsed = Object.values(nodeIcal.sync.parseICS(text)).find((c: any) => c.type === 'VEVENT') as any;
  const value = (v: any) => (typeof v === 'string' ? v : v.val);
  expect(value(parsed.summary)).toBe(title);
  expect(value(parsed.description)).toBe(description.replace('\r\n', '\n'));
  expect(value(parsed.location)).toBe(location);
});
