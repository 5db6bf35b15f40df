// The consent register over HTTP, as every subgraph but the register's keeper asks it: POST
// CONSENT_CHECK_PATH with a short-lived token signed with the asking subgraph's own consent-API secret
// (CONSENT_API_SECRET_<PARTNER>). The token names the subgraph (iss) and the caller it asks for, so the
// register knows who asks, refuses what that subgraph has no business asking, and logs every question.
// The answer is yes/no per question. The register itself is the partner's that keeps Person and Consent.
import { signJwt } from '../../../platform/jwt';
import type { Caller } from '../../../platform/caller';
import type { ConsentLookup } from './consent';
import { consentRegisterUnavailable } from './errors';

export const CONSENT_CHECK_PATH = '/internal/consent-check';
export const CONSENT_API_AUDIENCE = 'consent-register';
const LIFETIME_SECONDS = 60;
/** A register that has not answered by then is unavailable (fail closed), as for the other questions between subgraphs (kit/signed-question.ts). */
const CONSENT_TIMEOUT_MS = 5_000;

/** The token for one batch of questions from `partner`, on behalf of `caller`. */
export function consentQuestionToken(partner: string, caller: Caller, secret: string): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({ iss: partner, aud: CONSENT_API_AUDIENCE, iat: now, exp: now + LIFETIME_SECONDS, caller }, secret);
}

/**
 * Asks the register as `partner`, signed with that subgraph's own secret. When it cannot be asked (down, no
 * answer within `timeoutMs`, or an answer that is not one), the questions are denied (fail closed) with
 * CONSENT_REGISTER_UNAVAILABLE, and `warn` is told why.
 */
export function httpConsentLookup(url: string, secret: string, partner: string, warn: (reason: string) => void, timeoutMs = CONSENT_TIMEOUT_MS): ConsentLookup {
  return async (questions, caller) => {
    if (!questions.length) return [];
    let granted: unknown;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${consentQuestionToken(partner, caller, secret)}` },
        body: JSON.stringify({ questions }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`it answered HTTP ${response.status}`);
      ({ granted } = (await response.json()) as { granted?: unknown });
      if (!Array.isArray(granted) || granted.length !== questions.length) throw new Error('its answer has not one yes or no per question');
    } catch (error) {
      // fetch's errors come from another realm under jest: read the message, not instanceof
      warn(String((error as { message?: unknown })?.message ?? error));
      throw consentRegisterUnavailable();
    }
    return granted.map((yes) => yes === true);
  };
}
