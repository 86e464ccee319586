// The one GraphQL client of the app: a small fetch wrapper that owns the session.
//
// Tokens: the access token lives in memory only; the refresh token lives in localStorage so a
// reload can resume the session. Refresh tokens rotate and the API revokes the whole session
// when an old one is reused, so every refresh is serialised: one in flight per tab, and one
// across tabs when the Web Locks API is there (each refresh re-reads the stored token inside
// the lock, so a tab never reuses a token another tab has already rotated).
import { ApiError, codeOf } from './errors';
import type { RefreshMutation, TypedDocumentString } from './generated/graphql';
import { LOG_OUT, REFRESH } from './operations.graphql';
import type { AuthPayload, User } from './types';

export const REFRESH_TOKEN_KEY = 'fixpoint.refresh';

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

export interface SessionSnapshot {
  status: SessionStatus;
  user: User | null;
}

export interface ApiClientOptions {
  endpoint?: string;
  fetchFn?: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  locks?: Pick<LockManager, 'request'> | null;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: unknown }[];
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Extra fetch settings for one request (keepalive: may outlive the page, for pagehide). */
export interface RequestOptions {
  keepalive?: boolean;
}

/** What screens need to send operations: the learner's client, or a candidate's token-bound one. */
export interface Requester {
  request<T>(
    query: string,
    variables?: object,
    signal?: AbortSignal,
    init?: RequestOptions,
  ): Promise<T>;
}

/**
 * Sends a declared document (operations.graphql.ts) through any requester: its variables are
 * checked and its result typed by the code generator, from the committed schema.
 */
export function send<TResult, TVariables>(
  requester: Requester,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
  init?: RequestOptions,
): Promise<TResult> {
  return requester.request<TResult>(document.toString(), variables ?? undefined, signal, init);
}

export function createApiClient(options: ApiClientOptions = {}) {
  const endpoint = options.endpoint ?? '/graphql';
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  const storage = options.storage ?? window.localStorage;
  const locks =
    options.locks === undefined
      ? typeof navigator !== 'undefined'
        ? (navigator.locks ?? null)
        : null
      : options.locks;

  let accessToken: string | null = null;
  let snapshot: SessionSnapshot = {
    status: storage.getItem(REFRESH_TOKEN_KEY) ? 'restoring' : 'signed-out',
    user: null,
  };
  let refreshInFlight: Promise<boolean> | null = null;
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

  /** One POST; returns the parsed body or throws NETWORK when there is no GraphQL answer. */
  async function post<T>(
    query: string,
    variables: object | undefined,
    token: string | null,
    signal?: AbortSignal,
    init: RequestOptions = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchFn(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal,
        ...(init.keepalive ? { keepalive: true } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError('NETWORK', 'The request did not reach the server.');
    }
    // GraphQL errors may come with a 4xx status; read the body whenever it is JSON.
    const isJson = response.headers.get('content-type')?.includes('json');
    if (!isJson) {
      throw new ApiError(
        response.status === 429 ? 'RATE_LIMITED' : 'NETWORK',
        `The server answered ${response.status} without a GraphQL body.`,
      );
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  function unwrap<T>(body: GraphQLResponse<T>): T {
    const first = body.errors?.[0];
    if (first) {
      const reason = (first.extensions as { reason?: unknown } | undefined)?.reason;
      throw new ApiError(
        codeOf(first.extensions),
        first.message,
        typeof reason === 'string' ? reason : undefined,
      );
    }
    if (body.data == null) throw new ApiError('INTERNAL', 'The server sent no data.');
    return body.data;
  }

  function isUnauthenticated(body: GraphQLResponse<unknown>) {
    return body.errors?.some((e) => codeOf(e.extensions) === 'UNAUTHENTICATED') ?? false;
  }

  async function refreshWithStoredToken(): Promise<boolean> {
    const refreshToken = storage.getItem(REFRESH_TOKEN_KEY);
    if (!refreshToken) {
      clearSession();
      return false;
    }
    let body: GraphQLResponse<RefreshMutation>;
    try {
      body = await post(REFRESH.toString(), { refreshToken }, null);
    } catch (error) {
      // The token was never checked (no answer), so it may still be good: keep it, so the
      // next action or reload can resume the session, but say the request failed.
      if (snapshot.status === 'restoring') setSnapshot({ status: 'signed-out', user: null });
      throw error;
    }
    if (body.errors?.length || !body.data) {
      const code = codeOf(body.errors?.[0]?.extensions);
      if (code === 'RATE_LIMITED' || code === 'INTERNAL') {
        if (snapshot.status === 'restoring') setSnapshot({ status: 'signed-out', user: null });
        throw new ApiError(code, body.errors?.[0]?.message ?? 'Refresh failed.');
      }
      // Rejected (expired, revoked, reused): the session is over.
      clearSession();
      return false;
    }
    applyAuth(body.data.refresh);
    return true;
  }

  /** Refreshes the session once, however many callers ask at the same time. */
  function refreshSession(): Promise<boolean> {
    if (!refreshInFlight) {
      const run = () => refreshWithStoredToken();
      const locked = locks ? locks.request('fixpoint.refresh', run) : run();
      refreshInFlight = Promise.resolve(locked).finally(() => {
        refreshInFlight = null;
      });
    }
    return refreshInFlight;
  }

  /**
   * Sends one operation. On UNAUTHENTICATED with a stored refresh token, refreshes once and
   * retries once; a failed refresh signs the user out and the error reaches the caller.
   */
  async function request<T>(query: string, variables?: object, signal?: AbortSignal): Promise<T> {
    // A reload has no access token yet: wait for the restore so the first call is not wasted.
    if (refreshInFlight) await refreshInFlight.catch(() => false);
    const sentWith = accessToken;
    const first = await post<T>(query, variables, sentWith, signal);
    if (!isUnauthenticated(first) || !storage.getItem(REFRESH_TOKEN_KEY)) return unwrap(first);
    // Another request may already have refreshed while this one was in flight.
    const refreshed = accessToken !== sentWith ? true : await refreshSession();
    if (!refreshed) return unwrap(first);
    return unwrap(await post<T>(query, variables, accessToken, signal));
  }

  return {
    request,

    /**
     * A requester that sends only the token `getToken` gives (a candidate's, or none for public
     * operations): never this client's own tokens, and no refresh. Same endpoint and fetch.
     */
    withToken(getToken: () => string | null): Requester {
      return {
        async request<T>(
          query: string,
          variables?: object,
          signal?: AbortSignal,
          init?: RequestOptions,
        ) {
          return unwrap(await post<T>(query, variables, getToken(), signal, init));
        },
      };
    },

    /** Called once at start-up: resumes a stored session through the refresh flow. */
    async restore(): Promise<void> {
      if (!storage.getItem(REFRESH_TOKEN_KEY)) {
        clearSession();
        return;
      }
      await refreshSession().catch(() => false);
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
        await post(LOG_OUT.toString(), { refreshToken }, null).catch(() => undefined);
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
