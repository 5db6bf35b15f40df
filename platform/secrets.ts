// Key material, from configuration. In production (NODE_ENV=production) every secret must be set; on a
// developer's machine and in tests, fixed development secrets apply so `npm start` works out of the box.
import type { Partner } from './config';

type Env = Record<string, string | undefined>;

function secret(env: Env, name: string, devDefault: string): string {
  const value = env[name];
  if (value) return value;
  if (env.NODE_ENV === 'production') throw new Error(`${name} must be set in production`);
  return devDefault;
}

/** Signs and verifies the callers' bearer tokens (AUTH_TOKEN_SECRET), with their issuer (AUTH_TOKEN_ISSUER). */
export function tokenSecret(env: Env = process.env): { secret: string; issuer: string } {
  return { secret: secret(env, 'AUTH_TOKEN_SECRET', 'dev-only-token-secret'), issuer: env.AUTH_TOKEN_ISSUER || 'samenspel-dev' };
}

/** Signs the identity the gateway forwards to one subgraph (SUBGRAPH_SECRET_<PARTNER>), one secret each. */
export function subgraphSecret(partner: Partner, env: Env = process.env): string {
  return secret(env, `SUBGRAPH_SECRET_${partner.toUpperCase()}`, `dev-only-subgraph-secret-${partner}`);
}

/** Lets subgraphs ask gemeente's consent register (CONSENT_API_SECRET); it answers yes/no, nothing more. */
export function consentApiSecret(env: Env = process.env): string {
  return secret(env, 'CONSENT_API_SECRET', 'dev-only-consent-secret');
}
