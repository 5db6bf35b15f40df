// A server as its own Node process: the gateway (`npm run start:gateway`, gateway/main.ts, optionally as a
// cluster, GATEWAY_WORKERS), a subgraph (subgraphs/<partner>/main.ts) or Hive Gateway (hive-main.ts), each
// started with `node --import tsx <script>` and ready once it prints "<what> serving <url>". The bench's
// production layout, the bench's BENCH_GATEWAY_WORKERS and the cluster test (test/gateway/cluster.test.ts)
// use it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PARTNERS, type Partner } from '../../platform/config';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has drained and exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export type GatewayProcess = ServerProcess;

const ROOT = path.join(__dirname, '..', '..');

export async function startServerProcess(options: {
  script: string;
  env: Record<string, string | undefined>;
  /** Node flags before the script (tsx is always loaded). */
  nodeArgs?: string[];
  startTimeoutMs?: number;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...(options.nodeArgs ?? []), options.script], {
    // its output is captured, not printed, and the "serving" line it waits for is info
    env: { ...process.env, LOG_LEVEL: 'info', ...options.env },
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const name = path.relative(ROOT, options.script);
  const timeoutMs = options.startTimeoutMs ?? 120_000;

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`${name} did not start within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = () => {
      const match = / serving (http:\/\/\S+\/graphql)/.exec(out);
      if (match) done(null, match[1]);
    };
    const onExit = (code: number | null) => done(new Error(`${name} exited (${code}) before serving:\n${out}`));
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

/** The gateway's environment for subgraphs at `subgraphUrls`. */
export function gatewayEnv(subgraphUrls: Record<Partner, string>): Record<string, string> {
  return { HOST: '127.0.0.1', PORT_GATEWAY: '0', ...Object.fromEntries(PARTNERS.map((p) => [`SUBGRAPH_URL_${p.toUpperCase()}`, subgraphUrls[p]])) };
}

export function startGatewayProcess(
  subgraphUrls: Record<Partner, string>,
  options: { workers: number; env?: Record<string, string>; startTimeoutMs?: number; nodeArgs?: string[]; /** Another script that prints "gateway serving <url>" (default gateway/main.ts). */ script?: string },
): Promise<GatewayProcess> {
  return startServerProcess({
    script: options.script ?? path.join(ROOT, 'gateway', 'main.ts'),
    env: { ...gatewayEnv(subgraphUrls), GATEWAY_WORKERS: String(options.workers), ...options.env },
    nodeArgs: options.nodeArgs,
    startTimeoutMs: options.startTimeoutMs ?? 60_000,
  });
}
