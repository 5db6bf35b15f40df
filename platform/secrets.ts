// Key material: what a production secret must look like, and the development secrets that apply only
// when a developer asks for them (SAMENSPEL_DEV=1, see config.ts). Read through config.ts, never directly.
import type { Partner } from './config';

/** A production secret holds at least this many random bytes (256 bits, HMAC-SHA256's own key size). */
export const MIN_SECRET_BYTES = 32;

/** The development secrets: public (they are in this file), so never accepted outside development. */
export const DEV_SECRETS = {
  AUTH_TOKEN_SECRET: 'dev-only-token-secret',
  /** A subgraph's own credential for gemeente's consent register (CONSENT_API_SECRET_<PARTNER>). */
  consentApi: (partner: Partner) => `dev-only-consent-secret-${partner}`,
  OFFER_CHECK_SECRET: 'dev-only-offer-check-secret',
  /** Signs gemeente's pulls of every subgraph's event feed (kit/events/feed.ts) and the need-to-know questions. */
  EVENTS_SECRET: 'dev-only-events-secret',
  subgraph: (partner: Partner) => `dev-only-subgraph-secret-${partner}`,
};

/** The issuer of development bearer tokens (npm run token), paired with the development token secret. */
export const DEV_TOKEN_ISSUER = 'samenspel-dev';

const HOW_TO_MAKE = 'make one with `openssl rand -base64 32`';

function isDevelopmentValue(value: string): boolean {
  return value.startsWith('dev-only-') || value === DEV_TOKEN_ISSUER;
}

/**
 * Why `value` is no production secret, or null when it is fit. Nothing can prove that bytes are random, so
 * the rule catches what goes wrong in practice: a secret must be written as hex or base64(url), decode to
 * at least MIN_SECRET_BYTES bytes, not be a development value, and look like encoded random data:
 *   - at least 24 distinct byte values once decoded (32 random bytes have about 30; a repeated or
 *     patterned value, or a passphrase turned into hex or base64, has far fewer);
 *   - its text mixes the classes its encoding uses (hex: digits and letters; base64: upper and lower
 *     case), as random encodings do (the chance that 32 random bytes lack one is below one in 10^9).
 */
export function secretWeakness(value: string): string | null {
  if (isDevelopmentValue(value)) return `is a development secret (public); ${HOW_TO_MAKE}`;
  let bytes: Buffer;
  let mixed: boolean;
  if (/^[0-9a-fA-F]+$/.test(value) && value.length % 2 === 0) {
    bytes = Buffer.from(value, 'hex');
    mixed = /[0-9]/.test(value) && /[a-fA-F]/.test(value);
  } else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    mixed = /[a-z]/.test(value) && /[A-Z]/.test(value);
  } else {
    return `must be random bytes written as hex or base64 (${value.length} characters given, some of them neither); ${HOW_TO_MAKE}`;
  }
  if (bytes.length < MIN_SECRET_BYTES) return `holds ${bytes.length} bytes, at least ${MIN_SECRET_BYTES} random bytes are needed; ${HOW_TO_MAKE}`;
  if (new Set(bytes).size < 24 || !mixed) return `does not look random (repeated or patterned, or text rather than random bytes); ${HOW_TO_MAKE}`;
  return null;
}
