import { useCallback, useEffect, useState } from 'react';
import { useRequester } from './ApiProvider';
import type { TypedDocumentString } from './generated/graphql';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  refetch: () => void;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: unknown;
}

/**
 * Runs a query whenever its document or variables change. Loading is derived (the settled
 * result belongs to another key) instead of set, so a stale answer can never overwrite a
 * newer one and the effect never sets state synchronously.
 */
export function useQuery<T, TVariables>(
  document: TypedDocumentString<T, TVariables>,
  variables?: TVariables,
  /** false: send nothing (data stays undefined, not loading) until it turns true. */
  enabled = true,
): QueryState<T> {
  // A declared document goes on the wire as its text; the string keys the effect.
  const query = document.toString();
  const client = useRequester();
  const [generation, setGeneration] = useState(0);
  const variablesJson = JSON.stringify(variables ?? {});
  const key = `${generation}|${query}|${variablesJson}`;
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const vars = JSON.parse(variablesJson) as object;
    client.request<T>(query, vars, { signal: controller.signal }).then(
      (data) => !controller.signal.aborted && setSettled({ key, data }),
      (error: unknown) => !controller.signal.aborted && setSettled({ key, error }),
    );
    return () => controller.abort();
  }, [client, query, variablesJson, key, enabled]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  const current = settled?.key === key ? settled : null;
  return { data: current?.data, error: current?.error, loading: enabled && !current, refetch };
}
