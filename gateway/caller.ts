// The gateway verifies who is calling: a bearer token (JWT, HS256, AUTH_TOKEN_SECRET) or nobody
// (anonymous: the public sociale kaart only). A bad or expired token is refused with 401 before any work.
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../platform/http';
import { anonymous, isPurpose, isRole, newTrace, PURPOSES, type Caller } from '../platform/caller';
import { verifyJwt, JwtError } from '../platform/jwt';

export const PURPOSE_HEADER = 'x-purpose';

export function callerFrom(req: IncomingMessage, token: { secret: string; issuer: string }): Caller {
  const trace = newTrace();
  const purposeHeader = req.headers[PURPOSE_HEADER];
  if (purposeHeader !== undefined && !isPurpose(purposeHeader)) {
    throw new HttpError(400, 'BAD_REQUEST', `"${PURPOSE_HEADER}" must be one of ${PURPOSES.join(', ')}`);
  }
  const authorization = req.headers.authorization;
  if (authorization === undefined) return { ...anonymous(trace), purpose: purposeHeader ?? null };
  const match = /^Bearer (\S+)$/.exec(authorization);
  if (!match) throw new HttpError(401, 'UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"');
  try {
    const claims = verifyJwt(match[1], token.secret, { iss: token.issuer });
    const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
    if (typeof claims.sub !== 'string' || typeof claims.org !== 'string' || roles.length === 0) {
      throw new JwtError('token lacks sub, org or roles');
    }
    // A resident is bound to their own Person key; nobody else carries one.
    const personId = roles.includes('resident') ? claims.person : null;
    if (roles.includes('resident') && (typeof personId !== 'string' || personId === '')) throw new JwtError('a resident token names its person');
    return { organisationId: claims.org, subject: claims.sub, roles, personId: personId as string | null, purpose: purposeHeader ?? null, ...trace };
  } catch (error) {
    const reason = error instanceof JwtError ? error.message : 'invalid token';
    throw new HttpError(401, 'UNAUTHENTICATED', `The bearer token was refused: ${reason}`);
  }
}
