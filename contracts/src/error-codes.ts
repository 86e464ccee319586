/**
 * The error codes every client can rely on: GraphQL `extensions.code` and the `code` of the
 * RFC 9457 problems the REST routes answer with (see ARCHITECTURE, "Conventions").
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'RATE_LIMITED',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status each code answers with on REST routes. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * Finer reasons some errors carry (`extensions.reason`, and the problem `code` of the widget
 * API, which names the reason when there is one): a client may act on these.
 */
export const ERROR_REASONS = [
  /** The access token has expired: refresh it and send the call again. */
  'TOKEN_EXPIRED',
  /** A refresh token was used twice: the whole sign-in ended; sign in again. */
  'TOKEN_REUSED',
  'EMAIL_NOT_VERIFIED',
  'LINK_INVALID',
  'DEV_ONLY',
  'QUERY_TOO_COMPLEX',
  'OWN_ROLE',
  'ROLE_NOT_GRANTABLE',
  'ALREADY_DECIDED',
  'TIME_UP',
  'UNTOUCHED',
  /** Widget: the publishable key is unknown or revoked. */
  'KEY_INVALID',
  /** Widget: the page's origin is not one of the key's. */
  'ORIGIN_NOT_ALLOWED',
  /** Widget: the applicant has already submitted. */
  'ALREADY_SUBMITTED',
  /** Widget: the address is already used for this assessment. */
  'EMAIL_TAKEN',
  /** Widget: the key started as many applicants today as it may. */
  'DAILY_APPLICANT_CAP',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** The `code` of a widget problem: a reason when the error has one, else the error code. */
export type WidgetProblemCode =
  | ErrorCode
  | Extract<
      ErrorReason,
      | 'KEY_INVALID'
      | 'ORIGIN_NOT_ALLOWED'
      | 'ALREADY_SUBMITTED'
      | 'EMAIL_TAKEN'
      | 'DAILY_APPLICANT_CAP'
    >;
