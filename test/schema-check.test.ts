// The schema contract check (npm run schema:check) finds what would break partners' systems: a field taken
// away or made stricter fails unless accepted; an added optional field passes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSchema } from '../schema/check';

const committed = readFileSync(path.join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8');
const welzijn = readFileSync(path.join(__dirname, '..', 'subgraphs', 'welzijn', 'schema.graphql'), 'utf8');

test('the tree as it is keeps the contract with the committed supergraph', async () => {
  const result = await checkSchema(committed, []);
  expect(result.errors).toEqual([]);
  expect(result.breaking).toEqual([]);
});

test('removing a field a client may select is breaking, until it is accepted with a reason', async () => {
  const removed = welzijn.replace(/\n\s*"[^"\n]*"\n\s*helpersNeeded: Int!\n/, '\n');
  expect(removed).not.toEqual(welzijn);
  const result = await checkSchema(committed, [], { partner: 'welzijn', sdl: removed });
  expect(result.breaking.map((c) => c.path)).toContain('HelpRequest.helpersNeeded');

  const accepted = result.breaking.map((c) => ({ path: c.path!, type: c.type, reason: 'test' }));
  const again = await checkSchema(committed, accepted, { partner: 'welzijn', sdl: removed });
  expect(again.breaking).toEqual([]);
  expect(again.accepted.map((c) => c.path)).toContain('HelpRequest.helpersNeeded');
}, 60_000);

test('an added optional field is safe', async () => {
  const added = welzijn.replace(/(type HelpRequest @key\(fields: "id"\)[^{]*\{)/, '$1\n  "A new optional field."\n  contractProbe: String');
  expect(added).not.toEqual(welzijn);
  const result = await checkSchema(committed, [], { partner: 'welzijn', sdl: added });
  expect(result.breaking).toEqual([]);
  expect(result.other.map((c) => c.path)).toContain('HelpRequest.contractProbe');
}, 60_000);
