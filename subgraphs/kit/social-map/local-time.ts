// The sociale kaart's times are Dutch local time (Europe/Amsterdam): an eettafel at 12:00 is at 12:00 in
// January and in April, so recurrences repeat on the local wall clock, not in UTC. A "wall clock" here is a
// Date whose UTC fields read the local date and time (what rrule expands without time-zone surprises).
export const TIME_ZONE = 'Europe/Amsterdam';

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Amsterdam wall clock at a moment. */
export function wallClock(moment: Date): Date {
  const p = Object.fromEntries(FORMAT.formatToParts(moment).map((part) => [part.type, part.value]));
  return new Date(Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second, moment.getUTCMilliseconds()));
}

/** Minutes Amsterdam is ahead of UTC at a moment (60 in winter, 120 in summer). */
export function offsetMinutes(moment: Date): number {
  return Math.round((wallClock(moment).getTime() - moment.getTime()) / 60_000);
}

/**
 * The moment the Amsterdam wall clock reads `wall`. A time skipped in March (02:30) moves forward by the
 * hour skipped; a time that happens twice in October takes the first (summer time).
 */
export function fromWallClock(wall: Date): Date {
  const guess = new Date(wall.getTime() - offsetMinutes(new Date(wall.getTime() - 3 * 3_600_000)) * 60_000);
  const exact = new Date(wall.getTime() - offsetMinutes(guess) * 60_000);
  return wallClock(exact).getTime() === wall.getTime() ? exact : guess;
}

/** An offset as ISO 8601 writes it: +01:00, +02:00. */
export function isoOffset(moment: Date): string {
  const minutes = offsetMinutes(moment);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Local date (YYYY-MM-DD) and time (HH:MM) of a moment. */
export const localDate = (moment: Date) => wallClock(moment).toISOString().slice(0, 10);
export const localTime = (moment: Date) => wallClock(moment).toISOString().slice(11, 16);
