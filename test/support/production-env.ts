// A production environment for the tests: NODE_ENV=production with a fresh strong secret for everything
// (as `openssl rand -base64 32` makes them), and nothing inherited from the test process.
import { randomBytes } from 'node:crypto';
import { CONSENT_ASKING_PARTNERS, PARTNERS } from '../../platform/config';

export const strongSecret = (): string => randomBytes(32).toString('base64');

export function productionEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    AUTH_TOKEN_SECRET: strongSecret(),
    AUTH_TOKEN_ISSUER: 'https://hub.samenspel.example/tokens',
    ...Object.fromEntries(CONSENT_ASKING_PARTNERS.map((p) => [`CONSENT_API_SECRET_${p.toUpperCase()}`, strongSecret()])),
    OFFER_CHECK_SECRET: strongSecret(),
    EVENTS_SECRET: strongSecret(),
    ...Object.fromEntries(PARTNERS.map((p) => [`SUBGRAPH_SECRET_${p.toUpperCase()}`, strongSecret()])),
    // the sociale kaart indexer stays quiet (tests that need it set their own)
    SOCIAL_MAP_PULL_INTERVAL_MS: '600000',
    ...extra,
  };
}
