import { GraphQLError } from 'graphql';

// Field-level refusals: the rest of the answer still arrives (HTTP 200), as with any GraphQL field error.
export const unauthenticated = (message = 'Sign in: this needs a valid bearer token'): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const purposeRequired = (): GraphQLError =>
  new GraphQLError('Reading personal data needs a purpose: send the header "x-purpose" (e.g. MATCHING)', {
    extensions: { code: 'PURPOSE_REQUIRED' },
  });
