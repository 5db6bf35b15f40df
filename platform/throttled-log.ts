// A log line for something that can fail many times a second (a database or subgraph that is down): at
// most one line a second, with a count of what it left out.
export function throttledLog(prefix: string): (message: string) => void {
  let last = 0;
  let quiet = 0;
  return (message) => {
    const now = Date.now();
    if (now - last < 1000) {
      quiet++;
      return;
    }
    console.error(`${prefix}: ${message}${quiet ? ` (and ${quiet} more)` : ''}`);
    last = now;
    quiet = 0;
  };
}
