import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient, Requester, SessionSnapshot } from './client';

const ApiContext = createContext<ApiClient | null>(null);
const RequesterContext = createContext<Requester | null>(null);

/** Gives the tree its GraphQL client and resumes a stored session once. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  useEffect(() => {
    void client.restore();
    // Follow a log-out (or log-in) made in another tab.
    const onStorage = (event: StorageEvent) => client.onStorageChanged(event.key);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client]);
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
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
  return <RequesterContext.Provider value={requester}>{children}</RequesterContext.Provider>;
}

/** The requester in scope: a RequesterProvider's, else the learner's own client. */
export function useRequester(): Requester {
  const scoped = useContext(RequesterContext);
  const client = useContext(ApiContext);
  const requester = scoped ?? client;
  if (!requester) throw new Error('useRequester must be used inside <ApiProvider>');
  return requester;
}
