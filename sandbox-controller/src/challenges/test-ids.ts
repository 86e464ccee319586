import { z } from 'zod';

/**
 * `tests.json` of a challenge folder: the names (`TestResult.name`) its runs report, per suite,
 * on starter + solution. A graded run must report exactly this set: a missing, extra or renamed
 * test makes it `error`, never `pass`. Written by `fixpoint-sandbox validate --write-tests` and
 * checked by every validation.
 */
export interface TestIds {
  visible: string[];
  hidden: string[];
}

export const TEST_IDS_FILE = 'tests.json';

const sortedUnique = (list: string[]) => list.every((name, i) => i === 0 || list[i - 1] < name);

const nameList = z
  .array(z.string().min(1, 'a test name is never empty'))
  .refine(sortedUnique, 'lists each name once, sorted (as `validate --write-tests` writes it)');

export const testIdsSchema = z
  .object({ visible: nameList, hidden: nameList.refine((l) => l.length > 0, 'needs a test') })
  .strict()
  .superRefine((ids, ctx) => {
    const visible = new Set(ids.visible);
    for (const name of ids.hidden) {
      if (visible.has(name))
        ctx.addIssue({
          code: 'custom',
          path: ['hidden'],
          message: `${JSON.stringify(name)} is listed as visible and hidden; a test is one or the other`,
        });
    }
  });

/** The file's text for a set of ids: sorted, one name a line, so a diff shows a renamed test. */
export function formatTestIds(ids: TestIds): string {
  const sorted = { visible: [...ids.visible].sort(), hidden: [...ids.hidden].sort() };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export interface TestSetDiff {
  /** Expected names the run did not report. */
  missing: string[];
  /** Names the run reported that were not expected (or were reported twice). */
  extra: string[];
}

/**
 * Compares the names a run reported with the expected set. A name reported twice counts as
 * extra: two tests sharing a name could hide a failing one behind a passing one.
 */
export function diffTestSet(expected: readonly string[], reported: readonly string[]): TestSetDiff {
  const want = new Set(expected);
  const seen = new Set<string>();
  const extra: string[] = [];
  for (const name of reported) {
    if (!want.has(name) || seen.has(name)) extra.push(name);
    seen.add(name);
  }
  const missing = expected.filter((name) => !seen.has(name));
  return { missing: [...new Set(missing)].sort(), extra: extra.sort() };
}

export const sameTestSet = (d: TestSetDiff) => d.missing.length === 0 && d.extra.length === 0;

/** `missing a, b; extra c`, or '' when the sets are equal. */
export function describeTestSetDiff(d: TestSetDiff): string {
  const cap = (l: string[]) =>
    l.slice(0, 10).join(', ') + (l.length > 10 ? ` and ${l.length - 10} more` : '');
  return [
    d.missing.length ? `missing ${cap(d.missing)}` : '',
    d.extra.length ? `extra ${cap(d.extra)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
