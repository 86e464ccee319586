import { ApiError } from '@fixpoint/contracts/client';

// One ApiError for every front end (@fixpoint/contracts/client); this file only words it.
export { ApiError, codeOf, type ApiErrorCode } from '@fixpoint/contracts/client';

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
