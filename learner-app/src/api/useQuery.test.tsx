import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, memoryStorage } from '../test/fake-api';
import { ApiProvider } from './ApiProvider';
import { createApiClient } from './client';
import { MY_PROGRESS } from './operations.graphql';
import { useQuery } from './useQuery';

const progress = { streakDays: 1, longestStreakDays: 1, solvedCount: 0, attemptCount: 0 };

describe('useQuery', () => {
  it('keeps one refetch across renders, so effects that depend on it do not start over', async () => {
    const network = fakeFetch({
      MyProgress: () => ({ data: { myProgress: { ...progress, mastery: [], achievements: [] } } }),
    });
    const client = createApiClient({
      fetchFn: network.fetchFn,
      storage: memoryStorage(),
      locks: null,
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiProvider client={client}>{children}</ApiProvider>
    );
    const { result, rerender } = renderHook(() => useQuery(MY_PROGRESS), { wrapper });
    const first = result.current.refetch;
    await waitFor(() => expect(result.current.data?.myProgress.streakDays).toBe(1));
    rerender();
    expect(result.current.refetch).toBe(first);
    expect(network.sent.filter((r) => r.operation === 'MyProgress')).toHaveLength(1);
  });
});
