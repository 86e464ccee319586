import { BlockList, isIP } from 'node:net';

/**
 * Which non-public addresses an outbound call (a tenant's webhook, an ATS callback) may reach.
 * `none` is the only production value; `loopback` lets tests and local development reach their
 * fake receivers on 127.0.0.0/8 and ::1, and nothing else that is private.
 */
export type PrivateHostsPolicy = 'none' | 'loopback';

/** Why an outbound URL is refused: a stable code for problems and delivery logs. */
export type OutboundRefusal = 'URL_INVALID' | 'URL_NOT_PUBLIC';

// IANA's special-purpose registries (RFC 6890 and successors): nothing here is the public
// Internet. BlockList also matches IPv4-mapped IPv6 (::ffff:a.b.c.d) against the v4 ranges.
const V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata at 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];
const V6: [string, number][] = [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible block
  ['64:ff9b::', 96], // NAT64: reaches any IPv4 address, private ones included
  ['64:ff9b:1::', 48], // local NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo among them)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: embeds any IPv4 address
  ['3fff::', 20], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const notPublic = new BlockList();
for (const [net, prefix] of V4) notPublic.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of V6) notPublic.addSubnet(net, prefix, 'ipv6');

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const family = (ip: string) => (isIP(ip) === 6 ? 'ipv6' : 'ipv4');

/** Whether an IP address may be called under the policy (public, or loopback when allowed). */
export function addressAllowed(ip: string, policy: PrivateHostsPolicy): boolean {
  if (!isIP(ip)) return false;
  if (policy === 'loopback' && loopback.check(ip, family(ip))) return true;
  return !notPublic.check(ip, family(ip));
}

// Names that only mean something inside a machine or a private network: single labels
// ("metadata", "redis") resolve through search domains, the rest are reserved suffixes.
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.localdomain'];
const isLocalName = (host: string) =>
  host === 'localhost' || !host.includes('.') || LOCAL_SUFFIXES.some((s) => host.endsWith(s));

export type OutboundUrlCheck =
  { ok: true; url: URL } | { ok: false; code: OutboundRefusal; detail: string };

/**
 * The check at registration (a webhook endpoint, an ATS callback URL): an http(s) URL without
 * credentials whose host is not a private, loopback, link-local, multicast or reserved address
 * nor a local-only name. A name is resolved again at every call (see {@link guardedLookup}),
 * since what it resolves to can change after it was accepted.
 */
export function checkOutboundUrl(raw: string, policy: PrivateHostsPolicy): OutboundUrlCheck {
  if (!URL.canParse(raw)) return { ok: false, code: 'URL_INVALID', detail: 'is not a URL' };
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, code: 'URL_INVALID', detail: 'must be an http(s) URL' };
  if (url.username || url.password)
    return { ok: false, code: 'URL_INVALID', detail: 'must not carry a user name or password' };
  // WHATWG parsing already turned 0x7f.1, 2130706433 and the like into dotted IPv4.
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  const literal = isIP(host) !== 0;
  const allowed = literal
    ? addressAllowed(host, policy)
    : !isLocalName(host) || (policy === 'loopback' && host === 'localhost');
  if (!allowed)
    return {
      ok: false,
      code: 'URL_NOT_PUBLIC',
      detail: `must point to a public Internet host; ${url.hostname} is private, loopback, link-local or reserved`,
    };
  return { ok: true, url };
}
