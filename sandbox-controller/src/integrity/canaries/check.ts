import type { IntegrityFinding, TestResult } from '../../result';
import { reportsCanary, type Canary } from './canary';

/**
 * Judges the planted canaries against what the run reported and takes them out of the tests.
 * A must-fail canary that passed, a must-pass one that did not, or one that is not reported at
 * all means something changed how the tests judge or what the report says: one finding each,
 * with what was planted and what came back (staff-only evidence).
 */
export function checkCanaries(
  tests: readonly TestResult[],
  canaries: readonly Canary[],
): { tests: TestResult[]; findings: IntegrityFinding[] } {
  const findings: IntegrityFinding[] = [];
  for (const c of canaries) {
    const reported = tests.filter((t) => reportsCanary(t.name, c));
    const base = {
      layer: 'canary' as const,
      test: c.name,
      file: c.file,
      expected: `${c.expect} (${c.check})`,
    };
    if (reported.length === 0) {
      findings.push({
        ...base,
        code: 'canary-missing',
        message: `A planted check in ${c.file} was not reported: the run ended early or its report was changed.`,
        actual: 'not reported',
      });
      continue;
    }
    const outcome = reported.every((t) => t.status === 'pass')
      ? 'pass'
      : reported.some((t) => t.status === 'fail' || t.status === 'error')
        ? 'fail'
        : 'skip';
    if (outcome === c.expect) continue;
    findings.push({
      ...base,
      code:
        c.expect === 'fail'
          ? 'canary-passed'
          : outcome === 'skip'
            ? 'canary-skipped'
            : 'canary-failed',
      message:
        c.expect === 'fail'
          ? `A planted check that must fail passed in ${c.file}: assertions or the test report were changed.`
          : `A planted check that must pass did not in ${c.file}: the test framework was changed.`,
      actual: outcome,
    });
  }
  return { tests: tests.filter((t) => !canaries.some((c) => reportsCanary(t.name, c))), findings };
}

/** Drops the lines of a run's output that name a canary, so names never reach a solver. */
export function scrubCanaries(text: string, canaries: readonly Canary[]): string {
  if (canaries.length === 0) return text;
  const names = canaries.flatMap((c) => [c.name, c.name.replace(/\(\)$/, '')]);
  return text
    .split('\n')
    .filter((l) => !names.some((n) => l.includes(n)))
    .join('\n');
}
