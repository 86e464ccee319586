// The widget REST contract (`{API}/widget/v1`): the types of @fixpoint/contracts/widget-v1,
// whose zod schemas the API validates requests with. Types only: no zod in the bundle.
import type { WidgetProblemCode } from '@fixpoint/contracts/error-codes';
import type { SubmitBody, WidgetRun } from '@fixpoint/contracts/widget-v1';

export type {
  ChallengeFile,
  FileContent,
  WidgetAttempt as Attempt,
  WidgetChallenge,
  WidgetRun as RunResult,
} from '@fixpoint/contracts/widget-v1';
export type { TestStatus } from '@fixpoint/contracts/run-result';

export type RunStatus = WidgetRun['status'];

/** Who submits, and their consent (the submit body without its files). */
export type Applicant = Omit<SubmitBody, 'files'>;

/**
 * The problem `code`s the widget tells apart (others fall back to the one of their HTTP
 * status), plus its own for failures that never reached a problem.
 */
export type ErrorCode =
  | Extract<
      WidgetProblemCode,
      | 'KEY_INVALID'
      | 'ORIGIN_NOT_ALLOWED'
      | 'NOT_FOUND'
      | 'BAD_USER_INPUT'
      | 'CONFLICT'
      | 'RATE_LIMITED'
      | 'SERVICE_UNAVAILABLE'
    >
  | 'NETWORK_ERROR'
  | 'UNEXPECTED';
