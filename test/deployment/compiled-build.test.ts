// The images run compiled JavaScript (issue 13, finding 11): `npm run build` makes dist/, and a subgraph and
// the gateway start from it with plain node, no tsx or TypeScript loaded, answer /health/live, log JSON lines
// and stop on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from '../../hub/build';
import { createTestDatabases, type TestDatabases } from '../support/databases';
import { freePort } from '../support/ports';

const ROOT = path.join(__dirname, '..', '..');
// inside the repository, so the compiled code finds node_modules as the image's /app/dist finds /app/node_modules
const OUT = path.join(ROOT, 'test-artifacts', 'dist');

let databases: TestDatabases;
beforeAll(async () => {
  build(OUT);
  databases = await createTestDatabases(['zorg']);
}, 240_000);
afterAll(() => databases?.drop());

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (name === 'node_modules' ? [] : statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name)) : [path.join(dir, name)]));
}

test('the build holds JavaScript and the assets the code reads, and nothing loads tsx', () => {
  for (const asset of ['subgraphs/zorg/schema.graphql', 'schema/shared.graphql', 'schema/supergraph.graphql', 'schema/example-query.graphql', 'gateway/dashboard/index.html', 'gateway/dashboard/dashboard.js', 'gateway/explorer/index.html']) {
    expect(existsSync(path.join(OUT, asset))).toBe(true);
  }
  const code = files(OUT).filter((f) => f.endsWith('.js'));
  expect(code.length).toBeGreaterThan(100);
  expect(files(OUT).some((f) => f.endsWith('.ts'))).toBe(false);
  expect(code.filter((f) => /require\("tsx|from "tsx/.test(readFileSync(f, 'utf8')))).toEqual([]);
});

/** Starts `node <OUT>/<main>` and waits until `ready` answers 200; its output so far, and a stop. */
async function startCompiled(main: string, env: Record<string, string>, ready: string) {
  const child: ChildProcess = spawn(process.execPath, [path.join(OUT, main)], { cwd: ROOT, env: { PATH: process.env.PATH!, LOG_LEVEL: 'info', ...env } });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${main} exited (${child.exitCode}): ${output}`);
    const status = await fetch(ready).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`${main} did not answer ${ready}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    execArgv: () => readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean),
  };
}

test('node dist/subgraphs/zorg/main.js migrates, serves /health/live, logs JSON, and stops on SIGTERM', async () => {
  const port = await freePort();
  const zorg = await startCompiled(
    'subgraphs/zorg/main.js',
    { NODE_ENV: 'production', DATABASE_URL_ZORG: databases.connections.zorg.url, MIGRATION_DATABASE_URL_ZORG: databases.connections.zorg.migrationUrl, PORT_ZORG: String(port), SUBGRAPH_SECRET_ZORG: randomBytes(32).toString('hex'), CONSENT_API_SECRET_ZORG: randomBytes(32).toString('hex'), OFFER_CHECK_SECRET: randomBytes(32).toString('hex'), EVENTS_SECRET: randomBytes(32).toString('hex') },
    `http://127.0.0.1:${port}/health/live`,
  );
  expect(zorg.execArgv()).toEqual([process.execPath, path.join(OUT, 'subgraphs/zorg/main.js')]);
  // on a failed stop, what the process printed says why
  expect({ exit: await zorg.stop(), output: zorg.output() }).toEqual({ exit: 0, output: expect.any(String) });
  const lines = zorg.output().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  expect(lines.some((l) => l.service === 'zorg' && l.msg === `subgraph zorg serving http://127.0.0.1:${port}/graphql`)).toBe(true);
  expect(lines.some((l) => l.msg === 'SIGTERM: draining')).toBe(true);
}, 120_000);

test('node dist/gateway/main.js serves /health/live', async () => {
  const port = await freePort();
  const gateway = await startCompiled('gateway/main.js', { SAMENSPEL_DEV: '1', PORT_GATEWAY: String(port) }, `http://127.0.0.1:${port}/health/live`);
  expect(gateway.execArgv()).toEqual([process.execPath, path.join(OUT, 'gateway/main.js')]);
  expect({ exit: await gateway.stop(), output: gateway.output() }).toEqual({ exit: 0, output: expect.any(String) });
}, 120_000);
