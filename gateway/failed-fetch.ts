// What a failed entity fetch leaves in the entities it was for: each field it was asked for, as null.
// Apollo Gateway sends a later fetch that @requires fields of another subgraph only for entities that have
// them; were they simply missing, a list one subgraph assembles from the others' parts
// (Person.involvedOrganisations, HelpRequest.candidates, Person.processingLog) would be lost whole when one
// part's subgraph is down, instead of only that part. With nulls it arrives, and says which part is missing
// (the error names the subgraph). For the answer itself null and missing are the same. Hive Gateway does so.
import { Kind, parse, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** Response names of the fields `selections` asks of an entity of type `typename`. */
function fieldsFor(selections: SelectionSetNode, typename: string, fragments: Map<string, FragmentDefinitionNode>, into: Set<string>): Set<string> {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') into.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === typename) fieldsFor(selection.selectionSet, typename, fragments, into);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment?.typeCondition.name.value === typename) fieldsFor(fragment.selectionSet, typename, fragments, into);
    }
  }
  return into;
}

/** For an `_entities` fetch: one entity per representation, its asked-for fields null; else undefined. */
export function nulledEntities(query: string | undefined, representations: unknown): Record<string, unknown>[] | undefined {
  if (!query || !Array.isArray(representations)) return undefined;
  let document;
  try {
    document = parse(query);
  } catch {
    return undefined;
  }
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const entities = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (entities?.kind !== Kind.FIELD || !entities.selectionSet) return undefined;
  const selection = entities.selectionSet;
  return representations.map((representation) => {
    const typename = (representation as { __typename?: unknown })?.__typename;
    if (typeof typename !== 'string') return {};
    const entity: Record<string, unknown> = { __typename: typename };
    for (const field of fieldsFor(selection, typename, fragments, new Set())) entity[field] = null;
    return entity;
  });
}
