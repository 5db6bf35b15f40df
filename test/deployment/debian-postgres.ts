// A PostgreSQL server from Debian's `postgresql` package (not the embedded one), in a temporary directory on
// a free port: the external-server path a partner takes. test/deployment/ensure-tools.sh installs the
// package when it is missing; `debianPostgresBin()` is null when it cannot be had (the tests then skip, and say so).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from '../support/ports';

/** The directory of Debian's PostgreSQL server binaries (the newest installed), or null. */
export function debianPostgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(path.join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], 'bin') : null;
}

export interface DebianPostgres {
  /** The superuser's URL of the maintenance database. */
  adminUrl: string;
  port: number;
  /** psql with the superuser's connection; returns stdout, throws with stderr. */
  psql(args: string[], database?: string): string;
  stop(): Promise<void>;
}

/** The user PostgreSQL runs as: `postgres` when the tests run as root (PostgreSQL refuses root). */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  return { uid, gid };
}

export async function startDebianPostgres(bin: string): Promise<DebianPostgres> {
  const parent = mkdtempSync(path.join(tmpdir(), 'samenspel-debian-pg-'));
  chmodSync(parent, 0o755);
  const dataDir = path.join(parent, 'data');
  const password = randomBytes(24).toString('base64url');
  const pwfile = path.join(parent, 'pw');
  writeFileSync(pwfile, `${password}\n`);
  const user = runAs();
  if (user) {
    chownSync(parent, user.uid, user.gid);
    chownSync(pwfile, user.uid, user.gid);
  }
  const initdb = spawnSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'], { ...user, encoding: 'utf8' });
  if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr}`);
  const port = await freePort();
  const child: ChildProcess = spawn(path.join(bin, 'postgres'), ['-D', dataDir, '-p', String(port), '-k', parent, '-c', 'listen_addresses=127.0.0.1'], { ...user, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`Debian's postgres exited (${code}): ${output}`)));
  });
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const psql = (args: string[], database = 'postgres') => {
    const result = spawnSync(path.join(bin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, ...args], {
      encoding: 'utf8',
      env: { ...process.env, PGPASSWORD: password },
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout;
  };
  return {
    adminUrl,
    port,
    psql,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGINT'); // fast shutdown
        });
      }
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
