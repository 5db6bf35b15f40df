// Configuration: every setting the gateway, the subgraphs and the hub read, validated in one place (zod)
// and documented in the README ("Configuration"; test/config.test.ts checks the table against SETTINGS).
// A process reads its environment once, at its start (gatewayConfig, subgraphConfig, hubConfig), before it
// touches a database; every problem is reported at once, naming its variable, as a ConfigError. The result
// is passed down: nothing else reads the environment.
//
// Development defaults (fixed secrets, introspection, suggestions in error messages) apply only when asked
// for with SAMENSPEL_DEV=1 (npm start, npm run token and the tests set it), and never with
// NODE_ENV=production. Without it every secret must be set and strong (secrets.ts).
import os from 'node:os';
import { z } from 'zod';
import { ROLES, type Role } from './caller';
import { DEV_SECRETS, DEV_TOKEN_ISSUER, secretWeakness } from './secrets';
import { serviceLog } from './log';

export const PARTNERS = ['gemeente', 'welzijn', 'zorg', 'bewoners'] as const;
export type Partner = (typeof PARTNERS)[number];

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_PORTS: Record<Partner | 'gateway', number> = { gateway: 4000, gemeente: 4001, welzijn: 4002, zorg: 4003, bewoners: 4004 };

/** How long the gateway waits for one subgraph request (SUBGRAPH_TIMEOUT_MS). */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

/** The configuration was refused: every problem, one line each, starting with its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`the configuration is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Development (SAMENSPEL_DEV=1) or not; `production` is NODE_ENV=production, which refuses development. */
export interface Mode {
  development: boolean;
  production: boolean;
}

/** One partner's OpenID Connect provider, trusted for the organisations it may assert. */
export interface OidcIssuer {
  /** The `iss` of its tokens, exactly; its discovery document is at <issuer>/.well-known/openid-configuration. */
  issuer: string;
  /** The `aud` its tokens must carry for this hub. */
  audience: string;
  /** The organisations (partner registry keys) it may assert; a token naming another is refused. */
  organisations: string[];
  /** Where its keys are, when not from discovery. */
  jwksUri?: string;
  /** The claim naming the organisation (default `org`); may be left out when it has one organisation. */
  organisationClaim: string;
  /** The claim holding the roles (default `roles`; a dotted path such as `realm_access.roles` for Keycloak). */
  rolesClaim: string;
  /** The roles it may assert (default: all); others in its tokens are ignored. */
  roles: Role[];
}

export interface AuthConfig {
  /** HS256 tokens signed with AUTH_TOKEN_SECRET (development default; in production only when set). */
  shared: { secret: string; issuer: string } | null;
  issuers: OidcIssuer[];
  /** A token may not be valid for longer than this from now (AUTH_TOKEN_MAX_LIFETIME_SECONDS). */
  maxLifetimeSeconds: number;
  /** An unknown key id refetches the issuer's keys at most this often (AUTH_JWKS_COOLDOWN_MS). */
  jwksCooldownMs: number;
}

export interface GatewayConfig {
  mode: Mode;
  host: string;
  port: number;
  subgraphUrls: Record<Partner, string>;
  auth: AuthConfig;
  /** SUBGRAPH_SECRET_<PARTNER>: signs the identity forwarded to each subgraph. */
  subgraphSecrets: Record<Partner, string>;
  subgraphTimeoutMs: number;
  pool: { maxSockets: number; idleSocketMs: number };
  queryPlanCacheMiB: number;
  workers: number;
  introspection: boolean;
  /** No "Did you mean …" in error messages (outside development). */
  hideSuggestions: boolean;
  trustedDocuments: string | undefined;
  drainTimeoutMs: number;
  /** METRICS_TOKEN: GET /metrics needs it as a bearer token; unset, /metrics is open. */
  metricsToken: string | undefined;
  logLevel: LogLevel | undefined;
}

