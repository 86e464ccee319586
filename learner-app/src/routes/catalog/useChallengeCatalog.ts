import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { CHALLENGES } from '../../api/operations.graphql';
import { send } from '../../api/client';
import type { ChallengeSummary } from '../../api/types';
import { toQueryVariables, type CatalogFilters } from './catalog-filters';

interface CatalogResult {
  key: string;
  challenges: ChallengeSummary[];
  totalCount: number;
  endCursor: string | null;
  hasMore: boolean;
  error?: unknown;
}

/**
 * The first page for the current filters, plus pages appended by loadMore. While new filters
 * load, the last results stay on screen (marked stale) instead of flashing to a spinner.
 */
export function useChallengeCatalog(filters: CatalogFilters) {
  const client = useApi();
  const [generation, setGeneration] = useState(0);
  const variablesJson = JSON.stringify(toQueryVariables(filters));
  const key = `${generation}|${variablesJson}`;
  const [result, setResult] = useState<CatalogResult | null>(null);
  const [more, setMore] = useState<{ key: string; loading: boolean; error?: unknown } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    send(client, CHALLENGES, JSON.parse(variablesJson), { signal: controller.signal }).then(
      ({ challenges }) =>
        !controller.signal.aborted &&
        setResult({
          key,
          challenges: challenges.nodes,
          totalCount: challenges.totalCount,
          endCursor: challenges.pageInfo.endCursor,
          hasMore: challenges.pageInfo.hasNextPage,
        }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ key, challenges: [], totalCount: 0, endCursor: null, hasMore: false, error });
      },
    );
    return () => controller.abort();
  }, [client, key, variablesJson]);

  const current = result?.key === key ? result : null;

  const loadMore = useCallback(async () => {
    if (!current?.hasMore || !current.endCursor) return;
    setMore({ key, loading: true });
    try {
      const { challenges } = await send(
        client,
        CHALLENGES,
        toQueryVariables(filters, current.endCursor),
      );
      setResult((last) =>
        last?.key === key
          ? {
              ...last,
              challenges: [...last.challenges, ...challenges.nodes],
              totalCount: challenges.totalCount,
              endCursor: challenges.pageInfo.endCursor,
              hasMore: challenges.pageInfo.hasNextPage,
            }
          : last,
      );
      setMore(null);
    } catch (error) {
      setMore({ key, loading: false, error });
    }
  }, [client, current, filters, key]);

  const moreState = more?.key === key ? more : null;
  return {
    challenges: result?.error ? [] : (result?.challenges ?? []),
    totalCount: current?.totalCount ?? result?.totalCount ?? 0,
    loading: !current,
    stale: !current && result !== null,
    error: current?.error,
    hasMore: current?.hasMore ?? false,
    loadMore,
    loadingMore: moreState?.loading ?? false,
    loadMoreError: moreState?.error,
    retry: useCallback(() => setGeneration((g) => g + 1), []),
  };
}
