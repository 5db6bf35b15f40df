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

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // Errors relayed by the gateway from a subgraph were already made safe by that subgraph. Any other error
  // with a code of its own (ours, GraphQL's, Apollo's, Armor's) is meant for the client; what Apollo marks
  // INTERNAL_SERVER_ERROR is an unexpected exception and is not shown.
  const relayed = typeof formatted.extensions?.serviceName === 'string';
  if (relayed || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
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

/** The request is valid but collides with the current state (a full hulpvraag, a helper at their cap). */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}
