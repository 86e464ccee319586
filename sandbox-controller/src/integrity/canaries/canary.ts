import type { RuntimeId } from '../../challenges/challenge.schema';

/** One planted canary test: where it is, what the runner will call it, how it must end. */
export interface Canary {
  /** The test file (work-tree path) it was appended to. */
  file: string;
  /** The name the runner reports for it (or a suffix of it: `::name`, `.name`, ` > name`). */
  name: string;
  expect: 'pass' | 'fail';
  /** The planted check, e.g. `412 + 7 == 419`, for the staff-only finding. */
  check: string;
}

/** The files a runner treats as test files (the same filters its command line uses). */
const TEST_FILE: Record<RuntimeId, RegExp> = {
  node: /\.test\.[cm]?[jt]s$/,
  python: /(^|\/)(test_[^/]*|[^/]*_test)\.py$/,
  go: /_test\.go$/,
  java: /Test\.java$/,
  // Integration test targets: files directly under tests/ (tests/common/mod.rs is a helper).
  rust: /(^|\/)tests\/[^/]+\.rs$/,
  cpp: /_test\.cpp$/,
};

export const isTestFile = (runtime: RuntimeId, file: string): boolean =>
  TEST_FILE[runtime].test(file);

/** True when the runner's reported name is this canary's (exactly or as the last segment). */
export function reportsCanary(reported: string, canary: Canary): boolean {
  const n = canary.name;
  return (
    reported === n ||
    reported.endsWith(`::${n}`) ||
    reported.endsWith(`.${n}`) ||
    reported.endsWith(` > ${n}`) ||
    reported.endsWith(`/${n}`)
  );
}
