// Field checks every mutation shares: text lengths and ids. Each refusal is BAD_USER_INPUT naming the field
// by its path in the arguments (e.g. input.description), which payload() turns into a UserError.
import { badInput } from '../../platform/errors';

/** Free text a resident or a staff member wrote (a description, a reason, a note). */
export const MAX_TEXT = 4000;
/** Keys of records, ours or another partner's (a Person key, an organisation id). */
export const MAX_ID = 200;

/** Text that must be there: trimmed, 1–max characters. */
export function requiredText(value: string, field: string, max = MAX_TEXT): string {
  const text = value.trim();
  if (!text) throw badInput(`${field} must not be empty`, field);
  if (text.length > max) throw badInput(`${field} is at most ${max} characters`, field);
  return text;
}

/** Text that may be left out: trimmed, at most max characters; null when absent or blank. */
export function optionalText(value: string | null | undefined, field: string, max = MAX_TEXT): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) throw badInput(`${field} is at most ${max} characters`, field);
  return text || null;
}

/** A key given by the caller (the argument guard already refuses an empty one). */
export function checkId(value: string, field: string): string {
  if (!value.trim()) throw badInput(`${field} must not be blank`, field);
  if (value.length > MAX_ID) throw badInput(`${field} is at most ${MAX_ID} characters`, field);
  return value;
}

/** An optional key given by the caller. */
export function optionalId(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined ? null : checkId(value, field);
}
