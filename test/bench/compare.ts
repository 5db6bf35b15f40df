// Deep equality of two JSON answers, with the first difference spelled out (for the identical-results check).
import { isDeepStrictEqual } from 'node:util';

/** The path and values of the first difference, or null when both are deep-equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return `${path}: arrays differ`;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a as object), ...Object.keys(b as object)])];
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return `${path}: objects differ`;
  }
  const show = (v: unknown) => (v === undefined ? 'missing' : JSON.stringify(v)?.slice(0, 200));
  return `${path}: ${show(a)} vs ${show(b)}`;
}
