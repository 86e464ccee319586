import { useQuery as useCachedQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DeclaredDocument } from '@fixpoint/contracts/client';
import { useRequester } from './ApiProvider';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a declared query through the requester in scope, cached by TanStack Query under its
 * document and variables (ApiProvider and RequesterProvider each give their own cache, so a
 * candidate's answers never mix with the learner's). A stale answer never overwrites a newer
 * one; `loading` means there is nothing to show yet.
 */
export function useQuery<T, TVariables>(
  document: DeclaredDocument<T, TVariables>,
  variables?: TVariables,
  /** false: send nothing (data stays undefined, not loading) until it turns true. */
  enabled = true,
): QueryState<T> {
  const requester = useRequester();
  const query = document.toString();
  const result = useCachedQuery({
    queryKey: [query, variables ?? {}],
    queryFn: ({ signal }) => requester.request<T>(query, variables ?? {}, { signal }),
    enabled,
  });
  // Stable, as screens put it in effect dependencies (the observer's refetch is).
  const { refetch } = result;
  return {
    data: result.data,
    error: result.error,
    loading: enabled && result.isPending,
    refetch: useCallback(() => void refetch(), [refetch]),
  };
}
