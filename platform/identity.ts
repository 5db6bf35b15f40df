// The identity the gateway forwards to a subgraph: the verified Caller, signed with that subgraph's own
// secret and valid for one minute. A subgraph serves no GraphQL request without it.
import type { Partner } from './config';
import { isPurpose, isRole, type Caller } from './caller';
import { hmacKey, signJwt, verifyHs256 } from './jwt';

export const IDENTITY_HEADER = 'x-samenspel-identity';
/** A subgraph answers 200 here only to an identity it accepts: the gateway's readiness asks it (the handshake). */
export const HANDSHAKE_PATH = '/health/handshake';
const ISSUER = 'samenspel-gateway';
const LIFETIME_SECONDS = 60;

export function signIdentity(caller: Caller, partner: Partner, secret: string): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({ iss: ISSUER, aud: partner, iat: now, exp: now + LIFETIME_SECONDS, caller }, secret);
}

/** Verifies forwarded identities for one subgraph; the verifier throws JwtError for one not valid for it. */
export function identityVerifier(partner: Partner, secret: string): (token: string) => Promise<Caller> {
  const key = hmacKey(secret);
  return async (token) => {
    const claims = await verifyHs256(token, key, { issuer: ISSUER, audience: partner, maxLifetimeSeconds: LIFETIME_SECONDS });
    const caller = claims.caller as Caller;
    return {
      organisationId: typeof caller?.organisationId === 'string' ? caller.organisationId : null,
      subject: typeof caller?.subject === 'string' ? caller.subject : null,
      roles: Array.isArray(caller?.roles) ? caller.roles.filter(isRole) : [],
      personId: typeof caller?.personId === 'string' ? caller.personId : null,
      purpose: isPurpose(caller?.purpose) ? caller.purpose : null,
      traceId: typeof caller?.traceId === 'string' ? caller.traceId : 'unknown',
      spanId: typeof caller?.spanId === 'string' ? caller.spanId : 'unknown',
    };
  };
}
