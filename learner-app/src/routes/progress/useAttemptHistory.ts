import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiProvider';
import { send } from '../../api/client';
import { MY_ATTEMPTS } from '../../api/operations.graphql';

const PAGE = 20;

/** The first page of my attempts, newest first, and any pages loaded after it. */
export function useAttemptHistory() {
  const client = useApi();
  const query = useInfiniteQuery({
    queryKey: ['myAttempts'],
    queryFn: async ({ pageParam, signal }) =>
      (await send(client, MY_ATTEMPTS, { first: PAGE, after: pageParam }, { signal })).myAttempts,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });
  const { fetchNextPage, refetch } = query;
  const moreFailed = query.isFetchNextPageError;
  return {
    attempts: (query.data?.pages ?? []).flatMap((page) => page.nodes),
    loading: query.isPending,
    error: moreFailed ? null : query.error,
    retry: useCallback(() => void refetch(), [refetch]),
    hasMore: query.hasNextPage,
    loadMore: useCallback(() => void fetchNextPage(), [fetchNextPage]),
    loadingMore: query.isFetchingNextPage,
    moreError: moreFailed ? query.error : null,
  };
}
