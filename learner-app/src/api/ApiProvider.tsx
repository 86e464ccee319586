import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ApiClient, Requester, SessionSnapshot } from './client';

const ApiContext = createContext<ApiClient | null>(null);
const RequesterContext = createContext<Requester | null>(null);

/**
 * The query cache's settings: screens show their own error with a retry button, so a failed
 * query is not retried behind the user's back, and a window focus does not refetch.
 */
function newQueryCache() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}

/** Gives the tree its GraphQL client and query cache, and resumes a stored session once. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [cache] = useState(newQueryCache);
  // A signed-out tab keeps nothing the last user could read.
  useEffect(
    () =>
      client.subscribe(() => {
        if (client.getSession().status === 'signed-out') cache.clear();
      }),
    [client, cache],
  );
  useEffect(() => {
    void client.restore();
    // Follow a log-out (or log-in) made in another tab.
    const onStorage = (event: StorageEvent) => client.onStorageChanged(event.key);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client]);
  return (
    <ApiContext.Provider value={client}>
      <QueryClientProvider client={cache}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi must be used inside <ApiProvider>');
  return client;
}

export function useSession(): SessionSnapshot {
  const client = useApi();
  return useSyncExternalStore(client.subscribe, client.getSession, client.getSession);
}

/**
 * Makes the screens below send their operations through `requester` instead of the learner's
 * session: candidate mode wraps the IDE in one bound to the candidate token.
 */
export function RequesterProvider({
  requester,
  children,
}: {
  requester: Requester;
  children: ReactNode;
}) {
  // Its own cache: the same document asked with another's credentials is another answer.
  const [cache] = useState(newQueryCache);
  return (
    <RequesterContext.Provider value={requester}>
      <QueryClientProvider client={cache}>{children}</QueryClientProvider>
    </RequesterContext.Provider>
  );
}

/** The requester in scope: a RequesterProvider's, else the learner's own client. */
export function useRequester(): Requester {
  const scoped = useContext(RequesterContext);
  const client = useContext(ApiContext);
  const requester = scoped ?? client;
  if (!requester) throw new Error('useRequester must be used inside <ApiProvider>');
  return requester;
}
