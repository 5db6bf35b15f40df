// docker-compose.yml is not run in CI (no Docker engine there), so these checks keep it consistent with
// the code: one database per partner, ports that line up, and only variables the config actually reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { PARTNERS, type Partner } from '../platform/config';

interface Service {
  build?: unknown;
  command?: string[];
  environment?: Record<string, string> | string[];
  depends_on?: Record<string, unknown> | string[];
  ports?: unknown[];
}

const ROOT = path.join(__dirname, '..');
const COMPOSE_PATH = path.join(ROOT, 'docker-compose.yml');
const document = YAML.parseDocument(readFileSync(COMPOSE_PATH, 'utf8'));
const compose = document.toJS() as { version?: unknown; services: Record<string, Service> };
const services = compose.services;

function env(service: Service): Record<string, string> {
  const raw = service.environment ?? {};
  if (!Array.isArray(raw)) return raw;
  return Object.fromEntries(raw.map((entry) => [entry.split('=')[0], entry.split('=').slice(1).join('=')]));
}

function dependencies(service: Service): string[] {
  const raw = service.depends_on ?? [];
  return Array.isArray(raw) ? raw : Object.keys(raw);
}

const upper = (partner: Partner) => partner.toUpperCase();

test('compose file is valid', () => {
  expect(document.errors).toEqual([]);
  expect(compose.version).toBeUndefined(); // Compose spec: no top-level version
  expect(Object.keys(services).sort()).toEqual(
    [...PARTNERS, ...PARTNERS.map((p) => `postgres-${p}`), 'gateway'].sort(),
  );
  // Full validation only where docker-compose is installed (not in CI).
  const probe = spawnSync('docker-compose', ['version']);
  if (!probe.error && probe.status === 0) {
    const result = spawnSync('docker-compose', ['-f', COMPOSE_PATH, 'config', '-q'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 0 });
  }
});

test('each partner has its own PostgreSQL, used only by its own subgraph', () => {
  const hosts = PARTNERS.map((partner) => {
    const database = services[`postgres-${partner}`];
    expect(database).toBeDefined();
    const url = new URL(env(services[partner])[`DATABASE_URL_${upper(partner)}`]);
    expect(url.hostname).toBe(`postgres-${partner}`);
    expect(url.pathname).toBe(`/${env(database).POSTGRES_DB}`);
    expect(dependencies(services[partner])).toContain(`postgres-${partner}`);
    return url.hostname;
  });
  expect(new Set(hosts).size).toBe(PARTNERS.length);
});

test("each subgraph listens on the port in the gateway's SUBGRAPH_URL for it", () => {
  const gatewayEnv = env(services.gateway);
  for (const partner of PARTNERS) {
    const url = new URL(gatewayEnv[`SUBGRAPH_URL_${upper(partner)}`]);
    expect(url.hostname).toBe(partner);
    expect(url.pathname).toBe('/graphql');
    expect(url.port).toBe(env(services[partner])[`PORT_${upper(partner)}`]);
  }
});

test('the gateway depends on all four subgraphs and is the only service publishing ports', () => {
  expect(dependencies(services.gateway).sort()).toEqual([...PARTNERS].sort());
  const publishing = Object.entries(services).filter(([, s]) => (s.ports ?? []).length > 0).map(([name]) => name);
  expect(publishing).toEqual(['gateway']);
});

test('the hub services set only variables the code reads', () => {
  // platform/config.ts reads these.
  const known = new Set([
    'HOST',
    'PORT_GATEWAY',
    ...PARTNERS.flatMap((p) => [`PORT_${upper(p)}`, `DATABASE_URL_${upper(p)}`, `SUBGRAPH_URL_${upper(p)}`]),
    'CONSENT_URL',
  ]);
  const hub = Object.entries(services).filter(([, s]) => s.build !== undefined);
  expect(hub.map(([name]) => name).sort()).toEqual([...PARTNERS, 'gateway'].sort());
  const unknown = hub.flatMap(([name, service]) =>
    Object.keys(env(service)).filter((v) => !known.has(v)).map((v) => `${name}: ${v}`),
  );
  expect(unknown).toEqual([]);
});

test('the Dockerfile runs the gateway by default and the subgraph commands point at real files', () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/^CMD \[.*"gateway\/main\.ts"\]$/m);
  for (const partner of PARTNERS) {
    const command = services[partner].command ?? [];
    expect(command).toEqual(['node', '--import', 'tsx', `subgraphs/${partner}/main.ts`]);
    expect(existsSync(path.join(ROOT, command[3]))).toBe(true);
  }
});
