// The consent register over HTTP, as every subgraph but the register's keeper asks it: POST
// CONSENT_CHECK_PATH with a short-lived token signed with CONSENT_API_SECRET; the answer is yes/no per
// question. The register itself is the partner's that keeps Person and Consent.
import { signJwt } from '../../../platform/jwt';
import type { ConsentLookup } from './consent';

export const CONSENT_CHECK_PATH = '/internal/consent-check';
export const CONSENT_API_AUDIENCE = 'consent-register';

/** Asks the register. A failure denies (fail closed) by throwing. */
export function httpConsentLookup(url: string, secret: string, caller: string): ConsentLookup {
  return async (questions) => {
    if (!questions.length) return [];
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt({ iss: caller, aud: CONSENT_API_AUDIENCE, iat: now, exp: now + 60 }, secret);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ questions }),
    });
    if (!response.ok) throw new Error(`the consent register answered ${response.status}`);
    const { granted } = (await response.json()) as { granted: boolean[] };
    return granted;
  };
}
