import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLNamedType,
  GraphQLList,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError } from './app-error';

export interface QueryLimits {
  /** Fields asked for under an alias (`a: challenge(…)`), counted after expanding fragments. */
  maxAliases: number;
  /** Nesting of fields below the root (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Estimated fields resolved: each field 1, its selection times its page or list size. */
  maxCost: number;
}

export interface QueryMeasure {
  aliases: number;
  depth: number;
  cost: number;
}

/** Rows assumed behind a list field without a `first` argument. */
export const LIST_FACTOR = 10;
/** Rows assumed behind a paged field (`first`) when the query leaves `first` out. */
const DEFAULT_PAGE = 24;

/**
 * What an operation would cost, counted after expanding named and inline fragments, so spreading
 * one fragment many times counts each time. A fragment that spreads itself (directly or through
 * others) counts once per path and then stops: standard validation refuses such cycles anyway,
 * this only keeps the walk finite. The walk stops as soon as a limit is passed, so a document
 * built to expand exponentially costs no more than the limit to measure.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  limits: QueryLimits = { maxAliases: Infinity, maxDepth: Infinity, maxCost: Infinity },
  skipIntrospection = false,
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const measure: QueryMeasure = { aliases: 0, depth: 0, cost: 0 };
  const over = () =>
    measure.aliases > limits.maxAliases ||
    measure.depth > limits.maxDepth ||
    measure.cost > limits.maxCost;

  const intArg = (field: FieldNode, name: string): number | undefined => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return undefined;
    const value = valueOf(arg.value, variables);
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined;
  };

  /**
   * Adds a selection set's fields to the measure. `scale`: rows of this type the query reaches
   * (the product of the list and page sizes above); each field resolved on them costs `scale`.
   */
  const walk = (
    set: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    depth: number,
    scale: number,
    spreading: Set<string>,
    pagedParent: boolean,
  ): void => {
    for (const selection of set.selections) {
      if (over()) return;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spreading.has(name)) continue;
        const inner = schema.getType(fragment.typeCondition.name.value) ?? type;
        walk(fragment.selectionSet, inner, depth, scale, new Set(spreading).add(name), pagedParent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? type)
          : type;
        walk(selection.selectionSet, inner, depth, scale, spreading, pagedParent);
      } else {
        const name = selection.name.value;
        if (name === '__typename') continue;
        if (skipIntrospection && name.startsWith('__')) continue;
        if (selection.alias) measure.aliases++;
        measure.depth = Math.max(measure.depth, depth + 1);
        measure.cost += scale;
        if (!selection.selectionSet) continue;
        const definition =
          type && (isObjectType(type) || isInterfaceType(type))
            ? type.getFields()[name]
            : undefined;
        const returns = definition ? getNullableType(definition.type) : undefined;
        const isList = returns instanceof GraphQLList;
        const paged = definition?.args.some((a) => a.name === 'first') ?? false;
        const page = paged ? (intArg(selection, 'first') ?? DEFAULT_PAGE) : undefined;
        // A page's rows are counted once, on the paged field; its `nodes` list is that page.
        const factor = page ?? (isList && !pagedParent ? LIST_FACTOR : 1);
        const childType = returns ? getNamedType(returns) : undefined;
        if (childType && !isCompositeType(childType)) continue;
        walk(selection.selectionSet, childType, depth + 1, scale * factor, spreading, paged);
      }
    }
  };

  if (root) walk(operation.selectionSet, root, 0, 1, new Set(), false);
  return measure;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/** Which limit an operation passes, as the error the caller sees, or undefined. */
export function tooComplex(measure: QueryMeasure, limits: QueryLimits): AppError | undefined {
  const passed: [keyof QueryMeasure, number, string][] = [
    ['aliases', limits.maxAliases, 'aliased fields'],
    ['depth', limits.maxDepth, 'levels of nesting'],
    ['cost', limits.maxCost, 'estimated fields'],
  ];
  for (const [key, limit, what] of passed) {
    if (measure[key] > limit) {
      return new AppError(
        'BAD_USER_INPUT',
        `This query is too complex: it asks for more than ${limit} ${what}. Split it into smaller queries.`,
        { reason: 'QUERY_TOO_COMPLEX', limit: key, max: limit, http: { status: 400 } },
      );
    }
  }
  return undefined;
}

/**
 * Refuses operations over the alias, depth or cost limits before anything executes (and before
 * the public response cache is consulted): BAD_USER_INPUT with reason QUERY_TOO_COMPLEX.
 * Introspection (development only) is not counted when `introspection` is on.
 */
export function queryLimits(limits: QueryLimits, introspection = false): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          const measure = measureOperation(
            rc.schema,
            rc.document,
            rc.operation,
            rc.request.variables ?? {},
            limits,
            introspection,
          );
          const error = tooComplex(measure, limits);
          if (error) throw error;
        },
      };
    },
  };
}
