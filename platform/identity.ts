// The identity the gateway forwards to a subgraph: the verified Caller, signed with that subgraph's own
// secret and valid for one minute. A subgraph serves no GraphQL request without it.
import type { Partner } from './config';
import { isPurpose, isRole, type Caller } from './caller';
import { signJwt, verifyJwt } from './jwt';

export const IDENTITY_HEADER = 'x-samenspel-identity';
const ISSUER = 'samenspel-gateway';
const LIFETIME_SECONDS = 60;

export function signIdentity(caller: Caller, partner: Partner, secret: string): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({ iss: ISSUER, aud: partner, iat: now, exp: now + LIFETIME_SECONDS, caller }, secret);
}

/** The Caller in a forwarded identity; throws JwtError when it is not valid for this subgraph. */
export function verifyIdentity(token: string, partner: Partner, secret: string): Caller {
  const claims = verifyJwt(token, secret, { iss: ISSUER, aud: partner });
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
}
