import fc from 'fast-check';
import { matchesAny } from '../files/glob';
import { RUNTIME_IDS, type RuntimeId } from './challenge.schema';
import { editableTestFiles, TEST_EXCLUSIONS, testProbePaths } from './editable-policy';

const segment = fc
  .stringMatching(/^[a-z][a-z0-9_]{0,6}$/)
  .filter((s) => s !== 'test' && s !== 'tests');
const dir = fc.array(segment, { minLength: 0, maxLength: 3 }).map((s) => s.join('/'));
const join = (d: string, f: string) => (d ? `${d}/${f}` : f);

/** A test file where each runtime's tools look for one (challenges/README.md). */
const testFile: Record<RuntimeId, fc.Arbitrary<string>> = {
  node: fc
    .tuple(dir, segment, fc.constantFrom('test', 'spec'), fc.constantFrom('js', 'mjs', 'ts'))
    .map(([d, n, kind, ext]) => join(d, `${n}.${kind}.${ext}`)),
  python: fc
    .tuple(dir, segment, fc.constantFrom('test_%.py', '%_test.py', 'conftest.py'))
    .map(([d, n, form]) => join(d, form.replace('%', n))),
  go: fc.tuple(dir, segment).map(([d, n]) => join(d, `${n}_test.go`)),
  java: fc.tuple(dir, segment).map(([d, n]) => `src/test/java/${join(d, `${n}Test.java`)}`),
  rust: segment.map((n) => `tests/${n}.rs`),
  cpp: segment.map((n) => `tests/${n}_test.cpp`),
};
/** The editable globs each runtime's catalog challenges use. */
const CATALOG_GLOBS: Record<RuntimeId, string[]> = {
  node: ['src/**', ...TEST_EXCLUSIONS.node],
  python: ['shop/**', 'tracker.py', ...TEST_EXCLUSIONS.python],
  go: ['**/*.go', ...TEST_EXCLUSIONS.go],
  java: ['src/main/**'],
  rust: ['src/**'],
  cpp: ['src/**'],
};
const runtime = fc.constantFrom(...RUNTIME_IDS);

describe('editable never covers a test file', () => {
  it('refuses a glob that covers a test file of the challenge, in every runtime', () => {
    fc.assert(
      fc.property(
        runtime.chain((r) => fc.tuple(fc.constant(r), testFile[r])),
        ([r, test]) => {
          // The test file itself, and `**` which covers everything.
          expect(editableTestFiles([test], r, [], [test])).toContain(test);
          expect(editableTestFiles(['**'], r, [], [test]).length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('probes the runtime test names in every project folder, so a broad glob is caught', () => {
    fc.assert(
      fc.property(
        runtime.chain((r) =>
          fc.tuple(fc.constant(r), testFile[r], fc.array(dir, { maxLength: 4 })),
        ),
        ([r, test, dirs]) => {
          const project = dirs.map((d) => join(d, 'main.x'));
          const folder = test.includes('/') ? test.slice(0, test.lastIndexOf('/')) : '';
          // A glob that covers the test's folder covers a probe there, whatever the test's name.
          const glob = folder ? `${folder}/**` : '**';
          expect(
            editableTestFiles([glob], r, [...project, join(folder, 'code.x')], []).length,
          ).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('accepts the catalog globs: they cover code and no test file', () => {
    fc.assert(
      fc.property(
        runtime.chain((r) =>
          fc.tuple(fc.constant(r), testFile[r], fc.array(dir, { maxLength: 4 })),
        ),
        ([r, test, dirs]) => {
          const globs = CATALOG_GLOBS[r];
          const project = dirs.map((d) => join(d, 'code.x'));
          expect(editableTestFiles(globs, r, project, [test])).toEqual([]);
          expect(matchesAny(test, globs)).toBe(false);
        },
      ),
    );
  });

  it('names the probe paths it found, e.g. a Go test beside the code', () => {
    expect(editableTestFiles(['**/*.go'], 'go', ['cache/cache.go'], [])).toEqual([
      'cache/x_test.go',
      'x_test.go',
    ]);
    expect(testProbePaths('java', [], [])).toContain('src/test/java/XTest.java');
  });
});
