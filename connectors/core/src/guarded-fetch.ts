import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent } from 'undici';
import { addressAllowed, checkOutboundUrl, type PrivateHostsPolicy } from './outbound-address';

/** Resolves a host name to all its addresses (node:dns's lookup; a test may pass its own). */
export type Resolve = (host: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

type RefusalCode = 'URL_INVALID' | 'URL_NOT_PUBLIC';

/**
 * A refused outbound call: fetch rejects with this as its cause. The code leads the message
 * because undici passes a connect error on as a plain Error with only the message.
 */
export class OutboundRefused extends Error {
  override name = 'OutboundRefused';
  readonly code: RefusalCode;
  constructor(code: RefusalCode, detail: string) {
    super(`${code}: ${detail}`);
    this.code = code;
  }
}

/** The refusal behind a failed guarded fetch, if that is why it failed. */
export function refusalOf(error: unknown): { code: RefusalCode; detail: string } | null {
  for (let e = error as { message?: unknown; cause?: unknown } | undefined; e;) {
    const match = /(URL_INVALID|URL_NOT_PUBLIC): (.*)$/s.exec(String(e.message ?? ''));
    if (match) return { code: match[1] as RefusalCode, detail: match[2] };
    e = e.cause as typeof e;
  }
  return null;
}

type LookupCallback = (
  error: Error | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The socket's own name resolution: every address the name resolves to must be allowed, and
 * the connection goes to one of those checked addresses. Checking here, at connect time, is
 * what defeats DNS rebinding (a name that answered a public address when it was registered and
 * a private one now); a check before fetch would resolve the name a second time.
 */
function guardedLookup(policy: PrivateHostsPolicy, resolve: Resolve) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback) => {
    resolve(host).then(
      (addresses) => {
        const refused = addresses.find((a) => !addressAllowed(a.address, policy));
        if (addresses.length === 0 || refused) {
          const error = new OutboundRefused(
            'URL_NOT_PUBLIC',
            `${host} resolves to ${refused?.address ?? 'nothing'}, which is not a public address`,
          );
          callback(error, '');
          return;
        }
        if (options?.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error: Error) => callback(error, ''),
    );
  };
}

/**
 * `fetch` for calls to URLs a tenant or an ATS chose (webhook endpoints, Greenhouse callbacks,
 * a customer's Workday endpoint): the URL is checked as at registration, names are resolved
 * and checked at connect time, and redirects are never followed (a 3xx is the answer), so a
 * public host cannot bounce the call to a private one.
 */
export function guardedFetch(
  policy: PrivateHostsPolicy,
  options: { resolve?: Resolve } = {},
): typeof fetch {
  const agent = new Agent({
    connect: { lookup: guardedLookup(policy, options.resolve ?? systemResolve) },
  });
  return async (input, init) => {
    const target = input instanceof Request ? input.url : String(input);
    const checked = checkOutboundUrl(target, policy);
    if (!checked.ok) {
      throw new TypeError('fetch failed', {
        cause: new OutboundRefused(checked.code, `${target} ${checked.detail}`),
      });
    }
    return fetch(input, {
      ...init,
      redirect: 'manual',
      // undici's Agent, as Node's own fetch (undici inside) takes it.
      dispatcher: agent,
    } as RequestInit);
  };
}
