// Server-side timing of every HTTP request a process serves: from the moment its headers arrived to the
// moment its answer was handed to the socket, on the wall clock shared by all processes of the machine
// (performance.timeOrigin + performance.now(), sub-millisecond). In a server process through
// server-hook.ts (printed as lines), in the bench's own process (the one-process layout) directly.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export const TIMING_PREFIX = '[bench-timing]';

export interface RequestTiming {
  /** The port of the server that answered. */
  port: number;
  start: number;
  end: number;
}

/** Now on the machine-wide clock, in ms. */
export const wallClock = () => performance.timeOrigin + performance.now();

let sink: ((port: number, start: number, end: number) => void) | undefined;

/** Calls `record` for every request any http.Server in this process answers (a second call replaces it). */
export function timeRequests(record: (port: number, start: number, end: number) => void): void {
  const first = sink === undefined;
  sink = record;
  if (!first) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const start = wallClock();
      const port = (this.address() as AddressInfo | null)?.port ?? 0;
      (args[1] as http.ServerResponse).once('finish', () => sink?.(port, start, wallClock()));
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/** Parses the lines server-hook.ts printed. */
export function parseTimings(text: string): RequestTiming[] {
  const timings: RequestTiming[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith(TIMING_PREFIX)) continue;
    const [port, start, end] = line.slice(TIMING_PREFIX.length).trim().split(' ').map(Number);
    timings.push({ port, start, end });
  }
  return timings;
}
