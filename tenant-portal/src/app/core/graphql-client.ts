/**
 * GraphQL over fetch, as the portal speaks it: the access token and the tenant header on every
 * call, one refresh when the access token has expired (serialised, since refresh tokens are
 * single use), and errors turned into ApiError with the API's code and message for the page.
 */
import type { TypedDocumentString } from './generated/graphql';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface TokenStore {
  accessToken(): string | null;
  tenantId(): string | null;
  /** Gets a new access token with the refresh token; false when the sign-in is over. */
  refresh(): Promise<boolean>;
}

type Fetch = typeof fetch;

export class GraphqlClient {
  private refreshing: Promise<boolean> | null = null;

  constructor(
    private readonly tokens: TokenStore,
    private readonly send: Fetch = (...args) => fetch(...args),
    private readonly endpoint = '/graphql',
  ) {}

  /**
   * Sends a declared document (core/documents/*.graphql.ts, typed by the code generator from the
   * committed schema): its variables are checked and its result typed; no GraphQL is built here.
   */
  execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult> {
    return this.request<TResult>(document.toString(), (variables ?? {}) as Record<string, unknown>);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    try {
      return await this.once<T>(query, variables);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'TOKEN_EXPIRED') throw error;
      this.refreshing ??= this.tokens.refresh().finally(() => (this.refreshing = null));
      if (!(await this.refreshing)) {
        throw new ApiError('UNAUTHENTICATED', 'Your session ended. Sign in again.');
      }
      return this.once<T>(query, variables);
    }
  }

  private async once<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = this.tokens.accessToken();
    const tenantId = this.tokens.tenantId();
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (token && tenantId) headers['x-tenant-id'] = tenantId;
    let response: Response;
    try {
      response = await this.send(this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new ApiError('NETWORK', 'Cannot reach Fixpoint. Check your connection and try again.');
    }
    const body = (await response.json().catch(() => null)) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
    } | null;
    const first = body?.errors?.[0];
    if (first) {
      const code =
        first.extensions?.reason === 'TOKEN_EXPIRED'
          ? 'TOKEN_EXPIRED'
          : (first.extensions?.code ?? 'INTERNAL');
      throw new ApiError(code, first.message);
    }
    if (!response.ok || !body?.data) {
      throw new ApiError('INTERNAL', 'Something went wrong on our side. Try again.');
    }
    return body.data;
  }
}
