import { describe, expect, it } from 'vitest';
import { authPayload, fakeFetch, gqlError, memoryStorage, TEST_USER } from '../test/fake-api';
import { createApiClient, REFRESH_TOKEN_KEY, send } from './client';
import { ApiError, describeError } from './errors';
import { RUN_TESTS } from './operations.graphql';

const ME = 'query Me { me { id } }';

function setup(handlers: Parameters<typeof fakeFetch>[0], stored?: string) {
  const network = fakeFetch(handlers);
  const storage = memoryStorage(stored ? { [REFRESH_TOKEN_KEY]: stored } : {});
  const client = createApiClient({ fetchFn: network.fetchFn, storage, locks: null });
  return { client, storage, sent: network.sent };
}

describe('the GraphQL client', () => {
  it('sends the access token from logIn and keeps the refresh token in localStorage', async () => {
    const { client, storage, sent } = setup({ Me: () => ({ data: { me: TEST_USER } }) });
    client.signIn(authPayload(1));
    await client.request(ME);
    expect(sent[0].authorization).toBe('Bearer access-1');
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(client.getSession()).toEqual({ status: 'signed-in', user: TEST_USER });
  });

  it('refreshes once on UNAUTHENTICATED and retries with the new access token', async () => {
    const { client, storage, sent } = setup({
      Me: (_v, req) =>
        req.authorization === 'Bearer access-2'
          ? { data: { me: TEST_USER } }
          : gqlError('UNAUTHENTICATED'),
      Refresh: (v) => {
        expect(v.refreshToken).toBe('refresh-1');
        return { data: { refresh: authPayload(2) } };
      },
    });
    client.signIn(authPayload(1));
    await expect(client.request(ME)).resolves.toEqual({ me: TEST_USER });
    expect(sent.map((r) => r.operation)).toEqual(['Me', 'Refresh', 'Me']);
    // Rotation: the new refresh token replaces the used one.
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('shares one refresh between concurrent requests, so a rotated token is never reused', async () => {
    let refreshes = 0;
    const { client } = setup({
      Me: (_v, req) =>
        req.authorization === 'Bearer access-2'
          ? { data: { me: TEST_USER } }
          : gqlError('UNAUTHENTICATED'),
      Refresh: async () => {
        refreshes++;
        await new Promise((r) => setTimeout(r, 10));
        return { data: { refresh: authPayload(2) } };
      },
    });
    client.signIn(authPayload(1));
    await Promise.all([client.request(ME), client.request(ME), client.request(ME)]);
    expect(refreshes).toBe(1);
  });

  it('does not retry a second time when the retried request is still unauthenticated', async () => {
    const { client, sent } = setup({
      Me: () => gqlError('UNAUTHENTICATED'),
      Refresh: () => ({ data: { refresh: authPayload(2) } }),
    });
    client.signIn(authPayload(1));
    await expect(client.request(ME)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(sent.map((r) => r.operation)).toEqual(['Me', 'Refresh', 'Me']);
  });

  it('logs out when the refresh token is rejected', async () => {
    const { client, storage } = setup({
      Me: () => gqlError('UNAUTHENTICATED'),
      Refresh: () => gqlError('UNAUTHENTICATED', 'refresh token reused'),
    });
    client.signIn(authPayload(1));
    await expect(client.request(ME)).rejects.toBeInstanceOf(ApiError);
    expect(storage.items.has(REFRESH_TOKEN_KEY)).toBe(false);
    expect(client.getSession()).toEqual({ status: 'signed-out', user: null });
  });

  it('keeps the refresh token when the refresh never reached the server', async () => {
    const { client, storage } = setup({
      Me: () => gqlError('UNAUTHENTICATED'),
      Refresh: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    client.signIn(authPayload(1));
    await expect(client.request(ME)).rejects.toMatchObject({ code: 'NETWORK' });
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
  });

  it('resumes a stored session on restore (a reload)', async () => {
    const { client, storage } = setup(
      { Refresh: () => ({ data: { refresh: authPayload(7) } }) },
      'refresh-6',
    );
    expect(client.getSession().status).toBe('restoring');
    await client.restore();
    expect(client.getSession()).toEqual({ status: 'signed-in', user: TEST_USER });
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-7');
  });

  it('restores to signed-out without a request when nothing is stored', async () => {
    const { client, sent } = setup({});
    await client.restore();
    expect(client.getSession().status).toBe('signed-out');
    expect(sent).toHaveLength(0);
  });

  it('revokes the refresh token on log out and forgets the session', async () => {
    const { client, storage, sent } = setup({ LogOut: () => ({ data: { logOut: true } }) });
    client.signIn(authPayload(3));
    await client.signOut();
    expect(sent[0]).toMatchObject({
      operation: 'LogOut',
      variables: { refreshToken: 'refresh-3' },
    });
    expect(storage.items.has(REFRESH_TOKEN_KEY)).toBe(false);
    expect(client.getSession().status).toBe('signed-out');
  });

  it('follows a log-out made in another tab', () => {
    const { client, storage } = setup({});
    client.signIn(authPayload(1));
    storage.removeItem(REFRESH_TOKEN_KEY);
    client.onStorageChanged(REFRESH_TOKEN_KEY);
    expect(client.getSession().status).toBe('signed-out');
  });

  it('turns GraphQL error codes into ApiErrors and unknown codes into INTERNAL', async () => {
    const { client } = setup({
      Missing: () => gqlError('NOT_FOUND', 'No challenge called x'),
      Odd: () => gqlError('SOMETHING_ELSE'),
    });
    await expect(client.request('query Missing { x }')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No challenge called x',
    });
    await expect(client.request('query Odd { x }')).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it("passes on the API's own words when the sandbox is down", async () => {
    const { client } = setup({
      Run: () =>
        gqlError(
          'SERVICE_UNAVAILABLE',
          'The sandbox is unavailable right now. Try again in a moment.',
        ),
    });
    const error = await client.request('mutation Run { x }').catch((e: unknown) => e);
    expect(describeError(error)).toBe(
      'The sandbox is unavailable right now. Try again in a moment.',
    );
  });

  it('reports a non-GraphQL answer (a proxy error page) as a network problem', async () => {
    const client = createApiClient({
      fetchFn: async () =>
        new Response('Bad Gateway', { status: 502, headers: { 'content-type': 'text/html' } }),
      storage: memoryStorage(),
      locks: null,
    });
    await expect(client.request(ME)).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('sends a declared document as its text, with the fragments it spreads, and returns its data', async () => {
    const bodies: { query: string; variables: unknown }[] = [];
    const run = { id: 'r1', status: 'TAMPERED', passed: 0, failed: 0 };
    const client = createApiClient({
      fetchFn: async (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return Response.json({ data: { runTests: run } });
      },
      storage: memoryStorage(),
      locks: null,
    });
    const data = await send(client, RUN_TESTS, { attemptId: 'a1', files: [] });
    expect(data.runTests.status).toBe('TAMPERED');
    expect(bodies).toHaveLength(1);
    expect(bodies[0].variables).toEqual({ attemptId: 'a1', files: [] });
    // The server needs the fragment's definition in the same document, or it refuses the run.
    expect(bodies[0].query).toMatch(/mutation RunTests\(/);
    expect(bodies[0].query).toMatch(/\.\.\.RunFields/);
    expect(bodies[0].query).toMatch(/fragment RunFields on Run \{/);
  });
});
