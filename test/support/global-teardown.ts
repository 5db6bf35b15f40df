import type { PostgresServer } from '../../hub/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { samenspelPostgres?: PostgresServer }).samenspelPostgres?.stop();
}
