import { BlockList, isIP } from 'node:net';

/**
 * Which peer may tell the API who the client is. A proxy (the learner app's and portal's
 * servers, an ingress) appends the address it saw to X-Forwarded-For. The API believes that
 * header only when the TCP peer is one of TRUSTED_PROXIES, and then exactly TRUSTED_PROXY_HOPS
 * entries from the right, each of them a trusted proxy too except the last one read (the
 * client). So:
 *  - a direct client (bench, an ATS, anyone not in the list) is its socket address, whatever
 *    X-Forwarded-For it sends;
 *  - a browser through a web server on loopback is the address that server appended; a value
 *    the browser wrote sits further left and is never read (not even when the browser itself
 *    is on loopback: the count stops there).
 */
export type TrustProxy = (address: string, hop: number) => boolean;

/** Parses "loopback, 10.0.0.0/8, 192.0.2.7" (names, addresses, CIDR ranges). */
export function proxyList(spec: string): BlockList {
  const list = new BlockList();
  for (const entry of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (!family) throw new Error(`"${entry}" is not an address, a CIDR range or "loopback"`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
        throw new Error(`"${entry}" has a bad prefix length`);
      }
      list.addSubnet(address, prefix, type);
    }
  }
  return list;
}

/** An IPv4 peer on a dual-stack socket reads ::ffff:a.b.c.d; check it as IPv4. */
function listed(list: BlockList, address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return list.check(mapped[1], 'ipv4');
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Express's `trust proxy` function: hop 0 is the socket peer, then X-Forwarded-For from the right. */
export function trustProxy(proxies: string, hops: number): TrustProxy {
  const list = proxyList(proxies);
  return (address, hop) => hop < hops && listed(list, address);
}
