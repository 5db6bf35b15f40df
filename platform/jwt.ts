// HS256 JWTs between the hub's own parts (the gateway's identity for a subgraph, a subgraph's question to
// the consent register, development bearer tokens). Verification is jose's (algorithm pinned to HS256,
// expiry required, issuer and audience checked); signing stays synchronous on node:crypto, since jose
// signs only asynchronously and a compact HS256 signature is one HMAC over two base64url parts.
import { createHmac } from 'node:crypto';
import { decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';

export type JwtClaims = JWTPayload & Record<string, unknown>;

/** A token was refused; the message says why in a few words (shown to the caller). */
export class JwtError extends Error {}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(claims: JwtClaims, secret: string): string {
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** A few words for why jose refused a token. */
export function refusalReason(error: unknown): string {
  if (error instanceof JwtError) return error.message;
  if (error instanceof errors.JWTExpired) return 'token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'token is from another issuer';
    if (error.claim === 'aud') return 'token is for another audience';
    if (error.claim === 'nbf') return 'token is not valid yet (nbf)';
    if (error.claim === 'iat') return 'token was issued in the future (iat)';
    if (error.claim === 'exp' && error.reason === 'missing') return 'token has no expiry';
    return `token claim "${error.claim}" is not valid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'invalid token signature';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'unsupported token algorithm';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the issuer matches the token';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed token';
  return 'invalid token';
}

/** The issuer a token names, read without verifying it (to pick the key to verify it with); undefined when it is not a JWT. */
export function unverifiedIssuer(token: string): string | undefined {
  try {
    const { iss } = decodeJwt(token);
    return iss;
  } catch {
    return undefined;
  }
}

/** The HS256 key of a secret: its UTF-8 bytes (as node:crypto's HMAC uses a string secret). */
export function hmacKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Clocks of the hub and of the partners' identity providers may differ this much (callers' tokens). */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * Verifies an HS256 token: signature, expiry (required, and at most `maxLifetimeSeconds` ahead), issuer and
 * audience when given. `clockSkewSeconds`: CLOCK_SKEW_SECONDS for callers' tokens; none (the default) for
 * the hub's own one-minute tokens. Returns the claims or throws JwtError with the reason.
 */
export async function verifyHs256(
  token: string,
  key: Uint8Array,
  expected: { issuer?: string; audience?: string; maxLifetimeSeconds: number; clockSkewSeconds?: number },
): Promise<JwtClaims> {
  const skew = expected.clockSkewSeconds ?? 0;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: expected.issuer, audience: expected.audience, requiredClaims: ['exp'], clockTolerance: skew }));
  } catch (error) {
    throw new JwtError(refusalReason(error));
  }
  checkTimes(payload, expected.maxLifetimeSeconds, skew);
  return payload as JwtClaims;
}

/**
 * What jose leaves to us: an expiry far ahead (9999999999, 1e300) is refused, as is an issue time in the
 * future (jose checks `nbf` and `exp`; `iat` only against a maximum age).
 */
export function checkTimes(claims: JWTPayload, maxLifetimeSeconds: number, skewSeconds: number, now = Math.floor(Date.now() / 1000)): void {
  if (typeof claims.exp !== 'number') throw new JwtError('token has no expiry');
  if (claims.exp > now + maxLifetimeSeconds + skewSeconds) throw new JwtError(`token is valid for longer than ${maxLifetimeSeconds} s`);
  if (claims.iat !== undefined && (typeof claims.iat !== 'number' || claims.iat > now + skewSeconds)) throw new JwtError('token was issued in the future (iat)');
  if (claims.nbf !== undefined && typeof claims.nbf !== 'number') throw new JwtError('token claim "nbf" is not valid');
}
