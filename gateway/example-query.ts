// The newcomer's first query: one wijk with data from all four subgraphs. The README's first graphql
// block is this query (test/readme.test.ts runs that block through the gateway).
export const EXAMPLE_QUERY = `{
  area(code: "WK030703") {
    name
    population
    venues(first: 2) { edges { node { name kind } } }
    helpRequests(states: [OPEN], first: 2) { edges { node { category status } } }
    services(first: 2) { edges { node { name } } }
    activities(first: 2) { edges { node { title recurrence } } }
  }
}`;

/** The example as a curl command against a running gateway. */
export function exampleCurl(gatewayUrl: string): string {
  const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') });
  return `curl -s ${gatewayUrl} -H 'content-type: application/json' -d '${body}'`;
}
