import { useEffect, useState } from 'react';

/** Date.now(), refreshed every `intervalMs` while mounted. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

// setTimeout holds 32-bit delays; longer waits are taken in steps.
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Whether the moment `beforeMs` ahead of `deadline` has come. One timer for the change, not a
 * tick: the screens that only care about crossing a point do not re-render every second.
 */
export function useReached(deadline: string, beforeMs = 0): boolean {
  const at = Date.parse(deadline) - beforeMs;
  const [reachedFor, setReachedFor] = useState<number | null>(() => (Date.now() >= at ? at : null));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const wait = () => {
      const left = at - Date.now();
      if (left <= 0) setReachedFor(at);
      else timer = setTimeout(wait, Math.min(left, MAX_DELAY));
    };
    timer = setTimeout(wait, Math.max(0, Math.min(at - Date.now(), MAX_DELAY)));
    return () => clearTimeout(timer);
  }, [at]);
  return reachedFor === at;
}
