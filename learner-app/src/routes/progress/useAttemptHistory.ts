import { useCallback, useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { MY_ATTEMPTS } from '../../api/operations.graphql';
import type { AttemptSummary } from '../../api/types';
import { send } from '../../api/client';
import { useQuery } from '../../api/useQuery';

const PAGE = 20;

/** The first page of my attempts, newest first, and any pages loaded after it. */
export function useAttemptHistory() {
  const client = useApi();
  const first = useQuery(MY_ATTEMPTS, { first: PAGE });
  const [extra, setExtra] = useState<{
    nodes: AttemptSummary[];
    endCursor: string | null;
    hasNextPage: boolean;
  } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const firstPage = first.data?.myAttempts;
  const cursor = extra ? extra.endCursor : (firstPage?.pageInfo.endCursor ?? null);
  const hasMore = extra ? extra.hasNextPage : (firstPage?.pageInfo.hasNextPage ?? false);

  const loadMore = useCallback(async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const { myAttempts } = await send(client, MY_ATTEMPTS, {
        first: PAGE,
        after: cursor,
      });
      setExtra((last) => ({
        nodes: [...(last?.nodes ?? []), ...myAttempts.nodes],
        endCursor: myAttempts.pageInfo.endCursor,
        hasNextPage: myAttempts.pageInfo.hasNextPage,
      }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [client, cursor]);

  return {
    attempts: [...(firstPage?.nodes ?? []), ...(extra?.nodes ?? [])],
    loading: first.loading,
    error: first.error,
    retry: first.refetch,
    hasMore,
    loadMore,
    loadingMore,
    moreError,
  };
}
