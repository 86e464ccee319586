import { ApiHarness, codeOf, type GqlResult } from '../support/api-harness';

/**
 * Issue 13, item 5: the per-IP log-in limit cannot be dodged by sending a made-up
 * X-Forwarded-For. The API trusts exactly TRUSTED_PROXY_HOPS appended addresses, counted from
 * the right; whatever a client puts to their left is ignored.
 */
describe('the client address behind proxies', () => {
  const logIn = (api: ApiHarness, forwardedFor: string) =>
    fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({
        query: `mutation { logIn(input: { email: "${Math.random()}@example.com", password: "wrong password!" }) { accessToken } }`,
      }),
    }).then((r) => r.json() as Promise<GqlResult>);

  async function codesWith(hops: string, header: (i: number) => string) {
    const api = await ApiHarness.start({
      env: { TRUSTED_PROXY_HOPS: hops, AUTH_RATE_LIMIT_PER_IP: '3' },
    });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push(codeOf(await logIn(api, header(i))));
      return codes;
    } finally {
      await api.stop();
    }
  }

  it('ignores a client-chosen X-Forwarded-For when the API is reached directly', async () => {
    const codes = await codesWith('0', (i) => `203.0.113.${i}`);
    expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('behind one proxy, takes the address the proxy appended, not what the client wrote', async () => {
    // What a proxy that appends sends: the client's made-up value, then the real peer.
    const codes = await codesWith('1', (i) => `203.0.113.${i}, 198.51.100.7`);
    expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
