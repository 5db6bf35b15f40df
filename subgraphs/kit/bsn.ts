// The hub never stores a BSN (burgerservicenummer): a resident is a pseudonymous key, and an organisation's
// own reference for them must not be their BSN either. A BSN is 9 digits (8 with a leading zero left off)
// passing the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).
import { badInput } from '../../platform/errors';

export function passesElfproef(digits: string): boolean {
  if (!/^[0-9]{8,9}$/.test(digits)) return false;
  const nine = digits.padStart(9, '0');
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (i === 8 ? -1 : 9 - i), 0);
  return sum !== 0 && sum % 11 === 0;
}

/**
 * Whether the text holds something that may be a BSN: a run of 8 or 9 digits (spaces, dots and dashes
 * between them ignored, as in 1234.56.782) that passes the elfproef.
 */
export function containsBsn(text: string): boolean {
  const runs = text.match(/[0-9](?:[\s.-]?[0-9])*/g) ?? [];
  return runs.some((run) => passesElfproef(run.replace(/[\s.-]/g, '')));
}

/** Refuses a value that looks like a BSN, naming the field. */
export function refuseBsn(text: string, field: string): string {
  if (containsBsn(text)) {
    throw badInput(`${field} looks like a BSN (9 digits passing the elfproef); the hub never stores a BSN: use your own client number`, field);
  }
  return text;
}
