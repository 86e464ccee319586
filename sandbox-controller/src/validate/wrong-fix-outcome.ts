import { describeTestSetDiff, diffTestSet, sameTestSet } from '../challenges/test-ids';
import type { RunResult } from '../result';

/** What a run of a wrong fix showed: whether grading would refuse it, and how. */
export interface WrongFixOutcome {
  caught: boolean;
  detail: string;
}

/**
 * Judges a hidden-suite run of a wrong fix (challenges/README.md "Wrong fixes"). It is caught
 * when grading could never turn it into a pass: a hidden test fails or errors; the run reports
 * another test set than tests.json (a graded run is then `error`); or the integrity layers of a
 * graded run flagged it or found it `tampered`; a run that reports no test at all (a forgery
 * that kills the reporter, or a compile error: the detail says which) cannot score either.
 * One that passes every hidden test is not caught.
 */
export function judgeWrongFix(
  result: RunResult,
  expectedHidden?: readonly string[],
): WrongFixOutcome {
  if (result.status === 'tampered')
    return { caught: true, detail: `tampered: ${result.message ?? 'a canary came back wrong'}` };
  const integrity = result.integrity;
  if (integrity && integrity.verdict !== 'clean') {
    const codes = [...new Set(integrity.findings.map((f) => f.code))].join(', ');
    return { caught: true, detail: `${integrity.verdict} by the integrity checks (${codes})` };
  }
  if (result.tests.length === 0) {
    // No report can never score; the detail shows why, so a wrong fix that merely fails to
    // build (an authoring slip, not a catch) is visible in the report.
    const why = result.message ? `: ${result.message.split('\n')[0].slice(0, 200)}` : '';
    return {
      caught: result.status !== 'pass',
      detail: `reported no test (${result.status}${why})`,
    };
  }
  if (expectedHidden) {
    const diff = diffTestSet(
      expectedHidden,
      result.tests.map((t) => t.name),
    );
    if (!sameTestSet(diff))
      return { caught: true, detail: `reports another test set (${describeTestSetDiff(diff)})` };
  }
  const failed = result.tests.filter((t) => t.status === 'fail' || t.status === 'error');
  if (failed.length > 0)
    return { caught: true, detail: `fails ${failed.map((t) => t.name).join(', ')}` };
  return {
    caught: false,
    detail: `passes every hidden test (${result.status}); strengthen the hidden tests until it fails`,
  };
}
