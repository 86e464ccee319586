import { ApiError, GraphqlClient, type TokenStore } from './graphql-client';

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function store(initial = 'old-token'): TokenStore & { token: string; refreshes: number } {
  return {
    token: initial,
    refreshes: 0,
    canRefresh: () => true,
    accessToken() {
      return this.token;
    },
    tenantId: () => 'tenant-1',
    async refresh() {
      this.refreshes += 1;
      this.token = 'new-token';
      return true;
    },
  };
}

describe('the portal GraphQL client', () => {
  it('sends the token and the tenant, and returns data', async () => {
    const seen: Record<string, string>[] = [];
    const client = new GraphqlClient(store(), async (_url, init) => {
      seen.push(init?.headers as Record<string, string>);
      return json({ data: { tenant: { name: 'Acme' } } });
    });
    await expect(client.request('{ tenant { name } }')).resolves.toEqual({
      tenant: { name: 'Acme' },
    });
    expect(seen[0]).toMatchObject({ authorization: 'Bearer old-token', 'x-tenant-id': 'tenant-1' });
  });

  it('turns API errors into their code and message', async () => {
    const client = new GraphqlClient(store(), async () =>
      json({
        errors: [
          { message: 'Your role cannot manage Assessment.', extensions: { code: 'FORBIDDEN' } },
        ],
      }),
    );
    const error = await client.request('mutation { x }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Your role cannot manage Assessment.',
    });
  });

  it('refreshes once on an expired token, shared by calls in flight, then retries', async () => {
    const tokens = store();
    const client = new GraphqlClient(tokens, async (_url, init) => {
      const auth = (init?.headers as Record<string, string>).authorization;
      return auth === 'Bearer new-token'
        ? json({ data: { ok: true } })
        : json({
            errors: [
              {
                message: 'expired',
                extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' },
              },
            ],
          });
    });
    await expect(
      Promise.all([client.request('{ ok }'), client.request('{ ok }')]),
    ).resolves.toEqual([{ ok: true }, { ok: true }]);
    expect(tokens.refreshes).toBe(1);
  });

  it('says the API cannot be reached when the network fails', async () => {
    const client = new GraphqlClient(store(), async () => {
      throw new TypeError('fetch failed');
    });
    await expect(client.request('{ ok }')).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
