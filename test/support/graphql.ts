// A plain HTTP GraphQL client for the tests: what a partner system would send. After each answer it waits
// for the gateway's processing-log confirmations (sent after the answer, gateway/delivery.ts), so a test
// reads the subgraphs' logs as they end up.
import { confirmationsSettled } from '../../gateway/delivery';
export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function graphql<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  await confirmationsSettled();
  return { status: response.status, ...body };
}

/** The selection of a mutation payload's errors (every mutation answers `{ <record>, userErrors }`). */
export const USER_ERRORS = 'userErrors { field message code }';

export interface UserError {
  field: string[];
  message: string;
  code: string;
}

/** The user errors `mutation` answered with ([] when it went through; undefined when the field itself failed). */
export function userErrorsOf(response: GraphQLResponse, mutation: string): UserError[] | undefined {
  return response.data?.[mutation]?.userErrors;
}
