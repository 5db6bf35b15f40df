// Every list of objects in the composed API either pages (a Relay connection: first/after, edges with cursors,
// a Relay-complete PageInfo) or is small by nature and says why in its description, in a sentence that starts
// "Bounded:" (e.g. "Bounded: at most 100 …; more fails with LIST_TOO_LONG"). Left out are a connection's own
// `edges` (the page) and a payload's `userErrors`. The bounds the code enforces, each subgraph's list-bounds.ts
// (served by the kit's groupLoader), are the ones the descriptions state.
import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  buildSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
  visit,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { SUPERGRAPH_PATH } from '../schema/compose';
import { listBounds as gemeente } from '../subgraphs/gemeente/list-bounds';
import { listBounds as welzijn } from '../subgraphs/welzijn/list-bounds';
import { listBounds as zorg } from '../subgraphs/zorg/list-bounds';
import { listBounds as bewoners } from '../subgraphs/bewoners/list-bounds';

const BOUNDED = /(^|\s)Bounded: [^.]+\./;

const isMachinery = (name: string) => name.startsWith('join__') || name.startsWith('link__') || name.startsWith('_');

function* fieldsOf(schema: GraphQLSchema): Generator<[string, GraphQLField<unknown, unknown>]> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isMachinery(type.name) || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) if (!field.name.startsWith('_')) yield [`${type.name}.${field.name}`, field];
  }
}

const isObjectList = (field: GraphQLField<unknown, unknown>) => {
  const named = getNamedType(field.type);
  return isListType(getNullableType(field.type)) && (isObjectType(named) || isInterfaceType(named) || isUnionType(named));
};

/** Why a field returning `…Connection` is not a Relay connection of the others' shape; null when it is. */
function connectionFault(field: GraphQLField<unknown, unknown>): string | null {
  const connection = getNamedType(field.type);
  if (!isObjectType(connection)) return 'not an object type';
  const args = new Map(field.args.map((arg) => [arg.name, String(arg.type)]));
  if (args.get('first') !== 'Int' || args.get('after') !== 'String') return 'no first: Int / after: String';
  const { edges, pageInfo } = connection.getFields();
  if (String(pageInfo?.type) !== 'PageInfo!') return 'no pageInfo: PageInfo!';
  const edge = edges && isNonNullType(edges.type) && isListType(edges.type.ofType) ? getNamedType(edges.type) : undefined;
  if (!isObjectType(edge)) return 'no edges: [Edge!]!';
  const { cursor, node } = edge.getFields();
  if (String(cursor?.type) !== 'String!' || !node || !isNonNullType(node.type)) return `${edge.name} has no cursor: String! and node`;
  return null;
}

/** Schema coordinates of the lists that neither page nor say they are bounded, and of the connections not shaped like the others. */
function unboundedLists(schema: GraphQLSchema): string[] {
  const faults: string[] = [];
  for (const [coordinate, field] of fieldsOf(schema)) {
    const [typeName, name] = coordinate.split('.');
    if (getNamedType(field.type).name.endsWith('Connection')) {
      const fault = connectionFault(field);
      if (fault) faults.push(`${coordinate}: ${fault}`);
      continue;
    }
    if (!isObjectList(field)) continue;
    if (name === 'edges' && typeName.endsWith('Connection')) continue; // the page itself
    if (name === 'userErrors' && typeName.endsWith('Payload')) continue; // what was wrong with one mutation's input
    if (!BOUNDED.test(field.description ?? '')) faults.push(coordinate);
  }
  return faults;
}

const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));

test('every list of objects in the supergraph is a connection or says why it is bounded', () => {
  expect(unboundedLists(supergraph)).toEqual([]);
});

test('the check sees the lists: connections and bounded plain lists of every subgraph', () => {
  const plain = [...fieldsOf(supergraph)].filter(([, field]) => isObjectList(field)).map(([coordinate]) => coordinate);
  expect(plain).toEqual(expect.arrayContaining(['Area.children', 'HelpRequest.matches', 'HelpRequest.referrals', 'Person.bewonersInvolvement', 'ContactDetails.phones']));
  const connections = [...fieldsOf(supergraph)].filter(([, field]) => getNamedType(field.type).name.endsWith('Connection')).map(([coordinate]) => coordinate);
  expect(connections).toEqual(expect.arrayContaining(['Organisation.memberships', 'Volunteer.matches', 'VolunteerVacancy.responses', 'Query.areas']));
});

test('a plain list without "Bounded:", and a connection without paging arguments, are named', () => {
  const document = visit(parse(readFileSync(SUPERGRAPH_PATH, 'utf8')), {
    FieldDefinition: (node, _key, _parent, _path, ancestors) => {
      const owner = (ancestors[ancestors.length - 1] as { name?: { value: string } }).name?.value;
      if (owner === 'Area' && node.name.value === 'children') return { ...node, description: { kind: 'StringValue' as never, value: 'The areas one level down.' } };
      if (owner === 'Volunteer' && node.name.value === 'matches') return { ...node, arguments: [] };
      return undefined;
    },
  });
  expect(unboundedLists(buildASTSchema(document))).toEqual(['Area.children', 'Volunteer.matches: no first: Int / after: String']);
});

test("the bounds the code enforces are the ones the descriptions state", () => {
  const enforced = { ...gemeente, ...welzijn, ...zorg, ...bewoners } as Record<string, { bound: number }>;
  expect(Object.keys(enforced).length).toBeGreaterThan(10);
  const fields = new Map(fieldsOf(supergraph));
  for (const [coordinate, { bound }] of Object.entries(enforced)) {
    const description = fields.get(coordinate)?.description ?? '';
    expect({ coordinate, states: new RegExp(`Bounded: at most ${bound}\\b`).test(description) }).toEqual({ coordinate, states: true });
  }
});
