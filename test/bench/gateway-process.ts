// The gateway as its own process (`npm run start:gateway`, gateway/main.ts), optionally as a cluster
// (GATEWAY_WORKERS), in front of subgraphs that run elsewhere: the bench's BENCH_GATEWAY_WORKERS and the
// cluster test (test/gateway/cluster.test.ts) use it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PARTNERS, type Partner } from '../../platform/config';

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  /** What the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has drained and exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startGatewayProcess(
  subgraphUrls: Record<Partner, string>,
  options: { workers: number; env?: Record<string, string>; startTimeoutMs?: number; /** Another script that prints "gateway serving <url>" (default gateway/main.ts). */ script?: string },
): Promise<GatewayProcess> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT_GATEWAY: '0',
    GATEWAY_WORKERS: String(options.workers),
    // its output is captured, not printed, and the "gateway serving" line it waits for is info
    LOG_LEVEL: 'info',
    ...Object.fromEntries(PARTNERS.map((p) => [`SUBGRAPH_URL_${p.toUpperCase()}`, subgraphUrls[p]])),
    ...options.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', options.script ?? path.join(__dirname, '..', '..', 'gateway', 'main.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the gateway process did not start within ${options.startTimeoutMs ?? 60_000} ms:\n${out}`)), options.startTimeoutMs ?? 60_000);
    const onData = () => {
      const match = /gateway serving (http:\/\/\S+\/graphql)/.exec(out);
      if (match) done(null, match[1]);
    };
    const onExit = (code: number | null) => done(new Error(`the gateway process exited (${code}) before serving:\n${out}`));
    function done(error: Error | null, value?: string) {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve(value!);
    }
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });

  return {
    url,
    child,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
