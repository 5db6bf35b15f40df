// Least privilege in PostgreSQL (issue 13, finding 3; finding 11 for the start-up messages). Each subgraph
// serves as its own login role that reads and writes only its own database's tables, and migrates as a
// migration role that owns them; neither is a superuser, neither may create anywhere else. The setup step
// (subgraphs/<partner>/database-setup.sql) creates the roles and the extensions.
//  - the embedded default (what npm start and the tests use): attacks through a running subgraph's own pool;
//  - the external-server path, on Debian's PostgreSQL: the committed setup scripts run with psql, the
//    subgraphs migrate and serve, and a server where the extension is missing gets a message naming the
//    subgraph, the migration and the fix; a wrong password or a refused connection is one clear line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { setupScriptPath, expectedSetupScript } from '../../hub/setup-scripts';
import { SUBGRAPHS } from '../../hub/hub';
import { PARTNERS } from '../../platform/config';
import { rolesFor } from '../../subgraphs/kit/database-setup';
import { startSubgraph } from '../../subgraphs/kit/subgraph';
import { readFileSync } from 'node:fs';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { freePort } from '../support/ports';
import { debianPostgresBin, startDebianPostgres, type DebianPostgres } from './debian-postgres';

const ROOT = path.join(__dirname, '..', '..');

/** Runs one statement on `url`; resolves with the rows or the error's SQLSTATE and message. */
async function attempt(url: string, sql: string): Promise<{ rows?: any[]; code?: string; message?: string }> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return { rows: (await client.query(sql)).rows };
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  } finally {
    await client.end().catch(() => undefined);
  }
}

test('the committed setup scripts are what kit/database-setup.ts makes (npm run db:setup-scripts)', () => {
  for (const partner of PARTNERS) expect(readFileSync(setupScriptPath(partner), 'utf8')).toBe(expectedSetupScript(partner));
});

