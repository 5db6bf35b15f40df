// Loaded into each of the bench's server processes (`node --import tsx --import ./test/bench/server-hook.ts
// …`); does nothing without the bench's variables.
// - BENCH_PROFILE_DIR: SIGUSR2 starts V8's CPU profiler in the process, the next SIGUSR2 stops it and writes
//   $BENCH_PROFILE_DIR/$BENCH_PROFILE_NAME.<n>.cpuprofile (n counts from 1). Like `node --cpu-prof`, but only
//   for the stretch the bench wants profiled, so the load runs themselves are measured without a profiler.
// - BENCH_REQUEST_TIMING=1: every HTTP request the process serves prints one line, when it arrived and
//   when its answer was sent (wall clock, ms), so the bench can split a gateway request's time between the
//   gateway and the subgraphs from the subgraphs' own side (breakdown.ts).
import { inspectorProfiler } from './cpu-profile';
import { timeRequests, TIMING_PREFIX } from './request-timing';

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const profiler = inspectorProfiler();
  let n = 0;
  let running = false;
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      void profiler.start();
      return;
    }
    running = false;
    n += 1;
    void profiler.stop(`${dir}/${process.env.BENCH_PROFILE_NAME ?? process.pid}.${n}.cpuprofile`).catch((error) => console.error('cpu profile:', error));
  });
}

if (process.env.BENCH_REQUEST_TIMING === '1') {
  timeRequests((port, start, end) => void process.stdout.write(`${TIMING_PREFIX} ${port} ${start.toFixed(3)} ${end.toFixed(3)}\n`));
}
