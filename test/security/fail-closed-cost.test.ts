// Red team, issue 13 finding 9 (the cost limit), replayed like fail-closed.test.ts: one small query (8 KB)
// that asks for megabytes of indicator buckets must be refused by the gateway's cost limit before any
// subgraph is asked. Main does not count indicator buckets yet; branch stats does (gateway/cost.ts), so this
// file lands with that branch. REDTEAM.md records the results.
import type { GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { quietly, secure, tokenClaims, tokenHeaders } from '../support/security';
import { PARTNERS, type Partner } from '../../platform/config';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const db = (partner: Partner) => hub.subgraphs[partner].db;

describe('13.7 the cost limit', () => {
  test('20 aliases of the gemeente area × 3 years by WEEK × three indicator sets are refused by the cost limit', async () => {
    const query = `query ($p: PeriodInput!) {
      ${Array.from({ length: 20 }, (_, i) => `a${i}: area(code: "GM0307") { welzijnIndicators(period: $p) { ...S } zorgIndicators(period: $p) { ...S } bewonersIndicators(period: $p) { ...S } }`).join('\n')}
    }
    fragment S on IndicatorSet {
      indicators { name bucket total { value suppressed } byKey { key count { value suppressed } } byChildArea { areaCode count { value suppressed } } }
      measures { name bucket value suppressed }
    }`;
    const started = Date.now();
    // quietly: the subgraphs time out under this load, and the gateway and the subgraphs log each failure
    const { response, text } = await quietly(async () => {
      const answer = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...tokenHeaders(tokenClaims({ org: 'org-gm-01', sub: 'analist@org-gm-01', roles: ['analyst'] })) },
        body: JSON.stringify({ query, variables: { p: { from: '2023-01-01', to: '2025-12-31', interval: 'WEEK' } } }),
        signal: AbortSignal.timeout(45_000),
      });
      const result = { response: answer, text: await answer.text() };
      // The gateway gave up on the subgraphs (SUBGRAPH_TIMEOUT) but their statements run on until the
      // statement timeout: wait (bounded) until the databases are idle again, so nothing leaks into later tests.
      for (let i = 0; i < 40; i++) {
        const active = await Promise.all(
          PARTNERS.map(async (p) => (await db(p).query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()"))[0].n),
        );
        if (active.every((n) => n === 0)) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return result;
    });
    const body = JSON.parse(text) as GraphQLResponse;
    const codes = (body.errors ?? []).map((e) => e.extensions?.code);
    secure(
      response.status === 400 && codes.includes('COST_LIMIT_EXCEEDED') && !body.data,
      `answered with HTTP ${response.status}, ${(text.length / 1e6).toFixed(1)} MB in ${Date.now() - started} ms instead of COST_LIMIT_EXCEEDED`,
      codes,
    );
  }, 60_000);
});
