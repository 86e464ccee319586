/// <reference lib="dom" />
import { ERROR_CODES, type ErrorCode } from '../error-codes.js';

/**
 * The codes platform-api puts in `extensions.code`, plus two of the client's own for failures
 * that never reached GraphQL: NETWORK (no answer) and INTERNAL (an answer that was not GraphQL,
 * an unknown code, or no data).
 */
export type ApiErrorCode = ErrorCode | 'INTERNAL' | 'NETWORK';

/** Every failed call of a GraphQL front end, whichever app sent it. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** extensions.reason when the API gives one (TOKEN_EXPIRED, EMAIL_NOT_VERIFIED, …). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** The code of a GraphQL error's extensions; anything we do not know is INTERNAL. */
export function codeOf(extensions: unknown): ApiErrorCode {
  const code = (extensions as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ApiErrorCode) : 'INTERNAL';
}

export interface GraphqlError {
  message: string;
  extensions?: unknown;
}

/** One GraphQL error, mapped by its code. */
export function apiErrorOf(error: GraphqlError): ApiError {
  const reason = (error.extensions as { reason?: unknown } | undefined)?.reason;
  return new ApiError(
    codeOf(error.extensions),
    error.message,
    typeof reason === 'string' ? reason : undefined,
  );
}

/**
 * Failures that say nothing about the credentials sent (no answer, too many requests, the
 * server's own trouble): a refresh token that met one of these may still be good.
 */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === 'NETWORK' ||
      error.code === 'RATE_LIMITED' ||
      error.code === 'INTERNAL' ||
      error.code === 'SERVICE_UNAVAILABLE')
  );
}
