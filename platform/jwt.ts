// Compact JWTs signed with HMAC-SHA256 (HS256), from node:crypto alone. Used for the callers' bearer
// tokens (verified by the gateway) and for the identity the gateway forwards to each subgraph.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface JwtClaims {
  iss?: string;
  aud?: string;
  sub?: string;
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

export class JwtError extends Error {}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function signature(input: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

export function signJwt(claims: JwtClaims, secret: string): string {
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${input}.${signature(input, secret).toString('base64url')}`;
}

/** Verifies signature, expiry (required), issuer and audience; returns the claims or throws JwtError. */
export function verifyJwt(token: string, secret: string, expected: { iss?: string; aud?: string; now?: number }): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('malformed token');
  const [header, payload, given] = parts;
  let parsedHeader: { alg?: string };
  let claims: JwtClaims;
  try {
    parsedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new JwtError('malformed token');
  }
  if (parsedHeader.alg !== 'HS256') throw new JwtError('unsupported token algorithm');
  const expectedSignature = signature(`${header}.${payload}`, secret);
  const givenSignature = Buffer.from(given, 'base64url');
  if (givenSignature.length !== expectedSignature.length || !timingSafeEqual(givenSignature, expectedSignature)) {
    throw new JwtError('invalid token signature');
  }
  const now = expected.now ?? Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number') throw new JwtError('token has no expiry');
  if (claims.exp <= now) throw new JwtError('token has expired');
  if (expected.iss !== undefined && claims.iss !== expected.iss) throw new JwtError('token is from another issuer');
  if (expected.aud !== undefined && claims.aud !== expected.aud) throw new JwtError('token is for another audience');
  return claims;
}
