// The gateway's query cost limit, computed per request with the request's variables. GraphQL Armor's cost
// limit is a validation rule: it sees the document but not the variables, so it counts `first: 100` and
// not `first: $n` (a variable counts as one item). This plugin uses Armor's cost model (objectCost,
// scalarCost, depthCostFactor) with the list sizes the subgraphs will really serve:
//
//   a leaf field                  scalarCost (1)
//   a field with a selection      (objectCost (2) + depthCostFactor (1.5) × Σ its selections) × its list size
//   list size, with `first`       the value of `first`: a literal, a variable's value, the variable's default,
//                                 else the argument's default in the schema (20 for most lists); at least 1,
//                                 at most MAX_PAGE_SIZE (the subgraphs refuse more, platform/paging.ts)
//   list size, a connection's     1: the connection's `first` counted it already
//   `edges`
//   list size, other lists        UNPAGED_LIST_SIZE, 1 as in Armor: lists without `first` are short by nature
//                                 (an area's buurten, a hulpvraag's matches and transitions, indicator rows);
//                                 counted higher, ordinary pages of 100 parents with such a list (the
//                                 statement-count tests, test/performance/n-plus-one.test.ts) would be refused
//   fragments                     their selections, as if written in place (a named fragment is compiled
//                                 once and evaluated once per request, however often it is spread)
//   introspection (__schema…)     0
//   an indicator set              a field with a `period: PeriodInput` argument (Area.welzijnIndicators…)
//                                 answers one Indicator per indicator and bucket: its cost is multiplied by
//                                 the number of buckets in the period (platform/calendar.ts, MONTH when no
//                                 interval is given: a small area's default is coarser) and by the number of
//                                 indicators (its `names`, or every value of the names enum)
//
// So `first: 100` and `first: $n` with n = 100 cost the same. The document's shape is compiled once per
// document (Apollo Server keeps parsed documents, so the same query text is the same object); only the list
// sizes are looked up per request. An over-cost request is refused before any subgraph is asked: HTTP 400,
// code COST_LIMIT_EXCEEDED, with the cost found and the limit.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type GraphQLArgument,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../platform/paging';
import { bucketsBetween, ISO_DATE, toDay, INTERVALS, type Interval } from '../platform/calendar';

export interface CostModel {
  maxCost: number;
  objectCost: number;
  scalarCost: number;
  depthCostFactor: number;
  /** The size assumed for a list without a `first` argument (other than a connection's edges). */
  unpagedListSize: number;
  /** The most items a `first` can ask for; larger values are refused by the subgraphs. */
  maxPageSize: number;
}

/** Lists without `first` count as one item, as in GraphQL Armor (see the table above). */
export const UNPAGED_LIST_SIZE = 1;
/** GraphQL Armor's defaults for the per-node costs; the limit is the gateway's (LIMITS in server.ts). */
export const COST_DEFAULTS: Omit<CostModel, 'maxCost'> = {
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
  unpagedListSize: UNPAGED_LIST_SIZE,
  maxPageSize: MAX_PAGE_SIZE,
};

type Variables = Record<string, unknown>;
/** A compiled selection: its cost for the given variables (`memo` holds named fragments' costs for one evaluation). */
type CostFn = (variables: Variables, memo: Map<string, number>) => number;

/** The list size of one field: a constant, or `first` from a variable (with its fallback). */
type Size = { kind: 'constant'; n: number } | { kind: 'variable'; name: string; fallback: number };

function clampSize(value: unknown, model: CostModel): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value > model.maxPageSize) return model.maxPageSize;
  return Math.max(1, value);
}

class Compiler {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly compiledFragments = new Map<string, CostFn>();
  constructor(private readonly schema: GraphQLSchema, document: DocumentNode, private readonly model: CostModel) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  compileOperation(operation: OperationDefinitionNode): CostFn {
    const root = this.schema.getRootType(operation.operation);
    if (!root) return () => 0;
    return this.selections(operation.selectionSet, root);
  }

