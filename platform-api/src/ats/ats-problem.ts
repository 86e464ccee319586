import type { components } from '@fixpoint/openapi';

export type Problem = components['schemas']['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];

/**
 * An RFC 9457 problem of the ATS API: the HTTP status, a stable code, a message that says what
 * to do, and extension members the document defines (`errors` with JSON pointers, `scope`).
 */
export class AtsProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extra: Pick<Problem, 'errors' | 'scope'> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = 'AtsProblem';
  }

  body(instance?: string): Problem {
    return {
      type: `https://fixpoint.dev/problems/${this.code.toLowerCase().replace(/_/g, '-')}`,
      title: this.code,
      status: this.status,
      detail: this.detail,
      code: this.code,
      ...(instance ? { instance } : {}),
      ...this.extra,
    };
  }
}

export const AtsProblems = {
  keyInvalid: () =>
    new AtsProblem(
      401,
      'KEY_INVALID',
      'Send a valid API key: Authorization: Bearer fpk_live_… (or Basic with the key as the user name). Keys are made in the portal under Settings → API keys.',
    ),
  scopeMissing: (scope: string) =>
    new AtsProblem(403, 'SCOPE_MISSING', `This API key lacks the scope "${scope}".`, {
      scope: scope as Problem['scope'],
    }),
  validation: (errors: FieldError[], where = 'The request body') =>
    new AtsProblem(
      400,
      'VALIDATION_FAILED',
      `${where} is invalid: ${errors.map((e) => `${e.pointer || '/'} ${e.detail}`).join('; ')}.`,
      { errors },
    ),
  notFound: (what: string) => new AtsProblem(404, 'NOT_FOUND', `No such ${what} in your company.`),
  rateLimited: (retryAfter: number) =>
    new AtsProblem(
      429,
      'RATE_LIMITED',
      `This API key is over its rate limit. Wait ${retryAfter} s before trying again.`,
      {},
      retryAfter,
    ),
  conflict: (code: string, detail: string) => new AtsProblem(409, code, detail),
};
