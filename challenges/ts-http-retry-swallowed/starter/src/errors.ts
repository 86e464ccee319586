export class HttpError extends Error {
  readonly status: number;
  readonly url: string;

  constructor(status: number, url: string) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'HttpError';
    this.status = status;
    this.url = url;
  }
}

export class NetworkError extends Error {
  readonly url: string;

  constructor(url: string, cause: unknown) {
    super(`network error for ${url}`, { cause });
    this.name = 'NetworkError';
    this.url = url;
  }
}

// Transient failures worth another attempt: connection problems, rate limiting
// and server-side errors. Client errors (4xx) will fail the same way again.
export function isRetryable(error: unknown): boolean {
  if (error instanceof HttpError) return error.status >= 500 || error.status === 429;
  return error instanceof NetworkError;
}
