// The configuration module (platform/config.ts): every setting is in the README's table, nothing else
// reads process.env, every problem is reported at once, and what a strong secret is.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, gatewayConfig, PARTNERS, SETTINGS, subgraphConfig } from '../platform/config';
import { secretWeakness } from '../platform/secrets';
import { productionEnv } from './support/production-env';

const ROOT = path.join(__dirname, '..');
const problemsOf = (read: () => unknown): string[] => {
  try {
    read();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

test('every setting is in the README’s Configuration table, and the table names no other', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  const documented = new Set(
    [...table.matchAll(/^\| ([^|]+) \|/gm)]
      .flatMap(([, cell]) => [...cell.matchAll(/`([A-Z][A-Z0-9_]*(?:<PARTNER>)?)`/g)].map((m) => m[1]))
      .flatMap((name) => (name.endsWith('<PARTNER>') ? PARTNERS.map((p) => name.replace('<PARTNER>', p.toUpperCase())) : [name])),
  );
  const testsOnly = ['TEST_DATABASE_URL'];
  expect(SETTINGS.filter((name) => !documented.has(name))).toEqual([]);
  expect([...documented].filter((name) => !(SETTINGS as readonly string[]).includes(name) && !testsOnly.includes(name))).toEqual([]);
});

test('only the entry points read process.env; everything else gets its configuration passed', () => {
  const allowed: Record<string, RegExp> = {
    'gateway/server.ts': /options\.env \?\? process\.env/, // startGateway's default: this process's environment
    'gateway/main.ts': /gatewayConfig\(process\.env\)|env: process\.env/,
    'gateway/gateway.ts': /process\.env\.APOLLO_TELEMETRY_DISABLED \?\?= 'true'/, // a setting of Apollo's library, written, not read
    'subgraphs/kit/subgraph.ts': /options\.env \?\? process\.env/,
    'subgraphs/kit/standalone.ts': /env: process\.env/,
    'hub/start.ts': /process\.env\)|env: process\.env/,
    'hub/mint-token.ts': /env: Env = process\.env/, // the CLI's default
  };
  const files = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir)).flatMap((name) => {
      const relative = `${dir}/${name}`;
      if (name === 'node_modules' || name === 'generated') return [];
      if (statSync(path.join(ROOT, relative)).isDirectory()) return files(relative);
      return name.endsWith('.ts') ? [relative] : [];
    });
  const offending: string[] = [];
  for (const file of ['platform', 'gateway', 'subgraphs', 'hub'].flatMap(files)) {
    readFileSync(path.join(ROOT, file), 'utf8').split('\n').forEach((line, i) => {
      if (line.includes('process.env') && !allowed[file]?.test(line)) offending.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(offending).toEqual([]);
});

test('every problem is reported at once, each naming its variable', () => {
  const problems = problemsOf(() =>
    gatewayConfig({ SAMENSPEL_DEV: 'yes', PORT_GATEWAY: 'http', SUBGRAPH_TIMEOUT_MS: 'soon', GATEWAY_WORKERS: '0', SUBGRAPH_URL_ZORG: 'zorg:4003', GATEWAY_INTROSPECTION: 'on' }),
  );
  expect(problems.map((p) => p.split(':')[0])).toEqual([
    'SAMENSPEL_DEV', 'AUTH_OIDC_ISSUERS', ...PARTNERS.map((p) => `SUBGRAPH_SECRET_${p.toUpperCase()}`), 'PORT_GATEWAY', 'SUBGRAPH_URL_ZORG', 'SUBGRAPH_TIMEOUT_MS', 'GATEWAY_WORKERS', 'GATEWAY_INTROSPECTION',
  ]);
  expect(problems).toContain('SUBGRAPH_TIMEOUT_MS: must be a whole number of milliseconds from 1 to 9007199254740991, got "soon"');
  expect(problems).toContain('PORT_GATEWAY: must be a port number (0–65535), got "http"');
});

test('the development defaults, and only with SAMENSPEL_DEV=1', () => {
  const dev = gatewayConfig({ SAMENSPEL_DEV: '1' });
  expect(dev.auth.shared).toEqual({ secret: 'dev-only-token-secret', issuer: 'samenspel-dev' });
  expect(dev.subgraphSecrets.zorg).toBe('dev-only-subgraph-secret-zorg');
  expect(dev.introspection).toBe(true);
  expect(dev.hideSuggestions).toBe(false);
  expect(subgraphConfig('zorg', { SAMENSPEL_DEV: '1' })).toMatchObject({ identitySecret: 'dev-only-subgraph-secret-zorg', consentApiSecrets: { zorg: 'dev-only-consent-secret-zorg' }, statementTimeoutMs: 4_500 });
  expect(subgraphConfig('bewoners', { SAMENSPEL_DEV: '1' }).eventsSecret).toBe('dev-only-events-secret');
  expect(subgraphConfig('gemeente', { SAMENSPEL_DEV: '1' }).consentApiSecrets).toEqual({ welzijn: 'dev-only-consent-secret-welzijn', zorg: 'dev-only-consent-secret-zorg', bewoners: 'dev-only-consent-secret-bewoners' });
  for (const env of [{}, { NODE_ENV: 'development' }, { SAMENSPEL_DEV: '0' }]) {
    expect(problemsOf(() => subgraphConfig('zorg', env)).map((p) => p.split(':')[0])).toEqual(['SUBGRAPH_SECRET_ZORG', 'CONSENT_API_SECRET_ZORG', 'OFFER_CHECK_SECRET', 'EVENTS_SECRET']);
  }
  const production = gatewayConfig(productionEnv());
  expect(production.introspection).toBe(false);
  expect(production.hideSuggestions).toBe(true);
});

test('EVENTS_SECRET is required in every subgraph and may not be another secret', () => {
  const env = productionEnv();
  for (const partner of PARTNERS) expect(subgraphConfig(partner, env).eventsSecret).toBe(env.EVENTS_SECRET);
  const { EVENTS_SECRET: _unset, ...without } = env;
  expect(problemsOf(() => subgraphConfig('gemeente', without))).toEqual([expect.stringMatching(/^EVENTS_SECRET: is not set; in production every secret must be set/)]);
  expect(problemsOf(() => subgraphConfig('welzijn', { ...env, EVENTS_SECRET: env.SUBGRAPH_SECRET_WELZIJN }))).toEqual(['EVENTS_SECRET: is the same as SUBGRAPH_SECRET_WELZIJN; every secret must be its own']);
});

test('AUTH_OIDC_ISSUERS is checked: JSON, https (plain http only on loopback), an audience, known roles, each issuer once', () => {
  const issuers = (value: unknown) => problemsOf(() => gatewayConfig(productionEnv({ AUTH_OIDC_ISSUERS: typeof value === 'string' ? value : JSON.stringify(value) })));
  const good = { issuer: 'https://login.welzijn.example/realms/staff', audience: 'samenspel', organisations: ['org-wz-01'] };
  expect(issuers([good])).toEqual([]);
  expect(gatewayConfig(productionEnv({ AUTH_OIDC_ISSUERS: JSON.stringify([good]) })).auth.issuers[0]).toMatchObject({ organisationClaim: 'org', rolesClaim: 'roles' });
  expect(issuers('[{issuer: x}]')).toEqual([expect.stringMatching(/^AUTH_OIDC_ISSUERS: must be JSON/)]);
  expect(issuers([{ ...good, audience: undefined }])).toEqual([expect.stringMatching(/^AUTH_OIDC_ISSUERS: \[0.audience\]/)]);
  expect(issuers([{ ...good, issuer: 'http://login.welzijn.example' }])).toEqual([expect.stringMatching(/^AUTH_OIDC_ISSUERS: .*must be https/)]);
  expect(issuers([{ ...good, issuer: 'http://127.0.0.1:8080' }])).toEqual([]);
  expect(issuers([{ ...good, organisations: [] }])).toEqual([expect.stringMatching(/organisations must name at least one organisation/)]);
  expect(issuers([{ ...good, roles: ['superuser'] }])).toEqual([expect.stringMatching(/^AUTH_OIDC_ISSUERS: \[0.roles.0\]/)]);
  expect(issuers([good, good])).toEqual([expect.stringMatching(/names the issuer "https:\/\/login.welzijn.example\/realms\/staff" twice/)]);
  expect(issuers([{ ...good, tenant: 'x' }])).toEqual([expect.stringMatching(/tenant/)]);
});

test('strong secrets as `openssl rand` writes them pass, every time', () => {
  for (let i = 0; i < 200; i++) {
    const bytes = randomBytes(32 + (i % 3) * 16);
    for (const written of [bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex'), bytes.toString('hex').toUpperCase()]) {
      expect([written, secretWeakness(written)]).toEqual([written, null]);
    }
  }
});
