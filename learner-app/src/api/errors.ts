import { ERROR_CODES, type ErrorCode } from '@fixpoint/contracts/error-codes';

/** The error codes platform-api puts in `extensions.code` (@fixpoint/contracts), plus two of
 * our own for failures that never reached GraphQL (the network, or a body that was not GraphQL). */
export type ApiErrorCode = ErrorCode | 'INTERNAL' | 'NETWORK';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** extensions.reason when the API gives one (e.g. EMAIL_NOT_VERIFIED, LINK_INVALID). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

export function codeOf(extensions: unknown): ApiErrorCode {
  const code = (extensions as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ApiErrorCode) : 'INTERNAL';
}

/** A sentence a person can act on, for any error the app shows. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'NETWORK':
        return 'Could not reach Fixpoint. Check your connection and try again.';
      case 'UNAUTHENTICATED':
        return 'Your session has ended. Log in again to continue.';
      case 'RATE_LIMITED':
        return 'Too many requests just now. Wait a few seconds and try again.';
      case 'INTERNAL':
        return 'Something went wrong on our side. Try again in a moment.';
      default:
        return error.message;
    }
  }
  return 'Something went wrong. Try again in a moment.';
}
