// Every mutation answers with a payload: the record it wrote (or found, on a retry) and `userErrors`, after
// the GraphQL mutation-payload convention. A fault in the input or a clash with the current state becomes a
// UserError naming the field, and the record is null; the transaction was rolled back before it is caught
// here, so nothing was written. Who-you-are refusals and the hub's own faults stay GraphQL errors.
import { GraphQLError } from 'graphql';

/** The codes a client can act on by changing its input (see UserError in schema/shared.graphql). */
export const USER_ERROR_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION']);

export interface UserError {
  field: string[];
  message: string;
  code: string;
}

export type Payload<K extends string, T> = { [P in K]: T | null } & { userErrors: UserError[] };

/** Runs a write (one transaction) and answers `{ [key]: record, userErrors: [] }`, or its user error. */
export async function payload<K extends string, T>(key: K, write: () => Promise<T>): Promise<Payload<K, T>> {
  try {
    return { [key]: await write(), userErrors: [] } as Payload<K, T>;
  } catch (error) {
    const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
    if (typeof code !== 'string' || !USER_ERROR_CODES.has(code)) throw error;
    const field = (error as GraphQLError).extensions?.field;
    return {
      [key]: null,
      userErrors: [{ field: typeof field === 'string' && field ? field.split('.') : [], message: (error as GraphQLError).message, code }],
    } as Payload<K, T>;
  }
}
