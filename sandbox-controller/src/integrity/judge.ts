import type { IntegrityFinding, RunIntegrity, RunResult } from '../result';
import { TEST_SET_MISMATCH } from './test-set';

export interface GradeEvidence {
  seed: string;
  canaries: number;
  /** Whether the run got as far as reporting tests (no compile error, limit or missing report). */
  reported: boolean;
  canaryFindings: IntegrityFinding[];
  testSetFindings: IntegrityFinding[];
  scanFindings: IntegrityFinding[];
  /** From the freeze layer's own report (pytest plugin). */
  freezeFindings: IntegrityFinding[];
}

export const TAMPERED_MESSAGE =
  'Planted checks came back wrong: something in the run changed how the tests judge, so none of its test results can be trusted.';

/**
 * The verdict of a graded run from the layers' evidence. A wrong or missing canary, or the
 * freeze layer seeing the judging code replaced, proves tampering: status `tampered`. A test set
 * other than the validated one: status `error` with TEST_SET_MISMATCH. Scan findings alone flag
 * the run (a person decides) and leave the tests' verdict as it is. Canary and test-set checks
 * only apply to a run that reported tests: a compile error or a limit keeps its own status.
 */
export function judgeGradedRun(result: RunResult, e: GradeEvidence): RunResult {
  const canaries = e.reported ? e.canaryFindings : [];
  const testSet = e.reported ? e.testSetFindings : [];
  const findings = [...canaries, ...e.freezeFindings, ...testSet, ...e.scanFindings];
  const tampered = canaries.length > 0 || e.freezeFindings.some((f) => f.code !== 'freeze-silent');
  const integrity: RunIntegrity = {
    verdict: tampered ? 'tampered' : findings.length > 0 ? 'flagged' : 'clean',
    findings,
    canaries: e.canaries,
    seed: e.seed,
  };
  if (tampered) {
    // No outcome of a tampered run can be trusted, so none is shown as passed.
    const tests = result.tests.map((t) => ({
      ...t,
      status: 'error' as const,
      message: `Not graded (reported ${t.status}): ${TAMPERED_MESSAGE}`,
    }));
    return { ...result, tests, status: 'tampered', message: TAMPERED_MESSAGE, integrity };
  }
  if (testSet.some((f) => f.code !== 'test-set-unvalidated'))
    return { ...result, status: 'error', message: `${TEST_SET_MISMATCH}.`, integrity };
  return { ...result, integrity };
}
