import type { ConnectorContext, WriteBackOutcome } from './connector';
import { refusalOf } from './guarded-fetch';

/** Statuses worth another try: the ATS was busy, slow or briefly broken. */
export const isRetryableStatus = (status: number) =>
  status === 408 || status === 425 || status === 429 || status >= 500;

/**
 * One HTTP call to an ATS as a write-back outcome: a 2xx is done; any other answer or a
 * network failure says what happened and whether to try again. Bodies are cut short: an ATS's
 * error page is for a log line, not for storage.
 */
export async function callAts(
  context: ConnectorContext,
  url: string,
  init: RequestInit,
): Promise<WriteBackOutcome> {
  try {
    const response = await context.fetch(url, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(context.timeoutMs),
    });
    const text = (await response.text().catch(() => '')).slice(0, 300);
    if (response.ok) return { ok: true, statusCode: response.status, retryable: false, detail: '' };
    return {
      ok: false,
      statusCode: response.status,
      retryable: isRetryableStatus(response.status),
      detail: `${init.method ?? 'GET'} ${new URL(url).host} answered ${response.status}${text ? `: ${text}` : ''}`,
    };
  } catch (error) {
    // A private address is not a passing outage: a person must change the URL.
    const refused = refusalOf(error);
    if (refused)
      return {
        ok: false,
        statusCode: null,
        retryable: false,
        detail: `refused: ${refused.detail}`,
      };
    const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : String(error);
    return { ok: false, statusCode: null, retryable: true, detail: `not reached: ${reason}` };
  }
}
