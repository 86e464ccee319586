import type { IntegrityFinding, TestResult } from '../result';

/** The hidden and visible test names a challenge was validated with (its `tests.json`). */
export interface TestIds {
  visible: string[];
  hidden: string[];
}

export const TEST_SET_MISMATCH =
  'The run reported other tests than the challenge was validated with';

/**
 * The tests a graded run reports must be exactly the set the challenge was validated with: a
 * forger who ends the run early loses tests, one who prints or writes a report of their own
 * adds or renames some. One finding per missing and per extra name.
 */
export function checkTestSet(
  tests: readonly TestResult[],
  expected: readonly string[],
): IntegrityFinding[] {
  const want = new Set(expected);
  const got = new Set(tests.map((t) => t.name));
  const findings: IntegrityFinding[] = [];
  for (const name of [...want].sort())
    if (!got.has(name))
      findings.push({
        layer: 'test-set',
        code: 'test-missing',
        message: `The validated test "${name}" was not reported.`,
        test: name,
        expected: 'reported',
        actual: 'missing',
      });
  for (const name of [...got].sort())
    if (!want.has(name))
      findings.push({
        layer: 'test-set',
        code: 'test-extra',
        message: `The run reported "${name}", which is not one of the challenge's validated tests.`,
        test: name,
        expected: 'not reported',
        actual: 'reported',
      });
  const dupes = tests.length - got.size;
  if (dupes > 0)
    findings.push({
      layer: 'test-set',
      code: 'test-duplicate',
      message: `The run reported ${dupes} test name(s) more than once.`,
    });
  return findings;
}