  /** The sum of a selection set's costs; fragments are flattened into it. */
  private selections(selectionSet: SelectionSetNode, parent: GraphQLCompositeType): CostFn {
    const parts: CostFn[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        parts.push(this.field(selection.name.value, selection, parent));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        parts.push(this.selections(selection.selectionSet, isCompositeType(type) ? type : parent));
      } else {
        parts.push(this.fragment(selection.name.value));
      }
    }
    if (parts.length === 1) return parts[0];
    return (variables, memo) => {
      let sum = 0;
      for (const part of parts) sum += part(variables, memo);
      return sum;
    };
  }

  private fragment(name: string): CostFn {
    let compiled = this.compiledFragments.get(name);
    if (compiled) return compiled;
    const definition = this.fragments.get(name);
    if (!definition) return () => 0; // validation refuses unknown fragments before this runs
    // A placeholder first: fragment cycles are refused by validation, but a compiled cycle must not recurse forever.
    this.compiledFragments.set(name, () => 0);
    const type = this.schema.getType(definition.typeCondition.name.value);
    const inner = isCompositeType(type) ? this.selections(definition.selectionSet, type) : () => 0;
    compiled = (variables, memo) => {
      let cost = memo.get(name);
      if (cost === undefined) {
        cost = inner(variables, memo);
        memo.set(name, cost);
      }
      return cost;
    };
    this.compiledFragments.set(name, compiled);
    return compiled;
  }

  private field(name: string, node: FieldNode, parent: GraphQLCompositeType): CostFn {
    if (name === '__schema' || name === '__type') return () => 0;
    const { scalarCost, objectCost, depthCostFactor } = this.model;
    if (!node.selectionSet) return () => scalarCost;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    const type = definition ? getNamedType(definition.type) : undefined;
    const children = this.selections(node.selectionSet, isCompositeType(type) ? type : parent);
    const indicators = definition && this.indicatorSize(definition, node);
    if (indicators) return (variables, memo) => (objectCost + depthCostFactor * children(variables, memo)) * indicators(variables);
    const size = this.size(definition, node, parent);
    if (size.kind === 'constant') {
      const n = size.n;
      return (variables, memo) => (objectCost + depthCostFactor * children(variables, memo)) * n;
    }
    const { name: variable, fallback } = size;
    const model = this.model;
    return (variables, memo) => {
      const value = variables[variable];
      const n = value === undefined || value === null ? fallback : clampSize(value, model);
      return (objectCost + depthCostFactor * children(variables, memo)) * n;
    };
  }

  private size(definition: GraphQLField<unknown, unknown> | undefined, node: FieldNode, parent: GraphQLCompositeType): Size {
    const constant = (n: number): Size => ({ kind: 'constant', n });
    if (!definition) return constant(1);
    const firstArg = definition.args.find((arg) => arg.name === 'first');
    if (firstArg) {
      const fallback = clampSize(firstArg.defaultValue ?? this.model.maxPageSize, this.model);
      const given = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
      return this.sizeOf(given, fallback);
    }
    if (!isListType(getNullableType(definition.type))) return constant(1);
    // A connection's edges: as many as its `first`, which the connection field counted.
    if (definition.name === 'edges' && (isObjectType(parent) || isInterfaceType(parent)) && 'pageInfo' in parent.getFields()) return constant(1);
    return constant(this.model.unpagedListSize);
  }

  /** For an indicator set: buckets × indicators, from the request's period and names (see the table above). */
  private indicatorSize(definition: GraphQLField<unknown, unknown>, node: FieldNode): ((variables: Variables) => number) | null {
    const periodArg = definition.args.find((arg) => getNamedType(arg.type).name === 'PeriodInput');
    if (!periodArg) return null;
    const namesArg = definition.args.find((arg) => arg.name === 'names');
    const namesType = namesArg && getNamedType(namesArg.type);
    const allNames = namesType && isEnumType(namesType) ? namesType.getValues().length : 1;
    const given = (arg: GraphQLArgument | undefined) => node.arguments?.find((a) => a.name.value === arg?.name)?.value;
    const periodNode = given(periodArg);
    const namesNode = given(namesArg);
    return (variables) => {
      const period = periodNode ? valueFromAST(periodNode, periodArg.type, variables) : undefined;
      const names = namesNode && namesArg ? valueFromAST(namesNode, namesArg.type, variables) : undefined;
      const series = Array.isArray(names) && names.length ? names.length : allNames;
      return bucketCount(period) * series;
    };
  }

  private sizeOf(value: ValueNode | undefined, fallback: number): Size {
    if (!value || value.kind === Kind.NULL) return { kind: 'constant', n: fallback };
    if (value.kind === Kind.INT) return { kind: 'constant', n: clampSize(Number(value.value), this.model) };
    if (value.kind === Kind.VARIABLE) {
      // The coerced variables carry the variable's own default; without a value the argument's default applies.
      return { kind: 'variable', name: value.name.value, fallback };
    }
    return { kind: 'constant', n: this.model.maxPageSize }; // not an Int: validation refuses it; assume the worst
  }
}

