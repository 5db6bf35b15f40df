// The gateway verifies who is calling: a bearer token from a trusted issuer (token-issuers.ts) or nobody
// (anonymous: the public sociale kaart only). The token's claims must name a subject, an organisation the
// issuer may assert and the partner registry knows (organisation-registry.ts), and at least one role; a
// bad token is refused with 401 before any work, and 503 when an issuer's keys or the registry cannot be
// reached (the token could not be judged).
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../platform/http';
import { throttledLog } from '../platform/throttled-log';
import { serviceLog, type Logger } from '../platform/log';
import { anonymous, isPurpose, isRole, newTrace, PURPOSES, type Caller } from '../platform/caller';
import { JwtError, type JwtClaims } from '../platform/jwt';
import { IssuerUnavailable, type TrustedIssuer, type VerifiedToken } from './token-issuers';
import { RegistryUnavailable } from './organisation-registry';

export const PURPOSE_HEADER = 'x-purpose';

/** A claim by name, or by a dotted path into nested objects (`realm_access.roles`). */
function claim(claims: JwtClaims, path: string): unknown {
  if (path in claims) return claims[path];
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), claims);
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Who the verified claims say the caller is, within what their issuer may assert. */
function identityOf(claims: JwtClaims, issuer: TrustedIssuer): Pick<Caller, 'organisationId' | 'subject' | 'roles' | 'personId'> {
  if (!nonEmpty(claims.sub)) throw new JwtError('token has no subject (sub)');
  const named = claim(claims, issuer.organisationClaim);
  const org = named === undefined && issuer.organisations?.length === 1 ? issuer.organisations[0] : named;
  if (!nonEmpty(org)) throw new JwtError(`token names no organisation (${issuer.organisationClaim})`);
  if (issuer.organisations && !issuer.organisations.includes(org)) throw new JwtError(`the token's issuer may not speak for organisation "${org}"`);
  const asserted = claim(claims, issuer.rolesClaim);
  const roles = Array.isArray(asserted) ? asserted.filter(isRole).filter((role) => issuer.roles.includes(role)) : [];
  if (roles.length === 0) throw new JwtError(`token names no role of the hub (${issuer.rolesClaim})`);
  // A resident is bound to their own Person key; nobody else carries one.
  const personId = roles.includes('resident') ? claims.person : null;
  if (roles.includes('resident') && !nonEmpty(personId)) throw new JwtError('a resident token names its person');
  return { organisationId: org, subject: claims.sub, roles, personId: personId as string | null };
}

export function callerAuthenticator(
  verify: (token: string) => Promise<VerifiedToken>,
  organisationExists: (id: string) => Promise<boolean>,
  log: Logger = serviceLog('gateway'),
): (req: IncomingMessage, trace?: { traceId: string; spanId: string }) => Promise<Caller> {
  // an unreachable provider or registry fails every request: logged once a second at most
  const logIssuer = throttledLog(log, 'caller token');
  const logRegistry = throttledLog(log, 'partner registry');
  // the request's trace (its traceparent's trace id, the gateway's own span) is the caller's
  return async (req, trace = newTrace()) => {
    const purposeHeader = req.headers[PURPOSE_HEADER];
    if (purposeHeader !== undefined && !isPurpose(purposeHeader)) {
      throw new HttpError(400, 'BAD_REQUEST', `"${PURPOSE_HEADER}" must be one of ${PURPOSES.join(', ')}`);
    }
    const authorization = req.headers.authorization;
    if (authorization === undefined) return { ...anonymous(trace), purpose: purposeHeader ?? null };
    const match = /^Bearer (\S+)$/.exec(authorization);
    if (!match) throw new HttpError(401, 'UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"');
    try {
      const { claims, issuer } = await verify(match[1]);
      const identity = identityOf(claims, issuer);
      if (!(await organisationExists(identity.organisationId!))) throw new JwtError(`organisation "${identity.organisationId}" is not in the partner registry`);
      return { ...identity, purpose: purposeHeader ?? null, ...trace };
    } catch (error) {
      if (error instanceof JwtError) throw new HttpError(401, 'UNAUTHENTICATED', `The bearer token was refused: ${error.message}`);
      if (error instanceof IssuerUnavailable) {
        logIssuer(error.message);
        throw new HttpError(503, 'IDENTITY_PROVIDER_UNAVAILABLE', "The token's issuer could not be reached to check it; try again shortly");
      }
      if (error instanceof RegistryUnavailable) {
        logRegistry(error.message);
        throw new HttpError(503, 'REGISTRY_UNAVAILABLE', 'The partner registry could not be asked about the organisation; try again shortly');
      }
      throw error;
    }
  };
}