export interface SubgraphConfig {
  mode: Mode;
  partner: Partner;
  host: string;
  port: number;
  /** DATABASE_URL_<PARTNER> (the serving role); unset means the hub's embedded server (a subgraph run alone needs it). */
  databaseUrl: string | undefined;
  /** MIGRATION_DATABASE_URL_<PARTNER> (the migration role, owner of the tables); unset: the migrations run on databaseUrl. */
  migrationDatabaseUrl: string | undefined;
  metricsToken: string | undefined;
  logLevel: LogLevel | undefined;
  /** SUBGRAPH_SECRET_<PARTNER>: verifies the identity the gateway forwards. */
  identitySecret: string;
  /**
   * CONSENT_API_SECRET_<PARTNER>: a subgraph that asks gemeente's consent register has its own (welzijn, zorg,
   * bewoners); gemeente, which keeps the register, has every asking subgraph's, to tell who asks.
   */
  consentApiSecrets: Partial<Record<Partner, string>>;
  consentUrl: string;
  /** OFFER_CHECK_SECRET: signs welzijn's question to bewoners about a neighbour's offer before a match, and zorg's about an activity before a referral (null elsewhere). */
  offerCheckSecret: string | null;
  /** EVENTS_SECRET: signs gemeente's pulls of each subgraph's event feed and its need-to-know questions (every subgraph). */
  eventsSecret: string;
  /** gemeente's webhook delivery: how often it pulls each feed, the first retry's delay, tries before DEAD. */
  webhooks: { pullIntervalMs: number; retryBaseMs: number; maxAttempts: number };
  /** JOB_CONCURRENCY: jobs a subgraph's job runner runs at once (a webhook try waits on its endpoint). */
  jobConcurrency: number;
  /** The partners' GraphQL URLs (their feeds sit next to them). */
  peers: Record<Partner, string>;
  statementTimeoutMs: number;
  drainTimeoutMs: number;
  sqlLog: boolean;
  smallCountThreshold: number;
  /** Shown counts about residents are rounded to a multiple of this (1: not rounded). */
  smallCountRounding: number;
  /** The gemeente's entry in the partner registry; its data-protection officer handles AVG requests hub-wide. */
  municipalityOrganisationId: string;
  socialMapPullIntervalMs: number;
  hideSuggestions: boolean;
  /** OUTBOUND_PRIVATE_NETWORKS: partner-given addresses may be private or loopback (kit/outbound-http.ts). */
  outbound: { allowPrivateNetworks: boolean };
}

export interface HubConfig {
  databaseUrls: Partial<Record<Partner, string>>;
  migrationDatabaseUrls: Partial<Record<Partner, string>>;
  embeddedPgPort: number;
  /** EMBEDDED_PG_DIR; unset: .data/postgres in the checkout. */
  embeddedPgDir: string | undefined;
  logLevel: LogLevel | undefined;
  seedDemoData: boolean;
  pgLog: boolean;
}

const upper = (name: string) => name.toUpperCase();

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The subgraphs that ask gemeente's consent register over HTTP (gemeente keeps it and answers itself). */
export const CONSENT_ASKING_PARTNERS = PARTNERS.filter((p) => p !== 'gemeente');

function readConsentApiSecret(r: Reader, mode: Mode, partner: Partner): string {
  return readSecret(r, mode, `CONSENT_API_SECRET_${upper(partner)}`, DEV_SECRETS.consentApi(partner));
}

