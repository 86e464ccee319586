import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { guardedFetch, refusalOf, type Resolve } from './guarded-fetch';
import { addressAllowed, checkOutboundUrl } from './outbound-address';

const PRIVATE = [
  '127.0.0.1',
  '127.9.9.9',
  '10.1.2.3',
  '172.16.0.1',
  '172.31.255.255',
  '192.168.1.1',
  '169.254.169.254',
  '100.64.0.1',
  '0.0.0.0',
  '224.0.0.251',
  '255.255.255.255',
  '198.18.0.1',
  '::1',
  '::',
  'fc00::1',
  'fd12:3456::1',
  'fe80::1',
  'ff02::1',
  '::ffff:127.0.0.1',
  '::ffff:10.0.0.1',
  '64:ff9b::a9fe:a9fe',
  '2002:7f00:1::1',
  '2001:db8::1',
];

describe('outbound addresses', () => {
  it.each(PRIVATE)('refuses %s', (ip) => {
    expect(addressAllowed(ip, 'none')).toBe(false);
  });

  it('allows public addresses', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1'])
      expect(addressAllowed(ip, 'none')).toBe(true);
  });

  it('loopback policy opens loopback only, never the other private ranges', () => {
    expect(addressAllowed('127.0.0.1', 'loopback')).toBe(true);
    expect(addressAllowed('::1', 'loopback')).toBe(true);
    for (const ip of PRIVATE.filter((a) => !['127.0.0.1', '127.9.9.9', '::1'].includes(a)))
      if (ip !== '::ffff:127.0.0.1') expect(addressAllowed(ip, 'loopback')).toBe(false);
  });

  it('refuses every 10/8, 192.168/16 and 169.254/16 address however the URL spells it', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(fc.constantFrom(10, 192, 169), octet, octet, octet, (first, b, c, d) => {
        const second = first === 192 ? 168 : first === 169 ? 254 : b;
        const n = ((first << 24) | (second << 16) | (c << 8) | d) >>> 0;
        for (const host of [
          `${first}.${second}.${c}.${d}`,
          String(n),
          `0x${n.toString(16)}`,
          `[::ffff:${first}.${second}.${c}.${d}]`,
        ]) {
          const check = checkOutboundUrl(`https://${host}/hook`, 'loopback');
          expect(check).toMatchObject({ ok: false, code: 'URL_NOT_PUBLIC' });
        }
      }),
    );
  });

  it('refuses local-only names, credentials and other schemes at registration', () => {
    for (const url of [
      'http://localhost:8080/x',
      'http://api.localhost/x',
      'http://metadata.google.internal/computeMetadata/v1/',
      'http://metadata/',
      'http://printer.local/',
      'http://[::1]/',
      'http://[fe80::1]/',
      'http://0177.0.0.1/',
    ])
      expect(checkOutboundUrl(url, 'none')).toMatchObject({ ok: false, code: 'URL_NOT_PUBLIC' });
    expect(checkOutboundUrl('ftp://example.com/', 'none')).toMatchObject({ code: 'URL_INVALID' });
    expect(checkOutboundUrl('https://u:p@example.com/', 'none')).toMatchObject({
      code: 'URL_INVALID',
    });
    expect(checkOutboundUrl('https://hooks.example.com/fixpoint', 'none').ok).toBe(true);
    expect(checkOutboundUrl('http://localhost:8080/x', 'loopback').ok).toBe(true);
    expect(checkOutboundUrl('http://10.0.0.1/x', 'loopback').ok).toBe(false);
  });
});

describe('guarded fetch', () => {
  let server: Server;
  let port: number;
  let hits = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits += 1;
      if (req.url === '/redirect') res.writeHead(302, { location: '/landed' }).end();
      else res.writeHead(200).end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  /** A DNS answering a public address first and loopback after: a rebinding attacker. */
  const rebinding = (): Resolve => {
    let calls = 0;
    return async () => [
      calls++ === 0 ? { address: '93.184.216.34', family: 4 } : { address: '127.0.0.1', family: 4 },
    ];
  };

  const causeOf = async (promise: Promise<unknown>) => {
    const error = (await promise.then(
      () => null,
      (e: unknown) => e,
    )) as Error | null;
    return refusalOf(error)?.code;
  };

  it('refuses a name that resolves to loopback when it is called, before connecting', async () => {
    const before = hits;
    const resolve = rebinding();
    await resolve('hooks.example.com'); // what registration would have seen: a public address
    const call = guardedFetch('none', { resolve })(`http://hooks.example.com:${port}/x`);
    expect(await causeOf(call)).toBe('URL_NOT_PUBLIC');
    expect(hits).toBe(before);
  });

  it('refuses a name with any private address among its answers', async () => {
    const resolve: Resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    const call = guardedFetch('loopback', { resolve })(`http://mixed.example.com:${port}/x`);
    expect(await causeOf(call)).toBe('URL_NOT_PUBLIC');
  });

  it('refuses literal private addresses without a lookup', async () => {
    const before = hits;
    expect(await causeOf(guardedFetch('none')(`http://127.0.0.1:${port}/x`))).toBe(
      'URL_NOT_PUBLIC',
    );
    expect(await causeOf(guardedFetch('none')(`http://localhost:${port}/x`))).toBe(
      'URL_NOT_PUBLIC',
    );
    expect(hits).toBe(before);
  });

  it('with the loopback policy reaches a local receiver and never follows its redirect', async () => {
    const local = guardedFetch('loopback');
    expect((await local(`http://localhost:${port}/x`)).status).toBe(200);
    const before = hits;
    const response = await local(`http://127.0.0.1:${port}/redirect`, { redirect: 'follow' });
    expect(response.status).toBe(302);
    expect(hits).toBe(before + 1);
  });
});
