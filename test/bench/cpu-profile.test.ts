// The CPU profile summary the bench report quotes (cpu-profile.ts), on a hand-made profile: a native frame
// (JSON.parse, no script of its own) counts for the code that called it, and the profiler's own inspector
// dispatch, sampled while it starts and stops, is not counted as the server's work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summariseProfile } from './cpu-profile';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });
const PG = '/work/node_modules/pg/lib/result.js';

test('native frames count for their caller; the profiler itself does not count', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
  try {
    const file = path.join(dir, 'fixture.cpuprofile');
    const nodes = [
      { id: 1, callFrame: frame('(root)'), children: [2, 4, 6, 7] },
      { id: 2, callFrame: frame('parseRow', PG), children: [3] },
      { id: 3, callFrame: frame('parse') }, // JSON.parse called by pg
      { id: 4, callFrame: frame('post', 'node:inspector'), children: [5] },
      { id: 5, callFrame: frame('dispatch') }, // the profiler stopping
      { id: 6, callFrame: frame('(garbage collector)') },
      { id: 7, callFrame: frame('(idle)') },
    ];
    // samples of 1 ms each: pg 2, JSON.parse under pg 3, the inspector 4, GC 1, idle 5
    const samples = [2, 2, 3, 3, 3, 5, 5, 5, 5, 6, 7, 7, 7, 7, 7];
    writeFileSync(file, JSON.stringify({ nodes, samples, timeDeltas: samples.map(() => 1000) }));
    const summary = summariseProfile(file);
    expect(summary.busyMs).toBe(6);
    expect(summary.byPart).toEqual([
      { part: 'pg', ms: 5, share: 0.83 },
      { part: '(garbage collector)', ms: 1, share: 0.17 },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