/** Every variable read here, for the README's table (test/config.test.ts). */
export const SETTINGS = [
  'NODE_ENV', 'SAMENSPEL_DEV', 'HOST',
  'PORT_GATEWAY', ...PARTNERS.map((p) => `PORT_${upper(p)}`),
  ...PARTNERS.map((p) => `DATABASE_URL_${upper(p)}`),
  ...PARTNERS.map((p) => `MIGRATION_DATABASE_URL_${upper(p)}`),
  ...PARTNERS.map((p) => `SUBGRAPH_URL_${upper(p)}`),
  ...PARTNERS.map((p) => `SUBGRAPH_SECRET_${upper(p)}`),
  'AUTH_TOKEN_SECRET', 'AUTH_TOKEN_ISSUER', 'AUTH_OIDC_ISSUERS', 'AUTH_TOKEN_MAX_LIFETIME_SECONDS', 'AUTH_JWKS_COOLDOWN_MS',
  ...CONSENT_ASKING_PARTNERS.map((p) => `CONSENT_API_SECRET_${upper(p)}`), 'CONSENT_URL', 'OFFER_CHECK_SECRET', 'EVENTS_SECRET', 'MUNICIPALITY_ORGANISATION_ID',
  'SUBGRAPH_TIMEOUT_MS', 'STATEMENT_TIMEOUT_MS', 'DRAIN_TIMEOUT_MS', 'GATEWAY_WORKERS', 'SUBGRAPH_MAX_SOCKETS', 'SUBGRAPH_IDLE_SOCKET_MS',
  'GATEWAY_QUERY_PLAN_CACHE_MIB', 'GATEWAY_INTROSPECTION', 'TRUSTED_DOCUMENTS',
  'SOCIAL_MAP_PULL_INTERVAL_MS', 'WEBHOOK_PULL_INTERVAL_MS', 'WEBHOOK_RETRY_BASE_MS', 'JOB_CONCURRENCY', 'WEBHOOK_MAX_ATTEMPTS', 'OUTBOUND_PRIVATE_NETWORKS', 'SMALL_COUNT_THRESHOLD', 'SMALL_COUNT_ROUNDING', 'EMBEDDED_PG_PORT', 'EMBEDDED_PG_DIR', 'SEED_DEMO_DATA', 'SQL_LOG', 'PG_LOG',
  'LOG_LEVEL', 'METRICS_TOKEN',
] as const;

/**
 * Reads variables one by one through zod schemas and keeps every problem, so that one ConfigError can name
 * them all. An empty value counts as unset.
 */
class Reader {
  private readonly problems = new Set<string>();
  constructor(readonly env: Env) {}

  read<T>(name: string, schema: z.ZodType<T, string | undefined>, fallback: T): T {
    const raw = this.env[name];
    const result = schema.safeParse(raw === '' ? undefined : raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.fail(name, issue.message);
    return fallback;
  }

  fail(name: string, message: string): void {
    this.problems.add(`${name}: ${message}`);
  }

  /** The value, or a ConfigError naming every problem found. */
  done<T>(value: T): T {
    if (this.problems.size) throw new ConfigError([...this.problems]);
    return value;
  }
}

type Check<T> = (raw: string) => T | { problem: string };

function setting<T>(fallback: T | (() => T), check: Check<T>): z.ZodType<T, string | undefined> {
  return z.string().optional().transform((raw, ctx) => {
    if (raw === undefined) return typeof fallback === 'function' ? (fallback as () => T)() : fallback;
    const value = check(raw);
    if (value && typeof value === 'object' && 'problem' in value) {
      ctx.addIssue({ code: 'custom', message: value.problem });
      return z.NEVER;
    }
    return value as T;
  });
}

const wholeNumber = (unit: string, min: number, max = Number.MAX_SAFE_INTEGER): Check<number> => (raw) => {
  const n = Number(raw);
  return /^\d+$/.test(raw.trim()) && n >= min && n <= max ? n : { problem: `must be a whole number of ${unit} from ${min} to ${max}, got "${raw}"` };
};
const positive = (unit: string, fallback: number | (() => number)) => setting(fallback, wholeNumber(unit, 1));
const port = (fallback: number) => setting(fallback, (raw) => { const n = wholeNumber('', 0, 65535)(raw); return typeof n === 'number' ? n : { problem: `must be a port number (0–65535), got "${raw}"` }; });
const flag = (fallback: boolean, on = '1', off = '0') =>
  setting(fallback, (raw) => (raw === on ? true : raw === off ? false : { problem: `must be ${on} or ${off}, got "${raw}"` }));
const text = (fallback: string) => setting(fallback, (raw) => raw);
const httpUrl = (fallback: string | (() => string)) =>
  setting(fallback, (raw) => {
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') return raw;
    } catch {
      // not a URL
    }
    return { problem: `must be an http(s) URL, got "${raw}"` };
  });

/**
 * LOG_LEVEL: what the logs keep (platform/log.ts; info when unset). Unset, it is undefined here: a server
 * started with an injected environment (tests) leaves the process's level as it is.
 */
function readLogLevel(r: Reader): LogLevel | undefined {
  return r.read('LOG_LEVEL', setting<LogLevel | undefined>(undefined, (raw) => ((LOG_LEVELS as readonly string[]).includes(raw) ? (raw as LogLevel) : { problem: `must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"` })), undefined);
}

