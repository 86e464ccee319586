/**
 * GraphQL as the portal's pages call it, over the shared client core
 * (@fixpoint/contracts/client): the access token and the tenant header on every call, one
 * refresh and retry when the access token no longer holds, errors as the one ApiError.
 */
import {
  createGraphqlTransport,
  send,
  type DeclaredDocument,
  type GraphqlTransport,
} from '@fixpoint/contracts/client';

export { ApiError } from '@fixpoint/contracts/client';

export interface TokenStore {
  accessToken(): string | null;
  tenantId(): string | null;
  /** Whether a refresh could help (a refresh token is stored). */
  canRefresh(): boolean;
  /** Gets a new access token with the refresh token; false when the sign-in is over. */
  refresh(): Promise<boolean>;
}

export class GraphqlClient {
  private readonly transport: GraphqlTransport;

  constructor(tokens: TokenStore, fetchFn?: typeof fetch, endpoint = '/graphql') {
    this.transport = createGraphqlTransport(tokens, { fetch: fetchFn, endpoint });
  }

  /**
   * Sends a declared document (core/documents/*.graphql.ts, typed by the code generator from the
   * committed schema): its variables are checked and its result typed; no GraphQL is built here.
   */
  execute<TResult, TVariables>(
    document: DeclaredDocument<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult> {
    return send(this.transport, document, variables ?? ({} as TVariables));
  }

  request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.transport.request<T>(query, variables);
  }

  /** The same endpoint without the session: public calls such as the refresh itself. */
  anonymous() {
    return this.transport.withToken(() => null);
  }
}
