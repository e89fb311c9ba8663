import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, getVariableValues, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ApiError } from './api.errors';
import { domainErrorExtensions } from './format-error';
import { listSizeEstimator } from './query-cost';

export interface QueryLimits {
  maxDepth: number;
  /** Fields asked for, plus what a field declares it costs (a read that resolves a whole unit's catalog). */
  maxComplexity: number;
  /** Items the answer may hold, counting each page's `first` and each list's assumed size. */
  maxListCost: number;
}

/**
 * The largest page a client asks for — 100 matters with their whole content — is estimated at
 * about 23,000 items; a little over twice that is allowed. 83 aliased village guides cost 996 of
 * complexity.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxComplexity: 500, maxListCost: 50_000 };

/** Depth of the deepest selection, following fragments (cycles are already invalid). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Each fragment is measured once: re-walking it per spread is exponential in a small query.
  const fragmentDepths = new Map<string, number>();
  const fragmentDepth = (name: string, seen: Set<string>): number => {
    let depth = fragmentDepths.get(name);
    if (depth === undefined) {
      depth = depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name]));
      fragmentDepths.set(name, depth);
    }
    return depth;
  };
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(s.selectionSet, seen));
      } else if (!seen.has(s.name.value)) {
        max = Math.max(max, fragmentDepth(s.name.value, seen));
      }
    }
    return max;
  };
  let depth = 0;
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) {
      depth = Math.max(depth, depthOf(d.selectionSet, new Set()));
    }
  }
  return depth;
}

function limitError(code: string, zh: string, en: string, extra: Record<string, unknown>): GraphQLError {
  return new GraphQLError(zh, { extensions: { code, messageZh: zh, messageEn: en, http: { status: 400 }, ...extra } });
}

/**
 * Variables that do not fit their declared types (an unknown field, a missing required one, a
 * number for a string) are the caller's mistake. The complexity walk coerces them and would
 * throw a bare error, answered as INTERNAL; coerced here first, they answer BAD_USER_INPUT.
 */
function assertVariablesFit(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 10 });
  if (!coerced.errors) return;
  const detail = coerced.errors.map((e) => e.message).join('; ');
  throw new GraphQLError(`输入有误：${detail}`, {
    extensions: { code: 'BAD_USER_INPUT', messageZh: `输入有误：${detail}`, messageEn: `Invalid input: ${detail}`, http: { status: 400 } },
  });
}

/** Refuses too deep or too costly operations, and variables that do not fit, before anything runs. */
interface Measures {
  depth: number;
  /** null when the library gave up (too many nodes) */
  complexity: number | null;
  listCost: number;
}

function measure(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, limits: QueryLimits): Measures {
  const depth = queryDepth(document, operationName);
  // Deeper than allowed: refused on depth alone, the costs need not be walked.
  if (depth > limits.maxDepth) return { depth, complexity: 0, listCost: 0 };
  let complexity: number | null;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    if (!/maximum allowed number of nodes/.test(String((error as Error)?.message))) throw error;
    return { depth, complexity: null, listCost: 0 };
  }
  const listCost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables, estimators: [listSizeEstimator] });
  return { depth, complexity, listCost };
}

/** Variable sets remembered per document; the admin app and the guide send few distinct ones. */
const MEASURES_PER_DOCUMENT = 64;

/**
 * Apollo keeps one parsed document per query text, so the same operation with the same variables
 * is measured once: the walk costs as much as answering a cached guide page.
 */
type MeasuredDocuments = WeakMap<DocumentNode, Map<string, Measures>>;

function measured(measuredDocuments: MeasuredDocuments, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, compute: () => Measures): Measures {
  let known = measuredDocuments.get(document);
  if (!known) measuredDocuments.set(document, (known = new Map()));
  const key = `${operationName ?? ''} ${JSON.stringify(variables)}`;
  const found = known.get(key);
  if (found) return found;
  const result = compute();
  if (known.size >= MEASURES_PER_DOCUMENT) known.delete(known.keys().next().value as string);
  known.set(key, result);
  return result;
}

export function queryLimitsPlugin(getSchema: () => GraphQLSchema, limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  // Per server: the measures depend on its schema and limits.
  const measuredDocuments: MeasuredDocuments = new WeakMap();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request }) {
          if (operation) assertVariablesFit(getSchema(), operation, request.variables ?? {});
          const { depth, complexity, listCost } = measured(measuredDocuments, document, operationName, request.variables ?? {}, () => measure(getSchema(), document, operationName, request.variables ?? {}, limits));
          if (depth > limits.maxDepth) {
            throw limitError('QUERY_TOO_DEEP', `查询嵌套过深（${depth} 层，上限 ${limits.maxDepth}）`, `Query is too deep (${depth}, limit ${limits.maxDepth})`, { depth, maxDepth: limits.maxDepth });
          }
          if (complexity === null) {
            // The library gives up on queries with too many nodes (fragments spread many times).
            throw limitError('QUERY_TOO_COMPLEX', `查询过于复杂（节点过多，上限 ${limits.maxComplexity}）`, `Query is too costly (too many nodes, limit ${limits.maxComplexity})`, { maxComplexity: limits.maxComplexity });
          }
          if (complexity > limits.maxComplexity) {
            throw limitError('QUERY_TOO_COMPLEX', `查询过于复杂（代价 ${complexity}，上限 ${limits.maxComplexity}）`, `Query is too costly (${complexity}, limit ${limits.maxComplexity})`, { complexity, maxComplexity: limits.maxComplexity });
          }
          if (listCost > limits.maxListCost) {
            const error = ApiError.QueryTooLarge(listCost, limits.maxListCost);
            throw new GraphQLError(error.messageZh, { extensions: { ...domainErrorExtensions(error), http: { status: 400 } } });
          }
        },
      };
    },
  };
}
