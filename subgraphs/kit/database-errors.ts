// Why a subgraph could not open its database, in one line an operator can act on: which subgraph, which
// connection (the migration role's or the serving role's), what PostgreSQL said, and the fix. Never the
// password, never a stack trace.

export type Connection = 'migrations' | 'serving';

/** A failure to connect or to migrate at start-up. */
export class DatabaseStartError extends Error {
  constructor(
    readonly subgraph: string,
    readonly connection: Connection,
    readonly url: string,
    readonly cause: unknown,
    /** The migration that failed, when one did. */
    readonly migration?: string,
  ) {
    super(describeDatabaseStartError(subgraph, connection, url, cause, migration));
  }
}

/** A migration's failure, with its name (the kit wraps every migration so a failure names it). */
export class MigrationFailed extends Error {
  constructor(readonly migration: string, readonly cause: unknown) {
    super(`migration ${migration} failed`);
  }
}

function variableFor(subgraph: string, connection: Connection): string {
  const name = subgraph.toUpperCase();
  return connection === 'migrations' ? `MIGRATION_DATABASE_URL_${name}, else DATABASE_URL_${name}` : `DATABASE_URL_${name}`;
}

function describeDatabaseStartError(subgraph: string, connection: Connection, url: string, cause: unknown, migration?: string): string {
  const parsed = new URL(url);
  const where = `${parsed.hostname}:${parsed.port || 5432}`;
  const role = decodeURIComponent(parsed.username);
  const database = parsed.pathname.slice(1);
  const variable = variableFor(subgraph, connection);
  const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(cause);
  const setup = `the setup step: subgraphs/${subgraph}/database-setup.sql, README "Deployment"`;
  if (migration) {
    const extension = /extension "([^"]+)"/.exec(text)?.[1];
    if (extension && code === '42501') {
      return `${subgraph}: migration ${migration} needs the PostgreSQL extension "${extension}", which role "${role}" may not create. Fix: as a superuser, run on database "${database}": CREATE EXTENSION IF NOT EXISTS ${extension} CASCADE; (${setup})`;
    }
    if (extension && (code === '0A000' || code === '58P01')) {
      return `${subgraph}: migration ${migration} needs the PostgreSQL extension "${extension}", which the server at ${where} does not have. Fix: install PostgreSQL's contrib extensions there (Debian: apt-get install postgresql-contrib), then run the setup step (${setup})`;
    }
    return `${subgraph}: migration ${migration} failed on database "${database}" at ${where} as role "${role}": ${text}${code === '42501' ? ` (the migration role must own the database: ${setup})` : ''}`;
  }
  const prefix = `${subgraph}: cannot open the ${connection === 'migrations' ? 'migration' : 'serving'} connection to database "${database}" at ${where} as role "${role}" (${variable})`;
  switch (code) {
    case 'ECONNREFUSED':
      return `${prefix}: connection refused; is PostgreSQL running and listening there?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${prefix}: the host "${parsed.hostname}" was not found`;
    case 'ETIMEDOUT':
      return `${prefix}: no answer`;
    case '28P01':
      return `${prefix}: PostgreSQL refused the password`;
    case '28000':
      return `${prefix}: PostgreSQL refused the role for this database or host (no such role, or no pg_hba.conf entry)`;
    case '3D000':
      return `${prefix}: the database does not exist; create it in ${setup}`;
    case '42501':
      return `${prefix}: the role may not connect to this database; grant it in ${setup}`;
    case '57P03':
      return `${prefix}: PostgreSQL is starting up or shutting down; try again shortly`;
  }
  if (/timeout/i.test(text)) return `${prefix}: no answer in time`;
  return `${prefix}: ${text}`;
}
