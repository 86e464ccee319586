// The learner app's session over the shared client core (@fixpoint/contracts/client): the core
// sends operations (auth header, errors mapped by code, refresh-and-retry) and serialises the
// refresh across tabs; this file owns who is signed in.
//
// Tokens: the access token lives in memory only; the refresh token lives in localStorage so a
// reload can resume the session. Refresh tokens rotate and the API revokes the whole session
// when an old one is reused, so every refresh runs through CrossTabRefresh (one per tab, and
// one across tabs where the Web Locks API is there).
import {
  createGraphqlTransport,
  CrossTabRefresh,
  send,
  type Locks,
  type Requester,
  type RequestOptions,
  type TokenStorage,
} from '@fixpoint/contracts/client';
import { LOG_OUT, REFRESH } from './operations.graphql';
import type { AuthPayload, User } from './types';

export { send, type Requester, type RequestOptions };

export const REFRESH_TOKEN_KEY = 'fixpoint.refresh';

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

export interface SessionSnapshot {
  status: SessionStatus;
  user: User | null;
}

export interface ApiClientOptions {
  endpoint?: string;
  fetchFn?: typeof fetch;
  storage?: TokenStorage;
  /** navigator.locks by default; null: serialise within the tab only. */
  locks?: Locks | null;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: ApiClientOptions = {}) {
  const storage = options.storage ?? window.localStorage;
  const rotation = new CrossTabRefresh<AuthPayload>(
    REFRESH_TOKEN_KEY,
    storage,
    options.locks === null ? undefined : options.locks,
  );

  let accessToken: string | null = null;
  let snapshot: SessionSnapshot = {
    status: storage.getItem(REFRESH_TOKEN_KEY) ? 'restoring' : 'signed-out',
    user: null,
  };
  const listeners = new Set<() => void>();

  function setSnapshot(next: SessionSnapshot) {
    snapshot = next;
    for (const listener of listeners) listener();
  }

  function applyAuth(payload: AuthPayload) {
    accessToken = payload.accessToken;
    storage.setItem(REFRESH_TOKEN_KEY, payload.refreshToken);
    setSnapshot({ status: 'signed-in', user: payload.user });
  }

  function clearSession() {
    accessToken = null;
    storage.removeItem(REFRESH_TOKEN_KEY);
    if (snapshot.status !== 'signed-out' || snapshot.user) {
      setSnapshot({ status: 'signed-out', user: null });
    }
  }

  const transport = createGraphqlTransport(
    {
      accessToken: () => accessToken,
      canRefresh: () => storage.getItem(REFRESH_TOKEN_KEY) !== null,
      async refresh() {
        let outcome;
        try {
          outcome = await rotation.refresh(
            async (refreshToken) => (await send(publicCalls, REFRESH, { refreshToken })).refresh,
          );
        } catch (error) {
          // Never judged (no answer, rate limited): the token is kept for the next action or
          // reload, but a restore in progress ends signed out, with the error for the caller.
          if (snapshot.status === 'restoring') setSnapshot({ status: 'signed-out', user: null });
          throw error;
        }
        if (outcome.kind === 'signed-out') {
          clearSession();
          return false;
        }
        applyAuth(outcome.signIn);
        return true;
      },
    },
    { endpoint: options.endpoint, fetch: options.fetchFn },
  );
  const publicCalls = transport.withToken(() => null);

  return {
    /** Sends one operation with the learner's session (refreshing it once if it expired). */
    request<T>(query: string, variables?: object, options?: RequestOptions): Promise<T> {
      return transport.request<T>(query, variables, options);
    },

    /**
     * A requester that sends only the token `getToken` gives (a candidate's, or none for public
     * operations): never this client's own tokens, and no refresh. Same endpoint and fetch.
     */
    withToken: transport.withToken,

    /** Called once at start-up: resumes a stored session through the refresh flow. */
    async restore(): Promise<void> {
      if (!storage.getItem(REFRESH_TOKEN_KEY)) {
        clearSession();
        return;
      }
      await transport.refresh().catch(() => false);
    },

    /** Stores the tokens from logIn, a verification or reset link, or a password change. */
    signIn(payload: AuthPayload) {
      applyAuth(payload);
    },

    async signOut(): Promise<void> {
      const refreshToken = storage.getItem(REFRESH_TOKEN_KEY);
      clearSession();
      // Best effort: the local session is gone either way.
      if (refreshToken) {
        await send(publicCalls, LOG_OUT, { refreshToken }).catch(() => undefined);
      }
    },

    /** Another tab logged out (its storage event): follow it. */
    onStorageChanged(key: string | null) {
      if ((key === REFRESH_TOKEN_KEY || key === null) && !storage.getItem(REFRESH_TOKEN_KEY)) {
        accessToken = null;
        if (snapshot.status !== 'signed-out') setSnapshot({ status: 'signed-out', user: null });
      }
    },

    getSession(): SessionSnapshot {
      return snapshot;
    },

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
