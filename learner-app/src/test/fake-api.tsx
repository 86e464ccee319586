// Tests mock the network only: a fake fetch that answers GraphQL operations by name, behind the
// real client, provider and hooks.
import { render } from '@testing-library/react';
import { AppRouter } from '../app/AppRouter';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ApiProvider } from '../api/ApiProvider';
import { createApiClient, type ApiClient } from '../api/client';

export interface SentRequest {
  operation: string;
  variables: Record<string, unknown>;
  authorization: string | null;
  /** Sent with fetch's keepalive (may outlive the page). */
  keepalive: boolean;
}

type Answer = { data?: unknown; errors?: { message: string; extensions?: { code: string } }[] };
export type Handler = (
  variables: Record<string, unknown>,
  request: SentRequest,
) => Answer | Promise<Answer>;

export const gqlError = (code: string, message = code): Answer => ({
  data: null,
  errors: [{ message, extensions: { code } }],
});

export function fakeFetch(handlers: Record<string, Handler>) {
  const sent: SentRequest[] = [];
  const fetchFn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? 'anonymous';
    const headers = new Headers(init?.headers);
    const request = {
      operation,
      variables: body.variables ?? {},
      authorization: headers.get('authorization'),
      keepalive: init?.keepalive === true,
    };
    sent.push(request);
    const handler = handlers[operation];
    if (!handler) throw new Error(`no fake for operation ${operation}`);
    const answer = await handler(request.variables, request);
    return new Response(JSON.stringify(answer), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return { fetchFn: fetchFn as unknown as typeof fetch, sent };
}

export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

export const TEST_USER = { id: 'u1', email: 'ada@example.com', displayName: 'Ada' };

export function authPayload(n = 1) {
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
    refreshToken: `refresh-${n}`,
    user: TEST_USER,
  };
}

/** Renders `ui` with a real client over the fake fetch; signed in unless told otherwise. */
export function renderWithApi(
  ui: ReactElement,
  handlers: Record<string, Handler>,
  { signedIn = true }: { signedIn?: boolean } = {},
) {
  const network = fakeFetch({
    Refresh: () => ({ data: { refresh: authPayload(2) } }),
    ...handlers,
  });
  const storage = memoryStorage();
  const client: ApiClient = createApiClient({ fetchFn: network.fetchFn, storage, locks: null });
  if (signedIn) client.signIn(authPayload(1));
  const result = render(
    <AppRouter>
      <ApiProvider client={client}>{ui}</ApiProvider>
    </AppRouter>,
  );
  return { ...result, client, sent: network.sent, storage };
}
