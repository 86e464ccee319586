/**
 * The result of one sandboxed run: the one shape every runtime's report is mapped to, and the
 * contract other projects (platform-api, workflows, learner-app) import from
 * `@fixpoint/sandbox-controller`. Modelled on Exercism's test-runner interface.
 */

/** pass: every test passed. fail: a test failed. error: the tests could not run (compile
 * error, crash, memory or output limit). timeout: a cpu or wall-clock limit ended the run. */
export type RunStatus = 'pass' | 'fail' | 'error' | 'timeout';

export type TestStatus = 'pass' | 'fail' | 'error' | 'skip';

export interface TestResult {
  /** Framework-qualified name, e.g. `CartTest > totals an empty cart` or `TestAdd/empty`. */
  name: string;
  status: TestStatus;
  /** Why it failed: the assertion diff or the first error line. Null when it passed. */
  message: string | null;
  /** What the test itself printed, bounded. Null when the framework does not separate it. */
  output: string | null;
  /** Null when the framework does not report per-test durations (Rust's libtest). */
  durationMs: number | null;
}

export type LimitName = 'cpu' | 'wall' | 'memory' | 'output' | 'processes' | 'fileSize';

/** Which limit ended (or shaped) the run, and its value, e.g. `{limit:'memory', value:256, unit:'MB'}`. */
export interface LimitHit {
  limit: LimitName;
  value: number;
  unit: 'seconds' | 'MB' | 'bytes' | 'processes';
}

export interface RunResult {
  status: RunStatus;
  /** A one-line summary when status is error or timeout (compiler's first error, limit hit). */
  message?: string;
  tests: TestResult[];
  /** The run's stdout and stderr, each bounded; a truncation note is appended when cut. */
  stdout: string;
  stderr: string;
  durationMs: number;
  limitHit?: LimitHit;
}

export const RUN_STATUSES: readonly RunStatus[] = ['pass', 'fail', 'error', 'timeout'];
export const TEST_STATUSES: readonly TestStatus[] = ['pass', 'fail', 'error', 'skip'];

/** The overall status implied by per-test statuses when the run itself completed. */
export function statusFromTests(tests: readonly TestResult[]): RunStatus {
  if (tests.length === 0) return 'error';
  if (tests.some((t) => t.status === 'error')) return 'fail';
  return tests.some((t) => t.status === 'fail') ? 'fail' : 'pass';
}
