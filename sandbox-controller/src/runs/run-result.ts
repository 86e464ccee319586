import type { SandboxOutcome } from '../drivers/driver';
import { statusFromTests, type RunResult } from '../result';
import type { ParsedRun } from '../runners/runner';

const LIMIT_MESSAGES = {
  cpu: (v: number) => `Time limit: the run used its ${v} s of CPU time and was stopped.`,
  wall: (v: number) =>
    `Time limit: the run did not finish within ${v} s (wall clock) and was stopped.`,
  memory: (v: number) => `Memory limit: the run needed more than ${v} MB and was stopped.`,
  output: (v: number) => `Output limit: the run printed far more than ${v} bytes and was stopped.`,
  processes: (v: number) =>
    `Process limit: the run tried to have more than ${v} processes or threads.`,
  fileSize: (v: number) => `File size limit: the run tried to write a file larger than ${v} bytes.`,
};

export interface BuildOptions {
  /** False in graded runs with canaries: a must-fail canary makes the test command exit non-zero
   * on purpose, so the exit code says nothing; the canaries and the test set judge instead. */
  exitCodeCounts?: boolean;
}

/** Combines what the sandbox saw and what the runner parsed into the common result. */
export function buildResult(
  outcome: SandboxOutcome,
  parsed: ParsedRun,
  options: BuildOptions = {},
): RunResult {
  const base = {
    tests: parsed.tests,
    stdout: parsed.stdout ?? outcome.stdout,
    stderr: outcome.stderr,
    durationMs: outcome.durationMs,
  };
  const hit = outcome.limitHit;
  const limitMessage = hit ? LIMIT_MESSAGES[hit.limit](hit.value) : undefined;
  if (hit && (hit.limit === 'cpu' || hit.limit === 'wall')) {
    return { status: 'timeout', message: limitMessage, ...base, limitHit: hit };
  }
  if (hit && (hit.limit === 'memory' || hit.limit === 'output')) {
    return { status: 'error', message: limitMessage, ...base, limitHit: hit };
  }
  const extra = hit ? { limitHit: hit } : {};
  if (parsed.error)
    return { status: 'error', message: limitMessage ?? parsed.error, ...base, ...extra };
  let status = statusFromTests(parsed.tests);
  let message = status === 'error' ? (limitMessage ?? 'The run reported no tests.') : limitMessage;
  if (status === 'pass' && hit) {
    // A run that had a fork or a write refused by a limit is never a clean pass.
    status = 'error';
  } else if (status === 'pass' && outcome.exitCode !== 0 && options.exitCodeCounts !== false) {
    // e.g. a Go package failing in TestMain after its tests passed, or a crash at exit.
    status = 'fail';
    message =
      limitMessage ?? `All tests passed but the test command exited with code ${outcome.exitCode}.`;
  }
  return message ? { status, message, ...base, ...extra } : { status, ...base, ...extra };
}

/** Ad-hoc runs have no test framework contract: the exit code decides, a JUnit report adds tests. */
export function buildAdHocResult(outcome: SandboxOutcome, parsed: ParsedRun | null): RunResult {
  if (parsed && parsed.tests.length > 0) return buildResult(outcome, parsed);
  const r = buildResult(outcome, { tests: [] });
  if (r.status === 'timeout' || (r.status === 'error' && r.limitHit)) return r;
  const status =
    outcome.limitHit || outcome.exitCode === null
      ? 'error'
      : outcome.exitCode === 0
        ? 'pass'
        : 'fail';

  const { message: _message, ...rest } = r;
  const message = r.limitHit
    ? r.message
    : status === 'pass'
      ? undefined
      : `The command exited with code ${outcome.exitCode ?? 'none (the sandbox did not start)'}.`;
  return message ? { ...rest, status, message } : { ...rest, status };
}