function readMode(r: Reader): Mode {
  const production = r.env.NODE_ENV === 'production';
  const development = r.read('SAMENSPEL_DEV', flag(false), false);
  if (development && production) r.fail('SAMENSPEL_DEV', 'development defaults (SAMENSPEL_DEV=1) are refused with NODE_ENV=production');
  return { development: development && !production, production };
}

const NOT_SET = (mode: Mode) =>
  mode.production ? 'is not set; in production every secret must be set' : 'is not set (development defaults apply only with SAMENSPEL_DEV=1)';

/** A secret: set and strong, or its development default in development. */
function readSecret(r: Reader, mode: Mode, name: string, devDefault: string): string {
  const value = r.env[name];
  if (!value) {
    if (mode.development) return devDefault;
    r.fail(name, `${NOT_SET(mode)}; make one of at least 32 random bytes with \`openssl rand -base64 32\``);
    return '';
  }
  const weakness = mode.development ? null : secretWeakness(value);
  if (weakness) r.fail(name, weakness);
  return value;
}

function readSubgraphUrls(r: Reader): Record<Partner, string> {
  return Object.fromEntries(
    PARTNERS.map((p) => [p, r.read(`SUBGRAPH_URL_${upper(p)}`, httpUrl(() => `http://localhost:${r.read(`PORT_${upper(p)}`, port(DEFAULT_PORTS[p]), DEFAULT_PORTS[p])}/graphql`), '')]),
  ) as Record<Partner, string>;
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

const oidcIssuerSchema = z
  .object({
    issuer: z.string().refine((s) => URL.canParse(s), 'issuer must be a URL'),
    audience: z.string().min(1, 'audience must be named'),
    organisations: z.array(z.string().min(1)).min(1, 'organisations must name at least one organisation'),
    jwksUri: z.string().refine((s) => URL.canParse(s), 'jwksUri must be a URL').optional(),
    organisationClaim: z.string().min(1).default('org'),
    rolesClaim: z.string().min(1).default('roles'),
    roles: z.array(z.enum(ROLES)).default([...ROLES]),
  })
  .strict()
  .refine((i) => [i.issuer, i.jwksUri].every((u) => u === undefined || new URL(u).protocol === 'https:' || isLoopback(new URL(u))), 'issuer and jwksUri must be https (plain http only on loopback)');

/** AUTH_OIDC_ISSUERS: a JSON list of the partners' OpenID Connect providers (see OidcIssuer). */
function readIssuers(r: Reader): OidcIssuer[] {
  const raw = r.env.AUTH_OIDC_ISSUERS;
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    r.fail('AUTH_OIDC_ISSUERS', 'must be JSON: [{"issuer": "https://…", "audience": "…", "organisations": ["org-…"]}, …]');
    return [];
  }
  const parsed = z.array(oidcIssuerSchema).safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) r.fail('AUTH_OIDC_ISSUERS', `${issue.path.length ? `[${issue.path.join('.')}] ` : ''}${issue.message}`);
    return [];
  }
  const names = parsed.data.map((i) => i.issuer);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) r.fail('AUTH_OIDC_ISSUERS', `names the issuer "${twice}" twice`);
  return parsed.data;
}

function readAuth(r: Reader, mode: Mode): AuthConfig {
  const issuers = readIssuers(r);
  const maxLifetimeSeconds = r.read('AUTH_TOKEN_MAX_LIFETIME_SECONDS', positive('seconds', 86_400), 86_400);
  const jwksCooldownMs = r.read('AUTH_JWKS_COOLDOWN_MS', setting(30_000, wholeNumber('milliseconds', 0)), 30_000);
  let shared: AuthConfig['shared'] = null;
  if (mode.development || r.env.AUTH_TOKEN_SECRET || r.env.AUTH_TOKEN_ISSUER) shared = readSharedTokenIssuer(r, mode);
  else if (!issuers.length) {
    r.fail('AUTH_OIDC_ISSUERS', `no token issuer is configured: name the partners' OpenID Connect providers here, or set AUTH_TOKEN_SECRET and AUTH_TOKEN_ISSUER`);
  }
  if (shared && issuers.some((i) => i.issuer === shared!.issuer)) r.fail('AUTH_TOKEN_ISSUER', `"${shared.issuer}" is also an OpenID Connect issuer in AUTH_OIDC_ISSUERS`);
  return { shared, issuers, maxLifetimeSeconds, jwksCooldownMs };
}

