// Structured logs: one JSON line per event on standard output (pino), for the gateway, the subgraphs and the
// hub alike. Every line has `level`, `time` (ISO 8601), `service` (gateway, gemeente, …, hub) and `msg`; lines
// about a request carry its `traceId`. LOG_LEVEL (default info; platform/config.ts reads it and each server
// applies it with setLogLevel) sets what is written.
// No personal data: request bodies, variables and query strings are never logged, and an error is logged by
// its type, code and stack; a database error without its message and detail, which quote the values at fault.
import pino, { type Logger } from 'pino';
import type { LogLevel as Level } from './config';

export type { Logger } from 'pino';

const LEVEL_VALUES: Record<Level, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/** A database error (PostgreSQL's SQLSTATE is five characters): its message and detail quote values. */
const isDatabaseError = (error: { code?: unknown }) => typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code);

/** What is logged of an error: no message of the database, no parameters, no response bodies. */
export function safeError(value: unknown, depth = 0): Record<string, unknown> {
  // not instanceof Error: errors from another realm (Node's own, seen from a vm context such as jest's) are errors too
  const isError = !!value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string';
  if (!isError) return { type: typeof value, value: typeof value === 'string' ? value.slice(0, 200) : undefined };
  const error = value as Error & { code?: unknown; driverError?: unknown; query?: unknown; constraint?: unknown; table?: unknown; column?: unknown; routine?: unknown };
  const driver = error.driverError && typeof error.driverError === 'object' ? (error.driverError as typeof error) : undefined;
  const database = isDatabaseError(error) ? error : driver && isDatabaseError(driver) ? driver : undefined;
  const stack = error.stack?.split('\n').slice(1).join('\n');
  if (database) {
    return {
      type: error.name,
      sqlState: database.code,
      ...(database.constraint ? { constraint: database.constraint } : {}),
      ...(database.table ? { table: database.table } : {}),
      ...(database.column ? { column: database.column } : {}),
      ...(database.routine ? { routine: database.routine } : {}),
      // the statement's text has placeholders, never the values
      ...(typeof error.query === 'string' ? { query: error.query.slice(0, 500) } : {}),
      stack,
    };
  }
  const cause = error.cause !== undefined && depth < 3 ? { cause: safeError(error.cause, depth + 1) } : {};
  return { type: error.name ?? error.constructor?.name, ...(error.code !== undefined ? { code: error.code } : {}), message: error.message.slice(0, 1000), stack, ...cause };
}

/** Where log lines go besides standard output: a test's capture, which may hold a line back. */
type Sink = (entry: LogEntry) => 'hold' | 'pass';
const stdout = pino.destination({ dest: 1, sync: true });
let sinks: Sink[] = [];
let threshold = LEVEL_VALUES.info;

/** What is written from now on (LOG_LEVEL): the process's servers apply their configuration's. */
export function setLogLevel(level: Level | undefined): void {
  if (level) threshold = LEVEL_VALUES[level];
}

/**
 * The root logger. It formats every level (so a test can capture what it provokes whatever LOG_LEVEL says,
 * and a logger made before the level was set follows it); lines below LOG_LEVEL are dropped on the way out,
 * before anything is written.
 */
export const log: Logger = pino(
  {
    level: 'trace',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: safeError },
  },
  {
    write(line: string) {
      let held = false;
      const level = LEVEL_VALUES[(/^\{"level":"(\w+)"/.exec(line)?.[1] as Level | undefined) ?? 'info'];
      if (sinks.length && level >= LEVEL_VALUES.info) {
        const entry = JSON.parse(line) as LogEntry;
        for (const sink of sinks) held = sink(entry) === 'hold' || held;
      }
      if (!held && level >= threshold) stdout.write(line);
    },
  },
);

/** A logger for one server or part: every line names it as `service`. */
export function serviceLog(service: string, bindings: Record<string, unknown> = {}): Logger {
  return log.child({ service, ...bindings });
}

export interface LogEntry {
  level: Level;
  time: string;
  service: string;
  msg: string;
  [field: string]: any;
}

export interface CapturedLogs {
  /** Every line logged at info or above since the capture started, parsed. */
  readonly entries: LogEntry[];
  /** The captured lines at `level` or above. */
  atLeast(level: Exclude<Level, 'silent'>): LogEntry[];
  /** Stops capturing. */
  restore(): void;
}

/**
 * For tests that provoke errors on purpose: captures every line so the test can assert on it, and holds the
 * lines it `expects` back from the terminal (by default: all), so a green run prints nothing it expected while
 * anything unexpected still shows.
 */
export function captureLogs(expects: (entry: LogEntry) => boolean = () => true): CapturedLogs {
  const entries: LogEntry[] = [];
  const sink: Sink = (entry) => {
    entries.push(entry);
    return expects(entry) ? 'hold' : 'pass';
  };
  sinks = [...sinks, sink];
  return {
    entries,
    atLeast: (level) => entries.filter((e) => LEVEL_VALUES[e.level] >= LEVEL_VALUES[level]),
    restore: () => {
      sinks = sinks.filter((s) => s !== sink);
    },
  };
}
