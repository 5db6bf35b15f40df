// Configuration from the environment, in one place for the gateway, the subgraphs and the hub runner.
// Every variable is documented in the README ("Configuration").

export const PARTNERS = ['gemeente', 'welzijn', 'zorg', 'bewoners'] as const;
export type Partner = (typeof PARTNERS)[number];

const DEFAULT_PORTS: Record<Partner | 'gateway', number> = {
  gateway: 4000,
  gemeente: 4001,
  welzijn: 4002,
  zorg: 4003,
  bewoners: 4004,
};

type Env = Record<string, string | undefined>;

function upper(name: string): string {
  return name.toUpperCase();
}

/** `PORT_<NAME>` (e.g. PORT_GATEWAY, PORT_ZORG), else the default 4000–4004. */
export function portFor(name: Partner | 'gateway', env: Env = process.env): number {
  const raw = env[`PORT_${upper(name)}`];
  if (raw === undefined || raw === '') return DEFAULT_PORTS[name];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT_${upper(name)} must be a port number, got "${raw}"`);
  }
  return port;
}

/** `DATABASE_URL_<PARTNER>`: the partner's own PostgreSQL database; unset means the embedded server. */
export function databaseUrlFor(partner: Partner, env: Env = process.env): string | undefined {
  const url = env[`DATABASE_URL_${upper(partner)}`];
  return url === undefined || url === '' ? undefined : url;
}

/** `SUBGRAPH_URL_<PARTNER>`: where the gateway reaches a subgraph. */
export function subgraphUrlFor(partner: Partner, env: Env = process.env): string {
  return env[`SUBGRAPH_URL_${upper(partner)}`] || `http://localhost:${portFor(partner, env)}/graphql`;
}

/** `HOST`: the interface servers listen on (default 127.0.0.1; 0.0.0.0 in containers). */
export function listenHost(env: Env = process.env): string {
  return env.HOST || '127.0.0.1';
}

/** `CONSENT_URL`: gemeente's consent register, asked by the other subgraphs (default: next to its /graphql). */
export function consentUrl(env: Env = process.env): string {
  return env.CONSENT_URL || subgraphUrlFor('gemeente', env).replace(/\/graphql$/, '/internal/consent-check');
}

/** How long the gateway waits for one subgraph request (SUBGRAPH_TIMEOUT_MS). */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

/** `SUBGRAPH_TIMEOUT_MS`: how long the gateway waits for a subgraph (default 5000). */
export function subgraphTimeoutMs(env: Env = process.env): number {
  return positiveSetting('SUBGRAPH_TIMEOUT_MS', 'milliseconds', env) ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
}

/**
 * `STATEMENT_TIMEOUT_MS`: PostgreSQL cancels a subgraph's statement that runs longer (default: half a second
 * under SUBGRAPH_TIMEOUT_MS), so work the gateway has given up on does not hold the pool's connections.
 */
export function statementTimeoutMs(env: Env = process.env): number {
  return positiveSetting('STATEMENT_TIMEOUT_MS', 'milliseconds', env) ?? Math.max(100, subgraphTimeoutMs(env) - 500);
}

/** A setting that is a positive whole number of `unit`; undefined when unset. */
export function positiveSetting(name: string, unit: string, env: Env = process.env): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive number of ${unit} (a whole number), got "${raw}"`);
  return n;
}
