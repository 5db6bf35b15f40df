// The committed supergraph is what composing the four subgraph schemas gives today, without errors or hints.
import { readFileSync } from 'node:fs';
import { compose, SUPERGRAPH_PATH } from '../schema/compose';

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