describe('the embedded default: a subgraph serves as its own unprivileged role', () => {
  let zorg: TestSubgraph;
  beforeAll(async () => {
    zorg = await startTestSubgraph('zorg', { seed: false });
  });
  afterAll(() => zorg?.close());

  test('its pool is not a superuser and owns nothing; the tables belong to the migration role', async () => {
    const [me] = await zorg.subgraph.db.query('SELECT current_user AS role, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user');
    const database = new URL(zorg.databases.urls.zorg).pathname.slice(1);
    expect(me).toEqual({ role: rolesFor(database).app, rolsuper: false, rolcreatedb: false, rolcreaterole: false });
    const owners = await zorg.subgraph.db.query("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'");
    expect(owners).toEqual([{ tableowner: rolesFor(database).migrator }]);
  });

  test.each([
    ['create a table', 'CREATE TABLE stolen (x text)'],
    ['drop a table', 'DROP TABLE referral'],
    ['read the password hashes', 'SELECT rolpassword FROM pg_authid'],
    ['create a function', 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
    ['read files of the server', "SELECT pg_read_file('postgresql.conf')"],
    ['create a database', 'CREATE DATABASE stolen'],
    ['create a role', 'CREATE ROLE stolen'],
  ])('it may not %s', async (_what, sql) => {
    await expect(zorg.subgraph.db.query(sql)).rejects.toMatchObject({ driverError: { code: expect.stringMatching(/^42501$/) } });
  });

  test("it cannot reach another partner's database", async () => {
    const gemeente = await startTestSubgraph('gemeente', { seed: false });
    try {
      const zorgApp = new URL(zorg.databases.connections.zorg.url);
      zorgApp.pathname = new URL(gemeente.databases.urls.gemeente).pathname;
      const result = await attempt(zorgApp.toString(), 'SELECT 1');
      expect(result.code).toBe('42501'); // permission denied for database
      const [privileges] = await gemeente.subgraph.db.query(
        `SELECT has_database_privilege($1, current_database(), 'CONNECT') AS connect, has_database_privilege($1, current_database(), 'CREATE') AS create`,
        [rolesFor(new URL(zorg.databases.urls.zorg).pathname.slice(1)).app],
      );
      expect(privileges).toEqual({ connect: false, create: false });
    } finally {
      await gemeente.close();
    }
  });
});

const bin = debianPostgresBin();
if (!bin) process.stderr.write("Debian's PostgreSQL server is not installed and could not be (test/deployment/ensure-tools.sh): the external-server tests are skipped\n");
(bin ? describe : describe.skip)(`the external-server path, on Debian's PostgreSQL${bin ? '' : ' (skipped: not installed)'}`, () => {
  let server: DebianPostgres;
  const passwords = { migrator: 'Mig-rat0r-pw-for-the-test', app: 'App-pw-for-the-test' };
  const url = (role: string, database: string, password: string) => `postgres://${role}:${password}@127.0.0.1:${server.port}/${database}`;

  beforeAll(async () => {
    server = await startDebianPostgres(bin!);
    // the setup step, exactly as a partner's DBA runs it
    for (const partner of ['gemeente', 'zorg'] as const) {
      server.psql(['-v', `migrator_password=${passwords.migrator}`, '-v', `app_password=${passwords.app}`, '-f', setupScriptPath(partner)]);
    }
  }, 60_000);
  afterAll(() => server?.stop());

  test('after the setup step, gemeente (which needs earthdistance) migrates as its migration role and serves as its own', async () => {
    const gemeente = await startSubgraph(SUBGRAPHS.gemeente, {
      databaseUrl: url('gemeente_app', 'gemeente', passwords.app),
      migrationUrl: url('gemeente_migrator', 'gemeente', passwords.migrator),
      port: 0,
      host: '127.0.0.1',
      peers: {},
    });
    try {
      expect((await fetch(gemeente.url.replace('/graphql', '/health/ready'))).status).toBe(200);
      const [me] = await gemeente.db.query('SELECT current_user AS role');
      expect(me.role).toBe('gemeente_app');
      const owners = server.psql(['-At', '-c', "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"], 'gemeente').trim();
      expect(owners).toBe('gemeente_migrator');
      const roles = server.psql(['-At', '-c', "SELECT rolname, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname LIKE 'gemeente_%' ORDER BY 1"]).trim();
      expect(roles).toBe('gemeente_app|f|f|f\ngemeente_migrator|f|f|f');
    } finally {
      await gemeente.close();
    }
    // neither role reaches the other partner's database, nor creates where it should not
    expect((await attempt(url('gemeente_app', 'zorg', passwords.app), 'SELECT 1')).code).toBe('42501');
    expect((await attempt(url('gemeente_migrator', 'zorg', passwords.migrator), 'SELECT 1')).code).toBe('42501');
    expect((await attempt(url('gemeente_app', 'gemeente', passwords.app), 'CREATE TABLE stolen (x text)')).code).toBe('42501');
    expect((await attempt(url('gemeente_migrator', 'postgres', passwords.migrator), 'CREATE SCHEMA stolen')).code).toBe('42501');
  });

  /** Starts a subgraph alone (its own start command) and waits for it to exit; its output. */
  function standalone(partner: string, env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
    return new Promise(async (resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'subgraphs', partner, 'main.ts')], {
        cwd: ROOT,
        env: { PATH: process.env.PATH!, SAMENSPEL_DEV: '1', LOG_LEVEL: 'info', [`PORT_${partner.toUpperCase()}`]: String(await freePort()), ...env },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, lines: output.split('\n').filter(Boolean) });
      });
    });
  }

  test('where the migration role may not create an extension, the start fails naming the subgraph, the migration and the fix', async () => {
    // a database set up by hand without the extensions, owned by an ordinary role
    server.psql(['-c', "CREATE ROLE bare_migrator LOGIN PASSWORD 'bare-pw'", '-c', 'CREATE DATABASE bare OWNER bare_migrator']);
    const { code, lines } = await standalone('gemeente', { DATABASE_URL_GEMEENTE: url('bare_migrator', 'bare', 'bare-pw') });
    expect(code).toBe(1);
    const fatal = lines.map((line) => JSON.parse(line)).find((entry) => entry.level === 'fatal');
    expect(fatal.msg).toContain('subgraph gemeente could not start: gemeente: migration SocialMapIndex1763900000007 needs the PostgreSQL extension "earthdistance"');
    expect(fatal.msg).toContain('CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE');
    expect(fatal.msg).toContain('database-setup.sql');
    expect(lines.join('\n')).not.toMatch(/\n\s+at |stack/);
  }, 60_000);

  test('a wrong password and a refused connection are each one clear line, not a stack trace', async () => {
    const wrong = await standalone('zorg', { DATABASE_URL_ZORG: url('zorg_app', 'zorg', 'not-the-password') });
    expect(wrong.code).toBe(1);
    expect(wrong.lines).toHaveLength(1);
    expect(JSON.parse(wrong.lines[0])).toMatchObject({ level: 'fatal', service: 'zorg' });
    expect(JSON.parse(wrong.lines[0]).msg).toBe(
      `subgraph zorg could not start: zorg: cannot open the migration connection to database "zorg" at 127.0.0.1:${server.port} as role "zorg_app" (MIGRATION_DATABASE_URL_ZORG, else DATABASE_URL_ZORG): PostgreSQL refused the password`,
    );
    const closedPort = await freePort();
    const refused = await standalone('zorg', { DATABASE_URL_ZORG: `postgres://zorg_app:x@127.0.0.1:${closedPort}/zorg` });
    expect(refused.code).toBe(1);
    expect(refused.lines).toHaveLength(1);
    expect(JSON.parse(refused.lines[0]).msg).toMatch(/^subgraph zorg could not start: zorg: cannot open the migration connection .* connection refused; is PostgreSQL running and listening there\?$/);
  }, 90_000);
});
