import { useEffect, useMemo, useState } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

/** The one list shape of the API (libs/tenancy/src/graphql/connection.ts). */
export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export interface PageVariables {
  first?: number | null;
  after?: string | null;
}

export interface ServerTableState<T> {
  rows: T[];
  totalCount: number;
  /** 0-based */
  page: number;
  pageSize: number;
  hasNextPage: boolean;
  loading: boolean;
  error: unknown;
  next(): void;
  previous(): void;
  refetch(): Promise<unknown>;
}

export const DEFAULT_PAGE_SIZE = 20;

/**
 * Pages a list on the server by cursor. The filters are part of the query; changing them starts
 * again at the first page. Page n's `after` is the end cursor of page n − 1, so earlier pages
 * are remembered as cursors and later pages are reached one at a time (keyset paging has no offset).
 */
export function useServerTable<T, D, V extends PageVariables>(
  document: TypedDocumentNode<D, V>,
  filters: Omit<V, 'first' | 'after'>,
  select: (data: D) => Connection<T>,
  pageSize = DEFAULT_PAGE_SIZE,
): ServerTableState<T> {
  const filterKey = JSON.stringify(filters);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [filterKey]);
  const page = cursors.length - 1;
  const variables = useMemo(
    () => ({ ...(JSON.parse(filterKey) as object), first: pageSize, after: cursors[page] }) as unknown as V,
    [filterKey, pageSize, cursors, page],
  );
  const query = useQuery(document as TypedDocumentNode<D, PageVariables>, { variables, fetchPolicy: 'cache-and-network' });
  const connection = query.data ? select(query.data as D) : undefined;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  return {
    rows: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    page,
    pageSize,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: query.loading,
    error: query.error,
    next: () => {
      if (connection?.pageInfo.hasNextPage && endCursor) setCursors((previous) => [...previous, endCursor]);
    },
    previous: () => setCursors((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous)),
    refetch: () => query.refetch(),
  };
}
