// Every part of the composed API has a description: each type, field, argument, input field and enum value
// in schema/supergraph.graphql (as test/composition.test.ts reads it), so a partner reading the schema learns
// what a field means, who may read it and what its limits are. Left out is the federation machinery: the
// types and directives of the specs the supergraph links (join__*, link__*, requiresScopes__*, @link,
// @authenticated, @requiresScopes), the entity plumbing (_Service, _Any, _Entity), and GraphQL's own scalars,
// directives and introspection types.
import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  Kind,
  parse,
  visit,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { SUPERGRAPH_PATH } from '../schema/compose';

const FEDERATION_PLUMBING = new Set(['_Service', '_Any', '_Entity', '_FieldSet', 'FieldSet']);

/** The name prefixes of the specs the supergraph links: `as`, or the spec's name in its URL (…/join/v0.4 → join). */
function linkedNamespaces(schema: GraphQLSchema): string[] {
  const namespaces = new Set(['link']);
  for (const node of [schema.astNode, ...schema.extensionASTNodes]) {
    for (const directive of node?.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const argument = (name: string) => {
        const value = directive.arguments?.find((a) => a.name.value === name)?.value;
        return value?.kind === Kind.STRING ? value.value : undefined;
      };
      const name = argument('as') ?? argument('url')?.match(/\/([A-Za-z_][A-Za-z0-9_]*)\/v\d+\.\d+$/)?.[1];
      if (name) namespaces.add(name);
    }
  }
  return [...namespaces];
}

const described = (element: { description?: string | null }) => Boolean(element.description?.trim());

/** Schema coordinates (Type, Type.field, Type.field(arg), Enum.VALUE, @directive(arg)) that have no description. */
function undescribed(schema: GraphQLSchema): { checked: string[]; missing: string[] } {
  const namespaces = linkedNamespaces(schema);
  const isMachinery = (name: string) => namespaces.some((ns) => name === ns || name.startsWith(`${ns}__`)) || FEDERATION_PLUMBING.has(name);
  const checked: string[] = [];
  const missing: string[] = [];
  const check = (coordinate: string, element: { description?: string | null }) => {
    checked.push(coordinate);
    if (!described(element)) missing.push(coordinate);
  };
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) check(`${owner}(${arg.name}:)`, arg);
  };

  for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type) || isMachinery(type.name)) continue;
    check(type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field);
        checkArgs(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive) || isMachinery(directive.name)) continue;
    check(`@${directive.name}`, directive);
    checkArgs(`@${directive.name}`, directive.args);
  }
  return { checked, missing };
}

const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));

test('every type, field, argument, input field and enum value of the supergraph has a description', () => {
  const { missing } = undescribed(supergraph);
  // Each offender by its schema coordinate, e.g. "Query.areas(first:)" or "HelpRequestStatus.OPEN".
  expect(missing).toEqual([]);
});

test('the check covers the whole API and leaves out only the federation machinery', () => {
  const { checked } = undescribed(supergraph);
  // A sample of every kind of element, from every subgraph and from schema/shared.graphql.
  expect(checked).toEqual(
    expect.arrayContaining([
      'Query', 'Mutation', 'Area', 'Area.code', 'Area.welzijnIndicators(period:)', 'Query.socialMap(filter:)',
      'SocialMapFilter.near', 'NearFilter.radiusKm', 'HelpRequest.candidates(first:)', 'Referral.note',
      'Activity.schedule', 'SocialMapItem', 'HelpRequestStatus.OPEN', 'TimeSlot.MON_MORNING', 'DateTime',
      'PeriodInput.interval', 'Count.suppressed', 'PageInfo.endCursor',
    ]),
  );
  const leftOut = checked.filter((coordinate) => /^(join__|link__|requiresScopes__|_Service|_Any|_Entity|@link|@join__|@authenticated|@requiresScopes|String$|Int$|Float$|Boolean$|ID$|__)/.test(coordinate));
  expect(leftOut).toEqual([]);
});

test('an element without a description is named', () => {
  // The supergraph with two descriptions taken out, a field's and an enum value's.
  const document = visit(parse(readFileSync(SUPERGRAPH_PATH, 'utf8')), {
    FieldDefinition: (node, _key, _parent, _path, ancestors) =>
      node.name.value === 'population' && (ancestors[ancestors.length - 1] as { name?: { value: string } }).name?.value === 'Area'
        ? { ...node, description: undefined }
        : undefined,
    EnumValueDefinition: (node) => (node.name.value === 'MON_MORNING' ? { ...node, description: undefined } : undefined),
  });
  expect(undescribed(buildASTSchema(document)).missing).toEqual(['Area.population', 'TimeSlot.MON_MORNING']);
});
