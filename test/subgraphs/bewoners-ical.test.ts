// Attack (issue 13, finding 10): a title with a lone CR or other control characters must not break out of
// its SUMMARY line. The calendar bewoners serves is parsed back with ical.js: one event per activity, each
// text exactly what was written (line breaks as line breaks, other control characters left out).
import ICAL from 'ical.js';
import { calendar } from '../../subgraphs/bewoners/ical';

const row = (id: string, title: string, description = '') => ({
  id,
  title,
  description,
  starts_at: new Date('2026-03-03T09:00:00Z'),
  ends_at: new Date('2026-03-03T11:00:00Z'),
  recurrence: null,
  updated_at: new Date('2026-02-01T00:00:00Z'),
  status: 'SCHEDULED' as const,
  sequence: 0,
  excluded_dates: [],
  location: null,
  url: null,
});

test('a lone CR, LF, CRLF or other control character in a title cannot start a property or an event of its own', () => {
  const attacks = [
    row('a1', 'Koffie\rBEGIN:VEVENT\rUID:evil@x\rSUMMARY:Gratis geld\rEND:VEVENT'),
    row('a2', 'Breien\nATTACH:http://evil.example/x.exe'),
    row('a3', 'Yoga\r\nLOCATION:elders', 'Neem een mat mee\r; of twee, graag'),
    row('a4', 'Zang\u0000\u0007\u001b[31m\u007fkoor\tvoor iedereen'),
  ];
  const text = calendar('Activiteiten WK030703', attacks);
  // every CR in the document ends a line (CRLF), none stands alone; no control character but CR, LF and tab
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);

  const parsed = new ICAL.Component(ICAL.parse(text));
  const events = parsed.getAllSubcomponents('vevent').map((e: any) => new ICAL.Event(e));
  expect(events.map((e: any) => e.uid)).toEqual(['a1@samenspel', 'a2@samenspel', 'a3@samenspel', 'a4@samenspel']);
  expect(events.map((e: any) => e.summary)).toEqual([
    'Koffie\nBEGIN:VEVENT\nUID:evil@x\nSUMMARY:Gratis geld\nEND:VEVENT',
    'Breien\nATTACH:http://evil.example/x.exe',
    'Yoga\nLOCATION:elders',
    'Zang[31mkoor\tvoor iedereen',
  ]);
  expect(events[2].description).toBe('Neem een mat mee\n; of twee, graag');
  for (const event of parsed.getAllSubcomponents('vevent')) {
    expect(event.getAllProperties().map((p: any) => p.name).sort()).toEqual(['description', 'dtend', 'dtstamp', 'dtstart', 'last-modified', 'sequence', 'status', 'summary', 'uid']);
  }
});
