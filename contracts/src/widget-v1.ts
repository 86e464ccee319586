import { z } from 'zod';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from './email.js';
import type { WidgetProblemCode } from './error-codes.js';
import type { RunStatus, TestStatus } from './run-result.js';

/**
 * The career-page widget's REST contract (`{API}/widget/v1`): the request schemas the API
 * validates bodies with, and the answers' shapes the <fixpoint-challenge> element is typed by.
 * The widget imports types only (no zod in its bundle).
 */

const file = z.object({
  path: z.string().min(1).max(300),
  content: z.string().max(256 * 1024),
});
const files = z.array(file).max(50);

/** POST /attempts: an applicant starts the challenge a key shows. */
export const startBody = z.object({ challenge: z.string().min(1, 'must name a challenge') });

/** POST /attempts/:id/runs: the visible tests on these files (saved first). */
export const runBody = z.object({ files });

/** POST /attempts/:id/submit: who the applicant is, their consent, and the final files. */
export const submitBody = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`)
    .regex(EMAIL_PATTERN, 'must be an email address'),
  consent: z.literal(true, { error: 'must be true: the applicant agrees to share their work' }),
  files: files.optional(),
});

export type FileContent = z.infer<typeof file>;
export type StartBody = z.infer<typeof startBody>;
export type RunBody = z.infer<typeof runBody>;
export type SubmitBody = z.input<typeof submitBody>;

export interface ChallengeFile extends FileContent {
  editable: boolean;
}

/** GET /challenges/:slug */
export interface WidgetChallenge {
  slug: string;
  title: string;
  /** Markdown source: shown as plain paragraphs, never as HTML. */
  summary: string;
  language: string;
  difficulty: number;
  estimatedMinutes: number;
  tenantName: string;
  /** Starter files (editable ones marked) and visible tests; never hidden tests. */
  files: ChallengeFile[];
}

/** 201 of POST /attempts */
export interface WidgetAttempt {
  attemptId: string;
  applicantToken: string;
  files: ChallengeFile[];
}

/** 200 of POST /attempts/:id/runs (visible tests: never `tampered`, which only graded runs are). */
export interface WidgetRun {
  status: Exclude<RunStatus, 'tampered'>;
  passed: number;
  failed: number;
  durationMs: number;
  tests: { name: string; status: TestStatus; message?: string }[];
  stdout?: string;
  stderr?: string;
}

/** 202 of POST /attempts/:id/submit */
export interface WidgetSubmitted {
  status: 'submitted';
}

/** An RFC 9457 problem as the widget API answers errors. */
export interface WidgetProblem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: WidgetProblemCode;
}
