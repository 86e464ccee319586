/**
 * Errors the controller raises on purpose, each with a stable code. The HTTP layer maps them to
 * RFC 9457 problems (http/problem.ts); the CLI prints the detail.
 */
export type ProblemCode =
  | 'invalid-request'
  | 'unauthorized'
  | 'not-found'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'body-too-large'
  | 'unknown-challenge'
  | 'invalid-challenge'
  | 'invalid-challenge-files'
  | 'unknown-runtime'
  | 'runtime-unavailable'
  | 'invalid-path'
  | 'path-not-editable'
  | 'too-many-files'
  | 'file-too-large'
  | 'files-too-large'
  | 'not-utf8'
  | 'overloaded'
  | 'shutting-down'
  | 'sandbox-failure';

const STATUS: Record<ProblemCode, number> = {
  'invalid-request': 400,
  unauthorized: 401,
  'not-found': 404,
  'method-not-allowed': 405,
  'unsupported-media-type': 415,
  'body-too-large': 413,
  'unknown-challenge': 422,
  'invalid-challenge': 500,
  'invalid-challenge-files': 422,
  'unknown-runtime': 422,
  'runtime-unavailable': 503,
  'invalid-path': 422,
  'path-not-editable': 422,
  'too-many-files': 413,
  'file-too-large': 413,
  'files-too-large': 413,
  'not-utf8': 422,
  overloaded: 503,
  'shutting-down': 503,
  'sandbox-failure': 500,
};

export class SandboxError extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    message: string,
    /** Extra members for the problem document, e.g. `{ path: 'src/../x' }`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SandboxError';
    this.status = STATUS[code];
  }
}
