import { WidgetApiError } from '../api/widget-api.js';

export interface ProblemMessage {
  title: string;
  /** The server's `detail`, when it adds something to the title. */
  detail: string;
  retry: boolean;
}

export const REFUSED_ORIGIN = 'This site is not allowed to show this Fixpoint challenge.';

/** What the applicant reads for a failed request, and whether trying again can help. */
export function problemMessage(error: WidgetApiError): ProblemMessage {
  const titles: Record<WidgetApiError['code'], [string, boolean]> = {
    ORIGIN_NOT_ALLOWED: [REFUSED_ORIGIN, false],
    KEY_INVALID: ['This challenge cannot be shown: its publishable key is not valid.', false],
    NOT_FOUND: ['This challenge or attempt was not found.', false],
    BAD_USER_INPUT: ['Please check what you entered.', false],
    CONFLICT: ['This was already done.', false],
    RATE_LIMITED: ['Too many requests right now.', true],
    SERVICE_UNAVAILABLE: ['Fixpoint is briefly unavailable.', true],
    NETWORK_ERROR: ['Fixpoint could not be reached.', true],
    UNEXPECTED: ['Something went wrong.', true],
  };
  const [title, retry] = titles[error.code];
  let detail = error.message === title ? '' : error.message;
  if (error.code === 'RATE_LIMITED' && error.retryAfter)
    detail = `${detail} Try again in ${error.retryAfter} seconds.`.trim();
  return { title, detail, retry };
}

/** Any thrown value as a WidgetApiError (a bug in the widget reads as UNEXPECTED). */
export function asApiError(error: unknown): WidgetApiError {
  if (error instanceof WidgetApiError) return error;
  return new WidgetApiError(
    'UNEXPECTED',
    error instanceof Error ? error.message : 'Something went wrong.',
  );
}
