// A warning for something that can fail many times a second (a database or subgraph that is down): at most
// one line a second, with a count of what it left out (`skipped`).
import type { Logger } from './log';

export function throttledLog(log: Logger, prefix: string): (message: string, fields?: Record<string, unknown>) => void {
  let last = 0;
  let skipped = 0;
  return (message, fields = {}) => {
    const now = Date.now();
    if (now - last < 1000) {
      skipped++;
      return;
    }
    log.warn({ ...fields, ...(skipped ? { skipped } : {}) }, `${prefix}: ${message}`);
    last = now;
    skipped = 0;
  };
}
