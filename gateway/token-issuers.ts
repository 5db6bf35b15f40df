// Whose tokens the gateway believes: the partners' OpenID Connect providers (RS256/ES256, keys from each
// issuer's JWKS) and, for development, the hub's own HS256 issuer (AUTH_TOKEN_SECRET). A token is routed
// by its (unverified) `iss` to that issuer's keys only, so no issuer's key can vouch for another's tokens
// and no algorithm can be swapped for another (each issuer has its fixed list).
//
// Keys: discovered once from <issuer>/.well-known/openid-configuration (unless jwksUri is configured),
// then jose's remote key set: cached for 10 minutes, and a token with an unknown key id (kid) fetches the
// set again, once, at most every AUTH_JWKS_COOLDOWN_MS, so rotation needs no restart and a flood of
// made-up kids does not flood the provider.
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Role } from '../platform/caller';
import type { AuthConfig, OidcIssuer } from '../platform/config';
import { CLOCK_SKEW_SECONDS, checkTimes, hmacKey, JwtError, refusalReason, verifyHs256, type JwtClaims } from '../platform/jwt';

/** What an issuer may assert: its organisations (null: any, for the hub's own HS256 issuer) and roles. */
export interface TrustedIssuer {
  issuer: string;
  organisations: string[] | null;
  organisationClaim: string;
  rolesClaim: string;
  roles: readonly Role[];
}

export interface VerifiedToken {
  claims: JwtClaims;
  issuer: TrustedIssuer;
}

/** An issuer's keys could not be fetched: the token cannot be judged now (503, not the caller's fault). */
export class IssuerUnavailable extends Error {}

const OIDC_ALGORITHMS = ['RS256', 'ES256'];
const FETCH_TIMEOUT_MS = 5_000;

async function discoverJwksUri(issuer: string): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    throw new IssuerUnavailable(`the discovery document of ${issuer} could not be read (${(error as Error).message})`);
  }
  // OpenID Connect Discovery 1.0 §4.3: the document must name exactly the issuer it was fetched for.
  if (document.issuer !== issuer || typeof document.jwks_uri !== 'string' || !URL.canParse(document.jwks_uri)) {
    throw new IssuerUnavailable(`the discovery document of ${issuer} names another issuer or no jwks_uri`);
  }
  return new URL(document.jwks_uri);
}

/** The keys of one OpenID Connect issuer, discovered on first use (retried after a failure). */
function remoteKeys(config: OidcIssuer, cooldownMs: number): JWTVerifyGetKey {
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  const load = async () => {
    const jwksUri = config.jwksUri ? new URL(config.jwksUri) : await discoverJwksUri(config.issuer);
    return createRemoteJWKSet(jwksUri, { cooldownDuration: cooldownMs, timeoutDuration: FETCH_TIMEOUT_MS });
  };
  return async (header, token) => {
    keySet ??= load().catch((error) => {
      keySet = undefined;
      throw error;
    });
    const getKey = await keySet;
    try {
      return await getKey(header, token);
    } catch (error) {
      // no key for this token's kid (after the one refetch): the token's fault; anything else: the provider's
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new IssuerUnavailable(`the keys of ${config.issuer} could not be fetched (${(error as Error).message})`);
    }
  };
}

/** Verifies a caller's bearer token against the issuer it names; throws JwtError or IssuerUnavailable. */
export function tokenVerifier(auth: AuthConfig): (token: string) => Promise<VerifiedToken> {
  const oidc = new Map(auth.issuers.map((config) => [config.issuer, { config, keys: remoteKeys(config, auth.jwksCooldownMs) }]));
  const shared = auth.shared && { issuer: auth.shared.issuer, key: hmacKey(auth.shared.secret) };
  return async (token) => {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new JwtError('malformed token');
    }
    if (typeof unverified.iss !== 'string' || unverified.iss === '') throw new JwtError('token names no issuer (iss)');
    if (shared && unverified.iss === shared.issuer) {
      const claims = await verifyHs256(token, shared.key, { issuer: shared.issuer, maxLifetimeSeconds: auth.maxLifetimeSeconds, clockSkewSeconds: CLOCK_SKEW_SECONDS });
      return { claims, issuer: { issuer: shared.issuer, organisations: null, organisationClaim: 'org', rolesClaim: 'roles', roles: ROLES } };
    }
    const trusted = oidc.get(unverified.iss);
    if (!trusted) throw new JwtError('token is from an unknown issuer');
    const { config } = trusted;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, trusted.keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: OIDC_ALGORITHMS,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_SKEW_SECONDS,
      }));
    } catch (error) {
      if (error instanceof IssuerUnavailable) throw error;
      throw new JwtError(refusalReason(error));
    }
    checkTimes(payload, auth.maxLifetimeSeconds, CLOCK_SKEW_SECONDS);
    return { claims: payload as JwtClaims, issuer: config };
  };
}
