import type {
  Applicant,
  Attempt,
  ErrorCode,
  FileContent,
  RunResult,
  WidgetChallenge,
} from './widget-api.types.js';

/** A failed request, carrying the problem's `code` and the `detail` to show the user. */
export class WidgetApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status = 0,
    /** Seconds from `Retry-After`, on RATE_LIMITED. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'WidgetApiError';
  }
}

const KNOWN_CODES = new Set<ErrorCode>([
  'KEY_INVALID',
  'ORIGIN_NOT_ALLOWED',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'KEY_INVALID',
  403: 'ORIGIN_NOT_ALLOWED',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * The browser side of `{API}/widget/v1`. Every request carries the publishable key in
 * `X-Fixpoint-Key`; attempt requests add the applicant token as the bearer, never the key.
 */
export class WidgetApi {
  private readonly base: string;

  constructor(
    apiBase: string,
    private readonly publishableKey: string,
    private readonly fetchFn: typeof fetch = (...args) => fetch(...args),
  ) {
    this.base = `${apiBase.replace(/\/+$/, '')}/widget/v1`;
  }

  getChallenge(slug: string): Promise<WidgetChallenge> {
    return this.request(`/challenges/${encodeURIComponent(slug)}`, { method: 'GET' });
  }

  startAttempt(slug: string): Promise<Attempt> {
    return this.request('/attempts', { method: 'POST', body: { challenge: slug } });
  }

  run(attemptId: string, token: string, files: FileContent[]): Promise<RunResult> {
    return this.request(`/attempts/${encodeURIComponent(attemptId)}/runs`, {
      method: 'POST',
      token,
      body: { files },
    });
  }

  submit(
    attemptId: string,
    token: string,
    applicant: Applicant,
    files: FileContent[],
  ): Promise<{ status: 'submitted' }> {
    return this.request(`/attempts/${encodeURIComponent(attemptId)}/submit`, {
      method: 'POST',
      token,
      body: { ...applicant, files },
    });
  }

  private async request<T>(
    path: string,
    init: { method: 'GET' | 'POST'; token?: string; body?: unknown },
  ): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      'x-fixpoint-key': this.publishableKey,
    };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetchFn(`${this.base}${path}`, {
        method: init.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        // The host page's cookies are none of Fixpoint's business.
        credentials: 'omit',
        mode: 'cors',
      });
    } catch {
      throw new WidgetApiError(
        'NETWORK_ERROR',
        'Fixpoint could not be reached. Check your connection and try again.',
      );
    }
    if (response.ok) return (await response.json()) as T;
    throw await problemOf(response);
  }
}

async function problemOf(response: Response): Promise<WidgetApiError> {
  let body: { code?: string; detail?: string; title?: string } = {};
  try {
    body = await response.json();
  } catch {
    // Not a problem document (a proxy's error page): fall back to the status.
  }
  const code =
    body.code && KNOWN_CODES.has(body.code as ErrorCode)
      ? (body.code as ErrorCode)
      : (CODE_BY_STATUS[response.status] ?? 'UNEXPECTED');
  const retryAfter = Number(response.headers.get('retry-after'));
  return new WidgetApiError(
    code,
    body.detail || body.title || `The request failed (HTTP ${response.status}).`,
    response.status,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}
