/**
 * The result of one sandboxed run: the one shape every runtime's report is mapped to, and the
 * contract every project imports (sandbox-controller produces it and re-exports it from here;
 * platform-api stores and serves it; the front ends show it). Modelled on Exercism's
 * test-runner interface.
 */

/** pass: every test passed. fail: a test failed. error: the tests could not run (compile
 * error, crash, memory or output limit), or a graded run reported another set of tests than
 * the challenge was validated with. timeout: a cpu or wall-clock limit ended the run.
 * tampered: a graded run's planted canaries came back with the wrong outcome (or not at all):
 * something in the run changed how the tests judge, so no test result of it can be trusted. */
export type RunStatus = 'pass' | 'fail' | 'error' | 'timeout' | 'tampered';

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

/** Which layer of the grade's integrity checks found something (see ARCHITECTURE). */
export type IntegrityLayer = 'test-set' | 'canary' | 'scan' | 'separation';

/** One finding with its evidence, for the recruiter's report (never shown to the solver). */
export interface IntegrityFinding {
  layer: IntegrityLayer;
  /** A stable code, e.g. `canary-passed`, `canary-missing`, `test-missing`, `test-extra`,
   * `scan-test-framework`, `scan-process-exit`, `scan-load-time-output`. */
  code: string;
  /** One sentence a recruiter understands. */
  message: string;
  /** Scan findings: the solver's file, the 1-based line and the line's text. */
  file?: string;
  line?: number;
  excerpt?: string;
  /** Canary and test-set findings: the test, what was planted/expected and what came back. */
  test?: string;
  expected?: string;
  actual?: string;
}

/**
 * What the integrity layers of a graded run concluded. clean: nothing found. flagged: the
 * static scan (or a test-set mismatch) found something a person must look at; the tests'
 * verdict stands but a score must be withheld until a recruiter decides. tampered: a canary
 * proved the judging was changed (status is then `tampered`).
 */
export interface RunIntegrity {
  verdict: 'clean' | 'flagged' | 'tampered';
  findings: IntegrityFinding[];
  /** How many canaries were planted (they are removed from `tests`). */
  canaries: number;
  /** The seed of randomised hidden tests (FIXPOINT_SEED), so the run can be replayed. */
  seed: string;
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
  /** Present on graded runs (POST /v1/runs with `graded: true`, which hidden suites are). */
  integrity?: RunIntegrity;
}

export const RUN_STATUSES: readonly RunStatus[] = ['pass', 'fail', 'error', 'timeout', 'tampered'];
export const TEST_STATUSES: readonly TestStatus[] = ['pass', 'fail', 'error', 'skip'];

/** The overall status implied by per-test statuses when the run itself completed. */
export function statusFromTests(tests: readonly TestResult[]): RunStatus {
  if (tests.length === 0) return 'error';
  if (tests.some((t) => t.status === 'error')) return 'fail';
  return tests.some((t) => t.status === 'fail') ? 'fail' : 'pass';
}
