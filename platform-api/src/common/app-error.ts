import { type ErrorCode, HTTP_STATUS } from '@fixpoint/contracts/error-codes';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The error codes every client can rely on (GraphQL extensions.code, RFC 9457 problem type). */
export type { ErrorCode };

/**
 * An error meant for the caller: a code and a message that says what to do. Features define
 * their errors as small factories over this class (see e.g. attempts/attempts.errors.ts).
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

const PUBLIC_CODES = new Set<string>([
  ...Object.keys(HTTP_STATUS),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

/**
 * Shapes every GraphQL error leaving the API: our codes pass through; anything unexpected
 * becomes INTERNAL_SERVER_ERROR with no internals (stack, SQL) in the message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Something went wrong on our side. Try again; if it persists, contact support.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
