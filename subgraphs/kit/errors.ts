// Errors that reach a client: a stable code, a clear message, the field at fault; never a stack trace or a
// database message. Anything unexpected is logged on the server and answered as INTERNAL_SERVER_ERROR.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" does not exist`, { extensions: { code: 'NOT_FOUND' } });
}

/** Codes we raise on purpose and whose messages are safe to show; GraphQL's own validation codes too. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SUBGRAPH_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // Errors relayed by the gateway from a subgraph were already made safe by that subgraph.
  const relayed = typeof formatted.extensions?.serviceName === 'string';
  if (relayed || (typeof code === 'string' && CLIENT_CODES.has(code))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('internal error:', unwrapResolverError(error));
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