/** AUTH_TOKEN_SECRET with AUTH_TOKEN_ISSUER: the HS256 issuer; outside development both must be set. */
function readSharedTokenIssuer(r: Reader, mode: Mode): { secret: string; issuer: string } {
  const secret = readSecret(r, mode, 'AUTH_TOKEN_SECRET', DEV_SECRETS.AUTH_TOKEN_SECRET);
  const issuer = r.env.AUTH_TOKEN_ISSUER || (mode.development ? DEV_TOKEN_ISSUER : '');
  if (!issuer) r.fail('AUTH_TOKEN_ISSUER', 'is not set: tokens signed with AUTH_TOKEN_SECRET need the name of their issuer (its development default applies only with SAMENSPEL_DEV=1)');
  else if (!mode.development && issuer === DEV_TOKEN_ISSUER) r.fail('AUTH_TOKEN_ISSUER', `"${DEV_TOKEN_ISSUER}" is the development issuer`);
  return { secret, issuer };
}

function readSubgraphSecret(r: Reader, mode: Mode, partner: Partner): string {
  return readSecret(r, mode, `SUBGRAPH_SECRET_${upper(partner)}`, DEV_SECRETS.subgraph(partner));
}

/** Outside development, no two secrets may be the same: each guards something else. */
function checkDistinct(r: Reader, mode: Mode, secrets: [string, string][]): void {
  if (mode.development) return;
  const seen = new Map<string, string>();
  for (const [name, value] of secrets) {
    if (!value) continue;
    const first = seen.get(value);
    if (first) r.fail(name, `is the same as ${first}; every secret must be its own`);
    else seen.set(value, name);
  }
}

function readSubgraphTimeout(r: Reader): number {
  return r.read('SUBGRAPH_TIMEOUT_MS', positive('milliseconds', DEFAULT_SUBGRAPH_TIMEOUT_MS), DEFAULT_SUBGRAPH_TIMEOUT_MS);
}

function readGatewayWorkers(r: Reader): number {
  return r.read('GATEWAY_WORKERS', setting(1, (raw) => (raw === 'auto' ? os.availableParallelism() : wholeNumber('processes', 1)(raw))), 1);
}

/** The gateway's configuration (gateway/server.ts, gateway/main.ts). */
export function gatewayConfig(env: Env): GatewayConfig {
  const r = new Reader(env);
  const mode = readMode(r);
  const auth = readAuth(r, mode);
  const subgraphSecrets = Object.fromEntries(PARTNERS.map((p) => [p, readSubgraphSecret(r, mode, p)])) as Record<Partner, string>;
  checkDistinct(r, mode, [['AUTH_TOKEN_SECRET', auth.shared?.secret ?? ''], ...PARTNERS.map((p): [string, string] => [`SUBGRAPH_SECRET_${upper(p)}`, subgraphSecrets[p]])]);
  return r.done({
    mode,
    host: r.read('HOST', text('127.0.0.1'), ''),
    port: r.read('PORT_GATEWAY', port(DEFAULT_PORTS.gateway), 0),
    subgraphUrls: readSubgraphUrls(r),
    auth,
    subgraphSecrets,
    subgraphTimeoutMs: readSubgraphTimeout(r),
    pool: {
      maxSockets: r.read('SUBGRAPH_MAX_SOCKETS', positive('sockets', 64), 64),
      idleSocketMs: r.read('SUBGRAPH_IDLE_SOCKET_MS', positive('milliseconds', 15_000), 15_000),
    },
    queryPlanCacheMiB: r.read('GATEWAY_QUERY_PLAN_CACHE_MIB', positive('MiB', 50), 50),
    workers: readGatewayWorkers(r),
    introspection: r.read('GATEWAY_INTROSPECTION', flag(mode.development, 'true', 'false'), false),
    hideSuggestions: !mode.development,
    trustedDocuments: r.env.TRUSTED_DOCUMENTS || undefined,
    drainTimeoutMs: r.read('DRAIN_TIMEOUT_MS', positive('milliseconds', 10_000), 10_000),
    metricsToken: r.env.METRICS_TOKEN || undefined,
    logLevel: readLogLevel(r),
  });
}

