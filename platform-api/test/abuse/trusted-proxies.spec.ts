import { request } from 'node:http';
import fc from 'fast-check';
import { proxyList, trustProxy } from '../../src/auth/trusted-proxies';
import { ApiHarness, type GqlResult } from '../support/api-harness';

/**
 * Issue 13, item 5, both paths at once: the API is reached directly (bench, ATSs) and through
 * the web servers on loopback. X-Forwarded-For counts only when the peer is a trusted proxy.
 */
describe('trusted proxies', () => {
  describe('the rule', () => {
    const trust = trustProxy('loopback', 1);

    it('trusts the socket peer only when it is listed, and never more hops than configured', () => {
      expect(trust('127.0.0.1', 0)).toBe(true);
      expect(trust('::ffff:127.0.0.1', 0)).toBe(true);
      expect(trust('::1', 0)).toBe(true);
      expect(trust('203.0.113.9', 0)).toBe(false);
      fc.assert(
        fc.property(fc.ipV4(), fc.integer({ min: 1, max: 9 }), (address, hop) => {
          expect(trust(address, hop)).toBe(false);
        }),
      );
    });

    it('refuses a list entry it cannot read, naming it', () => {
      expect(() => proxyList('loopback, 10.0.0.0/33')).toThrow('"10.0.0.0/33" has a bad prefix');
      expect(() => proxyList('proxy.internal')).toThrow('"proxy.internal" is not an address');
    });
  });

  describe('through the API', () => {
    let api: ApiHarness;
    // The "web server" is 127.0.0.2; a direct client connects from another loopback address
    // (Linux routes all of 127/8 to lo, so the socket address is what the test chooses). The
    // limiter's buckets live in the shared Redis: each run picks addresses of its own.
    const octet = () => 3 + Math.floor(Math.random() * 250);
    const direct = `127.${octet()}.${octet()}.${octet()}`;
    const real = `10.${octet()}.${octet()}`;
    beforeAll(async () => {
      api = await ApiHarness.start({
        env: { TRUSTED_PROXIES: '127.0.0.2', TRUSTED_PROXY_HOPS: '1', AUTH_RATE_LIMIT_PER_IP: '3' },
      });
    });
    afterAll(() => api.stop());

    const logIn = (from: string, forwardedFor: string) =>
      new Promise<GqlResult>((resolve, reject) => {
        const body = JSON.stringify({
          query: `mutation { logIn(input: { email: "${Math.random()}@example.com", password: "wrong password!" }) { accessToken } }`,
        });
        const req = request(
          `${api.base}/graphql`,
          {
            method: 'POST',
            localAddress: from,
            headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve(JSON.parse(text) as GqlResult));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const codes = async (from: string, header: (i: number) => string) => {
      const seen = [];
      for (let i = 0; i < 5; i++)
        seen.push((await logIn(from, header(i))).errors?.[0]?.extensions?.code);
      return seen;
    };

    it('counts a direct client with a forged X-Forwarded-For by its socket address', async () => {
      expect(await codes(direct, (i) => `198.51.100.${i}`)).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
    });

    it('counts a proxied client by the address its proxy appended, not what it wrote itself', async () => {
      // Five different real clients behind the proxy: none is limited by the others.
      expect(await codes('127.0.0.2', (i) => `203.0.113.77, ${real}.${i}`)).toEqual(
        Array(5).fill('UNAUTHENTICATED'),
      );
      // One real client changing the value it writes: still one bucket.
      expect(await codes('127.0.0.2', (i) => `203.0.113.${i}, ${real}.200`)).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
    });
  });
});
