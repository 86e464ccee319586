import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileInput } from '../../api/types';
import { useAutosave } from './useAutosave';

const file = (content: string): FileInput[] => [{ path: 'src/a.js', content }];

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a one-second pause in typing, then saves the latest content once', async () => {
    const save = vi.fn(async () => {});
    const { result, rerender } = renderHook(
      ({ pending }) => useAutosave({ pending, enabled: true, save }),
      {
        initialProps: { pending: file('a') },
      },
    );
    expect(result.current).toBe('unsaved');
    await act(() => vi.advanceTimersByTimeAsync(600));
    rerender({ pending: file('ab') }); // typing again restarts the wait
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(file('ab'));
  });

  it('shows Saving… during the request and Saved after it', async () => {
    let finish!: () => void;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { result, rerender } = renderHook(
      ({ pending }) => useAutosave({ pending, enabled: true, save }),
      {
        initialProps: { pending: file('a') },
      },
    );
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current).toBe('saving');
    await act(async () => finish());
    rerender({ pending: [] }); // the caller now computes nothing pending
    expect(result.current).toBe('saved');
  });

  it('reports a failed save and retries it later', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const { result } = renderHook(() => useAutosave({ pending: file('a'), enabled: true, save }));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current).toBe('error');
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('does nothing when disabled (a submitted attempt)', async () => {
    const save = vi.fn(async () => {});
    renderHook(() => useAutosave({ pending: file('a'), enabled: false, save }));
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(save).not.toHaveBeenCalled();
  });
});
