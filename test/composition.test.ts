// The committed supergraph is what composing the four subgraph schemas gives today, without errors or hints.
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { compose, SUPERGRAPH_PATH } from '../schema/compose';
import { supergraphForGateway } from '../gateway/gateway';

test('the four subgraphs compose without errors or hints', () => {
  const { errors, hints } = compose();
  expect(errors).toEqual([]);
  expect(hints).toEqual([]);
});

test('schema/supergraph.graphql is up to date (run `npm run compose` after changing a schema)', () => {
  expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(compose().supergraphSdl);
});

test('every subgraph is in the supergraph, on Federation 2', () => {
  const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
  for (const name of ['GEMEENTE', 'WELZIJN', 'ZORG', 'BEWONERS']) expect(supergraph).toContain(`${name} @join__graph`);
  expect(supergraph).toContain('https://specs.apollo.dev/join/v0.');
});

test('an independent Federation runtime (Hive Gateway) builds the committed supergraph unchanged', async () => {
  // DESIGN.md: the gateway tier can be swapped. Hive refuses a type returned by two @requires fields
  // ("Multiple canonical definitions"), which is why bewoners ranks neighbours as NeighbourCandidate.
  const runtime = createGatewayRuntime({ supergraph: supergraphForGateway(readFileSync(SUPERGRAPH_PATH, 'utf8')), logging: false });
  try {
    const response = await runtime.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  } finally {
    await runtime.dispose();
  }
});
