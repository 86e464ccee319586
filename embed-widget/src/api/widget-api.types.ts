// The widget REST contract (`{API}/widget/v1`), as the platform API serves it.

export interface ChallengeFile {
  path: string;
  content: string;
  editable: boolean;
}

export interface WidgetChallenge {
  slug: string;
  title: string;
  /** Markdown source: shown as plain paragraphs, never as HTML. */
  summary: string;
  language: string;
  difficulty: number;
  estimatedMinutes: number;
  tenantName: string;
  /** Starter files and visible tests. */
  files: ChallengeFile[];
}

export interface Attempt {
  attemptId: string;
  applicantToken: string;
  files: ChallengeFile[];
}

export type RunStatus = 'pass' | 'fail' | 'error' | 'timeout';
export type TestStatus = 'pass' | 'fail' | 'error' | 'skip';

export interface RunResult {
  status: RunStatus;
  passed: number;
  failed: number;
  durationMs: number;
  tests: { name: string; status: TestStatus; message?: string }[];
  stdout?: string;
  stderr?: string;
}

export interface FileContent {
  path: string;
  content: string;
}

export interface Applicant {
  name: string;
  email: string;
  consent: true;
}

/** `code` of an RFC 9457 problem, plus the widget's own for failures that never reached one. */
export type ErrorCode =
  | 'KEY_INVALID'
  | 'ORIGIN_NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'NETWORK_ERROR'
  | 'UNEXPECTED';
