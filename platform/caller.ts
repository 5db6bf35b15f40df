// Who is asking, and why. The gateway builds a Caller from the bearer token and the purpose header, and
// forwards it to every subgraph signed for that subgraph (identity.ts).
import { randomBytes } from 'node:crypto';

/**
 * Staff roles of a partner organisation, the API client of a partner system, the gemeente's
 * data-protection officer (functionaris gegevensbescherming, AVG requests hub-wide), and a resident signed
 * in through a partner's portal (bound to their own Person key, see Caller.personId).
 */
export const ROLES = [
  'matcher',
  'professional',
  'analyst',
  'cooperative-coordinator',
  'hub-admin',
  'partner-system',
  'data-protection-officer',
  'resident',
] as const;
export type Role = (typeof ROLES)[number];

/** Purposes for which personal data may be read (doelbinding). */
export const PURPOSES = [
  'MATCHING', // koppelen van hulpvraag en helper
  'REFERRAL', // doorverwijzen naar of van een professional
  'COORDINATION', // afstemmen wie er betrokken is
  'SERVICE_DELIVERY', // de eigen hulp of zorg uitvoeren
  'DATA_SUBJECT_REQUEST', // inzage- of verwijderverzoek van de bewoner (AVG)
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The purposes a resident can consent to for another partner. */
export const CONSENT_PURPOSES: readonly Purpose[] = ['MATCHING', 'REFERRAL', 'COORDINATION'];

export interface Caller {
  /** null for anonymous callers. */
  organisationId: string | null;
  /** The user or API client id (token subject); null for anonymous callers. */
  subject: string | null;
  roles: Role[];
  /** The resident's own Person key, for a caller with the role `resident` (token claim `person`); else null. */
  personId: string | null;
  purpose: Purpose | null;
  /** The W3C trace id of this request (32 hex digits), also in the processing log. */
  traceId: string;
  /** The gateway's span for this request (16 hex digits): the parent of what a subgraph does for it. */
  spanId: string;
}

/** A fresh W3C trace id and span id. */
export function newTrace(): { traceId: string; spanId: string } {
  return { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };
}

export const anonymous = (trace: { traceId: string; spanId: string }): Caller => ({ organisationId: null, subject: null, roles: [], personId: null, purpose: null, ...trace });

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === 'string' && (PURPOSES as readonly string[]).includes(value);
}
