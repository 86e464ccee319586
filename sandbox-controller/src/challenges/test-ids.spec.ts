import fc from 'fast-check';
import {
  describeTestSetDiff,
  diffTestSet,
  formatTestIds,
  sameTestSet,
  testIdsSchema,
} from './test-ids';

const name = fc.string({ minLength: 1, maxLength: 12 });
const names = fc.uniqueArray(name, { maxLength: 15 });

describe('diffTestSet (the test-set check of tests.json)', () => {
  it('finds nothing when a run reports the expected names, in any order', () => {
    fc.assert(
      fc.property(names, (list) => {
        const shuffled = [...list].reverse();
        expect(diffTestSet(list, shuffled)).toEqual({ missing: [], extra: [] });
      }),
    );
  });

  it('names exactly the tests a run left out and the ones it added', () => {
    fc.assert(
      fc.property(names, names, (expected, reported) => {
        const diff = diffTestSet(expected, reported);
        expect(diff.missing).toEqual(expected.filter((n) => !reported.includes(n)).sort());
        expect(diff.extra).toEqual(reported.filter((n) => !expected.includes(n)).sort());
        expect(sameTestSet(diff)).toBe(
          expected.length === reported.length && expected.every((n) => reported.includes(n)),
        );
      }),
    );
  });

  it('counts a name reported twice as extra, so a passing twin cannot hide a failing test', () => {
    fc.assert(
      fc.property(
        names.filter((l) => l.length > 0),
        fc.nat(),
        (expected, i) => {
          const twice = expected[i % expected.length];
          const diff = diffTestSet(expected, [...expected, twice]);
          expect(diff).toEqual({ missing: [], extra: [twice] });
        },
      ),
    );
  });

  it('says which tests are missing and extra, renamed ones as both', () => {
    const diff = diffTestSet(['adds', 'subtracts'], ['adds', 'subtracts (renamed)']);
    expect(describeTestSetDiff(diff)).toBe('missing subtracts; extra subtracts (renamed)');
  });
});

describe('tests.json', () => {
  it('reads back what formatTestIds writes, for any disjoint suites', () => {
    fc.assert(
      fc.property(
        names,
        names.filter((l) => l.length > 0),
        (visible, hidden) => {
          const onlyHidden = hidden.filter((n) => !visible.includes(n));
          fc.pre(onlyHidden.length > 0);
          const ids = { visible, hidden: onlyHidden };
          const parsed = testIdsSchema.parse(JSON.parse(formatTestIds(ids)));
          expect(parsed).toEqual({ visible: [...visible].sort(), hidden: [...onlyHidden].sort() });
        },
      ),
    );
  });

  it.each([
    [{ visible: ['b', 'a'], hidden: ['c'] }, 'visible', 'sorted'],
    [{ visible: ['a', 'a'], hidden: ['c'] }, 'visible', 'once'],
    [{ visible: ['a'], hidden: [] }, 'hidden', 'needs a test'],
    [{ visible: ['a'], hidden: ['a'] }, 'hidden', 'visible and hidden'],
    [{ visible: [], hidden: [''] }, 'hidden.0', 'never empty'],
    [{ visible: [], hidden: ['x'], canaries: [] }, '', 'canaries'],
  ])('refuses %j at %s (%s)', (raw, field, words) => {
    const parsed = testIdsSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0];
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toContain(words);
  });
});
