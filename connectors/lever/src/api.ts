import { type ConnectorContext, isRetryableStatus } from '@fixpoint/connector-core';

/** One answer from Lever's API: the body when it was JSON, what went wrong otherwise. */
export interface LeverAnswer {
  ok: boolean;
  statusCode: number | null;
  retryable: boolean;
  body: unknown;
  detail: string;
}

/** How long a single call waits for Lever's rate limit before handing the retry back. */
export const RATE_LIMIT_WAIT_CAP_MS = 20_000;

/**
 * Seconds to wait after a 429: `Retry-After` (seconds or an HTTP date) first, then the
 * `X-RateLimit-Reset` epoch seconds, else one second (Lever's bucket refills ~10/s).
 */
export function retryAfterMs(headers: Headers, now: number): number {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  return 1000;
}

/**
 * A call to Lever's API with `authorization` (Basic with a customer's key, or Bearer with an
 * OAuth access token). A 429 is honoured: the call sleeps as long as Lever says, within
 * {@link RATE_LIMIT_WAIT_CAP_MS} in all, then tries again; beyond that it answers retryable.
 */
export async function leverCall(
  context: ConnectorContext,
  authorization: string,
  url: string,
  init: { method?: string; body?: unknown } = {},
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<LeverAnswer> {
  const method = init.method ?? 'GET';
  let waited = 0;
  for (;;) {
    let response: Response;
    try {
      response = await context.fetch(url, {
        method,
        redirect: 'manual',
        signal: AbortSignal.timeout(context.timeoutMs),
        headers: {
          authorization,
          accept: 'application/json',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : String(error);
      return {
        ok: false,
        statusCode: null,
        retryable: true,
        body: null,
        detail: `not reached: ${reason}`,
      };
    }
    const text = await response.text().catch(() => '');
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers, Date.now());
      if (waited + wait <= RATE_LIMIT_WAIT_CAP_MS) {
        waited += wait;
        await sleep(wait);
        continue;
      }
    }
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (response.ok)
      return { ok: true, statusCode: response.status, retryable: false, body, detail: '' };
    // Lever's errors are JSON `{ code, message }`; the message is what a person can act on.
    const message = (body as { message?: unknown } | null)?.message;
    return {
      ok: false,
      statusCode: response.status,
      retryable: isRetryableStatus(response.status),
      body,
      detail: `${method} ${new URL(url).pathname} answered ${response.status}: ${
        typeof message === 'string' ? message : text.slice(0, 200)
      }`,
    };
  }
}

/**
 * Every item of a Lever list: pages are `{ data, hasNext, next }` and the next one is asked
 * for with `offset=<next>`. Stops at `maxPages` so a misbehaving server cannot loop us.
 */
export async function listAll<T>(
  context: ConnectorContext,
  authorization: string,
  url: string,
  maxPages = 50,
): Promise<{ ok: true; items: T[] } | { ok: false; answer: LeverAnswer }> {
  const items: T[] = [];
  let offset: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const pageUrl = new URL(url);
    pageUrl.searchParams.set('limit', '100');
    if (offset) pageUrl.searchParams.set('offset', offset);
    const answer = await leverCall(context, authorization, pageUrl.toString());
    if (!answer.ok) return { ok: false, answer };
    const body = answer.body as { data?: T[]; hasNext?: boolean; next?: string } | null;
    items.push(...(body?.data ?? []));
    if (!body?.hasNext || !body.next) return { ok: true, items };
    offset = body.next;
  }
  return { ok: true, items };
}
