import { ApiError } from './graphql-client';

/** The message a page shows for a failed call. */
export const messageOf = (error: unknown) =>
  error instanceof ApiError
    ? error.code === 'FORBIDDEN'
      ? `Your role cannot do this. ${error.message}`
      : error.message
    : 'Something went wrong. Try again.';
