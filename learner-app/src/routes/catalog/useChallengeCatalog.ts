import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiProvider';
import { send } from '../../api/client';
import { CHALLENGES } from '../../api/operations.graphql';
import { toQueryVariables, type CatalogFilters } from './catalog-filters';

/**
 * The first page for the current filters, plus pages appended by loadMore (a TanStack infinite
 * query, cached per filters). While new filters load, the last results stay on screen (marked
 * stale) instead of flashing to a spinner.
 */
export function useChallengeCatalog(filters: CatalogFilters) {
  const client = useApi();
  const query = useInfiniteQuery({
    queryKey: ['catalog', toQueryVariables(filters)],
    queryFn: async ({ pageParam, signal }) =>
      (
        await send(client, CHALLENGES, toQueryVariables(filters, pageParam ?? undefined), {
          signal,
        })
      ).challenges,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
    placeholderData: keepPreviousData,
  });
  const { fetchNextPage, refetch } = query;
  const pages = query.data?.pages ?? [];
  // A failed "load more" leaves the pages already shown; only a failed first page is an error.
  const moreFailed = query.isFetchNextPageError;
  const error = moreFailed ? undefined : (query.error ?? undefined);
  const loading = query.isPending || query.isPlaceholderData;
  return {
    challenges: error ? [] : pages.flatMap((page) => page.nodes),
    totalCount: pages.at(-1)?.totalCount ?? 0,
    loading,
    stale: query.isPlaceholderData,
    error,
    hasMore: !loading && !error && query.hasNextPage,
    loadMore: useCallback(() => void fetchNextPage(), [fetchNextPage]),
    loadingMore: query.isFetchingNextPage,
    loadMoreError: moreFailed ? query.error : undefined,
    retry: useCallback(() => void refetch(), [refetch]),
  };
}
