import { GraphQLError } from 'graphql';
import type { Purpose, Role } from '../../../platform/caller';

// Field-level refusals: the rest of the answer still arrives (HTTP 200), as with any GraphQL field error.
export const unauthenticated = (message = 'Sign in: this needs a valid bearer token'): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const purposeRequired = (): GraphQLError =>
  new GraphQLError('Reading personal data needs a purpose: send the header "x-purpose" (e.g. MATCHING)', {
    extensions: { code: 'PURPOSE_REQUIRED' },
  });

/** The purpose is not one the caller's roles exist for (subgraphs/kit/access/purposes.ts). */
export const purposeNotAllowed = (roles: readonly Role[], purpose: Purpose, allowed: readonly Purpose[]): GraphQLError =>
  new GraphQLError(
    `The role${roles.length === 1 ? '' : 's'} ${roles.join(', ')} may not use the purpose ${purpose}` +
      (allowed.length ? `; allowed: ${allowed.join(', ')}` : '; they may not read personal data at all'),
    { extensions: { code: 'PURPOSE_NOT_ALLOWED', purpose, allowedPurposes: allowed } },
  );
