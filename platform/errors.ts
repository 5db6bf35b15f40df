// Errors that reach a client: a stable code, a clear message, the field at fault; never a stack trace or a
// database message. Anything unexpected is logged on the server and answered as INTERNAL_SERVER_ERROR.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './log';
import type { ServerMetrics } from './metrics';
import { throttledLog } from './throttled-log';

export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** `field`: where the id is in the arguments (e.g. input.helpRequestId), for a mutation's user error. */
export function notFound(what: string, id: string, field?: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" does not exist`, { extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) } });
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
  const replaced = (message: string, newCode: string): GraphQLFormattedError => ({ message, path: formatted.path, locations: formatted.locations, extensions: { code: newCode } });
  // Expected while PostgreSQL restarts: a code a client can retry on. The request's transaction did not
  // commit; mutations are safe to retry with the same clientMutationId.
  if (isDatabaseUnavailable(original)) return replaced('The database is unavailable; the request was not completed. Try again shortly.', 'DATABASE_UNAVAILABLE');
  if (isStatementTimeout(original)) {
    return replaced('The database took too long to answer and the request was cancelled. Ask for less (a shorter period, a smaller area or page) or try again later.', 'QUERY_TIMEOUT');
  }
  return replaced('Internal server error', 'INTERNAL_SERVER_ERROR');
}

/** graphql-js's hints at names of the schema: `Did you mean "name"?`, `Did you mean the enum value "MUNICIPALITY"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * formatError for a server; with hideSuggestions (outside development), the schema's names are not hinted
 * at in any message: not for a misspelt field (GraphQL Armor hides those at validation) nor for an enum
 * value in a literal, a variable or an answer relayed from a subgraph.
 */
export function errorFormatter(options: { hideSuggestions: boolean }): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  if (!options.hideSuggestions) return formatError;
  return (formatted, error) => {
    const result = formatError(formatted, error);
    return result.message.includes('Did you mean') ? { ...result, message: result.message.replace(SUGGESTION, '') } : result;
  };
}

/**
 * Logs what went wrong in a GraphQL request, with its trace id and the code the client gets, and counts the
 * codes answered (samenspel_errors_total). An unexpected error is one line at error level with its stack (the
 * error as platform/log.ts's safeError shows it: no database message, no values); a database that is away or
 * too slow is a warning, at most once a second; the caller's own mistakes (bad input, refusals) are not logged.
 */
export function errorLogPlugin<TContext extends BaseContext>(log: Logger, metrics: ServerMetrics): ApolloServerPlugin<TContext> {
  const unavailable = throttledLog(log, 'database unavailable');
  const timeout = throttledLog(log, 'statement timeout');
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const traceId = (contextValue as { caller?: { traceId?: string } }).caller?.traceId;
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') continue; // the client's, or already made safe
            if (typeof error.extensions?.serviceName === 'string') continue; // relayed from a subgraph, logged there
            const original = unwrapResolverError(error);
            const reason = original instanceof Error ? original.message : String(original);
            if (isDatabaseUnavailable(original)) unavailable(reason, { traceId, code: 'DATABASE_UNAVAILABLE' });
            else if (isStatementTimeout(original)) timeout(reason, { traceId, code: 'QUERY_TIMEOUT' });
            else log.error({ traceId, code: 'INTERNAL_SERVER_ERROR', path: error.path?.join('.'), err: original }, 'internal error');
          }
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
}

/** The request is valid but collides with the current state (a full hulpvraag, a helper at their cap). */
export function conflict(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } });
}
