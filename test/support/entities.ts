// Calls a subgraph's `_entities` the way the gateway does, for batching and reference tests.
import { graphql, type GraphQLResponse } from './graphql';

export function fetchEntities(
  subgraphUrl: string,
  typename: string,
  representations: Record<string, unknown>[],
  selection: string,
  headers: Record<string, string>,
): Promise<GraphQLResponse> {
  return graphql(
    subgraphUrl,
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    { representations: representations.map((representation) => ({ __typename: typename, ...representation })) },
    headers,
  );
}
