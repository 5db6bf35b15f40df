// The README's first ```graphql block is what a newcomer runs first: it must be the example the hub prints.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE_QUERY } from '../hub/example-query';

const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

test('the README starts with the two commands', () => {
  const firstBlock = readme.match(/```sh\n([\s\S]*?)```/)![1];
  expect(firstBlock).toContain('npm ci && npm start');
  expect(firstBlock).toContain('npm ci && npm test');
  expect(readFileSync(path.join(__dirname, '..', '.ci', 'run'), 'utf8')).toContain('npm ci && npm test');
});

test('the first graphql block is the example query (run in test/e2e/federation.test.ts)', () => {
  const firstGraphql = readme.match(/```graphql\n([\s\S]*?)```/)![1];
  expect(firstGraphql.trim()).toBe(EXAMPLE_QUERY.trim());
});
