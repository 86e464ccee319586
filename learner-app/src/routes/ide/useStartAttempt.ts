import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { send, type ApiClient } from '../../api/client';
import { START_ATTEMPT } from '../../api/operations.graphql';
import type { Attempt } from '../../api/types';

// startAttempt creates an attempt when none is in progress. Two calls at once (React's
// development double effects, a double click) could create two, so calls for the same slug
// share one request while it is in flight.
const inFlight = new Map<string, Promise<Attempt>>();

function startAttempt(client: ApiClient, slug: string): Promise<Attempt> {
  let pending = inFlight.get(slug);
  if (!pending) {
    pending = send(client, START_ATTEMPT, { slug })
      .then((data) => data.startAttempt)
      .finally(() => inFlight.delete(slug));
    inFlight.set(slug, pending);
  }
  return pending;
}

interface Loaded {
  key: string;
  attempt?: Attempt;
  error?: unknown;
}

/** The learner's attempt at a challenge: the one in progress, or a new one. */
export function useStartAttempt(slug: string) {
  const client = useApi();
  const [generation, setGeneration] = useState(0);
  const key = `${slug}|${generation}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    startAttempt(client, slug).then(
      (attempt) => live && setLoaded({ key, attempt }),
      (error: unknown) => live && setLoaded({ key, error }),
    );
    return () => {
      live = false;
    };
  }, [client, slug, key]);

  const current = loaded?.key === key ? loaded : null;
  return {
    attempt: current?.attempt,
    error: current?.error,
    loading: !current,
    /** Loads again: after an error, or to start a fresh attempt once this one is submitted. */
    reload: useCallback(() => setGeneration((g) => g + 1), []),
  };
}