/** The subgraphs that ask (welzijn, zorg) and answer (bewoners) the checks of a neighbour's offer before a match and of an activity before a referral. */
const OFFER_CHECK_PARTNERS: readonly Partner[] = ['welzijn', 'bewoners', 'zorg'];

/** One subgraph's configuration (subgraphs/kit/subgraph.ts). */
export function subgraphConfig(partner: Partner, env: Env, options: { databaseRequired?: boolean } = {}): SubgraphConfig {
  const r = new Reader(env);
  const mode = readMode(r);
  const databaseUrl = r.env[`DATABASE_URL_${upper(partner)}`] || undefined;
  if (options.databaseRequired && !databaseUrl) r.fail(`DATABASE_URL_${upper(partner)}`, `is not set: the ${partner} subgraph needs its PostgreSQL database (npm start runs all subgraphs on an embedded one)`);
  const identitySecret = readSubgraphSecret(r, mode, partner);
  const askers = partner === 'gemeente' ? CONSENT_ASKING_PARTNERS : [partner];
  const consentApiSecrets = Object.fromEntries(askers.map((p) => [p, readConsentApiSecret(r, mode, p)])) as Partial<Record<Partner, string>>;
  const offerCheckSecret = OFFER_CHECK_PARTNERS.includes(partner) ? readSecret(r, mode, 'OFFER_CHECK_SECRET', DEV_SECRETS.OFFER_CHECK_SECRET) : null;
  const eventsSecret = readSecret(r, mode, 'EVENTS_SECRET', DEV_SECRETS.EVENTS_SECRET);
  checkDistinct(r, mode, [
    [`SUBGRAPH_SECRET_${upper(partner)}`, identitySecret],
    ...askers.map((p): [string, string] => [`CONSENT_API_SECRET_${upper(p)}`, consentApiSecrets[p]!]),
    ...(offerCheckSecret === null ? [] : [['OFFER_CHECK_SECRET', offerCheckSecret] as [string, string]]),
    ['EVENTS_SECRET', eventsSecret],
  ]);
  const peers = readSubgraphUrls(r);
  const subgraphTimeoutMs = readSubgraphTimeout(r);
  return r.done({
    mode,
    partner,
    host: r.read('HOST', text('127.0.0.1'), ''),
    port: r.read(`PORT_${upper(partner)}`, port(DEFAULT_PORTS[partner]), 0),
    databaseUrl,
    migrationDatabaseUrl: r.env[`MIGRATION_DATABASE_URL_${upper(partner)}`] || undefined,
    metricsToken: r.env.METRICS_TOKEN || undefined,
    logLevel: readLogLevel(r),
    identitySecret,
    consentApiSecrets,
    consentUrl: r.read('CONSENT_URL', httpUrl(() => peers.gemeente.replace(/\/graphql$/, '/internal/consent-check')), ''),
    offerCheckSecret,
    eventsSecret,
    peers,
    // Half a second under the gateway's wait, so work the gateway gave up on does not hold the pool.
    statementTimeoutMs: r.read('STATEMENT_TIMEOUT_MS', positive('milliseconds', Math.max(100, subgraphTimeoutMs - 500)), 0),
    drainTimeoutMs: r.read('DRAIN_TIMEOUT_MS', positive('milliseconds', 10_000), 10_000),
    sqlLog: r.read('SQL_LOG', flag(false), false),
    smallCountThreshold: r.read('SMALL_COUNT_THRESHOLD', positive('', 5), 5),
    smallCountRounding: r.read('SMALL_COUNT_ROUNDING', positive('', 5), 5),
    municipalityOrganisationId: r.read('MUNICIPALITY_ORGANISATION_ID', text('org-gm-01'), ''),
    socialMapPullIntervalMs: r.read('SOCIAL_MAP_PULL_INTERVAL_MS', positive('milliseconds', 2_000), 2_000),
    webhooks: {
      pullIntervalMs: r.read('WEBHOOK_PULL_INTERVAL_MS', positive('milliseconds', 1_000), 1_000),
      retryBaseMs: r.read('WEBHOOK_RETRY_BASE_MS', positive('milliseconds', 10_000), 10_000),
      maxAttempts: r.read('WEBHOOK_MAX_ATTEMPTS', setting(12, wholeNumber('tries', 1, 50)), 12),
    },
    jobConcurrency: r.read('JOB_CONCURRENCY', setting(8, wholeNumber('jobs', 1, 64)), 8),
    hideSuggestions: !mode.development,
    // webhooks and calendar feeds of partners on loopback or a private network: tests and development only
    outbound: { allowPrivateNetworks: r.read('OUTBOUND_PRIVATE_NETWORKS', flag(!mode.production), !mode.production) },
  });
}

