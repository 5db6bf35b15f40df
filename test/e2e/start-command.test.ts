// `npm start` as a user runs it (hub/start.ts in its own process), here pointed at external databases
// with DATABASE_URL_<PARTNER>: it must use them, serve the gateway, and stop cleanly on Ctrl-C (SIGINT).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PARTNERS } from '../../platform/config';
import { createTestDatabases, type TestDatabases } from '../support/databases';
import { freePort } from '../support/ports';
import { graphql } from '../support/graphql';

let databases: TestDatabases;

beforeAll(async () => {
  databases = await createTestDatabases();
});
afterAll(() => databases?.drop());

/** Starts `npm start` on free ports; a port taken between choosing and listening is retried with new ones. */
async function startHubProcess() {
  for (let attempt = 1; ; attempt += 1) {
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    for (const partner of PARTNERS) {
      env[`DATABASE_URL_${partner.toUpperCase()}`] = databases.urls[partner];
      env[`PORT_${partner.toUpperCase()}`] = String(await freePort());
    }
    env.PORT_GATEWAY = String(await freePort());
    env.LOG_LEVEL = 'info'; // its lifecycle lines ("stopping") are at info
    const root = path.join(__dirname, '..', '..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'hub/start.ts'], { cwd: root, env }); // = npm start
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 150_000; // tsx compiles the whole hub first: slow on a busy machine
    while (!output.includes('Samenspel gateway:') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (output.includes('EADDRINUSE') && attempt < 3) {
      await exited;
      continue;
    }
    return { child, env, exited, output: () => output };
  }
}

test('npm start uses DATABASE_URL_<PARTNER>, serves the hub, and stops on Ctrl-C', async () => {
  const { child, env, exited, output } = await startHubProcess();
  expect(output()).toContain(`Samenspel gateway: http://127.0.0.1:${env.PORT_GATEWAY}/graphql`);
  expect(output()).not.toContain('embedded PostgreSQL');
  expect(output()).toContain('area(code: "WK030703")'); // the example query is printed

  const { data, errors } = await graphql(`http://127.0.0.1:${env.PORT_GATEWAY}/graphql`, '{ area(code: "GM0307") { name activities(first: 1) { edges { node { id } } } } }');
  expect(errors).toBeUndefined();
  expect(data.area.name).toBe('Amersfoort');

  child.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(output()).toContain('stopping');
}, 240_000);
