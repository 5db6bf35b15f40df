import type { PostgresServer } from '../../subgraphs/kit/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { samenspelPostgres?: PostgresServer }).samenspelPostgres?.stop();
}