/** What the hub runner itself reads (hub/start.ts); its subgraphs and gateway read theirs. */
export function hubConfig(env: Env): HubConfig {
  const r = new Reader(env);
  readMode(r);
  return r.done({
    databaseUrls: Object.fromEntries(PARTNERS.flatMap((p) => (env[`DATABASE_URL_${upper(p)}`] ? [[p, env[`DATABASE_URL_${upper(p)}`]!]] : []))),
    migrationDatabaseUrls: Object.fromEntries(PARTNERS.flatMap((p) => (env[`MIGRATION_DATABASE_URL_${upper(p)}`] ? [[p, env[`MIGRATION_DATABASE_URL_${upper(p)}`]!]] : []))),
    embeddedPgPort: r.read('EMBEDDED_PG_PORT', port(54329), 0),
    embeddedPgDir: r.env.EMBEDDED_PG_DIR || undefined,
    logLevel: readLogLevel(r),
    seedDemoData: r.read('SEED_DEMO_DATA', flag(true), true),
    pgLog: r.read('PG_LOG', flag(false), false),
  });
}

/**
 * Every problem of a whole hub's configuration (the runner's, the gateway's and each subgraph's), so that
 * `npm start` reports them all at once before it starts anything.
 */
export function hubProblems(env: Env): string[] {
  const problems = new Set<string>();
  for (const read of [() => hubConfig(env), () => gatewayConfig(env), ...PARTNERS.map((p) => () => subgraphConfig(p, env))]) {
    try {
      read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const problem of error.problems) problems.add(problem);
    }
  }
  return [...problems];
}

/** The HS256 token issuer alone, for minting development tokens (hub/mint-token.ts). */
export function sharedTokenIssuer(env: Env): { secret: string; issuer: string } {
  const r = new Reader(env);
  return r.done(readSharedTokenIssuer(r, readMode(r)));
}

/** One subgraph's identity secret alone (SUBGRAPH_SECRET_<PARTNER>), for tools that sign as the gateway. */
export function subgraphSecret(partner: Partner, env: Env): string {
  const r = new Reader(env);
  return r.done(readSubgraphSecret(r, readMode(r), partner));
}

/** One asking subgraph's consent API secret alone (CONSENT_API_SECRET_<PARTNER>). */
export function consentApiSecret(partner: Partner, env: Env): string {
  const r = new Reader(env);
  return r.done(readConsentApiSecret(r, readMode(r), partner));
}

/** The number of gateway processes GATEWAY_WORKERS asks for (`auto`: one per core). */
export function gatewayWorkers(env: Env): number {
  const r = new Reader(env);
  return r.done(readGatewayWorkers(r));
}

/**
 * Ends a process that could not start: a ConfigError's problems (exit 2), or the error's message (exit 1);
 * never a stack trace.
 */
export function exitForStartFailure(who: string, error: unknown): never {
  const log = serviceLog(who.replace(/^subgraph /, '').replace(/^the /, ''));
  if (error instanceof ConfigError) {
    log.fatal({ problems: error.problems }, `${who} refused to start: ${error.message}`);
    process.exit(2);
  }
  // one line: what failed and how to fix it (kit/database-errors.ts words a database's failures)
  log.fatal(`${who} could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
