// Creating the partners' databases on a PostgreSQL server (embedded or external).
import { Client } from 'pg';
import type { Partner } from '../platform/config';
import { setupDatabase, type PartnerConnections } from '../subgraphs/kit/database-setup';
import { SUBGRAPHS } from './hub';

/** `adminUrl` with another database name. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A partner's database set up with least privilege (its migration and serving roles, new passwords each time,
 * the extensions its subgraph needs), on a server the hub administers: the embedded default and the tests.
 */
export function ensurePartnerDatabase(adminUrl: string, partner: Partner, database: string): Promise<PartnerConnections> {
  return setupDatabase(adminUrl, database, SUBGRAPHS[partner].extensions ?? []);
}

/** Creates the database unless it exists, owned by the superuser (the benchmark's bulk loads need that). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`unsafe database name "${database}"`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, database);
}