/** The buckets a period asks for (at least 1; a period the subgraphs will refuse costs what it asks). */
function bucketCount(period: unknown): number {
  const { from, to, interval } = (period ?? {}) as { from?: unknown; to?: unknown; interval?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string' || !ISO_DATE.test(from) || !ISO_DATE.test(to)) return 1;
  const [start, end] = [toDay(from), toDay(to)];
  if (!(end >= start)) return 1;
  const chosen = INTERVALS.includes(interval as Interval) ? (interval as Interval) : 'MONTH';
  return Math.max(1, bucketsBetween(start, end, chosen).length);
}

/**
 * Compiles an operation's cost: a function of the request's (coerced) variables. Cached per document and
 * operation by the plugin.
 */
export function compileCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, model: CostModel): (variables: Variables) => number {
  const fn = new Compiler(schema, document, model).compileOperation(operation);
  return (variables) => fn(variables, new Map());
}

/** The cost of an operation with these variables (for tests and tools; the plugin caches the compiled form). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Variables = {}, operationName?: string, model: Partial<CostModel> = {}): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) throw new Error('no such operation');
  const full = { maxCost: Infinity, ...COST_DEFAULTS, ...model };
  return compileCost(schema, document, operation, full)(coerced(schema, operation, variables) ?? variables);
}

/** The request's variables as the operation declares them (defaults applied); null when they do not coerce. */
function coerced(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Variables): Variables | null {
  if (!operation.variableDefinitions?.length) return {};
  const result = getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 1 });
  return 'coerced' in result && result.coerced ? (result.coerced as Variables) : null;
}

/**
 * The cost limit as an Apollo Server plugin. Runs once the operation is known (didResolveOperation: after
 * parsing and validation, before the gateway plans or fetches anything).
 */
export function costLimitPlugin<TContext extends BaseContext>(options: Partial<CostModel> & { maxCost: number }): ApolloServerPlugin<TContext> {
  const model: CostModel = { ...COST_DEFAULTS, ...options };
  const compiled = new WeakMap<DocumentNode, Map<string, (variables: Variables) => number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return; // several operations and no name: refused elsewhere (operationRequiredPlugin)
          let perDocument = compiled.get(document);
          if (!perDocument) compiled.set(document, (perDocument = new Map()));
          const key = operation.name?.value ?? '';
          let cost = perDocument.get(key);
          if (!cost) perDocument.set(key, (cost = compileCost(schema, document, operation, model)));
          // Variables that do not fit their declared types are refused by the gateway before it executes
          // anything (BAD_USER_INPUT); that answer is the clearer one, so the cost waits for good variables.
          const variables = coerced(schema, operation, request.variables ?? {});
          if (!variables) return;
          const found = cost(variables);
          if (found <= model.maxCost) return;
          throw new GraphQLError(
            `Query cost limit of ${model.maxCost} exceeded, found ${Math.ceil(found)}: ask for fewer items per list ("first", also when given as a variable), fewer nested fields, or fewer indicator buckets (a shorter period, a coarser interval, fewer names)`,
            { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: Math.ceil(found), maxCost: model.maxCost, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
