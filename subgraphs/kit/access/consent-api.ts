// The consent register over HTTP, as every subgraph but the register's keeper asks it: POST
// CONSENT_CHECK_PATH with a short-lived token signed with the asking subgraph's own consent-API secret
// (CONSENT_API_SECRET_<PARTNER>). The token names the subgraph (iss) and the caller it asks for, so the
// register knows who asks, refuses what that subgraph has no business asking, and logs every question.
// The answer is yes/no per question. The register itself is the partner's that keeps Person and Consent.
import { signJwt, type JwtClaims } from '../../../platform/jwt';
import { isPurpose, isRole, type Caller } from '../../../platform/caller';
import type { ConsentLookup } from './consent';

export const CONSENT_CHECK_PATH = '/internal/consent-check';
export const CONSENT_API_AUDIENCE = 'consent-register';
const LIFETIME_SECONDS = 60;

/** The token for one batch of questions from `partner`, on behalf of `caller`. */
export function consentQuestionToken(partner: string, caller: Caller, secret: string): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({ iss: partner, aud: CONSENT_API_AUDIENCE, iat: now, exp: now + LIFETIME_SECONDS, caller }, secret);
}

/** The caller a verified question token was signed for (unknown parts left empty). */
export function askingCaller(claims: JwtClaims): Caller {
  const caller = (claims.caller ?? {}) as Partial<Record<keyof Caller, unknown>>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    organisationId: text(caller.organisationId),
    subject: text(caller.subject),
    roles: Array.isArray(caller.roles) ? caller.roles.filter(isRole) : [],
    personId: text(caller.personId),
    purpose: isPurpose(caller.purpose) ? caller.purpose : null,
    traceId: text(caller.traceId) ?? 'unknown',
    spanId: text(caller.spanId) ?? 'unknown',
  };
}

/** Asks the register as `partner`, signed with that subgraph's own secret. A failure denies (fail closed) by throwing. */
export function httpConsentLookup(url: string, secret: string, partner: string): ConsentLookup {
  return async (questions, caller) => {
    if (!questions.length) return [];
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${consentQuestionToken(partner, caller, secret)}` },
      body: JSON.stringify({ questions }),
    });
    if (!response.ok) throw new Error(`the consent register answered ${response.status}`);
    const { granted } = (await response.json()) as { granted: boolean[] };
    return granted;
  };
}
