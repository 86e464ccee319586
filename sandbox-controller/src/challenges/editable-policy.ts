import { matchesAny } from '../files/glob';
import type { RuntimeId } from './challenge.schema';

/**
 * `editable` may never cover a test file: a solver who can add `pkg/x_test.go` (a `TestMain`),
 * a `conftest.py` or `src/test/**` can change how the tests judge. Test files by convention,
 * per runtime: file names that the runtime's test tools pick up beside the code, and the
 * folders tests live in. Probed, not parsed: the globs are matched against paths that would be
 * test files, so any glob form (`**`, braces, classes, `!` exclusions) is judged by what it does.
 */
const TEST_NAMES: Record<RuntimeId, string[]> = {
  node: ['x.test.js', 'x.test.mjs', 'x.test.cjs', 'x.test.ts', 'x.spec.js', 'x.spec.ts'],
  python: ['test_x.py', 'x_test.py', 'conftest.py'],
  go: ['x_test.go'],
  java: [],
  rust: [],
  cpp: [],
};
const TEST_DIRS: Record<RuntimeId, string[]> = {
  node: ['test', 'tests'],
  python: ['test', 'tests'],
  // Go tests live beside the code and are known by their name; a `test/` package is code.
  go: [],
  java: ['test', 'tests', 'src/test', 'src/test/java'],
  rust: ['test', 'tests'],
  cpp: ['test', 'tests'],
};
/** Files a test folder could hold, whatever the runtime (a glob may name any extension). */
const IN_TEST_DIR = [
  'x',
  'x.js',
  'x.ts',
  'x.py',
  'x.go',
  'XTest.java',
  'x.rs',
  'x_test.cpp',
  'x.h',
];

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);

/**
 * The paths `editable` is matched against: the challenge's own test files (where a run puts
 * them), the runtime's test file names in every folder of the project and of its tests (and
 * at the top), and files of any kind in the runtime's test folders and the folders below them.
 */
export function testProbePaths(
  runtime: RuntimeId,
  projectPaths: Iterable<string>,
  testPaths: Iterable<string>,
): string[] {
  const probes = new Set<string>();
  const dirs = new Set<string>(['']);
  for (const p of [...projectPaths, ...testPaths]) {
    for (let d = dirOf(p); d !== ''; d = dirOf(d)) dirs.add(d);
  }
  for (const t of testPaths) probes.add(t);
  const testDirs = TEST_DIRS[runtime];
  for (const d of testDirs) dirs.add(d);
  for (const d of dirs) {
    for (const name of TEST_NAMES[runtime]) probes.add(join(d, name));
    if (testDirs.some((t) => d === t || d.startsWith(`${t}/`)))
      for (const name of IN_TEST_DIR) probes.add(`${d}/${name}`);
  }
  return [...probes].sort();
}

/** The probe paths (above) that `editable` covers: test files a solver could add or replace. */
export function editableTestFiles(
  editable: readonly string[],
  runtime: RuntimeId,
  projectPaths: Iterable<string>,
  testPaths: Iterable<string>,
): string[] {
  return testProbePaths(runtime, projectPaths, testPaths).filter((p) => matchesAny(p, editable));
}

/** The `!` globs that keep a runtime's test files out of a broad glob like `src/**`. */
export const TEST_EXCLUSIONS: Record<RuntimeId, string[]> = {
  node: ['!**/*.test.*', '!**/*.spec.*'],
  python: ['!**/test_*.py', '!**/*_test.py', '!**/conftest.py'],
  go: ['!**/*_test.go'],
  java: [],
  rust: [],
  cpp: [],
};
