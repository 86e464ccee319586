/// <reference lib="dom" />
/**
 * GraphQL over fetch, as every Fixpoint front end speaks it: the access token and the tenant
 * header on each call, errors mapped by code into ApiError, and one refresh-and-retry when the
 * API says the access token no longer holds (one refresh in flight per tab, however many calls
 * ask; the tokens' owner serialises it across tabs with CrossTabRefresh).
 */
import { ApiError, apiErrorOf, codeOf, type GraphqlError } from './api-error.js';

/** A document declared with graphql() and typed by the code generator (TypedDocumentString). */
export interface DeclaredDocument<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

/** Extra settings for one call (keepalive: may outlive the page, for pagehide). */
export interface RequestOptions {
  signal?: AbortSignal;
  keepalive?: boolean;
}

/** What screens need to send operations, whoever holds the credentials. */
export interface Requester {
  request<T>(query: string, variables?: object, options?: RequestOptions): Promise<T>;
}

/** The session the transport reads its credentials from. */
export interface SessionTokens {
  accessToken(): string | null;
  /** The company the user acts in (X-Tenant-Id), for apps that have one. */
  tenantId?(): string | null;
  /** Whether a refresh could help (a refresh token is stored). */
  canRefresh(): boolean;
  /** A new access token; false when the sign-in is over. Throws when it could not tell. */
  refresh(): Promise<boolean>;
}

export interface TransportOptions {
  endpoint?: string;
  fetch?: typeof fetch;
}

interface GraphqlBody<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

/** Sends a declared document through any requester: variables checked, result typed. */
export function send<TResult, TVariables>(
  requester: Requester,
  document: DeclaredDocument<TResult, TVariables>,
  variables?: TVariables,
  options?: RequestOptions,
): Promise<TResult> {
  return requester.request<TResult>(document.toString(), variables ?? undefined, options);
}

export type GraphqlTransport = ReturnType<typeof createGraphqlTransport>;

export function createGraphqlTransport(tokens: SessionTokens, options: TransportOptions = {}) {
  const endpoint = options.endpoint ?? '/graphql';
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  let refreshing: Promise<boolean> | null = null;

  /** One POST; the parsed body, or NETWORK / RATE_LIMITED when there is no GraphQL answer. */
  async function post<T>(
    query: string,
    variables: object | undefined,
    headers: Record<string, string>,
    { signal, keepalive }: RequestOptions = {},
  ): Promise<GraphqlBody<T>> {
    let response: Response;
    try {
      response = await fetchFn(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
        signal,
        ...(keepalive ? { keepalive: true } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError('NETWORK', 'The request did not reach the server.');
    }
    // GraphQL errors may come with a 4xx status; read the body whenever it is JSON.
    if (!response.headers.get('content-type')?.includes('json')) {
      throw new ApiError(
        response.status === 429 ? 'RATE_LIMITED' : 'NETWORK',
        `The server answered ${response.status} without a GraphQL body.`,
      );
    }
    return (await response.json()) as GraphqlBody<T>;
  }

  function unwrap<T>(body: GraphqlBody<T>): T {
    const first = body.errors?.[0];
    if (first) throw apiErrorOf(first);
    if (body.data == null) throw new ApiError('INTERNAL', 'The server sent no data.');
    return body.data;
  }

  function sessionHeaders(token: string | null): Record<string, string> {
    if (!token) return {};
    const tenantId = tokens.tenantId?.();
    return tenantId
      ? { authorization: `Bearer ${token}`, 'x-tenant-id': tenantId }
      : { authorization: `Bearer ${token}` };
  }

  /** Refreshes once, however many callers ask at the same time. */
  function refresh(): Promise<boolean> {
    refreshing ??= tokens.refresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  /**
   * Sends one operation with the session's credentials. On UNAUTHENTICATED with a refresh
   * token, refreshes once and retries once; a failed refresh leaves the first error to the caller.
   */
  async function request<T>(
    query: string,
    variables?: object,
    options?: RequestOptions,
  ): Promise<T> {
    // A reload has no access token yet: wait for the restore so the first call is not wasted.
    if (refreshing) await refreshing.catch(() => false);
    const sentWith = tokens.accessToken();
    const first = await post<T>(query, variables, sessionHeaders(sentWith), options);
    const unauthenticated = first.errors?.some((e) => codeOf(e.extensions) === 'UNAUTHENTICATED');
    if (!unauthenticated || !tokens.canRefresh()) return unwrap(first);
    // Another call may already have refreshed while this one was in flight.
    const refreshed = tokens.accessToken() !== sentWith ? true : await refresh();
    if (!refreshed) return unwrap(first);
    return unwrap(await post<T>(query, variables, sessionHeaders(tokens.accessToken()), options));
  }

  return {
    request,
    refresh,

    /**
     * A requester that sends only the token `getToken` gives (a candidate's, or none for public
     * operations such as the refresh itself): never the session's, no tenant, no refresh.
     */
    withToken(getToken: () => string | null): Requester {
      return {
        async request<T>(query: string, variables?: object, options?: RequestOptions) {
          const token = getToken();
          const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
          return unwrap(await post<T>(query, variables, headers, options));
        },
      };
    },
  };
}
