// The newcomer's first query: one wijk with data from all four subgraphs. The README's first graphql
// block is this query (test/readme.test.ts); test/e2e/federation.test.ts runs it as EXAMPLE_CALLER.
export const EXAMPLE_QUERY = `{
  area(code: "WK030703") {
    name
    population
    venues(first: 2) { edges { node { name kind } } }
    helpRequests(states: [OPEN], first: 2) { edges { node { id category status } } }
    services(first: 2) { edges { node { name } } }
    activities(first: 2) { edges { node { title recurrence } } }
  }
}`;

/** Hulpvragen are personal data: the example runs as a matcher of Welzijn Eemland, for matching. */
export const EXAMPLE_CALLER = { org: 'org-wz-01', roles: ['matcher'], sub: 'demo-matcher', purpose: 'MATCHING' };

/** The example as a curl command against a running gateway, with a bearer token for EXAMPLE_CALLER. */
export function exampleCurl(gatewayUrl: string, token: string): string {
  const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') });
  return `curl -s ${gatewayUrl} -H 'content-type: application/json' \\\n  -H 'authorization: Bearer ${token}' -H 'x-purpose: ${EXAMPLE_CALLER.purpose}' \\\n  -d '${body}'`;
}
