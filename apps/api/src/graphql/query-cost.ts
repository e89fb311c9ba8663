import { getNamedType, getNullableType, GraphQLField, isListType, isObjectType } from 'graphql';
import { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '@county/tenancy';

/** What an unpaged list (a unit's matters, a version's materials) is assumed to hold. */
export const UNPAGED_LIST_SIZE = 10;

const isConnection = (field: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(field.type);
  return isObjectType(type) && type.name.endsWith('Connection') && 'nodes' in type.getFields();
};

/**
 * A field costs 1, its own declared cost (`complexity` in its options: reads that resolve a
 * whole unit's catalog) and what it selects once per item it can return: a page's `first` (20
 * unless asked) or UNPAGED_LIST_SIZE for a plain list of objects. So 83 aliased guide pages or a page of
 * 100 matters with their materials cost what they make the server do.
 */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 0;
  if (isConnection(field)) {
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + own + childComplexity * first;
  }
  // A page's nodes are counted by its `first` already; a list of scalars is one value.
  const pageItems = type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges');
  if (isListType(getNullableType(field.type)) && !pageItems && childComplexity > 0) return 1 + own + childComplexity * UNPAGED_LIST_SIZE;
  return 1 + own + childComplexity;
};
