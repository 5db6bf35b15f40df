// Runs the load generator (load-worker.ts) in a child process and returns its result.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LoadResult, LoadSpec } from './load-worker';

export type { LoadResult, LoadSpec } from './load-worker';

const children = new Set<ReturnType<typeof spawn>>();

/** Stops load generators still running (on error or Ctrl-C). */
export function stopLoadGenerators(): void {
  for (const child of children) child.kill('SIGTERM');
}

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'load-worker.ts')], { stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', (error) => {
      children.delete(child);
      reject(error);
    });
    child.on('close', (code) => {
      children.delete(child);
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`load generator failed (exit ${code}): ${err.trim() || out.trim()}`));
      resolve(JSON.parse(line) as LoadResult);
    });
    child.stdin.end(JSON.stringify(spec));
  });
}
