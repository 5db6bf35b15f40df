// Errors that reach a client: a stable code, a clear message, the field at fault; never a stack trace or a
// database message. Anything unexpected is logged on the server and answered as INTERNAL_SERVER_ERROR.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { throttledLog } from './throttled-log';

export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" does not exist`, { extensions: { code: 'NOT_FOUND' } });
}

/** Error codes (Node's and PostgreSQL's) that mean the database could not be reached or went away. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|already released|Connection is not established/i;

/**
 * Whether an error (or the driver error it wraps) says the database is unreachable, rather than a fault in
 * the request. Not an error's `cause`: fetch puts its connection errors there (e.g. gemeente's consent
 * register down), and those are not the database's.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, driverError, errors, thrownValue } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    errors?: unknown;
    thrownValue?: unknown; // graphql-js's wrapper for a thrown value that is not an Error (of this realm)
  };
  // 08xxx: connection exception, except 08P01 (protocol violation: a statement the server refused)
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || (/^08[0-9A-Z]{3}$/.test(code) && code !== '08P01'))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  const inner = [driverError, thrownValue, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((e) => e !== error && isDatabaseUnavailable(e, depth + 1));
}

/** Whether PostgreSQL cancelled a statement for running longer than the statement timeout (57014). */
export function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, driverError, thrownValue } = error as { code?: unknown; driverError?: unknown; thrownValue?: unknown };
  if (code === '57014') return true;
  return [driverError, thrownValue].some((e) => e !== error && isStatementTimeout(e, depth + 1));
}

const logUnavailable = throttledLog('database unavailable');
const logTimeout = throttledLog('statement timeout');

/** What a client sees of an error relayed by the gateway from a subgraph that did not give it a code of ours. */
const RELAYED_UNSAFE_CODES = new Set([undefined, 'INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/** Messages longer than this are cut (some quote the value at fault, which may be up to a megabyte). */
const MAX_MESSAGE = 1000;

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.message.length > MAX_MESSAGE) formatted = { ...formatted, message: `${formatted.message.slice(0, MAX_MESSAGE)}…` };
  const code = formatted.extensions?.code;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  // Errors relayed by the gateway from a subgraph were made safe by that subgraph when they carry a code of
  // ours; one without (a subgraph that is not ours, or broken) may hold anything, so only its subgraph and
  // path are shown. Any other error with a code of its own (ours, GraphQL's, Apollo's, Armor's) is meant for
  // the client; what Apollo marks INTERNAL_SERVER_ERROR is an unexpected exception and is not shown.
  const serviceName = formatted.extensions?.serviceName;
  if (typeof serviceName === 'string') {
    if (!RELAYED_UNSAFE_CODES.has(code as string | undefined)) return { ...formatted, extensions };
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName },
    };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions };
  const original = unwrapResolverError(error);
  const reason = original instanceof Error ? original.message : String(original);
  const replaced = (message: string, newCode: string): GraphQLFormattedError => ({ message, path: formatted.path, locations: formatted.locations, extensions: { code: newCode } });
  if (isDatabaseUnavailable(original)) {
    // Expected while PostgreSQL restarts: one line in the log, and a code a client can retry on. The
    // request's transaction did not commit; mutations are safe to retry with the same clientMutationId.
    logUnavailable(reason);
    return replaced('The database is unavailable; the request was not completed. Try again shortly.', 'DATABASE_UNAVAILABLE');
  }
  if (isStatementTimeout(original)) {
    logTimeout(reason);
    return replaced('The database took too long to answer and the request was cancelled. Ask for less (a shorter period, a smaller area or page) or try again later.', 'QUERY_TIMEOUT');
  }
  console.error('internal error:', original);
  return replaced('Internal server error', 'INTERNAL_SERVER_ERROR');
}

/** The request is valid but collides with the current state (a full hulpvraag, a helper at their cap). */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}
