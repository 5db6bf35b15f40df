// An `_entities` representation is what a caller sent: its key, and the fields another subgraph supplies for
// @requires. None of it may decide who reads what. So every entity's __resolveReference sees only the key
// fields, and the rest of the representation is kept beside the owner's row, never on it: row rules
// (policies.ts) read the owner's own row, and a resolver that needs a @requires field asks requiredFields().
// Done once, here, for every entity type of every subgraph.
import { isObjectType, Kind, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

const REQUIRED = Symbol('fields sent along with the reference (@requires)');

type Representation = Record<string, unknown> & { __typename: string };
type ResolveReference = (reference: Representation, context: unknown, info: unknown) => unknown;

/** The fields named in a type's @key directives (top level only: the hub's keys are plain fields). */
function keyFieldsOf(type: GraphQLObjectType): Set<string> {
  const names = new Set<string>(['__typename']);
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    for (const directive of node?.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((a) => a.name.value === 'fields')?.value;
      if (fields?.kind !== Kind.STRING) continue;
      const selection = parse(`{ ${fields.value} }`).definitions[0];
      if (selection.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const field of selection.selectionSet.selections) if (field.kind === Kind.FIELD) names.add(field.name.value);
    }
  }
  return names;
}

/** What was sent along with the reference for @requires; empty when nothing was. */
export function requiredFields<T extends object>(entity: unknown): Partial<T> {
  return ((entity as { [REQUIRED]?: Partial<T> } | null)?.[REQUIRED] ?? {}) as Partial<T>;
}

/** The owner's row with the representation's other fields kept beside it (the row itself is not changed). */
function withRequired(row: unknown, sent: Record<string, unknown>): unknown {
  if (row === null || row === undefined || typeof row !== 'object' || Object.keys(sent).length === 0) return row;
  const view = Object.create(row as object);
  Object.defineProperty(view, REQUIRED, { value: sent, enumerable: false });
  return view;
}

export function guardReferences(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    const keys = keyFieldsOf(type);
    if (keys.size === 1) continue; // not an entity
    const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ResolveReference } } };
    const resolve: ResolveReference = extensions.apollo?.subgraph?.resolveReference ?? ((reference) => reference);
    const guarded: ResolveReference = async (reference, context, info) => {
      const key: Representation = { __typename: reference.__typename };
      const sent: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(reference)) {
        if (keys.has(name)) key[name] = value;
        else sent[name] = value;
      }
      return withRequired(await resolve(key, context, info), sent);
    };
    (type as { extensions: unknown }).extensions = {
      ...type.extensions,
      apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference: guarded } },
    };
  }
}
