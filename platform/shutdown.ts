// Graceful stop of a server process (a standalone subgraph, a gateway or a gateway worker).
import type { Logger } from './log';

/** How long a stopping process may take to drain before it exits anyway. */
export const STOP_TIMEOUT_MS = 30_000;

/**
 * On SIGTERM/SIGINT: stop taking requests and let in-flight ones finish (`close`, bounded by the server's
 * own DRAIN_TIMEOUT_MS and by STOP_TIMEOUT_MS), then exit 0, or 1 when closing failed. A second signal of
 * the same kind stops at once (the handlers are `once`). `announce` logs "<signal>: draining".
 */
export function exitAfterDrainOnSignal(close: () => Promise<void>, log: Logger, announce = true): void {
  const stop = async (signal: NodeJS.Signals) => {
    if (announce) log.info({ signal }, `${signal}: draining`);
    setTimeout(() => process.exit(1), STOP_TIMEOUT_MS).unref();
    try {
      await close();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
