// CPU profiles of the bench's server processes: V8's sampling profiler through node:inspector (in this
// process, or in a server process through cpu-profile-hook.ts), and a summary of where the time went.
import { Session } from 'node:inspector';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** V8's profiler in this process: start(), then stop(path) writes a .cpuprofile there. */
export function inspectorProfiler() {
  let session: Session | undefined;
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) => session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  return {
    start: async () => {
      session = new Session();
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 500 }); // µs
      await post('Profiler.start');
    },
    stop: async (path: string) => {
      const { profile } = await post('Profiler.stop');
      session!.disconnect();
      session = undefined;
      writeFileSync(`${path}.tmp`, JSON.stringify(profile));
      renameSync(`${path}.tmp`, path); // appears whole
    },
  };
}

/** Waits until a profile file exists (written by another process). */
export async function waitForFile(path: string, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface ProfileSummary {
  /** Sampled time, idle excluded. */
  busyMs: number;
  /** Self time by where the code lives (a package, our code by folder, Node itself, GC), largest first. */
  byPart: { part: string; ms: number; share: number }[];
  /** The functions with the most self time. */
  topFunctions: { fn: string; ms: number; share: number }[];
}

/** Where a sampled function lives: an npm package, our own code by top folder, Node, or V8's own buckets. */
function partOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node';
  const own = /\/(subgraphs\/[^/]+|gateway|platform|hub|test)\//.exec(url);
  return own ? own[1] : url;
}

export function summariseProfile(path: string, top = 8): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const msById = new Map<number, number>();
  // A gap of over a second is not a sample but the profiler starting or stopping (the inspector's dispatch).
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (ms < 1000) msById.set(id, (msById.get(id) ?? 0) + ms);
  });
  // A native frame (no script) counts for the code that called it: JSON.parse under pg is pg's time.
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const scriptOf = (node: ProfileNode): ProfileNode | undefined => {
    let at: ProfileNode | undefined = node;
    while (at && !at.callFrame.url) at = parentOf.get(at.id);
    return at;
  };
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = msById.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (!ms || functionName === '(idle)') continue;
    const caller = url || functionName.startsWith('(') ? node : scriptOf(node);
    // the profiler's own work (the inspector session that starts and stops it) is not the server's
    if (caller?.callFrame.url === 'node:inspector') continue;
    busy += ms;
    const part = caller ? partOf(caller.callFrame.url, caller.callFrame.functionName) : '(native)';
    parts.set(part, (parts.get(part) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*?(node_modules\/|\/(?=(subgraphs|gateway|platform|hub|test)\/))/, '')}:${lineNumber + 1}` : ''}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const ranked = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms: Math.round(ms), share: busy ? Math.round((ms / busy) * 100) / 100 : 0 }));
  return {
    busyMs: Math.round(busy),
    byPart: ranked(parts).map(({ name, ...rest }) => ({ part: name, ...rest })),
    topFunctions: ranked(functions).map(({ name, ...rest }) => ({ fn: name, ...rest })),
  };
}
