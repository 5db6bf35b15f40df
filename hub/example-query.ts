// The newcomer's first query (schema/example-query.graphql, which the gateway's explorer preloads): one wijk
// with data from all four subgraphs. The README's first graphql block is this query (test/readme.test.ts);
// test/e2e/federation.test.ts runs it as EXAMPLE_CALLER.
import { exampleQuery } from '../gateway/explorer';
export const EXAMPLE_QUERY = exampleQuery();

/** Hulpvragen are personal data: the example runs as a matcher of Welzijn Eemland, for matching. */
export const EXAMPLE_CALLER = { org: 'org-wz-01', roles: ['matcher'], sub: 'demo-matcher', purpose: 'MATCHING' };

/** The example as a curl command against a running gateway, with a bearer token for EXAMPLE_CALLER. */
export function exampleCurl(gatewayUrl: string, token: string): string {
  const body = JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') });
  return `curl -s ${gatewayUrl} -H 'content-type: application/json' \\\n  -H 'authorization: Bearer ${token}' -H 'x-purpose: ${EXAMPLE_CALLER.purpose}' \\\n  -d '${body}'`;
}
